// Plain-text summary of an incoming workspace (names, core, payloads, coating, measured data) shown before the user decides to add or replace.
import { summarizeWorkspace } from '../../share';
import type { Workspace } from '../../schema';

/**
 * `details`: the words for a candidate's overrides and calibrations (share/calibration-summary, passed in by the lazy
 * dialogs so its code stays out of the start-up bundle; walk11 #15); without it they are only named ("calibrations").
 */
export function WorkspaceSummary({ workspace, label, details }: { workspace: Workspace; label: string; details?: (formulation: unknown) => string }) {
  const items = summarizeWorkspace(workspace);
  return (
    <ul className="npd-summary" aria-label={label}>
      {items.map((s, i) => (
        <li key={i} data-testid="incoming-candidate">
          <strong>{s.name}</strong>
          <span className="muted">
            {' — '}
            {s.core}
            {s.diameterNm !== null ? ` ${s.diameterNm} nm` : ''}
            {s.payloads.length ? `; ${s.payloads.join(', ')}` : '; no payload'}
            {s.membranes.length ? `; membrane ${s.membranes.join(' + ')}` : ''}
            {s.peg ? '; PEG' : ''}
            {details ? details(workspace.formulations[i]) : `${s.hasOverrides ? '; parameter overrides' : ''}${s.hasCalibrations ? '; calibrations' : ''}`}
            {s.measurements.length ? `; measured data: ${s.measurements.join('; ')}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Add to my workspace" / "Replace my workspace" / "Cancel": never a silent overwrite. `addRefusal`: why Add is not
 * possible (the workspace would hold too many candidates); Add is then disabled and the reason shown.
 */
export function ImportChoice({ onAdd, onReplace, onCancel, addRefusal }: { onAdd: () => void; onReplace: () => void; onCancel: () => void; addRefusal?: string | null }) {
  return (
    <div className="row npd-import-choice">
      {addRefusal ? <p role="alert" className="npd-share-error" data-testid="add-refused">{addRefusal}</p> : null}
      <button type="button" onClick={onAdd} disabled={!!addRefusal}>Add to my workspace</button>
      <button type="button" onClick={onReplace}>Replace my workspace</button>
      <button type="button" onClick={onCancel}>Cancel</button>
    </div>
  );
}
