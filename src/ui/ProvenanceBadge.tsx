// The provenance mark of a number (data / published / fitted / assumption, and "to verify" for recalled values).
import type { Provenance } from '../model/param';

export function ProvenanceBadge({ provenance, verify }: { provenance: Provenance; verify?: boolean }) {
  return (
    <span className="badges">
      <span className={`badge badge-${provenance}`} title={PROVENANCE_TEXT[provenance]}>{provenance}</span>
      {verify && <span className="badge badge-verify" title="recalled from memory, not re-read: verify before relying on it">to verify</span>}
    </span>
  );
}

const PROVENANCE_TEXT: Record<Provenance, string> = {
  data: 'tabulated physical data',
  published: 'a cited measurement',
  fitted: 'back-solved through the model from a published measurement, or fitted to your own data',
  assumption: 'our estimate — calibrate or override it with your own data',
};

