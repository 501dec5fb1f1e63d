// Explore tab: one- or two-parameter sweeps of any output, computed in a Web Worker with progress and cancel.
export default function Explore() {
  return <p className="empty">Design-space exploration runs in a background worker; it becomes available when the worker client is installed.</p>;
}
