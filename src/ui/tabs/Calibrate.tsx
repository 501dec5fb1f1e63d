// Calibrate tab: paste or upload measured release/loading data, fit, inspect, and apply to the candidate.
import type { Candidate } from '../../state/types';
export default function Calibrate(_: { candidate: Candidate }) {
  return <p className="empty">Calibration is being built.</p>;
}
