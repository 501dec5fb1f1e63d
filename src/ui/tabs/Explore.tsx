// Explore tab: one- or two-parameter sweeps of any output, computed in a Web Worker with progress and cancel; click a point to make it a candidate.
import { useMemo, useRef, useState } from 'react';
import { useStore, selectSelected } from '../../state/store';
import { evaluateCandidate } from '../../state/evaluate';
import { workerClient } from '../../workers/shared-client';
import { setPath, getPath } from '../../state/path';
import type { SweepResult } from '../../workers/protocol';
import type { Job } from '../../workers/client';
import { PlotFigure } from '../../charts/PlotFigure';
import { PALETTE } from '../../charts/palette';
import { sig } from '../format';

const OUTPUTS: { key: string; label: string; unit: string }[] = [
  { key: 'overall', label: 'Overall score', unit: '/100' },
  { key: 'loading', label: 'Loading desirability', unit: '/100' },
  { key: 'release', label: 'Release desirability', unit: '/100' },
  { key: 'targeting', label: 'Targeting desirability', unit: '/100' },
  { key: 'radiosensitization', label: 'Radiosensitization desirability', unit: '/100' },
  { key: 'safety', label: 'Safety desirability', unit: '/100' },
  { key: 'totalLoadingPct', label: 'Total loading', unit: 'wt %' },
  { key: 'selectivityIndex', label: 'Release selectivity', unit: '' },
  { key: 'tumorDeliveryPctID', label: 'Tumour delivery', unit: '% ID' },
  { key: 'doseEnhancementFactor', label: 'Dose enhancement factor', unit: '' },
  { key: 'sensitizerEnhancementRatio', label: 'Sensitizer enhancement ratio', unit: '' },
  { key: 'eqd2GainGy', label: 'EQD2 gain', unit: 'Gy' },
];

type Obj = Record<string, unknown>;

interface Axis { path: string; from: number; to: number; steps: number; scale: 'linear' | 'log' }

/** Numeric inputs of this formulation that can be swept, with a sensible default range. */
function sweepablePaths(f: Obj): { path: string; label: string; from: number; to: number; scale: 'linear' | 'log' }[] {
  const out: { path: string; label: string; from: number; to: number; scale: 'linear' | 'log' }[] = [
    { path: 'core.diameterNm', label: 'Core diameter (nm)', from: 20, to: 300, scale: 'log' },
  ];
  const payloads = Array.isArray(f.payloads) ? (f.payloads as Obj[]) : [];
  payloads.forEach((p, i) => out.push({ path: `payloads.${i}.feedMassRatio`, label: `Feed ratio of ${String(p.agent)} (mg/mg)`, from: 0.02, to: 1, scale: 'log' }));
  const coating = f.coating as Obj | null;
  if (coating) {
    out.push({ path: 'coating.membraneToCoreMassRatio', label: 'Membrane : core mass ratio', from: 0.1, to: 3, scale: 'log' });
    const mems = Array.isArray(coating.membranes) ? (coating.membranes as Obj[]) : [];
    if (mems.length > 1) mems.forEach((m, i) => out.push({ path: `coating.membranes.${i}.fraction`, label: `Fraction of ${String(m.source)} membrane`, from: 0.05, to: 0.95, scale: 'linear' }));
  }
  out.push(
    { path: 'scenario.doseMgPerKg', label: 'Dose (mg/kg)', from: 1, to: 50, scale: 'log' },
    { path: 'scenario.fractionDoseGy', label: 'Dose per fraction (Gy)', from: 1, to: 10, scale: 'linear' },
    { path: 'scenario.irradiationDelayH', label: 'Irradiation delay (h)', from: 1, to: 72, scale: 'linear' },
    { path: 'scenario.tumorMassG', label: 'Tumour mass (g)', from: 0.05, to: 2, scale: 'log' },
  );
  return out;
}

/** Apply swept values to a formulation; a membrane fraction is set and the others rescaled so they still sum to 1. */
function applyValues(base: Obj, paths: string[], values: number[]): Obj {
  let f = base;
  paths.forEach((p, k) => {
    const m = /^coating\.membranes\.(\d+)\.fraction$/.exec(p);
    if (m) {
      const i = Number(m[1]);
      const mems = (getPath(f, 'coating.membranes') as Obj[]).map((x) => ({ ...x }));
      const restSum = mems.reduce((a, x, j) => (j === i ? a : a + Number(x.fraction)), 0);
      mems.forEach((x, j) => { x.fraction = j === i ? values[k] : restSum > 0 ? (Number(x.fraction) / restSum) * (1 - values[k]) : (1 - values[k]) / (mems.length - 1); });
      f = setPath(f, 'coating.membranes', mems);
    } else f = setPath(f, p, values[k]);
  });
  return f;
}

function AxisControls({ label, axis, options, onChange, allowNone }: { label: string; axis: Axis | null; options: ReturnType<typeof sweepablePaths>; onChange: (a: Axis | null) => void; allowNone?: boolean }) {
  return (
    <fieldset className="axis">
      <legend>{label}</legend>
      <label className="field">
        <span>Parameter</span>
        <select value={axis?.path ?? ''} onChange={(e) => {
          const o = options.find((x) => x.path === e.target.value);
          onChange(o ? { path: o.path, from: o.from, to: o.to, steps: axis?.steps ?? (allowNone ? 8 : 15), scale: o.scale } : null);
        }}>
          {allowNone && <option value="">none (line chart)</option>}
          {options.map((o) => <option key={o.path} value={o.path}>{o.label}</option>)}
        </select>
      </label>
      {axis && (
        <div className="grid2">
          <label className="field"><span>From</span><input type="number" step="any" value={axis.from} onChange={(e) => onChange({ ...axis, from: Number(e.target.value) })} /></label>
          <label className="field"><span>To</span><input type="number" step="any" value={axis.to} onChange={(e) => onChange({ ...axis, to: Number(e.target.value) })} /></label>
          <label className="field"><span>Steps</span><input type="number" min={2} max={60} step={1} value={axis.steps} onChange={(e) => onChange({ ...axis, steps: Math.max(2, Math.min(60, Math.round(Number(e.target.value)) || 2)) })} /></label>
          <label className="field"><span>Spacing</span>
            <select value={axis.scale} onChange={(e) => onChange({ ...axis, scale: e.target.value as 'linear' | 'log' })}><option value="linear">linear</option><option value="log">log</option></select>
          </label>
        </div>
      )}
    </fieldset>
  );
}

export default function Explore() {
  const candidate = useStore(selectSelected);
  const addCandidate = useStore((s) => s.addCandidate);
  const ev = candidate ? evaluateCandidate(candidate) : null;
  const base = ev?.status === 'ok' ? (ev.formulation as Obj) : null;
  const options = useMemo(() => (base ? sweepablePaths(base) : []), [base]);
  const [x, setX] = useState<Axis | null>(null);
  const [y, setY] = useState<Axis | null>(null);
  const [output, setOutput] = useState('overall');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<{ res: SweepResult; base: Obj; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useRef<Job<SweepResult> | null>(null);

  if (!candidate || !base) return <p className="empty">Select a valid candidate to explore its design space (fix any highlighted fields in the builder first).</p>;
  const xAxis = x ?? (options[0] ? { path: options[0].path, from: options[0].from, to: options[0].to, steps: 15, scale: options[0].scale } : null);
  const running = progress !== null;

  const run = async () => {
    if (!xAxis) return;
    const axes = [xAxis, ...(y ? [y] : [])];
    const vary: Record<string, unknown> = {};
    for (const a of axes) vary[a.path] = { from: a.from, to: a.to, steps: a.steps, scale: a.scale };
    setError(null);
    setProgress({ done: 0, total: axes.reduce((n, a) => n * a.steps, 1) });
    try {
      const client = await workerClient();
      const j = client.sweep({ spec: { base, vary } }, { onProgress: (done, total) => setProgress({ done, total }) });
      job.current = j;
      const res = await j.result;
      setResult({ res, base, name: String(base.name ?? 'candidate') });
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      if (!/cancelled/.test(msg)) setError(msg);
    } finally {
      job.current = null;
      setProgress(null);
    }
  };

  const out = OUTPUTS.find((o) => o.key === output)!;
  const rows = result ? result.res.rows.filter((r) => r.results && r.results[output as keyof typeof r.results] !== null).map((r) => ({
    x: Number(r.values[0]), y: r.values.length > 1 ? Number(r.values[1]) : null, v: r.results![output as keyof typeof r.results] as number, values: r.values as number[],
  })) : [];
  const failed = result ? result.res.rows.filter((r) => r.error).length : 0;
  const makeCandidate = (values: number[]) => {
    if (!result) return;
    const f = applyValues(result.base, result.res.paths, values);
    const { id: _id, ...rest } = f;
    addCandidate(rest, `${result.name} @ ${result.res.paths.map((p, k) => `${p.split('.').pop()}=${sig(values[k], 3)}`).join(', ')}`);
  };
  const best = rows.length ? rows.reduce((a, b) => (b.v > a.v ? b : a)) : null;
  const labelOf = (p: string) => options.find((o) => o.path === p)?.label ?? p;

  return (
    <div>
      <p className="muted small">Sweep one parameter (line chart) or two (heatmap) of <strong>{String(base.name)}</strong>. Scoring runs in a background worker; the page stays responsive. Click a point or cell to add it as a candidate, or add the best one with the button below the chart.</p>
      <div className="grid2">
        <AxisControls label="Horizontal axis" axis={xAxis} options={options} onChange={(a) => a && setX(a)} />
        <AxisControls label="Second parameter (optional)" axis={y} options={options.filter((o) => o.path !== xAxis?.path)} onChange={setY} allowNone />
      </div>
      <div className="row">
        <label className="field inline"><span>Output</span>
          <select value={output} onChange={(e) => setOutput(e.target.value)}>{OUTPUTS.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}</select>
        </label>
        <button type="button" onClick={run} disabled={running || !xAxis} data-testid="sweep-run">Run sweep</button>
        {running && <button type="button" onClick={() => job.current?.cancel()} data-testid="sweep-cancel">Cancel</button>}
      </div>
      {running && (
        <div className="progress-row" data-testid="sweep-progress">
          <progress className="progress" max={progress.total} value={progress.done} aria-label="Sweep progress" />
          <span className="small">{progress.done} / {progress.total} candidates scored</span>
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
      {!result ? (
        !running && <p className="empty">No sweep yet — pick the parameters and press <em>Run sweep</em>.</p>
      ) : (
        <>
          <p className="small muted">{result.res.rows.length} candidates scored{failed ? `, ${failed} invalid (left out)` : ''}.</p>
          <PlotFigure
            testId="sweep-chart"
            label={`${out.label} against ${labelOf(result.res.paths[0])}${result.res.paths[1] ? ` and ${labelOf(result.res.paths[1])}` : ''}`}
            deps={[rows, output]}
            make={(Plot, width) => {
              const xs = result.res.paths;
              const isLog = (p: string) => [xAxis, y].find((a) => a?.path === p)?.scale === 'log';
              const fig = xs.length === 1
                ? Plot.plot({
                  width, height: 300, marginLeft: 56,
                  x: { label: labelOf(xs[0]), type: isLog(xs[0]) ? 'log' : 'linear' }, y: { label: `${out.label}${out.unit ? ` (${out.unit})` : ''}`, grid: true },
                  marks: [Plot.line(rows, { x: 'x', y: 'v', stroke: PALETTE[0], strokeWidth: 2 }), Plot.dot(rows, { x: 'x', y: 'v', fill: PALETTE[0], r: 3 }), Plot.dot(rows, Plot.pointerX({ x: 'x', y: 'v', r: 7, stroke: PALETTE[1] }))],
                })
                : Plot.plot({
                  width, height: 340, marginLeft: 56, padding: 0,
                  x: { label: labelOf(xs[0]), type: 'band', tickFormat: (v: number) => sig(v, 2) }, y: { label: labelOf(xs[1]), type: 'band', tickFormat: (v: number) => sig(v, 2) },
                  color: { scheme: 'viridis', legend: true, label: `${out.label}${out.unit ? ` (${out.unit})` : ''}` },
                  marks: [Plot.cell(rows, { x: 'x', y: 'y', fill: 'v', inset: 0.5 }), Plot.dot(rows, Plot.pointer({ x: 'x', y: 'y', r: 8, stroke: 'white', strokeWidth: 2 }))],
                });
              const svg = fig as unknown as HTMLElement & { value?: { values: number[] } | null };
              svg.style.cursor = 'pointer';
              svg.addEventListener('click', () => { if (svg.value) makeCandidate(svg.value.values); });
              return fig;
            }}
          />
          {best && (
            <p>
              Best {out.label.toLowerCase()}: <strong>{sig(best.v, 3)} {out.unit}</strong> at {result.res.paths.map((p, k) => `${labelOf(p)} = ${sig(best.values[k], 3)}`).join(', ')}{' '}
              <button type="button" onClick={() => makeCandidate(best.values)} data-testid="sweep-add-best">Add as candidate</button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
