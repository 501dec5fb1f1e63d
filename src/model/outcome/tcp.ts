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
const SIMPSON_INTERVALS = 64;

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
 * α > 0 and renormalised; composite Simpson over [max(0, ᾱ − 6σ), ᾱ + 6σ]. TCP(α) = exp(−N₀ S(α) R C(α)).
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
  const lo = Math.max(0, a0 - 6 * sd);
  const hi = a0 + 6 * sd;
  const h = (hi - lo) / SIMPSON_INTERVALS;
  let num = 0;
  let den = 0;
  // x = ln(N₀ S R C) falls as α rises (every term is non-increasing in the α scale s): once a patient is cured to the
  // last bit (TCP exactly 1) with x far below the threshold (e^x < 4e-18), every larger α is too — those nodes add w · 1
  // without evaluating ln S (the same sum, the same bits)
  let cured = false;
  for (let i = 0; i <= SIMPSON_INTERVALS; i++) {
    const a = lo + i * h;
    const z = (a - a0) / sd;
    const w = (i === 0 || i === SIMPSON_INTERVALS ? 1 : i % 2 === 1 ? 4 : 2) * Math.exp(-0.5 * z * z);
    den += w;
    if (!(a > 0)) continue;
    if (cured) {
      num += w * 1;
      continue;
    }
    const s = a / a0;
    const x = lnN0 + (lnSurvivalGroups(groups, s) + lnR - s * a0 * p.cisplatinBedGy);
    const t = x > 700 ? 0 : Math.exp(-Math.exp(x));
    if (t === 1 && x < -40) cured = true;
    num += w * t;
  }
  const tcp = Math.min(1, Math.max(0, num / den));
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
 * Population TCP of one calendar's fractions at several dose sets (a dose–response curve: `doseLists[j][i]` is the
 * dose of fraction i at point j; days and compartments from `base`). ln S of one fraction of a (compartments, dose)
 * pair at every quadrature node is computed once and reused wherever that pair recurs (the external beam when only the
 * boost is scaled); each point sums n · ln S over its runs of identical fractions in calendar order, as populationTcp
 * does — each value equals populationTcp(base with those doses, p).tcp to the last bit (tested).
 */
export function populationTcpOverDoses(base: readonly FractionRadiobiology[], doseLists: readonly (readonly number[])[], p: TcpParams): number[] {
  checkTcpParams(p);
  const list = (doses: readonly number[]) => base.map((f, i) => ({ doseGy: doses[i], dayOfCourse: f.dayOfCourse, compartments: f.compartments }));
  const sd = p.sigmaAlphaPerGy;
  if (sd === 0 || p.clonogens === 0 || base.length === 0) return doseLists.map((d) => populationTcp(list(d), p).tcp);
  const a0 = p.alphaRefPerGy;
  const lnN0 = Math.log(p.clonogens);
  const lnR = lnRepopulation(fractionsOtt(base), p.kickoffDays, p.doublingDays);
  const lo = Math.max(0, a0 - 6 * sd);
  const hi = a0 + 6 * sd;
  const h = (hi - lo) / SIMPSON_INTERVALS;
  const nodes = SIMPSON_INTERVALS + 1;
  const sNode = new Float64Array(nodes);
  const wNode = new Float64Array(nodes);
  let den = 0;
  for (let i = 0; i < nodes; i++) {
    const a = lo + i * h;
    const z = (a - a0) / sd;
    const w = (i === 0 || i === SIMPSON_INTERVALS ? 1 : i % 2 === 1 ? 4 : 2) * Math.exp(-0.5 * z * z);
    wNode[i] = w;
    den += w;
    sNode[i] = a > 0 ? a / a0 : NaN;
  }
  // compartments array → dose → ln S of ONE such fraction at each node, computed when a node first needs it (NaN = not yet)
  const cache = new Map<readonly TcpCompartment[], Map<number, { g: Group[]; v: Float64Array }>>();
  const vectorOf = (comps: readonly TcpCompartment[], d: number): { g: Group[]; v: Float64Array } => {
    let byDose = cache.get(comps);
    if (!byDose) cache.set(comps, (byDose = new Map()));
    let e = byDose.get(d);
    if (!e) {
      // groupFractions checks the pair (dose range, compartment values) once
      e = { g: groupFractions([{ doseGy: d, dayOfCourse: 0, compartments: comps }]), v: new Float64Array(nodes).fill(NaN) };
      byDose.set(d, e);
    }
    return e;
  };
  const terms: { g: Group[]; v: Float64Array }[] = [];
  const counts: number[] = [];
  return doseLists.map((doses) => {
    if (doses.length !== base.length) throw new RangeError(`doses: one per fraction expected (${base.length}), got ${doses.length}`);
    // runs of identical consecutive fractions (same dose, same compartment values), as groupFractions folds them
    terms.length = 0;
    counts.length = 0;
    let prev = -1;
    for (let i = 0; i < base.length; i++) {
      if (prev >= 0 && doses[i] === doses[prev] && sameCompartments(base[prev].compartments, base[i].compartments)) {
        counts[counts.length - 1]++;
        continue;
      }
      terms.push(vectorOf(base[i].compartments, doses[i]));
      counts.push(1);
      prev = i;
    }
    // the Simpson sum of populationTcp, node by node: ln S = Σ runs n · ln S_run in calendar order (the same additions),
    // and past the first patient cured to the last bit every larger α adds w · 1 (as populationTcp)
    let num = 0;
    let cured = false;
    for (let i = 0; i < nodes; i++) {
      const s = sNode[i];
      if (!(s > 0)) continue;
      if (cured) {
        num += wNode[i] * 1;
        continue;
      }
      let total = 0;
      for (let k = 0; k < terms.length; k++) {
        const e = terms[k];
        let v = e.v[i];
        if (v !== v) e.v[i] = v = lnSurvivalGroups(e.g, s);
        total += counts[k] * v;
      }
      const x = lnN0 + (total + lnR - s * a0 * p.cisplatinBedGy);
      const t = x > 700 ? 0 : Math.exp(-Math.exp(x));
      if (t === 1 && x < -40) cured = true;
      num += wNode[i] * t;
    }
    return Math.min(1, Math.max(0, num / den));
  });
}
