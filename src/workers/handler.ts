// The worker's logic, independent of the Worker global (testable in Node): runs jobs in chunks, yields between them, reports progress, honours cancel.
import { CATALOG_LOOKUP, FormulationError, resolveFormulation, scoreCompleted, uncertainParams, outputsOf } from '../engine';
import { scoreCandidate } from '../engine/sweep';
import { createOptimizeRun, OptimizeSpecError, parseOptimizeSpec, rankRobust, robustify } from '../engine/optimize';
import { outcomeCompleted, outcomeUncertaintyCompleted } from '../engine/outcome';
import { csvLine, planSweep, shardRange, sweepHeader, sweepRow } from '../model/sweep';
import { drawOverrides, drawSamples, quantileSorted, summarise } from '../model/uncertainty';
import type { Scores } from '../model/scores';
import type { ReleaseBand, WorkerRequest, WorkerResponse } from './protocol';

/** Release-curve values of one draw: key `${agent}|${pH}|${t}` → % released (byPayload curves, or the summary curves). */
function releaseValues(s: Scores, out: Map<string, number[]>, draw: number, draws: number): void {
  const groups = s.release.byPayload.length ? s.release.byPayload : [{ agent: 'payload', curves: s.release.curves }];
  for (const g of groups)
    for (const c of g.curves)
      for (const [t, f] of c.points) {
        const k = `${g.agent}|${c.pH.toFixed(1)}|${t}`;
        let col = out.get(k);
        if (!col) out.set(k, (col = new Array<number>(draws).fill(NaN)));
        col[draw] = f * 100;
      }
}

/** Percentile bands of the collected release values (non-finite draws left out), grouped per payload and pH in time order. */
export function releaseBands(values: Map<string, number[]>): ReleaseBand[] {
  const bands = new Map<string, ReleaseBand>();
  for (const [k, col] of values) {
    const [agent, pH, t] = k.split('|');
    const sorted = col.filter(Number.isFinite).sort((a, b) => a - b);
    if (!sorted.length) continue;
    const key = `${agent}|${pH}`;
    let b = bands.get(key);
    if (!b) bands.set(key, (b = { agent, pH, points: [] }));
    b.points.push({ t: Number(t), p5: quantileSorted(sorted, 0.05), p50: quantileSorted(sorted, 0.5), p95: quantileSorted(sorted, 0.95) });
  }
  for (const b of bands.values()) b.points.sort((x, y) => x.t - y.t);
  return [...bands.values()];
}

export interface HandlerOptions {
  /** Candidates or draws per chunk between yields (default 64). */
  chunk?: number;
  /** Yield to the event loop so cancel messages are seen (default: a macrotask via setTimeout 0). */
  yieldFn?: () => Promise<void>;
  /** Minimum ms between progress messages (default 50); the first and last are always sent. */
  progressIntervalMs?: number;
  now?: () => number;
}

const defaultYield = () => new Promise<void>((r) => setTimeout(r, 0));

/** Create the message handler; `post` sends responses. Returns the function to call with each request. */
export function createWorkerHandler(post: (m: WorkerResponse) => void, opts: HandlerOptions = {}): (req: WorkerRequest) => Promise<void> {
  const chunk = Math.max(1, opts.chunk ?? 64);
  const yieldFn = opts.yieldFn ?? defaultYield;
  const interval = opts.progressIntervalMs ?? 50;
  const now = opts.now ?? (() => performance.now());
  const cancelled = new Set<string>();
  const running = new Set<string>();

  const progress = (id: string) => {
    let last = -Infinity;
    return (done: number, total: number, force = false) => {
      const t = now();
      if (force || t - last >= interval) {
        last = t;
        post({ type: 'progress', id, done, total });
      }
    };
  };

  const fail = (id: string, e: unknown) => {
    if (e instanceof FormulationError || e instanceof OptimizeSpecError) post({ type: 'error', id, message: e.message, issues: e.issues });
    else post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
  };

  async function sweep(id: string, p: Extract<WorkerRequest, { type: 'sweep' }>['payload']) {
    const plan = planSweep(p.spec);
    if (!plan.ok) {
      post({ type: 'error', id, message: plan.issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues: plan.issues });
      return;
    }
    const { i, n } = p.shard ?? { i: 1, n: 1 };
    const { start, end } = shardRange(plan.value.total, i, n);
    const total = end - start;
    const paths = plan.value.axes.map((a) => a.path);
    const header = sweepHeader(paths);
    const rows = [];
    const lines = [csvLine(header)];
    const report = progress(id);
    report(0, total, true);
    for (let k = start; k < end; k++) {
      if ((k - start) % chunk === 0 && k > start) {
        await yieldFn();
        if (cancelled.has(id)) {
          post({ type: 'cancelled', id, done: k - start, total });
          return;
        }
        report(k - start, total);
      }
      const o = scoreCandidate(plan.value, k, { weights: p.weights, overrides: p.overrides });
      rows.push(o);
      lines.push(csvLine(sweepRow(o.values, o.results, o.error)));
    }
    report(total, total, true);
    post({ type: 'result', id, kind: 'sweep', result: { paths, header, total: plan.value.total, rows, csv: lines.join('\n') + '\n' } });
  }

  async function uncertainty(id: string, p: Extract<WorkerRequest, { type: 'uncertainty' }>['payload']) {
    const f = resolveFormulation(p.formulation);
    const fixed = { ...(f.overrides ?? {}), ...(p.overrides ?? {}) };
    const params = uncertainParams(f, CATALOG_LOOKUP, fixed);
    const draws = p.draws ?? 256;
    const seed = p.seed ?? 1;
    const samples = drawSamples(params, draws, seed);
    const outputs = [];
    const curves = p.curves === true;
    const curveValues = new Map<string, number[]>();
    const report = progress(id);
    report(0, draws, true);
    for (let d = 0; d < draws; d++) {
      if (d % chunk === 0 && d > 0) {
        await yieldFn();
        if (cancelled.has(id)) {
          post({ type: 'cancelled', id, done: d, total: draws });
          return;
        }
        report(d, draws);
      }
      try {
        const s = scoreCompleted(f, CATALOG_LOOKUP, { weights: p.weights, overrides: { ...fixed, ...drawOverrides(params, samples[d]) }, lean: !curves });
        outputs.push(outputsOf(s));
        if (curves) releaseValues(s, curveValues, d, draws);
      } catch {
        outputs.push(null);
      }
    }
    report(draws, draws, true);
    const result = summarise(params, samples, outputs, seed);
    post({ type: 'result', id, kind: 'uncertainty', result: curves ? { ...result, releaseBands: releaseBands(curveValues) } : result });
  }

  /** Inverse design: progress counts generations (then, with the robust option, one step per front point's Monte Carlo). */
  async function optimize(id: string, p: Extract<WorkerRequest, { type: 'optimize' }>['payload']) {
    const parsed = parseOptimizeSpec(p.spec);
    if (!parsed.ok) throw new OptimizeSpecError(parsed.issues);
    const spec = parsed.value;
    const run = createOptimizeRun(spec, { shard: p.shard });
    const robustSteps = spec.robust ? spec.population : 0;
    const total = run.generations + robustSteps;
    const report = progress(id);
    report(0, total, true);
    for (let g = 0; g < run.generations; g++) {
      await yieldFn();
      if (cancelled.has(id)) {
        post({ type: 'cancelled', id, done: g, total });
        return;
      }
      run.nsga.step();
      report(g + 1, total);
    }
    let result = run.result();
    if (spec.robust) {
      let stopped = false;
      const points = result.front.length;
      // one front point's Monte Carlo per chunk, so a cancel is seen between them
      const robustFront = [];
      for (let k = 0; k < points; k++) {
        await yieldFn();
        if (cancelled.has(id)) {
          stopped = true;
          break;
        }
        robustFront.push(robustify({ ...result, front: [result.front[k]] }, spec).front[0]);
        report(run.generations + Math.round(((k + 1) / points) * robustSteps), total);
      }
      if (stopped) {
        post({ type: 'cancelled', id, done: run.generations, total });
        return;
      }
      result = rankRobust({ ...result, front: robustFront });
    }
    report(total, total, true);
    post({ type: 'result', id, kind: 'optimize', result });
  }

  async function outcome(id: string, p: Extract<WorkerRequest, { type: 'outcome' }>['payload']) {
    const f = resolveFormulation(p.formulation);
    const draws = p.draws ?? 256;
    const report = progress(id);
    report(0, draws, true);
    const r = outcomeCompleted(f, CATALOG_LOOKUP, { schedule: p.schedule, cisplatin: p.cisplatin });
    await yieldFn();
    if (cancelled.has(id)) {
      post({ type: 'cancelled', id, done: 0, total: draws });
      return;
    }
    // the Monte Carlo runs in one piece (≈ 100 ms for 256 draws); progress is reported, a cancel is seen when it ends
    const mc = draws > 0 ? outcomeUncertaintyCompleted(f, CATALOG_LOOKUP, { schedule: p.schedule, cisplatin: p.cisplatin, draws, seed: p.seed ?? 1, onProgress: (done, total) => report(done, total) }) : null;
    if (cancelled.has(id)) {
      post({ type: 'cancelled', id, done: draws, total: draws });
      return;
    }
    report(draws, draws, true);
    post({ type: 'result', id, kind: 'outcome', result: { report: r, mc } });
  }

  return async (req: WorkerRequest) => {
    if (!req || typeof req !== 'object' || typeof req.id !== 'string') return;
    if (req.type === 'cancel') {
      if (running.has(req.id)) cancelled.add(req.id);
      return;
    }
    if (running.has(req.id)) {
      post({ type: 'error', id: req.id, message: `a job with id "${req.id}" is already running` });
      return;
    }
    running.add(req.id);
    try {
      if (req.type === 'sweep') await sweep(req.id, req.payload);
      else if (req.type === 'uncertainty') await uncertainty(req.id, req.payload);
      else if (req.type === 'optimize') await optimize(req.id, req.payload);
      else if (req.type === 'outcome') await outcome(req.id, req.payload);
      else post({ type: 'error', id: (req as { id: string }).id, message: `unknown message type "${(req as { type: string }).type}"` });
    } catch (e) {
      fail(req.id, e);
    } finally {
      running.delete(req.id);
      cancelled.delete(req.id);
    }
  };
}
