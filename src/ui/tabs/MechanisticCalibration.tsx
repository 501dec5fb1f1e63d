// Model I calibration of the carrier's release kinetics (v_ref, n_H, k_d, F_b) to all measured pH curves at once;
// the fitted values are applied to the candidate (formulation.calibrations.release), so they travel with it, also in links.
import { TableActions } from '../TableActions';
import { csvText } from '../../engine';
import { useMemo, useState } from 'react';
import { useStore } from '../../state/store';
import type { Candidate, MeasuredRelease } from '../../state/types';
import { evaluateCandidate } from '../../state/evaluate';
import { calibrateRelease, defaultReleaseFit, makeReleaseContext, releaseFraction, RELEASE_CALIBRATION_UNITS, type CalibratableReleaseParam, type ReleaseCalibrationResult } from '../../engine/fitting';
import type { LoadingMode, Medium } from '../../model/entities';
import { getAgent, getCore, AGENTS, coreVisual, agentVisual } from '../../catalog';
import { PlotFigure } from '../../charts/PlotFigure';
import { PH_COLORS, PALETTE } from '../../charts/palette';
import { sig } from '../format';
import { fitTrust, weightsFromSpread } from '../../engine/fitting';
import { FitTrustGate } from '../FitTrustGate';
import { calibrationDataStatus, measuredReleaseKey } from '../../state/calibration-data';

/** The trust checks of an M2 calibration: identifiable, SE below the value, positive values whose 95 % interval stays above 0. */
function trustOf(r: ReleaseCalibrationResult) {
  return fitTrust(
    { params: r.params as Record<string, number>, se: r.se, identifiable: r.identifiable, ci95: r.ci95Linear ?? r.ci95, units: RELEASE_CALIBRATION_UNITS, residualSeries: r.residuals.map((c) => [...c.points].sort((a, b) => a[0] - b[0]).map((p) => p[1])) },
    { vRefNmPerH: 'v_ref', nH: 'n_H', kdPerH: 'k_d', burstFraction: 'F_b' },
  );
}

const PARAMS: { id: CalibratableReleaseParam; label: string }[] = [
  { id: 'vRefNmPerH', label: 'erosion velocity v_ref' },
  { id: 'nH', label: 'pH sensitivity n_H' },
  { id: 'kdPerH', label: 'leakage rate k_d' },
  { id: 'burstFraction', label: 'burst fraction F_b' },
];

/** A calibrated parameter as the user knows it ('erosion velocity v_ref'), never its key. */
const paramLabel = (k: string) => PARAMS.find((p) => p.id === k)?.label ?? k;
const unitOf = (k: string) => { const u = (RELEASE_CALIBRATION_UNITS as Record<string, string>)[k]; return u && u !== '1' ? ` ${u}` : ''; };

/** The series name of a pH curve, as the legend shows it: "pH 7.4". */
const phLabel = (pH: number) => `pH ${pH.toFixed(1)}`;

type F = { core: { material: string; diameterNm: number }; payloads: { agent: string; loading: LoadingMode }[]; scenario: { medium: Medium; temperatureC: number }; calibrations?: { release?: { core: string; params: Record<string, number>; fittedTo?: string; dataKey?: string }[]; loading?: unknown[] } };

/**
 * The banner of the release calibration the candidate uses for its carrier, if any: its values and record, and — when the
 * measured data it was fitted to have since been replaced or removed — says so and offers a refit (when data are stored)
 * or its removal (walk11 #14). Undo brings back the replaced data, and the banner follows.
 */
export function ReleaseCalibrationBanner({ candidate, measured, onRefit }: { candidate: Candidate; measured: MeasuredRelease[]; onRefit?: () => void }) {
  const edit = useStore((s) => s.edit);
  const ev = evaluateCandidate(candidate);
  const f = ev.status === 'ok' ? (ev.formulation as F) : null;
  const existing = f?.calibrations?.release?.find((c) => c.core === f.core.material);
  if (!f || !existing) return null;
  const data = calibrationDataStatus(existing, measured);
  const gone = data.status === 'replaced' || data.status === 'removed';
  const removeCal = () => {
    const rest = (f.calibrations?.release ?? []).filter((c) => c.core !== f.core.material);
    edit(candidate.id, 'calibrations.release', rest.length ? rest : undefined);
  };
  // the record says "fitted to your data: …"; once those data are gone it describes data no longer stored
  const record = existing.fittedTo ? (gone ? existing.fittedTo.replace(/^fitted to your data/, 'fitted to earlier data, no longer stored') : existing.fittedTo) : '';
  return (
    <div className={`banner ${gone ? 'warn' : 'info'}`} data-testid="calibration-applied" data-data-status={data.status}>
      <p>
        <span className="badge badge-data">calibrated</span> This candidate uses calibrated release parameters for {coreVisual(f.core.material)?.label ?? f.core.material}: {Object.entries(existing.params).map(([k, v]) => `${paramLabel(k)} = ${sig(v, 3)}${unitOf(k)}`).join(', ')}{record ? ` (${record})` : ''}.{' '}
        {!gone && <button type="button" onClick={removeCal}>Remove calibration</button>}
      </p>
      {gone && (
        <p role="status" data-testid="calibration-data-replaced">
          <strong>The measured data this calibration was fitted to {data.status === 'replaced' ? 'have been replaced' : 'have been removed'}</strong>
          {data.status === 'replaced' ? ` — stored now: ${data.now}` : ' — no measured release data are stored now'}. Its values still set this candidate’s release (and the numbers that follow from it).{' '}
          {data.status === 'replaced' && onRefit && <button type="button" onClick={onRefit} data-testid="calibration-refit">Refit to the stored data</button>}{' '}
          <button type="button" onClick={removeCal}>Remove calibration</button>{' '}
          <span className="small muted">Ctrl+Z brings back the earlier data.</span>
        </p>
      )}
    </div>
  );
}

export function MechanisticCalibration({ candidate, measured }: { candidate: Candidate; measured: MeasuredRelease[] }) {
  const edit = useStore((s) => s.edit);
  const ev = evaluateCandidate(candidate);
  const f = ev.status === 'ok' ? (ev.formulation as F) : null;
  const drugs = f ? f.payloads.filter((p) => (AGENTS as Record<string, { kind: string }>)[p.agent]?.kind !== 'element') : [];
  const [agentIdx, setAgentIdx] = useState(0);
  const defaults = useMemo(() => defaultReleaseFit(measured), [measured]);
  const [chosen, setChosen] = useState<CalibratableReleaseParam[]>(defaults.fit);
  // weights 1/SD² (or 1/SEM²) from the file's error bars, when every curve has them; on by default, the user may turn them off
  const weights = useMemo(() => {
    const w = measured.map((m) => (m.spread ? weightsFromSpread(m.spread.values) : null));
    return w.every((x): x is number[] => x !== null) ? w : null;
  }, [measured]);
  const spreadKind = measured.find((m) => m.spread)?.spread?.kind.toUpperCase() ?? 'SD';
  const [weighted, setWeighted] = useState(true);
  const useWeights = weighted && weights !== null;
  const [result, setResult] = useState<{ r: ReleaseCalibrationResult; core: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const payload = drugs[Math.min(agentIdx, drugs.length - 1)];

  const curves = useMemo(
    () => measured.map((m, i) => ({ pH: m.pH, points: m.points.map(([t, F]) => [t, F / 100] as [number, number]), ...(useWeights && weights ? { w: weights[i] } : {}) })),
    [measured, useWeights, weights],
  );

  if (!f || ev.status !== 'ok') return <p className="empty">Mechanistic calibration needs a valid candidate — fix the highlighted fields first.</p>;
  if (!payload) return <p className="empty">This candidate has no drug payload whose release could be calibrated.</p>;
  const existing = f.calibrations?.release?.find((c) => c.core === f.core.material);
  // this fit is what the candidate already uses (stored values are rounded to 6 significant figures)
  const appliedNow = Boolean(existing && result && result.core === existing.core && Object.entries(result.r.params).every(([k, v]) => {
    const e = existing.params[k];
    return typeof e === 'number' && Math.abs(e - (v as number)) <= 1e-5 * Math.max(1e-12, Math.abs(v as number));
  }) && Object.keys(existing.params).length === Object.keys(result.r.params).length);

  const fit = () => {
    setError(null);
    try {
      const ctx = makeReleaseContext({
        core: getCore(f.core.material), agent: getAgent(payload.agent), mode: payload.loading, diameterNm: f.core.diameterNm,
        membraneCoverage: ev.scores.geometry.membraneCoverage, medium: f.scenario.medium, temperatureC: f.scenario.temperatureC,
      });
      setResult({ r: calibrateRelease({ ctx, curves, fit: chosen }), core: f.core.material });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const apply = (overridden: boolean) => {
    if (!result) return;
    const others = (f.calibrations?.release ?? []).filter((c) => c.core !== result.core);
    const ses = Object.keys(result.r.params).map((k) => `${paramLabel(k)} ± ${sig(result.r.se[k as CalibratableReleaseParam] ?? null, 2)}`).join(', ');
    const fittedTo = `fitted to your data: ${measured.length} curve(s) at pH ${measured.map((m) => m.pH.toFixed(1)).join(', ')}; ${agentVisual(payload.agent)?.label ?? payload.agent}, ${payload.loading}; n = ${result.r.n}${result.r.weighted ? `, weighted by 1/${spreadKind}²` : ''}; SE ${ses}; R² ${sig(result.r.r2, 3)}; ${new Date().toISOString().slice(0, 10)}${overridden ? `; APPLIED ANYWAY (user override), although ${trustOf(result.r).problems.join('; ')}` : ''}`.slice(0, 2000);
    // the data's fingerprint: replacing or removing them later is noticed (ReleaseCalibrationBanner, walk11 #14)
    edit(candidate.id, 'calibrations.release', [...others, { core: result.core, params: result.r.params, fittedTo, dataKey: measuredReleaseKey(measured) }]);
  };

  // honest counting: a point at t = 0 with 0 % released is fitted by every parameter set (M2's release is 0 at t = 0 by
  // definition), so it adds nothing to the fit; the residual degrees of freedom are the informative points minus the parameters
  const zeros = measured.reduce((n, m) => n + m.points.filter(([t, F]) => t === 0 && F === 0).length, 0);
  const honest = result ? { zeros, informative: result.r.n - zeros, dof: result.r.n - zeros - Object.keys(result.r.params).length } : { zeros, informative: 0, dof: 0 };
  const tMax = Math.max(...measured.flatMap((m) => m.points.map((p) => p[0])), 1);
  const model = result ? measured.flatMap((m) => Array.from({ length: 61 }, (_, i) => { const t = (tMax * i) / 60; return { t, F: 100 * releaseFraction(t, m.pH, result.r.ctx), pH: phLabel(m.pH) }; })) : [];
  const pts = measured.flatMap((m) => m.points.map(([t, F]) => ({ t, F, pH: phLabel(m.pH) })));
  // error bars (SD/SEM) from the imported file; they are also the fit weights unless the user turns that off
  const bars = measured.flatMap((m) => (m.spread ? m.points.flatMap(([t, F], i) => (m.spread!.missing?.includes(i) ? [] : [{ t, lo: F - m.spread!.values[i], hi: F + m.spread!.values[i], pH: phLabel(m.pH) }])) : []));
  const resid = result ? result.r.residuals.flatMap((c) => c.points.map(([t, r]) => ({ t, r: r * 100, pH: phLabel(c.pH) }))) : [];
  const phs = [...new Set(pts.map((p) => p.pH))];
  const colors = phs.map((p, i) => PH_COLORS[p.replace(/^pH /, '')] ?? PALETTE[i % PALETTE.length]);

  return (
    <section aria-labelledby="mech-title" className="fit-block">
      <h3 id="mech-title">Calibrate the carrier's release kinetics (M2, all pH curves at once)</h3>
      <ReleaseCalibrationBanner candidate={candidate} measured={measured} onRefit={fit} />
      <div className="row">
        {drugs.length > 1 && (
          <label className="field inline"><span>Payload measured</span>
            <select value={agentIdx} onChange={(e) => setAgentIdx(Number(e.target.value))}>{drugs.map((p, i) => <option key={i} value={i}>{agentVisual(p.agent)?.label ?? p.agent}</option>)}</select>
          </label>
        )}
        <fieldset className="inline-set">
          <legend>Parameters to fit</legend>
          {PARAMS.map((p) => (
            <label key={p.id} className="check-inline">
              <input type="checkbox" checked={chosen.includes(p.id)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, p.id] : c.filter((x) => x !== p.id)))} />
              {p.label}
            </label>
          ))}
        </fieldset>
        {weights && (
          <label className="check-inline">
            <input type="checkbox" checked={weighted} onChange={(e) => setWeighted(e.target.checked)} data-testid="mech-weighted" />
            Weight by 1/{spreadKind}² (points with small error bars count more)
          </label>
        )}
        <button type="button" onClick={fit} disabled={chosen.length === 0} data-testid="mech-fit">Fit</button>
      </div>
      <p className="small muted" data-testid="mech-default-why">Ticked by default: {defaults.fit.map((k) => PARAMS.find((p) => p.id === k)?.label ?? k).join(' and ')}. {defaults.why}{!weights && measured.some((m) => m.spread) ? ' Not weighted: only some curves have error bars.' : ''}</p>
      {error && <p className="error" role="alert">{error}</p>}
      {result && (
        <>
          <table className="data" data-testid="mech-table" data-report-block="Mechanistic release calibration (M2)">
            <caption>Fitted values (base values: pH 7.4, buffer, uncoated) — n = {result.r.n} points{honest.zeros > 0 ? ` (${honest.zeros} at t = 0, where release is 0 by definition: they fix nothing, so ${honest.informative} informative)` : ''}, {Object.keys(result.r.params).length} parameter{Object.keys(result.r.params).length === 1 ? '' : 's'}, {honest.dof} residual degree{honest.dof === 1 ? '' : 's'} of freedom, {result.r.weighted ? `weighted by 1/${spreadKind}², weighted SSE Σ(residual/${spreadKind})² ${sig(result.r.sse * 1e4, 3)}` : `unweighted, SSE ${sig(result.r.sse * 1e4, 3)} %²`}, R² {sig(result.r.r2, 4)}{result.r.identifiable ? '' : ' — not all parameters identifiable'}. 95 % intervals stay in range: v_ref, n_H and k_d on the log scale (delta method, value·e^(±t·SE/value)), F_b on the logit scale; the trust check uses value ± t·SE.</caption>
            <thead><tr><th scope="col">parameter</th><th scope="col">value</th><th scope="col">SE</th><th scope="col">95 % interval</th></tr></thead>
            <tbody>
              {Object.entries(result.r.params).map(([k, v]) => {
                const key = k as CalibratableReleaseParam;
                const unit = RELEASE_CALIBRATION_UNITS[key] === '1' ? '' : RELEASE_CALIBRATION_UNITS[key];
                const ci = result.r.ci95[key];
                return <tr key={k}><th scope="row">{PARAMS.find((p) => p.id === k)?.label ?? k}</th><td className="r">{sig(v, 4)} {unit}</td><td className="r">{honest.dof < 2 ? 'n/a' : sig(result.r.se[key] ?? null, 2)}</td><td className="r">{ci && honest.dof >= 2 ? `${sig(ci[0], 3)} – ${sig(ci[1], 3)}` : 'n/a'}</td></tr>;
              })}
            </tbody>
          </table>
          <TableActions name="mechanistic-release-calibration" label="The calibration table" testId="mech-table-export" rows={() => [
            ['parameter', 'value', 'unit', 'SE', 'CI95 low', 'CI95 high', 'n', result.r.weighted ? `weighted SSE Σ(residual/${spreadKind})² (1)` : 'SSE (%²)', 'R²'],
            ...Object.entries(result.r.params).map(([k, v]) => {
              const key = k as CalibratableReleaseParam;
              const ci = result.r.ci95[key];
              return [PARAMS.find((p) => p.id === k)?.label ?? k, v, RELEASE_CALIBRATION_UNITS[key] === '1' ? 'dimensionless' : RELEASE_CALIBRATION_UNITS[key], result.r.se[key] ?? null, ci?.[0] ?? null, ci?.[1] ?? null, result.r.n, result.r.sse * 1e4, result.r.r2];
            }),
          ]} />
          {honest.dof < 2 && (
            <p className="banner warn small" role="note" data-testid="mech-determined">
              {honest.dof <= 0
                ? `Exactly determined: ${honest.informative} informative point${honest.informative === 1 ? '' : 's'} for ${Object.keys(result.r.params).length} parameters — the curve passes through them whatever the model, so R² = 1 says nothing and no interval can be given.`
                : `Only 1 residual degree of freedom (${honest.informative} informative points, ${Object.keys(result.r.params).length} parameters): R² ${sig(result.r.r2, 4)} says almost nothing and the intervals are not reliable (not shown).`}
              {' '}Measure more times per pH (e.g. 1, 4, 8, 24, 48 h) to calibrate; {Object.keys(result.r.params).length + 2} or more informative points give usable intervals.
            </p>
          )}
          {result.r.identifiabilityNotes.length > 0 && <ul className="small">{result.r.identifiabilityNotes.map((n, i) => <li key={i}>{n}</li>)}</ul>}
          <div className="chart-grid">
            <PlotFigure testId="mech-chart" label={`Measured release${bars.length ? ' with error bars' : ''} and the calibrated mechanistic model at each pH`} deps={[model, pts, bars]}
              table={() => csvText([
                ['series', 'pH', 'time (h)', 'released (%)', 'error bar low (%)', 'error bar high (%)'],
                ...pts.map((p) => { const b = bars.find((x) => x.pH === p.pH && x.t === p.t); return ['measured', p.pH, p.t, p.F, b?.lo ?? null, b?.hi ?? null]; }),
                ...model.map((p) => ['calibrated model', p.pH, p.t, p.F, null, null]),
              ])}
              make={(Plot, width) => Plot.plot({
                width, height: 240, marginLeft: 48, x: { label: 'time (h)' }, y: { label: 'released (%)', domain: [0, 100], grid: true },
                color: { domain: phs, range: colors, legend: true },
                marks: [Plot.ruleX(bars, { x: 't', y1: 'lo', y2: 'hi', stroke: 'pH', strokeOpacity: 0.7 }), Plot.line(model, { x: 't', y: 'F', stroke: 'pH', z: 'pH', strokeWidth: 2 }), Plot.dot(pts, { x: 't', y: 'F', stroke: 'pH', fill: 'white', symbol: 'square', r: 3.5 })],
              })} />
            <PlotFigure testId="mech-residuals" label="Residuals of the mechanistic calibration" deps={[resid]}
              table={() => csvText([['pH', 'time (h)', 'residual (% points)'], ...resid.map((r) => [r.pH, r.t, r.r])])}
              make={(Plot, width) => Plot.plot({
                width, height: 240, marginLeft: 48, x: { label: 'time (h)' }, y: { label: 'residual (% points)', grid: true },
                color: { domain: phs, range: colors },
                marks: [Plot.ruleY([0]), Plot.dot(resid, { x: 't', y: 'r', fill: 'pH' })],
              })} />
          </div>
          <FitTrustGate key={JSON.stringify(result.r.params)} trust={trustOf(result.r)}>
            {(allowed, overridden) => appliedNow
              ? <button type="button" disabled data-testid="mech-apply" title="The candidate already uses these fitted values (the banner above); Remove calibration or Ctrl+Z undoes it">Applied to {String(candidate.draft.name ?? 'candidate')} ✓</button>
              : <button type="button" onClick={() => apply(overridden)} disabled={!allowed} data-testid="mech-apply">{overridden ? 'Apply anyway to' : 'Apply to'} {String(candidate.draft.name ?? 'candidate')}</button>}
          </FitTrustGate>
          <span className="small muted"> The calibrated values are saved in the candidate (and in its share link); undo with Ctrl+Z.</span>
        </>
      )}
    </section>
  );
}
