// Loading calibration (Calibrate tab): measured (feed, EE % or LC %) points for one of the candidate's payloads → the
// single-payload Langmuir fit (qmax, K with standard errors, r²) → applied to the candidate as calibrations.loading for
// its core–agent–mode, so the fitted capacity and affinity replace the carrier rule (and travel in links).
import { TableActions } from '../TableActions';
import { csvText } from '../../engine';
import { useMemo, useState } from 'react';
import { useStore } from '../../state/store';
import { evaluateCandidate } from '../../state/evaluate';
import type { CalibratePrefill, Candidate, MeasuredLoading } from '../../state/types';
import { loadingFitPoints } from '../../state/loading-csv';
import { CsvImportPanel } from '../csv/CsvImportPanel';
import { LoadingCsvPreview } from '../csv/LoadingCsvPreview';
import { measurementsOf } from '../../state/measurements';
import { fitLangmuir, langmuirLoaded, type LangmuirCalibration } from '../../engine/fitting';
import { PlotFigure } from '../../charts/PlotFigure';
import { PALETTE } from '../../charts/palette';
import { fitTrust } from '../../engine/fitting';
import { FitTrustGate } from '../FitTrustGate';
import { sig } from '../format';
import { agentName } from '../catalog-names';

interface LoadingCal { core: string; agent: string; mode: string; qmaxMgPerMg: number; affinityK: number }
type F = { core: { material: string }; payloads: { agent: string; loading: string }[]; calibrations?: { loading?: LoadingCal[]; release?: unknown[] } };

const TEMPLATE = 'feed_mg_per_mg,EE_pct\n0.05,…\n0.1,…';

function FitView({ fit, points }: { fit: LangmuirCalibration; points: MeasuredLoading['points'] }) {
  const maxFeed = Math.max(...points.map((p) => p.feedMassRatio)) * 1.15;
  const curve = useMemo(() => Array.from({ length: 81 }, (_, i) => { const feed = (maxFeed * i) / 80; return { feed, q: langmuirLoaded(feed, fit.qmax, fit.K) }; }), [fit, maxFeed]);
  const pts = useMemo(() => points.map((p, i) => ({ feed: p.feedMassRatio, q: fit.qObserved[i], kind: p.encapsulationEfficiencyPct !== undefined ? 'EE' : 'LC' })), [points, fit]);
  return (
    <>
      <table className="data" data-testid="loading-fit-table" data-report-block="Loading calibration (Langmuir)">
        <caption>Langmuir fit ({fit.n} points, least squares in q, <span data-testid="loading-fit-weighting">{fit.weighted ? 'weighted by 1/SD(q)²' : 'unweighted'}</span>; {fit.equation})</caption>
        <thead><tr><th scope="col">parameter</th><th scope="col">value</th><th scope="col">SE</th><th scope="col">95 % CI</th></tr></thead>
        <tbody>
          <tr><th scope="row">q<sub>max</sub> (mg/mg carrier)</th><td className="r" data-testid="fit-qmax">{sig(fit.qmax, 4)}</td><td className="r">{fit.se.qmax === null ? 'n/a' : sig(fit.se.qmax, 2)}</td><td className="r">{fit.ci95.qmax ? `${sig(fit.ci95.qmax[0], 3)} – ${sig(fit.ci95.qmax[1], 3)}` : 'n/a'}</td></tr>
          <tr><th scope="row">K (affinity, 1)</th><td className="r" data-testid="fit-k">{sig(fit.K, 4)}</td><td className="r">{fit.se.K === null ? 'n/a' : sig(fit.se.K, 2)}</td><td className="r">{fit.ci95.K ? `${sig(fit.ci95.K[0], 3)} – ${sig(fit.ci95.K[1], 3)}` : 'n/a'}</td></tr>
        </tbody>
        <tfoot>
          <tr><th scope="row">r²</th><td className="r" data-testid="fit-r2">{fit.r2 === null ? 'n/a' : sig(fit.r2, 4)}</td><td colSpan={2} className="small">{fit.weighted ? <>weighted SSE Σ(residual/SD)² {sig(fit.sse, 3)}</> : <>SSE {sig(fit.sse, 3)} (mg/mg)²</>}{fit.identifiable ? '' : ' · not identifiable'}{fit.identifiabilityNotes.length ? ` · ${fit.identifiabilityNotes.join('; ')}` : ''}</td></tr>
        </tfoot>
      </table>
      <TableActions name="langmuir-fit" label="The Langmuir fit table" testId="loading-fit-table-export" rows={() => [
        ['parameter', 'value', 'unit', 'SE', 'CI95 low', 'CI95 high', 'n', 'r²', 'SSE ((mg/mg)²)'],
        ['qmax', fit.qmax, 'mg/mg carrier', fit.se.qmax, fit.ci95.qmax?.[0] ?? null, fit.ci95.qmax?.[1] ?? null, fit.n, fit.r2, fit.sse],
        ['K', fit.K, 'dimensionless', fit.se.K, fit.ci95.K?.[0] ?? null, fit.ci95.K?.[1] ?? null, fit.n, fit.r2, fit.sse],
      ]} />
      <PlotFigure
        testId="loading-fit-chart"
        label={`Loaded payload against feed: ${fit.n} measured points and the fitted Langmuir curve, qmax ${sig(fit.qmax, 3)} mg/mg, K ${sig(fit.K, 3)}`}
        deps={[curve, pts]}
        table={() => csvText([
          ['series', 'feed (mg payload per mg carrier)', 'loaded q (mg/mg carrier)'],
          ...pts.map((p) => ['measured', p.feed, p.q]),
          ...curve.map((p) => ['Langmuir fit', p.feed, p.q]),
        ])}
        make={(Plot, width) => Plot.plot({
          width, height: 240, marginLeft: 56,
          x: { label: 'feed (mg payload per mg carrier)', domain: [0, maxFeed] },
          y: { label: 'loaded q (mg/mg carrier)', grid: true, domain: [0, Math.max(fit.qmax, ...pts.map((p) => p.q)) * 1.05] },
          marks: [
            Plot.line(curve, { x: 'feed', y: 'q', stroke: PALETTE[0], strokeWidth: 2 }),
            Plot.line([{ feed: 0, q: 0 }, { feed: maxFeed, q: maxFeed }], { x: 'feed', y: 'q', stroke: '#999', strokeDasharray: '3,3' }),
            Plot.ruleY([fit.qmax], { stroke: PALETTE[0], strokeDasharray: '6,3', strokeOpacity: 0.6 }),
            Plot.dot(pts, { x: 'feed', y: 'q', stroke: PALETTE[1], fill: 'white', symbol: 'square', r: 4 }),
            Plot.ruleY([0]),
          ],
        })}
      />
      <p className="muted small">Squares: measured q = EE × feed or LC / (1 − LC). Blue: fitted Langmuir mass balance; dashed blue: q<sub>max</sub>; grey: everything fed is loaded (q = feed).</p>
    </>
  );
}

/** The Langmuir fit's parameter count (qmax, K): fewer measured feed ratios cannot fix it. */
const LANGMUIR_MIN_POINTS = 2;
/** A fitting error for the user: without the internal function name that prefixes it ("fitLangmuir: …"). */
const userMessage = (m: string) => m.replace(/^[a-z][A-Za-z0-9]*:\s*/, '');

export function LoadingCalibration({ candidate, prefill }: { candidate: Candidate; prefill?: CalibratePrefill }) {
  const edit = useStore((s) => s.edit);
  const setMeasured = useStore((s) => s.setMeasuredLoading);
  const ev = evaluateCandidate(candidate);
  const f = ev.status === 'ok' ? (ev.formulation as F) : null;
  const payloads = f?.payloads ?? [];
  const [agentChoice, setAgentChoice] = useState<string>(prefill?.agent ?? '');
  const payload = payloads.find((p) => p.agent === agentChoice) ?? payloads[0];
  const allMeasured = measurementsOf(candidate).loading;
  const measured = payload ? allMeasured?.find((m) => m.agent === payload.agent) : undefined;
  // walk11 #18: a sheet's SD column weights each point by 1/SD(q)², on by default as in the M2 calibration (untick for unweighted)
  const [weighted, setWeighted] = useState(true);
  const withSd = measured?.points.filter((p) => p.sdPct !== undefined).length ?? 0;
  const fit = useMemo(() => {
    if (!measured) return null;
    try {
      return { ok: true as const, fit: fitLangmuir(loadingFitPoints(measured.points), { weighted }) };
    } catch (e) {
      return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
    }
  }, [measured, weighted]);

  if (!f) return <p className="empty">Loading calibration needs a valid candidate — fix the highlighted fields first.</p>;
  if (!payload) return <p className="empty">This candidate has no payload to calibrate — add one in the builder.</p>;
  const core = f.core.material;
  const same = (c: LoadingCal) => c.core === core && c.agent === payload.agent && c.mode === payload.loading;
  const existing = f.calibrations?.loading?.find(same);
  const row = ev.status === 'ok' ? ev.scores.loading.payloads.find((p) => p.agent === payload.agent) : undefined;

  const store = (points: MeasuredLoading['points']) => {
    const rest = (allMeasured ?? []).filter((m) => m.agent !== payload.agent);
    setMeasured(candidate.id, [...rest, { agent: payload.agent, points }]);
  };
  const apply = () => {
    if (!fit?.ok) return;
    const others = (f.calibrations?.loading ?? []).filter((c) => !same(c));
    edit(candidate.id, 'calibrations.loading', [...others, { core, agent: payload.agent, mode: payload.loading, qmaxMgPerMg: fit.fit.qmax, affinityK: fit.fit.K }]);
  };
  const removeCal = () => {
    const rest = (f.calibrations?.loading ?? []).filter((c) => !same(c));
    edit(candidate.id, 'calibrations.loading', rest.length ? rest : undefined);
  };
  const applied = existing && fit?.ok && existing.qmaxMgPerMg === fit.fit.qmax && existing.affinityK === fit.fit.K;

  return (
    <section aria-labelledby="loadcal-title" className="fit-block" data-testid="loading-calibration">
      <h3 id="loadcal-title">Loading calibration (Langmuir q<sub>max</sub>, K)</h3>
      <p className="muted small">Measured loading of one payload at several feed ratios (mg payload per mg carrier) with the encapsulation efficiency (EE %) or loading content (LC %) → the single-payload Langmuir fit of MODEL.md M1 for <strong>{core}</strong> + <strong>{agentName(payload.agent)}</strong> ({payload.loading}). Applied, it replaces the carrier's rule or anchor for this core–agent–mode and travels with the candidate (also in links).</p>
      <div className="row">
        <label className="field inline"><span>Payload</span>
          <select value={payload.agent} onChange={(e) => setAgentChoice(e.target.value)} data-testid="loading-payload">
            {payloads.map((p) => <option key={p.agent} value={p.agent}>{agentName(p.agent)} ({p.loading})</option>)}
          </select>
        </label>
      </div>
      <CsvImportPanel
        key={payload.agent}
        initialText={prefill && prefill.agent === payload.agent ? prefill.text : undefined}
        testId="loading-csv"
        label="Paste loading CSV (feed mg/mg, EE % or LC %)"
        uploadLabel="Choose a loading CSV file"
        placeholder={TEMPLATE}
        preview={(p) => <LoadingCsvPreview {...p} onStore={store} />}
      />
      {measured && <div className="row"><button type="button" onClick={() => setMeasured(candidate.id, (allMeasured ?? []).filter((m) => m.agent !== payload.agent))}>Remove loading data</button></div>}
      {fit && !fit.ok && <p className="error" role="alert" data-testid="loading-fit-error">{measured && measured.points.length < LANGMUIR_MIN_POINTS
        ? `Not fitted: ${measured.points.length} point stored; the Langmuir fit has 2 parameters (qmax, K) and needs loading measured at ${LANGMUIR_MIN_POINTS} or more feed ratios (3 or more for a confidence interval). Add rows at other feeds — e.g. half and double the design's — and store them again.`
        : `Not fitted: ${userMessage(fit.message)}`}</p>}
      {fit?.ok && measured && withSd > 0 && (
        <label className="check-inline small" data-testid="loading-weighted-label">
          <input type="checkbox" checked={weighted} onChange={(e) => setWeighted(e.target.checked)} data-testid="loading-weighted" />
          Weight by 1/SD² (the SD column, as SD of q: SD(EE)·feed, or SD(LC)/(1 − LC)²; a zero SD counts as the smallest positive one{withSd < measured.points.length ? `, the ${measured.points.length - withSd} point${measured.points.length - withSd === 1 ? '' : 's'} without SD as the largest` : ''}; SSE and r² are then the weighted ones)
        </label>
      )}
      {fit?.ok && measured && (
        <>
          <FitView fit={fit.fit} points={measured.points} />
          <div className="row">
            <FitTrustGate key={`${fit.fit.qmax}|${fit.fit.K}`} trust={fitTrust({ params: { qmax: fit.fit.qmax, K: fit.fit.K }, se: fit.fit.se, identifiable: fit.fit.identifiable, ci95: fit.fit.ci95, units: { qmax: 'mg/mg' } }, { qmax: 'q_max', K: 'K' })}>
              {(allowed) => <button type="button" onClick={apply} disabled={Boolean(applied) || !allowed} data-testid="loading-apply">Apply to {String(candidate.draft.name ?? 'candidate')}</button>}
            </FitTrustGate>
          </div>
        </>
      )}
      {existing && (
        <p className="banner info" role="status" data-testid="loading-applied">
          Calibrated: q<sub>max</sub> {sig(existing.qmaxMgPerMg, 4)} mg/mg, K {sig(existing.affinityK, 4)} for {agentName(payload.agent)} ({payload.loading}) in {core}
          {row ? <> — now loaded {sig(row.loadedMgPerMgCarrier, 3)} mg/mg, EE <span data-testid="loading-applied-ee">{sig(row.encapsulationEfficiencyPct, 3)}</span> %, LC {sig(row.loadingCapacityPct, 3)} wt %</> : null}.{' '}
          <button type="button" onClick={removeCal}>Remove calibration</button>
        </p>
      )}
    </section>
  );
}
