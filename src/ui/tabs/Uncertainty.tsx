// Uncertainty tab: Monte Carlo over every sourced parameter's spread (worker, progress, cancel) → 5–95 % bands and a sensitivity tornado.
import { useRef, useState } from 'react';
import type { Candidate } from '../../state/types';
import { evaluateCandidate } from '../../state/evaluate';
import { workerClient } from '../../state/worker';
import type { UncertaintyResultMessage } from '../../workers/protocol';
import type { Job } from '../../workers/client';
import { METRIC_BY_KEY } from '../../charts/metrics';
import { PlotFigure } from '../../charts/PlotFigure';
import { PALETTE } from '../../charts/palette';
import { sig } from '../format';

export default function Uncertainty({ candidate }: { candidate: Candidate }) {
  const ev = evaluateCandidate(candidate);
  const [draws, setDraws] = useState(256);
  const [seed, setSeed] = useState(1);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<{ r: UncertaintyResultMessage; forDraft: unknown } | null>(null);
  const [output, setOutput] = useState('score.overall');
  const [error, setError] = useState<string | null>(null);
  const job = useRef<Job<UncertaintyResultMessage> | null>(null);
  if (ev.status !== 'ok') return <p className="empty">Monte Carlo needs a valid candidate — fix the highlighted fields in the builder.</p>;
  const stale = result && result.forDraft !== candidate.draft;

  const run = async () => {
    setError(null);
    setProgress({ done: 0, total: draws });
    try {
      const client = await workerClient();
      const j = client.uncertainty({ formulation: ev.formulation, draws, seed }, { onProgress: (done, total) => setProgress({ done, total }) });
      job.current = j;
      setResult({ r: await j.result, forDraft: candidate.draft });
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      if (!/cancelled/.test(msg)) setError(msg);
    } finally {
      job.current = null;
      setProgress(null);
    }
  };

  const r = result?.r;
  const bandRows = r ? Object.entries(r.bands).filter(([k]) => METRIC_BY_KEY[k]) : [];
  const tornado = r?.sensitivity[output]?.slice(0, 12) ?? [];
  const base = ev.scores;

  return (
    <div>
      <p className="muted small">Every parameter marked <em>assumption</em> or <em>published</em> is drawn from its spread (seeded, reproducible); the deterministic score stays instant. Runs in a background worker.</p>
      <div className="row">
        <label className="field inline"><span>Draws</span>
          <select value={draws} onChange={(e) => setDraws(Number(e.target.value))}>{[64, 256, 1024].map((n) => <option key={n} value={n}>{n}</option>)}</select>
        </label>
        <label className="field inline"><span>Seed</span><input type="number" step={1} value={seed} onChange={(e) => setSeed(Math.round(Number(e.target.value)) || 1)} style={{ width: '6rem' }} /></label>
        <button type="button" onClick={run} disabled={progress !== null} data-testid="mc-run">Run Monte Carlo</button>
        {progress && <button type="button" onClick={() => job.current?.cancel()}>Cancel</button>}
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
          <table className="data" data-testid="mc-bands">
            <caption>{r.draws} draws, seed {String(r.seed)}{r.failures ? `, ${r.failures} failed draws left out` : ''}: median and 5–95 % band</caption>
            <thead><tr><th scope="col">output</th><th scope="col">deterministic</th><th scope="col">5 %</th><th scope="col">median</th><th scope="col">95 %</th></tr></thead>
            <tbody>
              {bandRows.map(([k, b]) => {
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
          <h3>Sensitivity tornado: {METRIC_BY_KEY[output]?.label ?? output}</h3>
          {tornado.length === 0 ? <p className="empty">No parameter varies this output.</p> : (
            <PlotFigure
              testId="tornado-chart"
              label={`Spearman rank correlation of each parameter with ${METRIC_BY_KEY[output]?.label ?? output}`}
              deps={[tornado]}
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
