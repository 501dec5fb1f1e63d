// Calibrate tab: paste or upload measured release curves (per pH) → DDSolver-style model fits with statistics and residuals,
// and the mechanistic M2 calibration (Model I) whose parameters are applied to the candidate and travel with it; measured
// loading points → the Langmuir (qmax, K) calibration of M1, applied the same way. The measured points are part of the
// candidate's formulation (measurements), so a shared link shows the same data, fits and residuals.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from '../../state/store';
import type { CalibratePrefill, Candidate, MeasuredRelease, OwnReleaseModel } from '../../state/types';
import { measuredFromImported } from '../../state/release-csv';
import { CsvImportPanel } from '../csv/CsvImportPanel';
import { ReleaseCsvPreview } from '../csv/ReleaseCsvPreview';
import { measurementsOf } from '../../state/measurements';
import { formatIssue } from '../../schema';
import {
  assessF2, compileCustomModel, fitPlausibility, fitReleaseModels, RELEASE_MODELS, weightsFromSpread,
  type CompiledCustomModel, type CustomReleaseFit, type ReleaseFit,
} from '../../engine/fitting';
import type { ReleaseModelId } from '../../engine/fitting';
import { csvText } from '../../engine';
import { TableActions } from '../TableActions';
import { fitOwnModel } from '../../workers/fit-client';
import { OwnModelEditor, type OwnFitShown } from './OwnModelEditor';
import { F2Panel, F2Verdict } from './F2Panel';
import { F2Bootstrap, type F2Incoming } from './F2Bootstrap';
import { PlotFigure } from '../../charts/PlotFigure';
import { agentVisual } from '../../catalog';
import { PH_COLORS, PALETTE } from '../../charts/palette';
import { sig } from '../format';
import { MechanisticCalibration, ReleaseCalibrationBanner } from './MechanisticCalibration';
import { LoadingCalibration } from './LoadingCalibration';

const TEMPLATE = 'time_h,pH 7.4,pH 6.5,pH 5.0\n0,0,0,0\n1,…,…,…';

/**
 * The Bench sheet's hand-over for this candidate, taken once when Calibrate opens (then cleared from the store, so a
 * later visit starts empty); the matching import panel shows it as a preview and scrolls into view.
 */
function useCalibratePrefill(candidateId: string): CalibratePrefill | null {
  const [prefill] = useState(() => {
    const p = useStore.getState().calibratePrefill;
    return p && p.candidateId === candidateId ? p : null;
  });
  const clear = useStore((s) => s.clearCalibratePrefill);
  useEffect(() => {
    if (!prefill) return;
    clear();
    document.querySelector(prefill.kind === 'release' ? '#cal-data' : '[data-testid="loading-calibration"]')?.scrollIntoView({ block: 'start' });
  }, [prefill, clear]);
  return prefill;
}

type AnyFit = ReleaseFit | CustomReleaseFit;
const OWN = 'custom';
const fitName = (f: AnyFit) => (f.model === OWN ? 'your model' : f.model);
const ci = (f: AnyFit, k: string) => f.ci95[k] ?? null;

/** The fit table as rows: one row per parameter, units in the headers. */
export function fitTableRows(fits: readonly AnyFit[], pH: number): unknown[][] {
  const rows: unknown[][] = [['pH', 'model', 'equation (F in % and t in h)', 'parameter', 'value', 'unit', 'SE', 'CI95 low', 'CI95 high', 'n', 'R²', 'R² adj', 'AIC', 'MSC', 'SSE (%²)', 'fitted on', 'weighted']];
  for (const f of fits)
    for (const [k, v] of Object.entries(f.params))
      rows.push([pH, fitName(f), f.equation, k, v, (f.units[k] ?? '').replace(/\btime\b/g, 'h'), f.se[k] ?? null, ci(f, k)?.[0] ?? null, ci(f, k)?.[1] ?? null, f.n, f.r2, f.r2adj, f.aic, f.msc, f.sse, f.fittedOn, f.weighted ? 'yes' : 'no']);
  return rows;
}

function FitTable({ fits, best, chosen, onChoose, pH, own }: { fits: AnyFit[]; best: string | null; chosen: string; onChoose: (id: string) => void; pH: number; own: CompiledCustomModel | null }) {
  return (
    <>
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Model fits" data-report-block={`Model fits at pH ${pH.toFixed(1)} (your model among them when typed)`}>
    <table className="data" data-testid="fit-table">
      <caption>Model fits (least squares; Korsmeyer–Peppas and Peppas–Sahlin on F ≤ 60 % only). Lowest AIC among all-point fits: <strong>{best === OWN ? 'your model' : best ?? '—'}</strong></caption>
      <thead><tr><th scope="col">show</th><th scope="col">model</th><th scope="col">parameters (± SE) [95 % CI]</th><th scope="col">n</th><th scope="col">R²</th><th scope="col">R² adj</th><th scope="col">AIC</th><th scope="col">MSC</th><th scope="col">note</th></tr></thead>
      <tbody>
        {fits.map((f) => (
          <tr key={f.model} className={f.model === best ? 'best' : undefined} data-testid={f.model === OWN ? 'fit-row-own' : undefined}>
            <td><input type="radio" name={`fit-choice-${pH}`} checked={chosen === f.model} onChange={() => onChoose(f.model)} aria-label={`Show ${fitName(f)} fit`} /></td>
            <th scope="row">{fitName(f)}{f.model === best ? ' ★' : ''}<div className="muted small"><code>{f.equation}</code></div></th>
            <td>{Object.entries(f.params).map(([k, v]) => { const c = ci(f, k); return <div key={k}>{k} = {sig(v, 4)}{f.se[k] != null ? ` ± ${sig(f.se[k]!, 2)}` : ''}{c ? <span className="muted small"> [{sig(c[0], 3)}, {sig(c[1], 3)}]</span> : null}</div>; })}</td>
            <td className="r">{f.n}</td>
            <td className="r">{sig(f.r2, 4)}</td>
            <td className="r">{sig(f.r2adj, 4)}</td>
            <td className="r">{sig(f.aic, 4)}</td>
            <td className="r">{sig(f.msc, 3)}</td>
            <td className="small" data-testid={`fit-note-${f.model}`}>{[f.identifiable ? '' : 'not identifiable', ...f.identifiabilityNotes, ...fitPlausibility(f, own), ('interpretation' in f ? f.interpretation?.text : '') ?? ''].filter(Boolean).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
    <TableActions name={`model-fits-ph-${pH.toFixed(1).replace('.', '-')}`} label="The fit table" rows={() => fitTableRows(fits, pH)} testId="fit-table-export" />
    </>
  );
}

/** f2 of the measured curve against the shown fit at the measured times, with its conditions of use. */
function F2Line({ curve, show, predict }: { curve: MeasuredRelease; show: AnyFit; predict: (t: number) => number }) {
  const t = curve.points.map((p) => p[0]);
  // a point whose SD the file did not give (spread.missing) has a weight, not a measured SD: no CV is checked there
  const sd = curve.spread?.kind === 'sd' ? curve.spread.values.map((v, i) => (curve.spread?.missing?.includes(i) ? Number.NaN : v)) : undefined;
  const a = assessF2(
    { t, F: curve.points.map((p) => p[1]), sd, cvUnknownReason: curve.spread?.kind === 'sem' ? 'SEM given, n unknown' : 'no SD given' },
    { t, F: t.map(predict), kind: 'model' },
  );
  return <F2Verdict a={a} what={`measured vs ${fitName(show)}`} testId="fit-f2" />;
}

function CurveFits({ curve, own, onOwnFit }: { curve: MeasuredRelease; own: OwnReleaseModel | undefined; onOwnFit?: (key: string, shown: OwnFitShown | null) => void }) {
  const [weighted, setWeighted] = useState(false);
  const weights = useMemo(() => (curve.spread ? weightsFromSpread(curve.spread.values) : null), [curve]);
  const input = useMemo(() => {
    const data = { t: curve.points.map((p) => p[0]), F: curve.points.map((p) => p[1]) };
    return weighted && weights ? { ...data, w: weights } : data;
  }, [curve, weighted, weights]);
  // your model: compiled here (cheap: the curve is drawn from it), fitted in a worker (a few hundred ms per curve)
  const compiled = useMemo(() => {
    if (!own) return null;
    try { return compileCustomModel(own); } catch { return null; }
  }, [own]);
  const [ownState, setOwnState] = useState<{ key: unknown; fit?: CustomReleaseFit; error?: string } | null>(null);
  useEffect(() => {
    if (!own) { setOwnState(null); return; }
    let alive = true;
    const key = [own, input];
    setOwnState({ key });
    void fitOwnModel(own, input).then((r) => { if (alive) setOwnState(r.ok ? { key, fit: r.fit } : { key, error: r.message }); });
    return () => { alive = false; };
  }, [own, input]);
  const ownFit = ownState?.fit ?? null;
  const curveKey = `${curve.pH}|${curve.agent ?? ''}`;
  useEffect(() => {
    onOwnFit?.(curveKey, ownFit ? { label: `pH ${curve.pH.toFixed(1)}${curve.agent ? ` ${curve.agent}` : ''}`, fit: ownFit, compiled } : null);
  }, [ownFit, compiled, curveKey, curve.pH, curve.agent, onOwnFit]);
  const result = useMemo(() => {
    try {
      const built = fitReleaseModels(input);
      const fits: AnyFit[] = ownFit ? [...built.fits, ownFit] : built.fits;
      const bestBuilt = built.fits.find((f) => f.model === built.best);
      const best: string | null = ownFit && (!bestBuilt || ownFit.aic < bestBuilt.aic) ? OWN : built.best;
      return { ok: true as const, fits, best, skipped: built.skipped, ownError: ownState?.error ?? null, ownPending: !!own && !ownState?.fit && !ownState?.error, compiled };
    } catch (e) {
      return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
    }
  }, [input, ownFit, ownState, own, compiled]);
  const [chosen, setChosen] = useState<string>('');
  if (!result.ok) return <p className="error" role="alert">pH {curve.pH.toFixed(1)}: {result.message}</p>;
  const show = result.fits.find((f) => f.model === (chosen || result.best)) ?? result.fits[0];
  const tMax = Math.max(...curve.points.map((p) => p[0]));
  const predict = show
    ? show.model === OWN
      ? (t: number) => result.compiled?.f(Object.values(show.params), t) ?? NaN
      : (t: number) => RELEASE_MODELS[show.model as ReleaseModelId].f(Object.values(show.params), t)
    : null;
  const line = predict ? Array.from({ length: 81 }, (_, i) => { const t = (tMax * i) / 80; return { t, F: predict(t) }; }).filter((p) => Number.isFinite(p.F)) : [];
  const pts = curve.points.map(([t, F], i) => ({ t, F, e: curve.spread?.missing?.includes(i) ? undefined : curve.spread?.values[i] }));
  const bars = curve.spread ? pts.filter((p) => p.e !== undefined).map((p) => ({ t: p.t, lo: p.F - (p.e ?? 0), hi: p.F + (p.e ?? 0) })) : [];
  const resid = show ? show.times.map((t, i) => ({ t, r: show.residuals[i] })) : [];
  const color = PH_COLORS[curve.pH.toFixed(1)] ?? PALETTE[0];
  const spreadHead = curve.spread ? `${curve.spread.kind.toUpperCase()} (% points)` : null;
  const showName = show ? fitName(show) : '';
  return (
    <section className="fit-block" aria-label={`Fits at pH ${curve.pH.toFixed(1)}`}>
      <h3>pH {curve.pH.toFixed(1)}{curve.agent ? ` (${agentVisual(curve.agent)?.label ?? curve.agent})` : ''} — <span data-testid="fit-points">{curve.points.length}</span> points{curve.spread ? <span className="muted small"> (error bars: {curve.spread.kind.toUpperCase()}; fits {weighted && weights ? `weighted by 1/${curve.spread.kind.toUpperCase()}²` : 'unweighted'}{curve.spread.missing?.length ? `; ${curve.spread.missing.length} point${curve.spread.missing.length === 1 ? '' : 's'} without ${curve.spread.kind.toUpperCase()} (t = ${curve.spread.missing.map((k) => curve.points[k]?.[0]).join(', ')} h) weighted as the curve's largest one, drawn without a bar` : ''})</span> : null}</h3>
      {curve.spread && (
        <label className="check-inline small">
          <input type="checkbox" checked={weighted} disabled={!weights} onChange={(e) => setWeighted(e.target.checked)} data-testid="fit-weighted" />
          Weight the fits by 1/{curve.spread.kind.toUpperCase()}² (a zero {curve.spread.kind.toUpperCase()} counts as the smallest positive one; SSE, R², AIC and MSC are then the weighted ones)
        </label>
      )}
      <div className="chart-grid">
        <PlotFigure
          testId="fit-chart"
          label={`Measured release at pH ${curve.pH.toFixed(1)}${curve.spread ? ` (error bars: ${curve.spread.kind.toUpperCase()})` : ''} with the ${showName} fit`}
          deps={[pts, line, bars]}
          table={() => csvText([
            ['series', 'time (h)', 'released (%)', ...(spreadHead ? [spreadHead] : [])],
            ...pts.map((p) => ['measured', p.t, p.F, ...(spreadHead ? [p.e ?? null] : [])]),
            ...line.map((p) => [`${showName} fit`, p.t, p.F, ...(spreadHead ? [null] : [])]),
          ])}
          make={(Plot, width) => Plot.plot({
            width, height: 220, marginLeft: 48,
            x: { label: 'time (h)' }, y: { label: 'released (%)', domain: [0, 100], grid: true },
            marks: [Plot.ruleX(bars, { x: 't', y1: 'lo', y2: 'hi', stroke: color, strokeOpacity: 0.7 }), Plot.line(line, { x: 't', y: 'F', stroke: color, strokeWidth: 2 }), Plot.dot(pts, { x: 't', y: 'F', stroke: color, fill: 'white', symbol: 'square', r: 3.5 })],
          })}
        />
        <PlotFigure
          testId="residual-chart"
          label={`Residuals of the ${showName} fit at pH ${curve.pH.toFixed(1)}`}
          deps={[resid]}
          height={160}
          table={() => csvText([['time (h)', `residual of the ${showName} fit (% points)`], ...resid.map((r) => [r.t, r.r])])}
          make={(Plot, width) => Plot.plot({
            width, height: 220, marginLeft: 48,
            x: { label: 'time (h)' }, y: { label: 'residual (% points)', grid: true },
            marks: [Plot.ruleY([0]), Plot.ruleX(resid, { x: 't', y1: 0, y2: 'r', stroke: color }), Plot.dot(resid, { x: 't', y: 'r', fill: color })],
          })}
        />
      </div>
      <FitTable fits={result.fits} best={result.best} chosen={show?.model ?? ''} onChoose={setChosen} pH={curve.pH} own={compiled} />
      {result.ownPending && <p className="muted small" role="status" data-testid="own-model-fitting">Fitting your model…</p>}
      {result.ownError && <p className="error" role="alert" data-testid="own-model-fit-error">Your model at pH {curve.pH.toFixed(1)}: {result.ownError}</p>}
      {show && predict && <F2Line curve={curve} show={show} predict={predict} />}
      {result.skipped.length > 0 && <p className="muted small">Not fitted: {result.skipped.map((s) => `${s.model} (${s.reason})`).join('; ')}</p>}
    </section>
  );
}

export default function Calibrate({ candidate }: { candidate: Candidate }) {
  const setMeasured = useStore((s) => s.setMeasuredRelease);
  const prefill = useCalibratePrefill(candidate.id);
  const data = measurementsOf(candidate);
  const measured = data.release;
  const [f2Incoming, setF2Incoming] = useState<F2Incoming | null>(null);
  // your model's fit per curve, shown beside its inputs in the editor
  const [ownFits, setOwnFits] = useState<Record<string, OwnFitShown>>({});
  const onOwnFit = useCallback((key: string, shown: OwnFitShown | null) => {
    setOwnFits((old) => {
      if (!shown) { if (!(key in old)) return old; const rest = { ...old }; delete rest[key]; return rest; }
      return old[key] === shown ? old : { ...old, [key]: shown };
    });
  }, []);

  return (
    <div>
      <section aria-labelledby="cal-data">
        <h3 id="cal-data">Measured release data for {String(candidate.draft.name ?? 'this candidate')}</h3>
        <CsvImportPanel
          initialText={prefill?.kind === 'release' ? prefill.text : undefined}
          testId="release-csv"
          pageDrop
          label="Paste CSV"
          uploadLabel="Choose a CSV file"
          placeholder={TEMPLATE}
          hint={<p className="muted small">CSV with a header row: time (h, min, d, s or weeks — say which, e.g. <code>Time (h)</code> or <code>t [days]</code>; read with mathjs units), then one column per pH with cumulative release in % or as a fraction (e.g. <code>time_h,pH 7.4,pH 5.0</code>); SD or SEM columns (<code>pH 7.4 SD</code>) become error bars, replicate columns (<code>pH 7.4 n1</code>, <code>n2</code>, …) are averaged; long format <code>time_h,release_pct,pH</code> works too. Comma, semicolon or tab separated; decimal commas with semicolons or tabs. You see what was understood before anything is stored.</p>}
          preview={(p) => (
            <ReleaseCsvPreview
              {...p}
              onStore={(curves) => setMeasured(candidate.id, curves.map(measuredFromImported))}
              onTwoProducts={(two) => setF2Incoming((prev) => ({ reference: two.reference, test: two.test, n: (prev?.n ?? 0) + 1 }))}
              replacing={measured.length ? `${measured.map((m) => `pH ${m.pH.toFixed(1)}`).join(', ')}: ${measured.reduce((n, m) => n + m.points.length, 0)} points` : undefined}
            />
          )}
        />
        {measured.length > 0 && <div className="row"><button type="button" onClick={() => setMeasured(candidate.id, undefined)}>Remove measured data</button><span className="muted small"> (Ctrl+Z brings it back)</span></div>}
        {data.issues.length > 0 && <p className="error" role="alert" data-testid="measurements-error">The candidate's measured data cannot be used: {data.issues.slice(0, 3).map(formatIssue).join('; ')}</p>}
      </section>
      {measured.length === 0 ? (
        <>
          {/* a release calibration whose data were removed still applies: say so (walk11 #14) */}
          <ReleaseCalibrationBanner candidate={candidate} measured={measured} />
          <p className="empty">No measured data yet. Import a release curve to fit the DDSolver models and calibrate this carrier's release kinetics; the data also appear on the Release tab.</p>
        </>
      ) : (
        <>
          <MechanisticCalibration candidate={candidate} measured={measured} />
          <OwnModelEditor candidateId={candidate.id} stored={data.releaseModel} fitted={measured.map((c) => ownFits[`${c.pH}|${c.agent ?? ''}`]).filter((o): o is OwnFitShown => !!o)} />
          <h3>Empirical model fits per pH</h3>
          {measured.map((c) => <CurveFits key={`${c.pH}|${c.agent ?? ''}`} curve={c} own={data.releaseModel} onOwnFit={onOwnFit} />)}
          <F2Panel candidate={candidate} />
        </>
      )}
      <F2Bootstrap incoming={f2Incoming} />
      <LoadingCalibration candidate={candidate} prefill={prefill?.kind === 'loading' ? prefill : undefined} />
    </div>
  );
}
