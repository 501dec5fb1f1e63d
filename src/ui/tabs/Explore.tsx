// Explore tab: one- or two-parameter sweeps of any output, computed in a Web Worker with progress and cancel; click a point to make it a candidate.
import { useMemo, useState } from 'react';
import { useStore, selectSelected } from '../../state/store';
import { evaluateCandidate } from '../../state/evaluate';
import { useWorkerJob } from '../use-worker-job';
import { getPath } from '../../state/path';
import { FORMULATION_FIELDS, fieldAt } from '../../schema';
import { sweepPointFormulation, csvText } from '../../engine';
import { NumberInput } from '../fields';
import type { SweepResult } from '../../workers/protocol';
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

interface SweepOption { path: string; label: string; from: number; to: number; scale: 'linear' | 'log' }

/** What a list item is called in an axis label: the payload's agent, the membrane's source. */
function itemName(f: Obj, pattern: string, index: number): string {
  const list = getPath(f, pattern.slice(0, pattern.indexOf('.*')));
  const item = Array.isArray(list) ? (list[index] as Obj | undefined) : undefined;
  return String(item?.agent ?? item?.source ?? index + 1);
}

/**
 * Numeric fields of this formulation that can be swept, with their suggested ranges: every number field of the
 * schema's field registry with a `sweep` range, once per list item for list fields (payloads, membranes; membrane
 * fractions only with two or more membranes).
 */
export function sweepablePaths(f: Obj): SweepOption[] {
  const out: SweepOption[] = [];
  for (const field of FORMULATION_FIELDS) {
    if (field.kind !== 'number' || !field.sweep) continue;
    const { from, to, scale } = field.sweep;
    const unit = field.unit && field.unit !== '1' ? ` (${field.unit})` : '';
    const star = field.path.indexOf('*');
    if (star < 0) {
      if (field.path.startsWith('coating.') && !f.coating) continue;
      out.push({ path: field.path, label: `${field.label}${unit}`, from, to, scale });
      continue;
    }
    const list = getPath(f, field.path.slice(0, star - 1));
    const n = Array.isArray(list) ? list.length : 0;
    if (field.crossField && n < 2) continue;
    for (let i = 0; i < n; i++) out.push({ path: field.path.replace('*', String(i)), label: `${field.label} of ${itemName(f, field.path, i)}${unit}`, from, to, scale });
  }
  return out;
}

function AxisControls({ label, axis, options, onChange, allowNone }: { label: string; axis: Axis | null; options: SweepOption[]; onChange: (a: Axis | null) => void; allowNone?: boolean }) {
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
          <label className="field"><span>From</span><NumberInput label={`${label}: from`} unit={fieldAt(axis.path)?.unit} value={axis.from} onValue={(v) => v !== null && onChange({ ...axis, from: v })} /></label>
          <label className="field"><span>To</span><NumberInput label={`${label}: to`} unit={fieldAt(axis.path)?.unit} value={axis.to} onValue={(v) => v !== null && onChange({ ...axis, to: v })} /></label>
          <label className="field"><span>Steps</span><NumberInput label={`${label}: steps`} value={axis.steps} check={(v) => (Number.isInteger(v) && v >= 2 && v <= 60 ? null : `must be a whole number from 2 to 60 (got ${v})`)} onValue={(v) => v !== null && onChange({ ...axis, steps: v })} /></label>
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
  const [result, setResult] = useState<{ res: SweepResult; base: Obj; name: string } | null>(null);
  const job = useWorkerJob<SweepResult>();
  const { progress, running, error } = job;

  if (!candidate || !base) return <p className="empty">Select a valid candidate to explore its design space (fix any highlighted fields in the builder first).</p>;
  const xAxis = x ?? (options[0] ? { path: options[0].path, from: options[0].from, to: options[0].to, steps: 15, scale: options[0].scale } : null);

  const run = async () => {
    if (!xAxis) return;
    const axes = [xAxis, ...(y ? [y] : [])];
    const vary: Record<string, unknown> = {};
    for (const a of axes) vary[a.path] = { from: a.from, to: a.to, steps: a.steps, scale: a.scale };
    const res = await job.run(axes.reduce((n, a) => n * a.steps, 1), (client, opts) => client.sweep({ spec: { base, vary } }, opts));
    if (res) setResult({ res, base, name: String(base.name ?? 'candidate') }); // undefined: failed (job.error says why) or cancelled
  };

  const out = OUTPUTS.find((o) => o.key === output)!;
  const rows = result ? result.res.rows.filter((r) => r.results && r.results[output as keyof typeof r.results] !== null).map((r) => ({
    x: Number(r.values[0]), y: r.values.length > 1 ? Number(r.values[1]) : null, v: r.results![output as keyof typeof r.results] as number, values: r.values as number[],
  })) : [];
  const failed = result ? result.res.rows.filter((r) => r.error).length : 0;
  const makeCandidate = (values: number[]) => {
    if (!result) return;
    // the very formulation the sweep scored at this point (one membrane renormalisation rule)
    const f = sweepPointFormulation(result.base, result.res.paths, values) as Obj;
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
        {running && <button type="button" onClick={job.cancel} data-testid="sweep-cancel">Cancel</button>}
      </div>
      {progress && (
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
            table={() => {
              const head = (p: string) => { const u = fieldAt(p)?.unit; return `${labelOf(p)}${u ? ` (${u})` : ''}`; };
              const xs = result.res.paths;
              return csvText([
                [...xs.map(head), `${out.label}${out.unit ? ` (${out.unit})` : ''}`],
                ...rows.map((r) => [r.x, ...(xs.length > 1 ? [r.y] : []), r.v]),
              ]);
            }}
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
              fig.style.cursor = 'pointer';
              // Plot's pointer puts the datum under the cursor on the figure's `value`
              fig.addEventListener('click', () => { const v = pointedValues(fig); if (v) makeCandidate(v); });
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

/** The cell under Plot's pointer (the figure's `value`: a row with the axis values), or null. */
function pointedValues(fig: object): number[] | null {
  if (!('value' in fig)) return null;
  const v = fig.value;
  if (typeof v !== 'object' || v === null || !('values' in v) || !Array.isArray(v.values)) return null;
  return v.values.every((x): x is number => typeof x === 'number') ? v.values : null;
}
