// NSGA-II (Deb, Pratap, Agarwal & Meyarivan 2002, IEEE TEC 6:182): seeded, pure, stepwise, for mixed real + categorical genes with constraints.
//
// Every objective is MINIMISED (callers negate what they maximise). Constraints enter through constrained domination
// (Deb 2000): a feasible point beats an infeasible one; of two infeasible points the smaller total violation wins; of
// two feasible points ordinary Pareto domination decides. Real genes get simulated binary crossover (SBX, bounded form
// of Deb & Agrawal 1995 as in Deb's reference C code nsga2-v1.1) and polynomial mutation (bounded form, Deb & Goyal
// 1996); categorical genes (an index 0…n−1) get uniform crossover and random-reset mutation.
import { createRng, type Rng } from '../rng';

export interface RealGene {
  kind: 'real';
  lo: number;
  hi: number;
  /** Rounded to a whole number after variation (the value is still searched as a real). */
  integer?: boolean;
}

export interface CategoricalGene {
  kind: 'categorical';
  /** Number of choices; the gene's value is an index 0…n−1. */
  n: number;
}

export type Gene = RealGene | CategoricalGene;

export interface Evaluation {
  /** Objective values, each minimised. Non-finite values are treated as +∞ (the worst). */
  objectives: number[];
  /** Total constraint violation: 0 when feasible, > 0 otherwise (larger = further from feasible). */
  violation: number;
}

export interface Individual<T = unknown> {
  x: number[];
  objectives: number[];
  violation: number;
  /** Non-domination rank (0 = first front). */
  rank: number;
  crowding: number;
  /** What the evaluator attached (e.g. the scored formulation). */
  data?: T;
}

export interface Nsga2Options<T = unknown> {
  genes: readonly Gene[];
  /** Objectives (minimised) and violation of one genome; `data` travels with the individual. */
  evaluate(x: readonly number[]): Evaluation & { data?: T };
  /** Even, ≥ 4 (rounded up to even). */
  populationSize: number;
  seed?: number | string;
  /** Probability that a pair of parents is crossed (default 0.9). */
  crossoverProbability?: number;
  /** SBX distribution index η_c (default 15: children near their parents). */
  etaCrossover?: number;
  /** Polynomial-mutation distribution index η_m (default 20). */
  etaMutation?: number;
  /** Per-gene mutation probability (default 1 / number of genes). */
  mutationProbability?: number;
  /** Genomes placed in the first population (e.g. the user's own design), clipped to the bounds. */
  initial?: readonly (readonly number[])[];
}

export interface Nsga2Run<T = unknown> {
  /** Current population, sorted (rank, then crowding descending). */
  readonly population: readonly Individual<T>[];
  /** Generations completed (0 after the initial population). */
  readonly generation: number;
  readonly evaluations: number;
  /** One generation: make offspring, evaluate them, keep the best N of parents ∪ offspring. */
  step(): void;
  /** The first front of the current population (feasible points only when there are any). */
  front(): Individual<T>[];
}

const worst = (v: number) => (Number.isFinite(v) ? v : Infinity);

/** Constrained domination: does a dominate b? */
export function dominates(a: { objectives: readonly number[]; violation: number }, b: { objectives: readonly number[]; violation: number }): boolean {
  if (a.violation > 0 || b.violation > 0) return a.violation < b.violation;
  let better = false;
  for (let k = 0; k < a.objectives.length; k++) {
    const x = worst(a.objectives[k]);
    const y = worst(b.objectives[k]);
    if (x > y) return false;
    if (x < y) better = true;
  }
  return better;
}

/** Fast non-dominated sort: fronts as index lists (front 0 = non-dominated). O(M N²). */
export function nonDominatedSort(points: readonly { objectives: readonly number[]; violation: number }[]): number[][] {
  const n = points.length;
  const dominatedBy = new Array<number>(n).fill(0);
  const dominatesList: number[][] = Array.from({ length: n }, () => []);
  const fronts: number[][] = [[]];
  for (let p = 0; p < n; p++) {
    for (let q = p + 1; q < n; q++) {
      if (dominates(points[p], points[q])) {
        dominatesList[p].push(q);
        dominatedBy[q]++;
      } else if (dominates(points[q], points[p])) {
        dominatesList[q].push(p);
        dominatedBy[p]++;
      }
    }
  }
  for (let p = 0; p < n; p++) if (dominatedBy[p] === 0) fronts[0].push(p);
  for (let i = 0; fronts[i].length; i++) {
    const next: number[] = [];
    for (const p of fronts[i])
      for (const q of dominatesList[p]) if (--dominatedBy[q] === 0) next.push(q);
    fronts.push(next);
  }
  fronts.pop();
  return fronts;
}

/** Crowding distance of each member of one front (same order as `front`); boundary points get +∞. */
export function crowdingDistance(objectives: readonly (readonly number[])[]): number[] {
  const n = objectives.length;
  const d = new Array<number>(n).fill(0);
  if (n === 0) return d;
  const m = objectives[0].length;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let k = 0; k < m; k++) {
    order.sort((a, b) => worst(objectives[a][k]) - worst(objectives[b][k]) || a - b);
    const lo = worst(objectives[order[0]][k]);
    const hi = worst(objectives[order[n - 1]][k]);
    d[order[0]] = Infinity;
    d[order[n - 1]] = Infinity;
    const span = hi - lo;
    if (!(span > 0) || !Number.isFinite(span)) continue;
    for (let i = 1; i < n - 1; i++) d[order[i]] += (worst(objectives[order[i + 1]][k]) - worst(objectives[order[i - 1]][k])) / span;
  }
  return d;
}

/** The non-dominated members (constrained domination; feasible ones only when any is feasible), in input order, without exact duplicates of objectives. */
export function paretoFilter<P extends { objectives: readonly number[]; violation: number }>(points: readonly P[]): P[] {
  if (!points.length) return [];
  const first = nonDominatedSort(points)[0].sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: P[] = [];
  for (const i of first) {
    const key = points[i].objectives.join(',') + '|' + points[i].violation;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(points[i]);
  }
  return out;
}

/** Hypervolume (area) dominated by a 2-objective minimisation front up to a reference point. */
export function hypervolume2D(front: readonly (readonly number[])[], ref: readonly [number, number]): number {
  const pts = front.filter((p) => p[0] < ref[0] && p[1] < ref[1]).map((p) => [p[0], p[1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let hv = 0;
  let bestY = ref[1];
  for (const [x, y] of pts) {
    if (y >= bestY) continue;
    hv += (ref[0] - x) * (bestY - y);
    bestY = y;
  }
  return hv;
}

function clip(v: number, g: RealGene): number {
  const c = v < g.lo ? g.lo : v > g.hi ? g.hi : v;
  return g.integer ? Math.min(Math.max(Math.round(c), Math.ceil(g.lo)), Math.floor(g.hi)) : c;
}

/** SBX of one real gene pair (bounded form); returns the two children. */
function sbx(y1: number, y2: number, g: RealGene, eta: number, rng: Rng): [number, number] {
  if (Math.abs(y1 - y2) <= 1e-14) return [y1, y2];
  const lo = g.lo;
  const hi = g.hi;
  const a = Math.min(y1, y2);
  const b = Math.max(y1, y2);
  const u = rng.next();
  const betaq = (beta: number) => {
    const alpha = 2 - Math.pow(beta, -(eta + 1));
    return u <= 1 / alpha ? Math.pow(u * alpha, 1 / (eta + 1)) : Math.pow(1 / (2 - u * alpha), 1 / (eta + 1));
  };
  let c1 = 0.5 * (a + b - betaq(1 + (2 * (a - lo)) / (b - a)) * (b - a));
  let c2 = 0.5 * (a + b + betaq(1 + (2 * (hi - b)) / (b - a)) * (b - a));
  c1 = Math.min(Math.max(c1, lo), hi);
  c2 = Math.min(Math.max(c2, lo), hi);
  return rng.next() <= 0.5 ? [c2, c1] : [c1, c2];
}

/** Polynomial mutation of one real gene (bounded form). */
function polynomialMutation(y: number, g: RealGene, eta: number, rng: Rng): number {
  const span = g.hi - g.lo;
  if (!(span > 0)) return y;
  const d1 = (y - g.lo) / span;
  const d2 = (g.hi - y) / span;
  const u = rng.next();
  const p = 1 / (eta + 1);
  let dq: number;
  if (u < 0.5) {
    const v = 2 * u + (1 - 2 * u) * Math.pow(1 - d1, eta + 1);
    dq = Math.pow(v, p) - 1;
  } else {
    const v = 2 * (1 - u) + 2 * (u - 0.5) * Math.pow(1 - d2, eta + 1);
    dq = 1 - Math.pow(v, p);
  }
  return Math.min(Math.max(y + dq * span, g.lo), g.hi);
}

/** A uniformly random genome. */
export function randomGenome(genes: readonly Gene[], rng: Rng): number[] {
  return genes.map((g) => (g.kind === 'real' ? clip(g.lo + (g.hi - g.lo) * rng.next(), g) : rng.int(g.n)));
}

/** Check options; throws an Error naming the option. */
function checkOptions(o: Nsga2Options<unknown>): void {
  if (!o.genes.length) throw new Error('genes: at least one variable is needed');
  o.genes.forEach((g, i) => {
    if (g.kind === 'real' && !(Number.isFinite(g.lo) && Number.isFinite(g.hi) && g.lo <= g.hi)) throw new Error(`genes.${i}: bounds must be finite with lo ≤ hi (got ${g.lo}, ${g.hi})`);
    if (g.kind === 'categorical' && !(Number.isInteger(g.n) && g.n >= 1)) throw new Error(`genes.${i}: needs at least one choice (got ${g.n})`);
  });
  if (!(Number.isInteger(o.populationSize) && o.populationSize >= 4)) throw new Error(`populationSize: must be a whole number ≥ 4 (got ${o.populationSize})`);
}

/** Start an NSGA-II run: the initial population is made and evaluated; call step() once per generation. */
export function createNsga2<T = unknown>(opts: Nsga2Options<T>): Nsga2Run<T> {
  checkOptions(opts as Nsga2Options<unknown>);
  const { genes } = opts;
  const n = opts.populationSize + (opts.populationSize % 2);
  const rng = createRng(opts.seed ?? 1);
  const pc = opts.crossoverProbability ?? 0.9;
  const etaC = opts.etaCrossover ?? 15;
  const etaM = opts.etaMutation ?? 20;
  const pm = opts.mutationProbability ?? 1 / genes.length;
  let evaluations = 0;
  let generation = 0;

  const make = (x: number[]): Individual<T> => {
    const e = opts.evaluate(x);
    evaluations++;
    const violation = Number.isFinite(e.violation) && e.violation >= 0 ? e.violation : Number.MAX_VALUE;
    return { x, objectives: e.objectives.map(worst), violation, rank: 0, crowding: 0, data: e.data };
  };

  /** Rank and crowd a pool and keep its best `size` (sorted: rank ascending, crowding descending). */
  const select = (pool: Individual<T>[], size: number): Individual<T>[] => {
    const fronts = nonDominatedSort(pool);
    const out: Individual<T>[] = [];
    for (let r = 0; r < fronts.length && out.length < size; r++) {
      const members = fronts[r].map((i) => pool[i]);
      const cd = crowdingDistance(members.map((m) => m.objectives));
      members.forEach((m, i) => {
        m.rank = r;
        m.crowding = cd[i];
      });
      // stable: equal crowding keeps pool order (which is deterministic)
      const order = members.map((_, i) => i).sort((a, b) => cd[b] - cd[a] || a - b);
      for (const i of order) {
        if (out.length >= size) break;
        out.push(members[i]);
      }
    }
    return out;
  };

  const first: Individual<T>[] = [];
  for (const x of opts.initial ?? []) {
    if (first.length >= n) break;
    if (x.length !== genes.length) throw new Error(`initial: a genome has ${x.length} values, the problem ${genes.length} variables`);
    first.push(make(genes.map((g, i) => (g.kind === 'real' ? clip(x[i], g) : Math.min(Math.max(Math.round(x[i]), 0), g.n - 1)))));
  }
  while (first.length < n) first.push(make(randomGenome(genes, rng)));
  let population = select(first, n);

  // binary tournament on the crowded-comparison operator
  const tournament = (): Individual<T> => {
    const a = population[rng.int(n)];
    const b = population[rng.int(n)];
    if (a.violation !== b.violation && (a.violation > 0 || b.violation > 0)) return a.violation < b.violation ? a : b;
    if (a.rank !== b.rank) return a.rank < b.rank ? a : b;
    if (a.crowding !== b.crowding) return a.crowding > b.crowding ? a : b;
    return rng.next() < 0.5 ? a : b;
  };

  const offspring = (): number[][] => {
    const kids: number[][] = [];
    while (kids.length < n) {
      const p1 = tournament().x;
      const p2 = tournament().x;
      const c1 = p1.slice();
      const c2 = p2.slice();
      if (rng.next() < pc) {
        for (let i = 0; i < genes.length; i++) {
          const g = genes[i];
          if (g.kind === 'real') {
            if (rng.next() <= 0.5) {
              const [a, b] = sbx(p1[i], p2[i], g, etaC, rng);
              c1[i] = a;
              c2[i] = b;
            }
          } else if (rng.next() < 0.5) {
            c1[i] = p2[i];
            c2[i] = p1[i];
          }
        }
      }
      for (const c of [c1, c2]) {
        for (let i = 0; i < genes.length; i++) {
          const g = genes[i];
          if (rng.next() >= pm) continue;
          if (g.kind === 'real') c[i] = polynomialMutation(c[i], g, etaM, rng);
          else if (g.n > 1) c[i] = (c[i] + 1 + rng.int(g.n - 1)) % g.n;
        }
        for (let i = 0; i < genes.length; i++) {
          const g = genes[i];
          if (g.kind === 'real') c[i] = clip(c[i], g);
        }
        kids.push(c);
      }
    }
    return kids;
  };

  return {
    get population() {
      return population;
    },
    get generation() {
      return generation;
    },
    get evaluations() {
      return evaluations;
    },
    step() {
      const kids = offspring().map(make);
      population = select([...population, ...kids], n);
      generation++;
    },
    front() {
      return paretoFilter(population.filter((p) => p.rank === 0));
    },
  };
}

/** Run NSGA-II for `generations` generations (synchronous); `onGeneration` may return false to stop early. */
export function nsga2<T = unknown>(opts: Nsga2Options<T> & { generations: number; onGeneration?: (run: Nsga2Run<T>) => boolean | void }): Nsga2Run<T> {
  const run = createNsga2(opts);
  for (let g = 0; g < opts.generations; g++) {
    run.step();
    if (opts.onGeneration?.(run) === false) break;
  }
  return run;
}
