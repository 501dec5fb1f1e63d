// Shown when the page opens with #w=/#f=: what the link contains, then Add / Replace / Cancel; a bad link shows why and changes nothing.
import { useEffect, useId, useMemo, useRef } from 'react';
import { decodeLink, planLinkImport, type IncomingCandidate } from '../../share';
import { fieldAt, type Workspace } from '../../schema';
import { clearFragment } from './download';
import { ImportChoice, WorkspaceSummary } from './WorkspaceSummary';
import { overridesAndCalibrationsWords } from '../../share/calibration-summary';

export interface LinkImportDialogProps {
  /** The fragment to open (location.hash). */
  fragment: string;
  /** Append the link's candidates to the user's workspace. */
  onAdd: (workspace: Workspace) => void;
  /** Replace the user's workspace with the link's candidates. */
  onReplace: (workspace: Workspace) => void;
  /** Called after any choice (the fragment is already cleared). */
  onClose: () => void;
  /** Why adding `n` candidates is refused (the workspace limit), or null when it is allowed. */
  addRefusal?: (n: number) => string | null;
  /** My workspace (ids kept): incoming candidates with the same id are shown as changed versions of mine. */
  current?: Workspace;
  /** My workspace is untouched (the start): the link replaces it, offered as the default. */
  fresh?: boolean;
  /** Update my matched candidates in place and add the new ones (selecting the link's active candidate). */
  onUpdate?: (workspace: Workspace, plan: IncomingCandidate[]) => void;
}

const STATUS_TEXT: Record<IncomingCandidate['status'], string> = { new: 'new', same: 'same as yours', changed: 'changed' };

/** A changed field as the user knows it: its registry label ('Core diameter'), with the list position when it is in one. */
export function pathWords(path: string): string {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const f = fieldAt(parts.slice(0, n));
    if (f) {
      const idx = parts.slice(0, n).find((p) => /^\d+$/.test(p));
      return `${f.label.toLowerCase()}${idx !== undefined ? ` (${Number(idx) + 1})` : ''}`;
    }
  }
  // not a registry field (overrides, calibrations, measured data, a whole list): its top-level section
  return { overrides: 'parameter overrides', calibrations: 'calibrations', measurements: 'measured data', payloads: 'payloads', coating: 'coating' }[parts[0]] ?? parts[0];
}

/** A changed value for the dialog: a number or text as it is, with the field's unit; lists and objects by their size. */
function valueWords(path: string, v: unknown): string {
  if (v === undefined || v === null) return 'none';
  if (Array.isArray(v)) return `${v.length} ${v.length === 1 ? 'entry' : 'entries'}`;
  if (typeof v === 'object') return 'set';
  const f = fieldAt(path);
  const unit = f && f.unit && f.unit !== '1' ? ` ${f.unit}` : '';
  return `${typeof v === 'number' ? String(Number(v.toPrecision(4))) : String(v)}${unit}`;
}

/** "core diameter 120 nm (yours: 90 nm)": the link's value and mine, whoever changed it. */
function changeWords(p: IncomingCandidate): string {
  const shown = p.values.slice(0, 6).map((c) => `${pathWords(c.path)} ${valueWords(c.path, c.theirs)} (yours: ${valueWords(c.path, c.mine)})`);
  const more = p.values.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
}

function PlanList({ plan, mine }: { plan: IncomingCandidate[]; mine: readonly string[] }) {
  const taken = new Set(mine);
  return (
    <ul className="npd-link-plan" data-testid="link-plan" aria-label="What the link changes">
      {plan.map((p) => (
        <li key={p.index} data-status={p.status}>
          <strong>{p.name}</strong> — <span className={`badge badge-${p.status}`}>{STATUS_TEXT[p.status]}</span>
          {p.status === 'changed' ? `: ${changeWords(p)}` : ''}
          {p.sameNameAs !== null ? <span className="muted small"> — made separately from your {p.sameNameAs} (not a version of it); kept beside it as “{numbered(taken, p.name)}”</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** "IZB@CCM", "IZB@CCM and IZB (bare)", "3 candidates (A, B, C)". */
function listWords(names: readonly string[]): string {
  if (names.length === 0) return 'no candidates';
  if (names.length === 1) return `“${names[0]}”`;
  if (names.length === 2) return `“${names[0]}” and “${names[1]}”`;
  const shown = names.slice(0, 4).map((n) => `“${n}”`).join(', ');
  return `${names.length} candidates (${shown}${names.length > 4 ? ', …' : ''})`;
}
const countWords = (n: number) => `${n} candidate${n === 1 ? '' : 's'}`;

/** What "Update mine" does to each incoming candidate: changed ones replace my version, same ones stay, new ones are added. */
function updateWords(plan: IncomingCandidate[]): string {
  const by = (s: IncomingCandidate['status']) => plan.filter((p) => p.status === s).map((p) => p.name);
  const parts: string[] = [];
  const changed = by('changed');
  const same = by('same');
  const added = by('new');
  if (changed.length) parts.push(`${listWords(changed)} ${changed.length === 1 ? 'takes' : 'take'} the link’s values`);
  if (same.length) parts.push(`${listWords(same)} ${same.length === 1 ? 'is' : 'are'} the same and stay${same.length === 1 ? 's' : ''}`);
  if (added.length) parts.push(`${listWords(added)} ${added.length === 1 ? 'is' : 'are'} added`);
  return parts.join('; ');
}

/** The name an added candidate gets when mine already has it (as applyIncoming names it). */
function numbered(taken: Set<string>, base: string): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} (${i})`)) return `${base} (${i})`;
}

export function LinkImportDialog({ fragment, onAdd, onReplace, onClose, addRefusal, current, fresh = false, onUpdate }: LinkImportDialogProps) {
  const result = useMemo(() => decodeLink(fragment), [fragment]);
  const plan = useMemo(() => (result.ok && current ? planLinkImport(current, result.workspace) : null), [result, current]);
  const matched = plan?.some((p) => p.status !== 'new') ?? false;
  // a returned link (its candidates are mine, changed or not) always shows what changed; "fresh" means nothing matches
  const freshOnly = fresh && !matched;
  const addRefused = result.ok ? (addRefusal?.(result.workspace.formulations.length) ?? null) : null;
  const updateRefusal = plan ? (addRefusal?.(plan.filter((p) => p.status === 'new').length) ?? null) : null;
  const incoming = result.ok ? result.workspace.formulations.map((f) => String(f.name ?? 'unnamed')) : [];
  const mine = current?.formulations.map((f) => String(f.name ?? 'unnamed')) ?? [];
  const clash = incoming.some((n) => mine.includes(n));
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  // a link that cannot be opened leaves the address bar at once (walk8 #33: a reload must not show the same error again)
  useEffect(() => {
    if (!result.ok) clearFragment();
  }, [result]);
  useEffect(() => {
    // preventScroll: the dialog's stylesheet may still be loading (then it sits at the foot of the page), and a focus
    // that scrolls there would leave the opened workspace scrolled down
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
  }, []);
  const finish = (f?: () => void) => {
    clearFragment();
    f?.();
    onClose();
    // a shared link opens at the top of the page, whatever the dialog or the page's loading scrolled meanwhile
    window.scrollTo({ top: 0, left: 0 });
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') finish();
  };

  return (
    <div className="npd-modal-backdrop">
      <div ref={ref} className="npd-modal" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        {result.ok ? (
          <>
            <h2 id={titleId}>Open shared {result.kind === 'workspace' ? 'workspace' : 'formulation'}</h2>
            <p>
              This link contains {result.workspace.formulations.length}{' '}
              {result.workspace.formulations.length === 1 ? 'candidate' : 'candidates'}:
            </p>
            {result.repaired ? <p className="muted small" role="status">The link had been broken over several lines (probably by an e-mail program); it was repaired.</p> : null}
            <WorkspaceSummary details={overridesAndCalibrationsWords} workspace={result.workspace} label="Candidates in the link" />
            {plan && !freshOnly ? <PlanList plan={plan} mine={current?.formulations.map((f) => String(f.name ?? '')) ?? []} /> : null}
            {freshOnly ? (
              <>
                <div className="row npd-import-choice">
                  <button type="button" onClick={() => finish(() => onReplace(result.workspace))} data-testid="link-open">Open it</button>
                  <button type="button" onClick={() => finish(() => onAdd(result.workspace))} disabled={addRefused !== null}>Add to my workspace</button>
                  <button type="button" onClick={() => finish()}>Cancel</button>
                </div>
                <ul className="small npd-choice-effects" data-testid="link-choice-effects">
                  <li><strong>Open it</strong>: the link’s {listWords(incoming)} replace{incoming.length === 1 ? 's' : ''} your untouched starting {listWords(mine)}.</li>
                  <li><strong>Add to my workspace</strong>: your {listWords(mine)} stay{mine.length === 1 ? 's' : ''}, and the link’s {listWords(incoming)} {incoming.length === 1 ? 'is' : 'are'} added beside {mine.length === 1 ? 'it' : 'them'}{clash ? ' (a clashing name gets a number)' : ''}.</li>
                  <li><strong>Cancel</strong>: nothing changes.</li>
                </ul>
              </>
            ) : matched && onUpdate && plan ? (
              <>
                <div className="row npd-import-choice">
                  <button type="button" onClick={() => finish(() => onUpdate(result.workspace, plan))} disabled={updateRefusal !== null} data-testid="link-update">Update mine</button>
                  <button type="button" onClick={() => finish(() => onAdd(result.workspace))} disabled={addRefused !== null}>Keep both</button>
                  <button type="button" onClick={() => finish(() => onReplace(result.workspace))}>Replace my workspace</button>
                  <button type="button" onClick={() => finish()}>Cancel</button>
                  {(updateRefusal ?? addRefused) ? <p className="npd-share-error" role="alert">{updateRefusal ?? addRefused}</p> : null}
                </div>
                <ul className="small npd-choice-effects" data-testid="link-choice-effects">
                  <li><strong>Update mine</strong>: {updateWords(plan)}; your candidates that are not in the link stay as they are.</li>
                  <li><strong>Keep both</strong>: all {countWords(incoming.length)} of the link are added beside yours (a clashing name gets a number); none of yours changes.</li>
                  <li><strong>Replace my workspace</strong>: your {countWords(mine.length)} {mine.length === 1 ? 'is' : 'are'} removed and the workspace becomes the link’s {countWords(incoming.length)}.</li>
                  <li><strong>Cancel</strong>: nothing changes.</li>
                </ul>
              </>
            ) : (
              <>
                <ImportChoice
                  onAdd={() => finish(() => onAdd(result.workspace))}
                  onReplace={() => finish(() => onReplace(result.workspace))}
                  onCancel={() => finish()}
                  addRefusal={addRefused}
                />
                {current ? (
                  <ul className="small npd-choice-effects" data-testid="link-choice-effects">
                    <li><strong>Add to my workspace</strong>: the link’s {listWords(incoming)} {incoming.length === 1 ? 'is' : 'are'} added beside your {countWords(mine.length)}{clash ? ' (a clashing name gets a number)' : ''}; none of yours changes.</li>
                    <li><strong>Replace my workspace</strong>: your {countWords(mine.length)} {mine.length === 1 ? 'is' : 'are'} removed and the workspace becomes the link’s {countWords(incoming.length)}.</li>
                    <li><strong>Cancel</strong>: nothing changes.</li>
                  </ul>
                ) : null}
              </>
            )}
          </>
        ) : (
          <>
            <h2 id={titleId}>This link cannot be opened</h2>
            <p role="alert" className="npd-share-error" data-testid="link-error">{result.error.message}</p>
            {result.error.issues && result.error.issues.length > 1 ? (
              <ul aria-label="Problems in the link">
                {result.error.issues.slice(0, 20).map((i, k) => <li key={k}>{`${i.path}: ${i.message}`}</li>)}
              </ul>
            ) : null}
            {/* walk11 #1: behind the dialog a new user sees the starting example, which looks like the sender's design */}
            {fresh ? <p data-testid="link-error-fresh">Nothing from the link was opened: the design on screen is the app’s starting example, not the one in the link.</p> : null}
            <p>Your workspace has not been changed.</p>
            <div className="row">
              <button type="button" onClick={() => finish()}>Close</button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

export default LinkImportDialog;
