// Uncertainty tab: Monte Carlo over every sourced parameter's spread (worker, progress, cancel) → 5–95 % bands drawn on
// the key-outputs chart (and on the Release tab's curves), the band table, and a sensitivity tornado.
import { TableActions } from '../TableActions';
import { useState } from 'react';
import { useStore } from '../../state/store';
import { bandRows, relativeRows } from '../../charts/bands';
import type { Candidate } from '../../state/types';
import { evaluateCandidate } from '../../state/evaluate';
import type { UncertaintyResultMessage } from '../../workers/protocol';
import { useWorkerJob } from '../use-worker-job';
import { METRIC_BY_KEY } from '../../charts/metrics';
import { PlotFigure } from '../../charts/PlotFigure';
import { csvText } from '../../engine';
import { PALETTE } from '../../charts/palette';
import { sig } from '../format';
import { NumberInput } from '../fields';

export default function Uncertainty({ candidate }: { candidate: Candidate }) {
  const ev = evaluateCandidate(candidate);
  const [draws, setDraws] = useState(256);
  const [seed, setSeed] = useState(1);
  const mc = useWorkerJob<UncertaintyResultMessage>();
  const { progress, error } = mc;
  const entry = useStore((s) => s.mc[candidate.id]);
  const setMc = useStore((s) => s.setMc);
  const [output, setOutput] = useState('score.overall');
  if (ev.status !== 'ok') return <p className="empty">Monte Carlo needs a valid candidate — fix the highlighted fields in the builder.</p>;
  const stale = entry && entry.draft !== candidate.draft;

  const run = async () => {
    const draft = candidate.draft;
    const result = await mc.run(draws, (client, opts) => client.uncertainty({ formulation: ev.formulation, draws, seed, curves: true }, opts));
    if (result) setMc(candidate.id, { result, draft });
  };

  const r: UncertaintyResultMessage | undefined = entry?.result;
  const tableRows = r ? Object.entries(r.bands).filter(([k]) => METRIC_BY_KEY[k]) : [];
  const chartRows = r ? bandRows(r.bands, ev.scores) : null;
  const rel = chartRows ? relativeRows(chartRows.others) : [];
  const tornado = r?.sensitivity[output]?.slice(0, 12) ?? [];
  const base = ev.scores;

  return (
    <div>
      <p className="muted small">Every parameter marked <em>assumption</em> or <em>published</em> is drawn from its spread (seeded, reproducible); the deterministic score stays instant. Runs in a background worker.</p>
      <p className="muted small" data-testid="mc-vs-pi">Two different spreads (walkthrough 9): these 5–95 % bands say how much the model&apos;s own output moves when its uncertain parameters move. The <em>90 % interval</em> (90 % prediction interval) beside a number on the other tabs says how far published measurements fell from the model&apos;s prediction in the validation corpus (Library tab), and how often it covered held-out ones; click it for how it is made. To say where a measurement of this candidate may fall, quote that interval; to see which parameter drives a number, use these bands and the sensitivities below.</p>
      <div className="row">
        <label className="field inline"><span>Draws</span>
          <select value={draws} onChange={(e) => setDraws(Number(e.target.value))}>{[64, 256, 1024].map((n) => <option key={n} value={n}>{n}</option>)}</select>
        </label>
        <label className="field inline"><span>Seed</span><NumberInput label="Seed" value={seed} check={(v) => (Number.isSafeInteger(v) && v >= 1 ? null : `must be a whole number ≥ 1 (got ${v})`)} onValue={(v) => { if (v !== null) setSeed(v); }} style={{ width: '6rem' }} /></label>
        <button type="button" onClick={run} disabled={progress !== null} data-testid="mc-run">Run Monte Carlo</button>
        {progress && <button type="button" onClick={mc.cancel}>Cancel</button>}
      </div>
      {progress && (
        <div className="progress-row" data-testid="mc-progress">
          <progress className="progress" max={progress.total} value={progress.done} aria-label="Monte Carlo progress" />
          <span className="small">{progress.done} / {progress.total} draws</span>
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
      {!r ? (!progress && <p className="empty">No uncertainty run yet for this candidate — press <em>Run Monte Carlo</em>.</p>) : (
        <>
          {stale && <p className="banner warn">The candidate changed since this run — run again to update the bands.</p>}
          <h3>Key outputs: 5–95 % bands</h3>
          <ul className="legend" aria-label="Band legend">
            <li><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke={PALETTE[0]} strokeWidth="6" strokeOpacity="0.35" /></svg>5–95 % of the draws</li>
            <li><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="4" fill={PALETTE[0]} /></svg>median</li>
            <li><svg width="12" height="12" aria-hidden="true"><line x1="6" y1="0" x2="6" y2="12" stroke="#000" strokeWidth="2" /></svg>deterministic result</li>
          </ul>
          {chartRows && chartRows.scores.length > 0 && (
            <PlotFigure
              testId="mc-key-chart"
              label={`Desirability scores with their 5–95 % Monte Carlo bands over ${r.draws} draws: ${chartRows.scores.map((b) => `${b.label} ${sig(b.p5, 3)}–${sig(b.p95, 3)}`).join('; ')}`}
              deps={[chartRows]}
              height={36 + chartRows.scores.length * 26}
              table={() => csvText([
                ['score', 'deterministic (0–100)', '5 % (0–100)', 'median (0–100)', '95 % (0–100)', 'draws', 'seed'],
                ...chartRows.scores.map((b) => [b.label, b.deterministic, b.p5, b.p50, b.p95, r.draws, r.seed]),
              ])}
              make={(Plot, width) => Plot.plot({
                width, height: 36 + chartRows.scores.length * 26, marginLeft: Math.min(220, width * 0.4),
                x: { label: 'desirability score (0–100)', domain: [0, 100], grid: true },
                y: { label: null, domain: chartRows.scores.map((b) => b.label) },
                marks: [
                  Plot.ruleY(chartRows.scores, { y: 'label', x1: 'p5', x2: 'p95', stroke: PALETTE[0], strokeWidth: 8, strokeOpacity: 0.35 }),
                  Plot.dot(chartRows.scores, { y: 'label', x: 'p50', fill: PALETTE[0], r: 4 }),
                  Plot.tickX(chartRows.scores.filter((b) => b.deterministic !== null), { y: 'label', x: 'deterministic', stroke: '#000', strokeWidth: 2 }),
                ],
              })}
            />
          )}
          {rel.length > 0 && (
            <PlotFigure
              testId="mc-relative-chart"
              label={`Other key outputs relative to their deterministic values, 5–95 % bands: ${rel.map((b) => `${b.label} ×${sig(b.p5, 2)}–×${sig(b.p95, 2)}`).join('; ')}`}
              deps={[rel]}
              height={36 + rel.length * 26}
              table={() => csvText([
                ['output', '5 % (÷ deterministic, 1)', 'median (÷ deterministic, 1)', '95 % (÷ deterministic, 1)'],
                ...rel.map((b) => [b.label, b.p5, b.p50, b.p95]),
              ])}
              make={(Plot, width) => Plot.plot({
                width, height: 36 + rel.length * 26, marginLeft: Math.min(260, width * 0.45),
                x: { type: 'log', label: 'value ÷ deterministic value', grid: true, tickFormat: '~g' },
                y: { label: null, domain: rel.map((b) => b.label) },
                marks: [
                  Plot.ruleX([1], { stroke: '#000', strokeWidth: 2 }),
                  Plot.ruleY(rel, { y: 'label', x1: 'p5', x2: 'p95', stroke: PALETTE[0], strokeWidth: 8, strokeOpacity: 0.35 }),
                  Plot.dot(rel, { y: 'label', x: 'p50', fill: PALETTE[0], r: 4 }),
                ],
              })}
            />
          )}
          {r.releaseBands?.length ? <p className="muted small">The release curves' 5–95 % bands are drawn on the Release tab.</p> : null}
          <table className="data" data-testid="mc-bands">
            <caption>{r.draws} draws, seed {String(r.seed)}{r.failures ? `, ${r.failures} failed draws left out` : ''}: median and 5–95 % band</caption>
            <thead><tr><th scope="col">output</th><th scope="col">deterministic</th><th scope="col">5 %</th><th scope="col">median</th><th scope="col">95 %</th></tr></thead>
            <tbody>
              {tableRows.map(([k, b]) => {
                const m = METRIC_BY_KEY[k];
                const det = k.split('.').reduce<unknown>((o, p) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[p] : undefined), base);
                return (
                  <tr key={k}>
                    <th scope="row"><button type="button" className="link" onClick={() => setOutput(k)} aria-pressed={output === k}>{m.label}</button>{m.unit ? ` (${m.unit})` : ''}</th>
                    <td className="r">{typeof det === 'number' ? sig(det, m.digits ?? 3) : 'n/a'}</td>
                    <td className="r">{sig(b.p5, m.digits ?? 3)}</td><td className="r">{sig(b.p50, m.digits ?? 3)}</td><td className="r">{sig(b.p95, m.digits ?? 3)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <TableActions name={`monte-carlo-bands-${r.draws}-draws`} label="The bands table" testId="mc-bands-export" rows={() => [
            ['output', 'unit', 'deterministic', '5 %', 'median', '95 %', 'draws', 'seed'],
            ...tableRows.map(([k, b]) => {
              const m = METRIC_BY_KEY[k];
              const det = k.split('.').reduce<unknown>((o, p) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[p] : undefined), base);
              return [m.label, m.unit, typeof det === 'number' ? det : null, b.p5, b.p50, b.p95, r.draws, r.seed];
            }),
          ]} />
          <h3>Sensitivity tornado: {METRIC_BY_KEY[output]?.label ?? output}</h3>
          {tornado.length === 0 ? <p className="empty">No parameter varies this output.</p> : (
            <PlotFigure
              testId="tornado-chart"
              label={`Spearman rank correlation of each parameter with ${METRIC_BY_KEY[output]?.label ?? output}`}
              deps={[tornado]}
              table={() => csvText([['parameter (override id)', `Spearman ρ with ${METRIC_BY_KEY[output]?.label ?? output} (1)`], ...tornado.map((t) => [t.id, t.rho])])}
              make={(Plot, width) => Plot.plot({
                width, height: 40 + tornado.length * 22, marginLeft: Math.min(260, width * 0.45),
                x: { label: 'Spearman ρ with the output', domain: [-1, 1], grid: true },
                y: { label: null, domain: tornado.map((t) => t.id) },
                marks: [Plot.barX(tornado, { y: 'id', x: 'rho', fill: (d: { rho: number }) => (d.rho >= 0 ? PALETTE[0] : PALETTE[1]) }), Plot.ruleX([0])],
              })}
            />
          )}
          <p className="muted small">Blue: raising the parameter raises the output; vermillion: lowers it. Parameters are override ids — set them in the builder's Model parameters.</p>
        </>
      )}
    </div>
  );
}
