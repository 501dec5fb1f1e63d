// Preview of a release CSV before anything is stored: what each column was understood as (time and its unit, release
// per pH, SD/SEM error bars, replicates, ignored), a select per column to re-map, percent or fraction, then Store.
import { useMemo, useState } from 'react';
import { applyReleasePlan, phText, planReleaseImport, roleText, splitTwoProducts, type ColumnRole, type ImportedCurve, type TwoProductSplit } from '../../share/csv/release-import';
import type { CsvPreviewProps } from './CsvImportPanel';

const key = (r: ColumnRole): string => {
  switch (r.role) {
    case 'time': return `time:${r.unit}`;
    case 'mean': return `mean:${r.pH}`;
    case 'replicate': return `replicate:${r.pH}`;
    case 'sd': return `sd:${r.of}`;
    case 'sem': return `sem:${r.of}`;
    default: return r.role;
  }
};
const fromKey = (k: string): ColumnRole => {
  const [role, v] = k.split(':');
  switch (role) {
    case 'time': return { role: 'time', unit: v as 'h' | 'min' | 'd' };
    case 'mean': return { role: 'mean', pH: Number(v) };
    case 'replicate': return { role: 'replicate', pH: Number(v) };
    case 'sd': return { role: 'sd', of: Number(v) };
    case 'sem': return { role: 'sem', of: Number(v) };
    case 'ph': return { role: 'ph' };
    case 'release': return { role: 'release' };
    default: return { role: 'ignore' };
  }
};

/** The pH offered for a file whose headers name none (the model's three media and common buffers between). */
const DEFAULT_PH_CHOICES = [7.4, 7.0, 6.8, 6.5, 6.0, 5.5, 5.0, 4.5];

/** One line that says what will be stored: "2 pH curves of 12 points (24 points): pH 7.4, pH 5.0; SD as error bars". */
export function curvesSummary(curves: readonly ImportedCurve[]): string {
  const total = curves.reduce((n, c) => n + c.points.length, 0);
  const sizes = [...new Set(curves.map((c) => c.points.length))];
  const bars = [...new Set(curves.filter((c) => c.spread).map((c) => c.spread!.kind.toUpperCase()))];
  const missing = curves.reduce((n, c) => n + (c.spread?.missing?.length ?? 0), 0);
  return `${curves.length} pH curve${curves.length === 1 ? '' : 's'} of ${sizes.join(' / ')} points${curves.length > 1 ? ` (${total} points)` : ''}: ${curves.map((c) => `pH ${phText(c.pH)}`).join(', ')}${bars.length ? `; ${bars.join(' and ')} as error bars` : '; no error bars'}${missing ? ` (${missing} point${missing === 1 ? '' : 's'} without one, weighted as ${missing === 1 ? 'its' : 'their'} curve's largest)` : ''}`;
}

/** `replacing`: what storing would replace (the curves already stored), said beside the Store button. */
export function ReleaseCsvPreview({ text, done, onStore, replacing, onTwoProducts }: CsvPreviewProps & {
  onStore: (curves: ImportedCurve[]) => void;
  replacing?: string;
  /** Hand a reference/test export to the f2 comparison (offered when the file is one). */
  onTwoProducts?: (split: TwoProductSplit) => void;
}) {
  // the pH of columns whose header names none (walk8: never filed under a pH the user did not choose without saying so)
  const [defaultPH, setDefaultPH] = useState(5.0);
  const planned = useMemo(() => planReleaseImport(text, { defaultPH }), [text, defaultPH]);
  const two = useMemo(() => (onTwoProducts ? splitTwoProducts(text) : null), [text, onTwoProducts]);
  const [roles, setRoles] = useState<ColumnRole[] | null>(null);
  const [scale, setScale] = useState<'percent' | 'fraction' | null>(null);
  const result = useMemo(() => {
    if (!planned.ok) return null;
    const plan = {
      ...planned.plan,
      columns: planned.plan.columns.map((c, i) => (roles && key(roles[i]) !== key(c.role) ? { ...c, role: roles[i], why: 'chosen by you' } : c)),
      scale: scale ?? planned.plan.scale,
      scaleWhy: scale && scale !== planned.plan.scale ? (scale === 'fraction' ? 'fractions (0–1) converted to % (× 100), as you chose' : 'values in %, as you chose') : planned.plan.scaleWhy,
    };
    return { plan, r: applyReleasePlan(planned.table, plan, planned.dataStart) };
  }, [planned, roles, scale]);
  if (!planned.ok || !result) {
    return (
      <>
        <p className="error" role="alert" data-testid="csv-error">{planned.ok ? '' : planned.message}</p>
        <button type="button" onClick={done}>Close</button>
      </>
    );
  }
  const cols = result.plan.columns;
  const usesDefaultPH = planned.plan.columns.some((c) => /no pH in the header/.test(c.why) && c.role.role !== 'ignore');
  const pHs = [...new Set([7.4, 6.5, 5.0, ...cols.flatMap((c) => (c.role.role === 'mean' || c.role.role === 'replicate' ? [c.role.pH] : []))])].sort((a, b) => b - a);
  const options = (i: number) => {
    const o: { k: string; label: string }[] = [
      // a replicate set aside for the sheet's own mean is data the file holds, just not used (walk9 #12: "not data" contradicted its why)
      { k: 'ignore', label: /set aside/.test(cols[i].why) ? 'set aside (not used)' : 'ignore (not data)' },
      { k: 'time:h', label: 'time (h)' }, { k: 'time:min', label: 'time (min)' }, { k: 'time:d', label: 'time (d)' },
      ...pHs.map((p) => ({ k: `mean:${p}`, label: `release at pH ${phText(p)}` })),
      ...pHs.map((p) => ({ k: `replicate:${p}`, label: `replicate at pH ${phText(p)}` })),
    ];
    cols.forEach((c, k) => {
      if (k !== i && (c.role.role === 'mean' || c.role.role === 'release')) {
        o.push({ k: `sd:${k}`, label: `SD of column ${k + 1} (${c.header})` }, { k: `sem:${k}`, label: `SEM of column ${k + 1} (${c.header})` });
      }
    });
    o.push({ k: 'ph', label: 'pH of each row (long format)' }, { k: 'release', label: 'release (long format)' });
    const cur = key(cols[i].role);
    if (!o.some((x) => x.k === cur)) o.push({ k: cur, label: roleText(cols[i].role, cols) });
    return o;
  };
  const setRole = (i: number, k: string) => setRoles(cols.map((c, j) => (j === i ? fromKey(k) : c.role)));
  const { r } = result;
  const hasSpread = r.curves.some((c) => c.spread);
  return (
    <>
      <h4>What the file says — check before storing</h4>
      {two && onTwoProducts && (
        <div className="banner info" role="status" data-testid="csv-two-products">
          <p>This file compares two products — reference ({two.referenceColumns.join(', ')}) and test ({two.testColumns.join(', ')}) — rather than this candidate's release at several pH. Compare them with f2: the mean columns are skipped and the unit columns are bootstrapped.</p>
          <button type="button" onClick={() => { onTwoProducts(two); done(); }} data-testid="csv-two-products-f2">Compare the two products with f2</button>
        </div>
      )}
      {r.errors.length === 0 && <p className="banner info" role="status" data-testid="csv-preview-summary">{curvesSummary(r.curves)}</p>}
      {usesDefaultPH && (
        <div className="banner warn" role="status" data-testid="csv-default-ph">
          <label className="field inline">
            <span><strong>No pH in the file</strong> — the release columns are stored as pH</span>
            <select value={String(defaultPH)} onChange={(e) => { setDefaultPH(Number(e.target.value)); setRoles(null); }} data-testid="csv-default-ph-select" aria-label="pH of the release columns whose header names none">
              {DEFAULT_PH_CHOICES.map((p) => <option key={p} value={String(p)}>{phText(p)}</option>)}
            </select>
          </label>
          <span className="small"> — choose the pH your release study ran at (it decides which model curve the data are compared and calibrated with).</span>
        </div>
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Columns of the file">
      <table className="data" data-testid="csv-preview-columns">
        <caption>Columns (change a role if it was misunderstood)</caption>
        <thead><tr><th scope="col">#</th><th scope="col">header</th><th scope="col">unit</th><th scope="col">read as</th><th scope="col">why</th></tr></thead>
        <tbody>
          {cols.map((c, i) => (
            <tr key={i} data-role={c.role.role}>
              <td className="r">{i + 1}</td>
              <th scope="row">{c.header || <em>(no header)</em>}</th>
              <td>{c.unit ?? ''}</td>
              <td>
                <select value={key(c.role)} onChange={(e) => setRole(i, e.target.value)} aria-label={`Role of column ${i + 1} (${c.header})`} data-testid={`csv-role-${i}`}>
                  {options(i).map((o) => <option key={o.k} value={o.k}>{o.label}</option>)}
                </select>
              </td>
              <td className="small">{roles && key(roles[i]) !== key(planned.plan.columns[i].role) ? 'chosen by you' : c.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <div className="row">
        <label className="field inline"><span>Release values are</span>
          <select value={result.plan.scale} onChange={(e) => setScale(e.target.value as 'percent' | 'fraction')} data-testid="csv-scale">
            <option value="percent">percent (0–100)</option>
            <option value="fraction">fractions (0–1) → × 100</option>
          </select>
        </label>
      </div>
      <ul className="small" data-testid="csv-preview-messages">{r.messages.map((m, i) => <li key={i}>{m}</li>)}</ul>
      {hasSpread && <p className="muted small" data-testid="csv-weights-note">SD/SEM columns are stored as error bars and drawn on the charts; they are never fitted as release values. Each fit can be weighted by 1/SD² (a tick per curve for the empirical models; one tick for the mechanistic M2 calibration, on when every curve has an SD).</p>}
      {r.errors.length > 0 && (
        <div className="error" role="alert" data-testid="csv-error">
          Nothing stored: {r.errors.length} problem{r.errors.length === 1 ? '' : 's'}.
          <ul>{r.errors.slice(0, 8).map((e, i) => <li key={i}>{e.message}</li>)}</ul>
          {r.errors.length > 8 && <span>…and {r.errors.length - 8} more.</span>}
        </div>
      )}
      <div className="row">
        <button type="button" style={{ whiteSpace: 'normal' }} disabled={r.errors.length > 0 || r.curves.length === 0} onClick={() => { onStore(r.curves); done(); }} data-testid="release-csv-confirm">
          {replacing ? 'Replace with' : 'Store'} {r.curves.reduce((n, c) => n + c.points.length, 0)} points and fit
        </button>
        <button type="button" onClick={done}>Cancel</button>
        {replacing && <span className="small warn-text" role="note" data-testid="csv-replaces">Storing replaces the measured data already stored ({replacing}); Ctrl+Z brings it back.</span>}
      </div>
    </>
  );
}
