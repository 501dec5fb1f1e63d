// Uncertainty tab: Monte Carlo bands and a sensitivity tornado, computed in a Web Worker.
import type { Candidate } from '../../state/types';
export default function Uncertainty(_: { candidate: Candidate }) {
  return <p className="empty">Monte Carlo runs in a background worker; it becomes available when the worker client is installed.</p>;
}
