// Inverse design runs: NSGA-II over a spec's design problem (one island per shard, derived seeds), the front as a versioned result, merge of island fronts, robust percentiles, CSV.
import { createNsga2, paretoFilter, type Individual, type Nsga2Run } from '../../model/optimize';
import { csvText } from '../../model/csv';
import { MODEL_VERSION } from '../../model/version';
import type { Formulation, Issue, Result } from '../../schema';
import { CATALOG_LOOKUP } from '../catalog-lookup';
import { uncertaintyCompleted } from '../uncertainty';
import { outcomeUncertaintyCompleted } from '../outcome';
import { BANDED_OUTPUTS, OUTCOME_BANDED_OUTPUTS, optimizeOutput } from './outputs';
import { designProblem, type DesignProblem, type Evaluated } from './problem';
import { OPTIMIZE_RESULT_SCHEMA_V1, parseOptimizeSpec, specDocument, type OptimizeSpec } from './spec';

export interface RobustValue {
  p5: number;
  p50: number;
  p95: number;
  /** The pessimistic percentile the robust ranking uses: p5 for a maximised output, p95 for a minimised one (deterministic value for an output without a band). */
  pessimistic: number;
}

export interface FrontPoint {
  /** Each freed field's value in the scored formulation (membrane fractions after renormalisation). */
  variables: Record<string, number | string | boolean>;
  /** Objective and constrained outputs of the scored formulation. */
  values: Record<string, number | null>;
  /** 0 when every constraint holds. */
  violation: number;
  /** The completed formulation exactly as scored: open it in the builder, or `score` it, to get the same values. */
  formulation: Formulation;
  /** The genome (genes in search space: log10 for log-scale fields, choice indices) for sensitivity and re-runs. */
  genome: number[];
  /** Island (shard number, 1-based) the point came from. */
  island: number;
  /** Robust option: Monte Carlo percentiles per objective and its rank on the pessimistic percentiles (0 = robust front). */
  robust?: Record<string, RobustValue>;
  robustRank?: number;
}

export interface OptimizeResult {
  schema: typeof OPTIMIZE_RESULT_SCHEMA_V1;
  modelVersion: string;
  spec: Record<string, unknown>;
  islands: { i: number; n: number; seed: number | string; generations: number; evaluations: number }[];
  objectives: { output: string; direction: 'max' | 'min' }[];
  constraints: { output: string; min?: number; max?: number }[];
  /** False when no candidate satisfied every constraint (the front then holds the least-violating ones). */
  feasible: boolean;
  front: FrontPoint[];
}

/** The seed of island i of n: the spec's seed itself for an unsharded run, else derived (different per island, same for the same i/n). */
export function islandSeed(seed: number | string, i: number, n: number): number | string {
  return n === 1 ? seed : `${seed}/island-${i}-of-${n}`;
}

export interface OptimizeRunOptions {
  shard?: { i: number; n: number };
  /** Overrides the spec's generations / seed (CLI flags). */
  generations?: number;
  seed?: number | string;
}

export interface OptimizeRun {
  problem: DesignProblem;
  nsga: Nsga2Run<Evaluated>;
  /** Generations to run in all. */
  generations: number;
  /** The front of the current population as a result document. */
  result(): OptimizeResult;
}

function pointOf(problem: DesignProblem, ind: Individual<Evaluated>, island: number): FrontPoint {
  const f = ind.data!.formulation as Formulation;
  const variables: FrontPoint['variables'] = {};
  for (const v of problem.spec.variables) variables[v.path] = problem.valueOf(f, v);
  return { variables, values: ind.data!.values, violation: ind.violation, formulation: f, genome: ind.x.slice(), island };
}

/** Start a run (the initial population is scored): call `nsga.step()` `generations` times, then `result()`. */
export function createOptimizeRun(spec: OptimizeSpec, opts: OptimizeRunOptions = {}): OptimizeRun {
  const problem = designProblem(spec);
  const { i, n } = opts.shard ?? { i: 1, n: 1 };
  const seed = islandSeed(opts.seed ?? spec.seed, i, n);
  const generations = opts.generations ?? spec.generations;
  const nsga = createNsga2<Evaluated>({
    genes: problem.genes,
    populationSize: spec.population,
    seed,
    // the user's own design is one of the starting candidates (island 1 only, so islands differ from the start)
    initial: i === 1 ? [problem.baseGenome()] : [],
    evaluate: (x) => {
      const e = problem.evaluate(x);
      return { objectives: e.objectives, violation: e.violation, data: e };
    },
  });
  return {
    problem,
    nsga,
    generations,
    result() {
      const front = nsga.front().filter((p) => p.data?.formulation).map((p) => pointOf(problem, p, i));
      return {
        schema: OPTIMIZE_RESULT_SCHEMA_V1,
        modelVersion: MODEL_VERSION,
        spec: specDocument(spec),
        islands: [{ i, n, seed, generations: nsga.generation, evaluations: nsga.evaluations }],
        objectives: spec.objectives,
        constraints: spec.constraints,
        feasible: front.some((p) => p.violation === 0),
        front,
      };
    },
  };
}

/** Parse the spec and run it to the end (synchronous: CLI, tests, benches). Throws an Error listing the spec's issues. */
export function optimize(specInput: unknown, opts: OptimizeRunOptions & { onGeneration?: (done: number, total: number) => void } = {}): OptimizeResult {
  const p = parseOptimizeSpec(specInput);
  if (!p.ok) throw new OptimizeSpecError(p.issues);
  const run = createOptimizeRun(p.value, opts);
  for (let g = 0; g < run.generations; g++) {
    run.nsga.step();
    opts.onGeneration?.(g + 1, run.generations);
  }
  const r = run.result();
  return p.value.robust ? robustify(r, p.value) : r;
}

export class OptimizeSpecError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; '));
    this.name = 'OptimizeSpecError';
  }
}

/** Objective vectors as minimised (for domination), from a point's reported values (pessimistic percentiles when `robust`). */
function minimised(r: Pick<OptimizeResult, 'objectives'>, p: FrontPoint, robust = false): number[] {
  return r.objectives.map((o) => {
    const v = robust ? (p.robust?.[o.output]?.pessimistic ?? null) : p.values[o.output];
    if (v === null || !Number.isFinite(v)) return Infinity;
    return o.direction === 'max' ? -v : v;
  });
}

/**
 * Robust option: each front point's seeded Monte Carlo (the spec's draws and seed); per objective the 5/50/95 %
 * percentiles and the pessimistic one (5th for a maximised output, 95th for a minimised one — never the median), and
 * each point's non-domination rank on the pessimistic values (0 = the robust front). Outputs without a Monte Carlo
 * band (size, coverage, FAK occupancy, high-Z sum, the ranking value with local control) use their deterministic value;
 * the outcome outputs take their bands from the outcome's own Monte Carlo (same draws and seed). `onPoint` reports progress and may return false to stop.
 */
export function robustify(r: OptimizeResult, spec: Pick<OptimizeSpec, 'robust' | 'weights' | 'outcome'>, onPoint?: (done: number, total: number) => boolean | void): OptimizeResult {
  const draws = spec.robust?.draws ?? 64;
  const seed = spec.robust?.seed ?? 1;
  const front: FrontPoint[] = [];
  const scoreBanded = r.objectives.some((o) => BANDED_OUTPUTS.has(o.output));
  const outcomeBanded = r.objectives.some((o) => OUTCOME_BANDED_OUTPUTS.has(o.output));
  for (const p of r.front) {
    // the score's Monte Carlo for Scores outputs, the outcome's own (the same draws and seed) for local-control outputs
    const mc = scoreBanded ? uncertaintyCompleted(p.formulation, CATALOG_LOOKUP, { draws, seed, weights: spec.weights }) : null;
    const omc = outcomeBanded ? outcomeUncertaintyCompleted(p.formulation, CATALOG_LOOKUP, { draws, seed, schedule: spec.outcome?.schedule, cisplatin: spec.outcome?.cisplatin }) : null;
    const robust: Record<string, RobustValue> = {};
    for (const o of r.objectives) {
      const det = p.values[o.output] ?? NaN;
      const b = BANDED_OUTPUTS.has(o.output) ? mc?.bands[o.output] : OUTCOME_BANDED_OUTPUTS.has(o.output) ? omc?.bands[o.output] : undefined;
      robust[o.output] = b && b.n > 0 ? { p5: b.p5, p50: b.p50, p95: b.p95, pessimistic: o.direction === 'max' ? b.p5 : b.p95 } : { p5: det, p50: det, p95: det, pessimistic: det };
    }
    front.push({ ...p, robust });
    if (onPoint?.(front.length, r.front.length) === false) break;
  }
  return rankRobust({ ...r, front });
}

function dominatesMin(a: { objectives: number[]; violation: number }, b: { objectives: number[]; violation: number }): boolean {
  if (a.violation > 0 || b.violation > 0) return a.violation < b.violation;
  let better = false;
  for (let k = 0; k < a.objectives.length; k++) {
    if (a.objectives[k] > b.objectives[k]) return false;
    if (a.objectives[k] < b.objectives[k]) better = true;
  }
  return better;
}

/** Light check of a result document (merge input): its schema, objectives and front; issues name the field. */
export function parseOptimizeResult(doc: unknown, name = ''): Result<OptimizeResult> {
  const at = (p: string) => (name ? `${name}: ${p}` : p);
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return { ok: false, issues: [{ path: at('(root)'), message: 'expected an optimize result object' }] };
  const d = doc as Partial<OptimizeResult>;
  if (d.schema !== OPTIMIZE_RESULT_SCHEMA_V1) return { ok: false, issues: [{ path: at('schema'), message: `must be "${OPTIMIZE_RESULT_SCHEMA_V1}" (got ${JSON.stringify(d.schema)})` }] };
  if (!Array.isArray(d.objectives) || !d.objectives.length) return { ok: false, issues: [{ path: at('objectives'), message: 'missing' }] };
  if (!Array.isArray(d.front)) return { ok: false, issues: [{ path: at('front'), message: 'missing (a list of points)' }] };
  for (let k = 0; k < d.front.length; k++) {
    const p = d.front[k] as Partial<FrontPoint>;
    if (!p || typeof p !== 'object' || !p.values || typeof p.values !== 'object' || !p.formulation) return { ok: false, issues: [{ path: at(`front.${k}`), message: 'a point needs values and formulation' }] };
  }
  return { ok: true, value: d as OptimizeResult };
}

/**
 * Merge island fronts (`optimize merge`): every result must have the same objectives and constraints; the merged front
 * is the non-dominated set of the union (exact duplicates once), islands listed in order.
 */
export function mergeResults(results: readonly OptimizeResult[]): Result<OptimizeResult> {
  if (!results.length) return { ok: false, issues: [{ path: '', message: 'nothing to merge' }] };
  const first = results[0];
  const key = (r: OptimizeResult) => JSON.stringify([r.objectives, r.constraints]);
  for (let k = 1; k < results.length; k++) {
    if (key(results[k]) !== key(first)) return { ok: false, issues: [{ path: `${k + 1}.objectives`, message: 'objectives and constraints differ from the first result (merge islands of one spec)' }] };
  }
  const all = results.flatMap((r) => r.front);
  const robust = all.length > 0 && all.every((p) => p.robust);
  const withObj = all.map((p) => ({ p, objectives: minimised(first, p), violation: p.violation }));
  const front = paretoFilter(withObj).map((x) => x.p);
  const merged: OptimizeResult = {
    ...first,
    islands: results.flatMap((r) => r.islands).sort((a, b) => a.i - b.i),
    feasible: front.some((p) => p.violation === 0),
    front: front.map((p) => {
      const { robustRank: _drop, ...rest } = p;
      return rest;
    }),
  };
  if (!robust) return { ok: true, value: merged };
  return { ok: true, value: rankRobust(merged) };
}

/** Each point's non-domination rank on the pessimistic percentiles (robustRank; 0 = the robust front). */
export function rankRobust(r: OptimizeResult): OptimizeResult {
  const ranked = r.front.map((p) => ({ objectives: minimised(r, p, true), violation: p.violation }));
  const left = new Set(ranked.map((_, k) => k));
  const front = r.front.map((p) => ({ ...p }));
  for (let rank = 0; left.size; rank++) {
    const idx = [...left];
    const layer = idx.filter((a) => !idx.some((b) => b !== a && dominatesMin(ranked[b], ranked[a])));
    for (const k of layer) {
      front[k].robustRank = rank;
      left.delete(k);
    }
  }
  return { ...r, front };
}

/** The front as CSV (the one CSV writer): island, each variable, each output (labelled key), robust percentiles when present, violation. */
export function frontCsv(r: OptimizeResult): string {
  const vars = Object.keys(r.front[0]?.variables ?? (r.spec.variables as Record<string, unknown>) ?? {});
  const outs = [...new Set([...r.objectives.map((o) => o.output), ...r.constraints.map((c) => c.output)])];
  const robust = r.front.some((p) => p.robust);
  const header = ['island', ...vars, ...outs, ...(robust ? r.objectives.flatMap((o) => [`${o.output}.p5`, `${o.output}.p50`, `${o.output}.p95`]) : []), ...(robust ? ['robustRank'] : []), 'violation'];
  const rows = r.front.map((p) => [
    p.island,
    ...vars.map((v) => p.variables[v]),
    ...outs.map((o) => p.values[o]),
    ...(robust ? r.objectives.flatMap((o) => [p.robust?.[o.output]?.p5, p.robust?.[o.output]?.p50, p.robust?.[o.output]?.p95]) : []),
    ...(robust ? [p.robustRank] : []),
    p.violation,
  ]);
  return csvText([header, ...rows], { eol: '\n' });
}

/** Label of an output key with its unit ('Tumour delivery (% ID)'). */
export function outputLabel(key: string): string {
  const o = optimizeOutput(key);
  return o ? `${o.label}${o.unit && o.unit !== '1' ? ` (${o.unit})` : ''}` : key;
}
