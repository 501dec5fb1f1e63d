// Tumour control probability: Poisson TCP of clonogens surviving a fractionated, compartment-mixed LQ course with repopulation and concurrent cisplatin; population TCP over a Gaussian α (Webb–Nahum).

/** One compartment as the TCP sees it: share of clonogens, and LQ coefficients for the PHYSICAL dose of the fraction (any dose-enhancement factor folded in). */
export interface TcpCompartment {
  fraction: number;
  alphaPerGy: number;
  betaPerGy2: number;
}

/** The radiobiology of one fraction: its physical dose, its calendar day, and the compartments that fraction sees. */
export interface FractionRadiobiology {
  doseGy: number;
  dayOfCourse: number;
  compartments: readonly TcpCompartment[];
}

export interface TcpParams {
  /** clonogens at the start (N₀ ≥ 0) */
  clonogens: number;
  /** population mean α (Gy⁻¹) the compartments were built with: a patient with α scales every compartment's α by α/ᾱ */
  alphaRefPerGy: number;
  /** inter-patient SD of α (Gy⁻¹); 0 = one patient (individual TCP) */
  sigmaAlphaPerGy: number;
  kickoffDays: number;
  doublingDays: number;
  /** chemotherapy-equivalent BED (Gy) of concurrent cisplatin; 0 = radiotherapy alone */
  cisplatinBedGy: number;
}

function finite(name: string, v: number, lo: number, hi = Infinity, strictLo = false): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || (strictLo ? v <= lo : v < lo) || v > hi)
    throw new RangeError(`${name}: must be a finite number ${strictLo ? '>' : '≥'} ${lo}${hi < Infinity ? ` and ≤ ${hi}` : ''}, got ${v}`);
}

export function checkTcpParams(p: TcpParams): void {
  finite('clonogens', p.clonogens, 0);
  finite('alphaRefPerGy', p.alphaRefPerGy, 0, Infinity, true);
  finite('sigmaAlphaPerGy', p.sigmaAlphaPerGy, 0);
  finite('kickoffDays', p.kickoffDays, 0);
  finite('doublingDays', p.doublingDays, 0, Infinity, true);
  finite('cisplatinBedGy', p.cisplatinBedGy, 0);
}

/** Poisson TCP of N clonogens each surviving with probability S: exp(−N·S). */
export function poissonTcp(clonogens: number, survival: number): number {
  return Math.exp(-clonogens * survival);
}

/** ln of the repopulation factor: ln 2 · max(0, T − T_k) / T_d. */
export function lnRepopulation(ottDays: number, kickoffDays: number, doublingDays: number): number {
  return (Math.LN2 * Math.max(0, ottDays - kickoffDays)) / doublingDays;
}

/** Overall treatment time of a list of fractions (days, last − first). */
export function fractionsOtt(fr: readonly FractionRadiobiology[]): number {
  if (fr.length === 0) return 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const f of fr) {
    if (f.dayOfCourse < lo) lo = f.dayOfCourse;
    if (f.dayOfCourse > hi) hi = f.dayOfCourse;
  }
  return hi - lo;
}

/** Runs of identical fractions (same dose, same compartment values) folded into one term with a count. */
interface Group {
  n: number;
  d: number;
  f: number[];
  /** ln f_c (−Infinity for an empty compartment) */
  lnf: number[];
  a: number[];
  b: number[];
}

function sameFraction(x: FractionRadiobiology, y: FractionRadiobiology): boolean {
  if (x.doseGy !== y.doseGy) return false;
  if (x.compartments === y.compartments) return true;
  if (x.compartments.length !== y.compartments.length) return false;
  for (let i = 0; i < x.compartments.length; i++) {
    const p = x.compartments[i];
    const q = y.compartments[i];
    if (p.fraction !== q.fraction || p.alphaPerGy !== q.alphaPerGy || p.betaPerGy2 !== q.betaPerGy2) return false;
  }
  return true;
}

function groupFractions(fr: readonly FractionRadiobiology[]): Group[] {
  const out: Group[] = [];
  let last: FractionRadiobiology | null = null;
  for (const f of fr) {
    finite('doseGy', f.doseGy, 0, 100);
    if (last !== null && sameFraction(last, f)) {
      out[out.length - 1].n++;
      continue;
    }
    const c = f.compartments;
    if (c.length === 0) throw new RangeError('compartments: a fraction needs at least one compartment');
    const g: Group = { n: 1, d: f.doseGy, f: [], lnf: [], a: [], b: [] };
    let sum = 0;
    for (let i = 0; i < c.length; i++) {
      finite('compartment fraction', c[i].fraction, 0, 1);
      finite('compartment alphaPerGy', c[i].alphaPerGy, 0);
      finite('compartment betaPerGy2', c[i].betaPerGy2, 0);
      g.f[i] = c[i].fraction;
      g.lnf[i] = Math.log(c[i].fraction);
      g.a[i] = c[i].alphaPerGy;
      g.b[i] = c[i].betaPerGy2;
      sum += c[i].fraction;
    }
    if (Math.abs(sum - 1) > 1e-6) throw new RangeError(`compartments: fractions must sum to 1, got ${sum}`);
    out.push(g);
    last = f;
  }
  return out;
}

/**
 * ln S of the course for a patient whose α is s·ᾱ: Σ_fractions ln Σ_c f_c exp(−s·α_c d − β_c d²) (the compartment mix
 * is restored between fractions: full reoxygenation, as the radiosensitization chain assumes), log-sum-exp per fraction.
 */
function lnSurvivalGroups(groups: readonly Group[], s: number): number {
  let total = 0;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    const d = g.d;
    const d2 = d * d;
    const m = g.f.length;
    if (m === 1) {
      total += g.n * (g.lnf[0] - (s * g.a[0] * d + g.b[0] * d2));
      continue;
    }
    if (m === 2 && g.f[0] > 0 && g.f[1] > 0) {
      // two populated compartments: exp(max − max) = 1 exactly, so the sum is 1 + exp(min − max) (the same bits as the loop below)
      const e0 = g.lnf[0] - (s * g.a[0] * d + g.b[0] * d2);
      const e1 = g.lnf[1] - (s * g.a[1] * d + g.b[1] * d2);
      const max = e0 > e1 ? e0 : e1;
      total += g.n * (max + Math.log(1 + Math.exp((e0 > e1 ? e1 : e0) - max)));
      continue;
    }
    // log-sum-exp over compartments (stable for large doses)
    let max = -Infinity;
    for (let i = 0; i < m; i++) {
      const e = g.lnf[i] - (s * g.a[i] * d + g.b[i] * d2);
      if (e > max) max = e;
    }
    let sum = 0;
    for (let i = 0; i < m; i++) if (g.f[i] > 0) sum += Math.exp(g.lnf[i] - (s * g.a[i] * d + g.b[i] * d2) - max);
    total += g.n * (max + Math.log(sum));
  }
  return total;
}

/** ln S of a course (no repopulation, no chemotherapy) for α scale s (default 1: the mean patient). */
export function lnSurvivalCourse(fr: readonly FractionRadiobiology[], s = 1): number {
  return lnSurvivalGroups(groupFractions(fr), s);
}

/** Individual TCP from the radiation-only ln S of the course for α scale s. */
function tcpOfLnS(lnS: number, s: number, lnN0: number, lnR: number, alphaRef: number, bedC: number): number {
  const lnSurv = lnS + lnR - s * alphaRef * bedC;
  const x = lnN0 + lnSurv;
  return x > 700 ? 0 : Math.exp(-Math.exp(x));
}

/** Number of Simpson intervals over ᾱ ± 6σ (even). */
export const SIMPSON_INTERVALS = 64;

/**
 * Tolerance of the skipped quadrature nodes (probability). x = ln(N₀ S R C) never rises with α (each fraction's ln S
 * and the cisplatin kill are non-increasing in α; N₀ and R do not depend on it), so the nodes split into three runs:
 * TCP < ε (x > ln(−ln ε)), counted 0; the transition, evaluated; and from the first node with eˣ ≤ ε on,
 * TCP = exp(−eˣ) ≥ 1 − eˣ ≥ 1 − ε, counted 1. Each node moves by less than ε and the weights sum to the
 * denominator, so the population TCP moves by less than ε against the full Simpson sum (property-tested against a
 * node-by-node reference).
 */
export const TCP_NODE_TOLERANCE = 1e-6;
/** x above which a patient's TCP = exp(−eˣ) < ε */
const X_DEAD = Math.log(-Math.log(TCP_NODE_TOLERANCE));
/** x at or below which a patient's TCP ≥ 1 − eˣ ≥ 1 − ε */
const X_CURED = Math.log(TCP_NODE_TOLERANCE);

/** Simpson nodes over [max(0, ᾱ − 6σ), ᾱ + 6σ]: α scale s = α/ᾱ (NaN where α ≤ 0), weights w (Gaussian × Simpson), their sum. */
interface Quadrature {
  a0: number;
  sd: number;
  s: Float64Array;
  w: Float64Array;
  den: number;
  /** first node with α > 0 */
  first: number;
}

let lastQuadrature: Quadrature | null = null;

/** The nodes of (ᾱ, σ) (the last pair is kept: both arms and every dose point of an outcome share it). */
function simpsonNodes(a0: number, sd: number): Quadrature {
  if (lastQuadrature && lastQuadrature.a0 === a0 && lastQuadrature.sd === sd) return lastQuadrature;
  const nodes = SIMPSON_INTERVALS + 1;
  const lo = Math.max(0, a0 - 6 * sd);
  const hi = a0 + 6 * sd;
  const h = (hi - lo) / SIMPSON_INTERVALS;
  const s = new Float64Array(nodes);
  const w = new Float64Array(nodes);
  let den = 0;
  let first = nodes;
  for (let i = 0; i < nodes; i++) {
    const a = lo + i * h;
    const z = (a - a0) / sd;
    w[i] = (i === 0 || i === SIMPSON_INTERVALS ? 1 : i % 2 === 1 ? 4 : 2) * Math.exp(-0.5 * z * z);
    den += w[i];
    s[i] = a > 0 ? a / a0 : NaN;
    if (a > 0 && first === nodes) first = i;
  }
  return (lastQuadrature = { a0, sd, s, w, den, first });
}

/**
 * Groups flattened for the quadrature: per group [n, m, c₁, k₁, …, c_m, k_m] over its m POPULATED compartments, with
 * c = ln f − β d² and k = α d, so that the group's ln S at α scale s is n · ln Σ_c exp(c − s·k) (log-sum-exp).
 */
function flatten(groups: readonly Group[], into: number[] = []): number[] {
  for (const g of groups) {
    const d2 = g.d * g.d;
    let m = 0;
    const at = into.length;
    into.push(g.n, 0);
    for (let i = 0; i < g.f.length; i++) {
      if (!(g.f[i] > 0)) continue;
      into.push(g.lnf[i] - g.b[i] * d2, g.a[i] * g.d);
      m++;
    }
    into[at + 1] = m;
  }
  return into;
}

/** Σ_groups n · ln Σ_c exp(c − s·k) of a flattened list (the two-compartment case without exp(0)). */
function lnSurvivalFlat(t: Float64Array, s: number): number {
  let total = 0;
  let p = 0;
  const end = t.length;
  while (p < end) {
    const n = t[p];
    const m = t[p + 1];
    p += 2;
    if (m === 2) {
      const e0 = t[p] - s * t[p + 1];
      const e1 = t[p + 2] - s * t[p + 3];
      total += n * (e0 > e1 ? e0 + Math.log1p(Math.exp(e1 - e0)) : e1 + Math.log1p(Math.exp(e0 - e1)));
    } else if (m === 1) {
      total += n * (t[p] - s * t[p + 1]);
    } else {
      let max = -Infinity;
      for (let c = 0; c < m; c++) {
        const e = t[p + 2 * c] - s * t[p + 2 * c + 1];
        if (e > max) max = e;
      }
      let sum = 0;
      for (let c = 0; c < m; c++) sum += Math.exp(t[p + 2 * c] - s * t[p + 2 * c + 1] - max);
      total += n * (max + Math.log(sum));
    }
    p += 2 * m;
  }
  return total;
}

/**
 * What x = ln(N₀ S R C) of a node needs: x(s) = offset + fixed(s) + lnSurvivalFlat(terms, s) − s·kill, where
 * fixed(s) = lnSurvivalFlat(fixedTerms, s) is kept per node in `fixedAt` (NaN = not yet) across calls (dose–response:
 * the fractions whose dose does not move).
 */
interface NodeSum {
  offset: number;
  kill: number;
  terms: Float64Array;
  fixedTerms: Float64Array | null;
  fixedAt: Float64Array | null;
}

/** x per node of the current sum (NaN = not evaluated yet). */
const xScratch = new Float64Array(SIMPSON_INTERVALS + 1);

function xAt(q: Quadrature, e: NodeSum, i: number): number {
  let v = xScratch[i];
  if (v === v) return v;
  const s = q.s[i];
  let fixed = 0;
  if (e.fixedAt && e.fixedTerms) {
    fixed = e.fixedAt[i];
    if (fixed !== fixed) e.fixedAt[i] = fixed = lnSurvivalFlat(e.fixedTerms, s);
  }
  v = e.offset + (fixed + lnSurvivalFlat(e.terms, s) - s * e.kill);
  xScratch[i] = v;
  return v;
}

/** First node of the last windowedSum (its caller may pass it as the next call's hint). */
let lastStart = 0;

/**
 * Σ_nodes w · TCP(x) over the nodes with α > 0, x non-increasing in the node (TCP_NODE_TOLERANCE): the first node with
 * x ≤ ln(−ln ε) is found by a safeguarded secant search or,
 * with a hint (the previous dose point's first node), by stepping from it; the nodes from there are evaluated up to the
 * first with x ≤ ln ε, and every later node counts w · 1.
 */
function windowedSum(q: Quadrature, e: NodeSum, hint = -1): number {
  const n = q.s.length;
  xScratch.fill(NaN);
  let lo = q.first;
  let hi = n - 1;
  if (lo > hi) return 0;
  let start = -1;
  if (hint >= lo && hint <= hi) {
    // step from the hint while the bracket is one node wide: usually the window moved by a node or none
    if (xAt(q, e, hint) <= X_DEAD) {
      hi = hint;
      let i = hint;
      while (i > lo && i > hint - 3 && xAt(q, e, i - 1) <= X_DEAD) i--;
      if (i === lo || xAt(q, e, i - 1) > X_DEAD) start = i;
      else hi = i - 1;
    } else {
      lo = hint;
      let i = hint;
      while (i < hi && i < hint + 3 && xAt(q, e, i + 1) > X_DEAD) i++;
      if (i < hi && xAt(q, e, i + 1) <= X_DEAD) start = i + 1;
      else lo = i;
    }
  }
  if (start < 0) {
    const xh = xAt(q, e, hi);
    if (xh > X_DEAD) {
      // every patient has TCP < ε
      lastStart = n;
      return 0;
    }
    const xl = xAt(q, e, lo);
    if (xl <= X_DEAD) hi = lo;
    // secant through the last two probes (x is convex in α and nearly linear: two or three probes), bisection when a
    // probe does not halve the bracket twice in a row; invariant x(lo) > X_DEAD ≥ x(hi)
    let pa = lo;
    let xa = xl;
    let pb = hi;
    let xb = xh;
    let slow = 0;
    while (hi - lo > 1) {
      let g = slow >= 2 || !(xa !== xb) ? (lo + hi) >> 1 : Math.floor(pb + ((X_DEAD - xb) * (pa - pb)) / (xa - xb));
      if (!(g > lo)) g = lo + 1;
      else if (g >= hi) g = hi - 1;
      const width = hi - lo;
      const xg = xAt(q, e, g);
      if (xg > X_DEAD) lo = g;
      else hi = g;
      pa = pb;
      xa = xb;
      pb = g;
      xb = xg;
      slow = 2 * (hi - lo) > width ? slow + 1 : 0;
    }
    start = hi;
  }
  lastStart = start;
  let num = 0;
  for (let i = start; i < n; i++) {
    const x = xAt(q, e, i);
    if (x <= X_CURED) {
      for (let j = i; j < n; j++) num += q.w[j];
      break;
    }
    num += q.w[i] * Math.exp(-Math.exp(x));
  }
  return num;
}

export interface TcpResult {
  /** population TCP (Webb–Nahum), = individual TCP when σ_α = 0 */
  tcp: number;
  /** TCP of the mean patient (α = ᾱ) */
  tcpMeanPatient: number;
  /** ln S of the mean patient's course, radiation only */
  lnSurvival: number;
  /** ln of the repopulation factor */
  lnRepopulation: number;
  /** ln of the cisplatin cell-kill factor for the mean patient (−ᾱ·BED_c) */
  lnChemo: number;
  ottDays: number;
}

/**
 * Population TCP (Webb & Nahum, Phys Med Biol 1993): TCP_pop = ∫ TCP(α) g(α) dα with g Gaussian (ᾱ, σ_α) truncated at
 * α > 0 and renormalised; composite Simpson over [max(0, ᾱ − 6σ), ᾱ + 6σ]. TCP(α) = exp(−N₀ S(α) R C(α)). Only the
 * nodes between "TCP < ε" and "TCP > 1 − ε" evaluate ln S (TCP_NODE_TOLERANCE: within ε of the full Simpson sum).
 */
export function populationTcp(fr: readonly FractionRadiobiology[], p: TcpParams): TcpResult {
  checkTcpParams(p);
  const groups = groupFractions(fr);
  const ott = fractionsOtt(fr);
  const lnR = lnRepopulation(ott, p.kickoffDays, p.doublingDays);
  const lnN0 = p.clonogens > 0 ? Math.log(p.clonogens) : -Infinity;
  const a0 = p.alphaRefPerGy;
  const lnS = lnSurvivalGroups(groups, 1);
  const mean = p.clonogens > 0 ? tcpOfLnS(lnS, 1, lnN0, lnR, a0, p.cisplatinBedGy) : 1;
  const base = { tcpMeanPatient: mean, lnSurvival: lnS, lnRepopulation: lnR, lnChemo: -a0 * p.cisplatinBedGy, ottDays: ott };
  const sd = p.sigmaAlphaPerGy;
  if (sd === 0 || p.clonogens === 0) return { tcp: mean, ...base };
  const q = simpsonNodes(a0, sd);
  const num = windowedSum(q, { offset: lnN0 + lnR, kill: a0 * p.cisplatinBedGy, terms: Float64Array.from(flatten(groups)), fixedTerms: null, fixedAt: null });
  const tcp = Math.min(1, Math.max(0, num / q.den));
  return { tcp, ...base };
}

function sameCompartments(x: readonly TcpCompartment[], y: readonly TcpCompartment[]): boolean {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const p = x[i];
    const q = y[i];
    if (p.fraction !== q.fraction || p.alphaPerGy !== q.alphaPerGy || p.betaPerGy2 !== q.betaPerGy2) return false;
  }
  return true;
}

/**
 * Terms of lnSurvivalFlat for the fractions i of `base` with keep[i] === want at the given doses: runs of identical
 * consecutive fractions (same dose, same compartment values) folded into one group with a count, as groupFractions
 * folds them (compartment values are checked by the caller, doses here).
 */
function flattenAtDoses(base: readonly FractionRadiobiology[], doses: readonly number[], keep: Uint8Array, want: number): Float64Array {
  const out: number[] = [];
  let prev = -1;
  let at = -1;
  for (let i = 0; i < base.length; i++) {
    if (keep[i] !== want) continue;
    const d = doses[i];
    finite('doseGy', d, 0, 100);
    if (prev >= 0 && d === doses[prev] && sameCompartments(base[prev].compartments, base[i].compartments)) {
      out[at]++;
      continue;
    }
    at = out.length;
    out.push(1, 0);
    let m = 0;
    for (const c of base[i].compartments) {
      if (!(c.fraction > 0)) continue;
      out.push(Math.log(c.fraction) - c.betaPerGy2 * d * d, c.alphaPerGy * d);
      m++;
    }
    out[at + 1] = m;
    prev = i;
  }
  return Float64Array.from(out);
}

/**
 * Population TCP of one calendar's fractions at several dose sets (a dose–response curve: `doseLists[j][i]` is the
 * dose of fraction i at point j; days and compartments from `base`). A fraction is "fixed" at a point where its dose
 * equals its dose at the last point (the external beam when only the boost is scaled); the points sharing one set of
 * fixed fractions share its ln S per quadrature node, and each point adds the ln S of its other fractions. Runs of
 * identical fractions fold as in populationTcp. Each value equals populationTcp(base with those doses, p).tcp up to
 * round-off in the order of the additions (tested).
 */
export function populationTcpOverDoses(base: readonly FractionRadiobiology[], doseLists: readonly (readonly number[])[], p: TcpParams): number[] {
  checkTcpParams(p);
  for (const doses of doseLists) if (doses.length !== base.length) throw new RangeError(`doses: one per fraction expected (${base.length}), got ${doses.length}`);
  const list = (doses: readonly number[]) => base.map((f, i) => ({ doseGy: doses[i], dayOfCourse: f.dayOfCourse, compartments: f.compartments }));
  const sd = p.sigmaAlphaPerGy;
  if (sd === 0 || p.clonogens === 0 || base.length === 0 || doseLists.length === 0) return doseLists.map((d) => populationTcp(list(d), p).tcp);
  // compartment values checked once (groupFractions throws naming the field); doses per point in flattenAtDoses
  groupFractions(list(doseLists[0]));
  const a0 = p.alphaRefPerGy;
  const q = simpsonNodes(a0, sd);
  const ref = doseLists[doseLists.length - 1];
  const shared: { mask: Uint8Array; fixedTerms: Float64Array; fixedAt: Float64Array }[] = [];
  const offset = Math.log(p.clonogens) + lnRepopulation(fractionsOtt(base), p.kickoffDays, p.doublingDays);
  const kill = a0 * p.cisplatinBedGy;
  const fixed = new Uint8Array(base.length);
  const out: number[] = [];
  let hint = -1;
  for (const doses of doseLists) {
    for (let i = 0; i < base.length; i++) fixed[i] = doses[i] === ref[i] ? 1 : 0;
    let fx = shared.find((x) => x.mask.every((v, i) => v === fixed[i]));
    if (!fx) shared.push((fx = { mask: fixed.slice(), fixedTerms: flattenAtDoses(base, doses, fixed, 1), fixedAt: new Float64Array(q.s.length).fill(NaN) }));
    const e: NodeSum = { offset, kill, terms: flattenAtDoses(base, doses, fixed, 0), fixedTerms: fx.fixedTerms, fixedAt: fx.fixedAt };
    out.push(Math.min(1, Math.max(0, windowedSum(q, e, hint) / q.den)));
    hint = lastStart;
  }
  return out;
}
