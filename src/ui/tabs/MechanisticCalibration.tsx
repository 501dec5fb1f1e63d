// Model I calibration of the carrier's release kinetics (v_ref, n_H, k_d, F_b) to all measured pH curves at once; apply to the candidate.
import type { Candidate, MeasuredRelease } from '../../state/types';

export function MechanisticCalibration(_: { candidate: Candidate; measured: MeasuredRelease[] }) {
  return <p className="muted">Mechanistic calibration becomes available with the scoring engine.</p>;
}
