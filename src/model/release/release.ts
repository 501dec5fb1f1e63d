// M2 outputs: release curves at pH 7.4 / 6.5 / 5.0 (0–72 h), release at 24 h, t50 by bisection, selectivity, premature leakage; per payload and mass-weighted over drug payloads.
import type { AgentProps, CoreProps, LoadingMode, Medium } from '../entities';
import { paramRow, type Explanation } from '../param';
import type { PayloadRelease, PhKey, ReleaseCurve, Warning } from '../scores';
import { pkp } from '../pk/params';
import { fractionAndSlope, fractionWithRates, makeReleaseContext, RELEASE_PARAMS, releaseRates, type ReleaseContext, type ReleaseRates } from './kinetics';

/** The three media of the Scores JSON: blood, tumour interstitium, endolysosome. */
export const RELEASE_PH: readonly { key: PhKey; pH: number }[] = [
  { key: '7.4', pH: 7.4 },
  { key: '6.5', pH: 6.5 },
  { key: '5.0', pH: 5.0 },
];
export const CURVE_END_H = 72;
/** 49 points, 0 to 72 h every 1.5 h (includes 24 h). */
export const CURVE_STEPS = 48;
/** Tolerance of the t50 bisection (h). */
export const T50_TOLERANCE_H = 1e-6;

export interface ReleasePayloadInput {
  agent: AgentProps;
  mode: LoadingMode;
  /** Loaded mass per carrier mass (M1 q); the weight in aggregated curves. */
  loadedMgPerMgCarrier: number;
}

export interface ReleaseInput {
  core: CoreProps;
  /** Core diameter (nm). */
  diameterNm: number;
  /** Membrane coverage c from M0. */
  membraneCoverage: number;
  medium: Medium;
  temperatureC: number;
  payloads: readonly ReleasePayloadInput[];
  /** Circulation half-life (h) from M3 (shown beside premature leakage; since model 1.2 leakage no longer depends on it). */
  circulationHalfLifeH: number;
  overrides?: Record<string, number>;
  /** Build explanations (default true). */
  explain?: boolean;
  /** Build the 49-point curves (default true; sweeps that only need the summary numbers can skip them). */
  curves?: boolean;
  /** Solve t50 (default true); false leaves every t50h null (Monte Carlo draws read only the 24 h values and leakage). */
  t50?: boolean;
  /**
   * Per payload, the in-blood release that replaces M2's serum release for premature leakage (#27: a micelle's
   * stability in blood, M3.micelle-stability); null or absent = M2's F_blood. Given M2's F_blood and the blood context.
   */
  bloodRelease?: readonly (((m2: (tH: number) => number, blood: ReleaseContext) => (tH: number) => number) | null)[];
}

export interface PayloadReleaseResult extends PayloadRelease {
  mode: LoadingMode;
  /** true for element payloads (e.g. bismuth): reported here but left out of the drug aggregates. */
  element: boolean;
  /** Premature leakage: F in serum at 37 °C, pH 7.4, over the fixed window pk.leakageWindowH (24 h), %. */
  prematureLeakagePct: number;
}

export interface ReleaseResult {
  /** false when there is no payload: the curves then show the carrier's own dissolution (F_e) and scoring should treat release as n/a. */
  applicable: boolean;
  /** Which payloads the aggregates are weighted over. */
  aggregateOver: 'drugs' | 'elements' | 'carrier';
  curves: ReleaseCurve[];
  releasedAt24hPct: Record<PhKey, number>;
  t50h: Record<PhKey, number | null>;
  selectivityIndex: number | null;
  byPayload: PayloadReleaseResult[];
  prematureLeakagePct: number;
  explanations: Explanation[];
  warnings: Warning[];
  /** Per payload: the M2 context at the input's temperature and medium, and its rates at RELEASE_PH (7.4, 6.5, 5.0), for reuse downstream. */
  contexts: ReleaseContext[];
  rates: ReleaseRates[][];
  /** Per payload: the in-blood context (serum, 37 °C, whatever the release view's medium and temperature) and its rates at pH 7.4. */
  bloodContexts: ReleaseContext[];
  bloodRates74: ReleaseRates[];
}

/** The in-blood medium and temperature (M3.t: blood is serum at 37 °C). */
export const BLOOD_MEDIUM: Medium = 'serum';
export const BLOOD_TEMPERATURE_C = 37;

/** A released-fraction function of time at one pH. */
type FOfT = (tH: number) => number;

/** Something that gives F(t) at the k-th pH of RELEASE_PH (one payload, or a mass-weighted mixture of payloads). */
interface Evaluator {
  at(k: number, tH: number): number;
  /** F and dF/dt into out[0], out[1], when the evaluator knows its slope (Newton's t50); absent → bracketing only. */
  atSlope?(k: number, tH: number, out: Float64Array): void;
}

const SLOPE_SCRATCH = new Float64Array(2);

/**
 * Mass-weighted mixture of payload release curves, F(t) = Σ w_i F_i(t) with rates precomputed per pH.
 * One class for one or several payloads keeps the hot call sites monomorphic.
 */
class Mixture implements Evaluator {
  constructor(
    private readonly ctxs: readonly ReleaseContext[],
    /** rates[i][k]: payload i at RELEASE_PH[k]. */
    private readonly rates: readonly (readonly ReleaseRates[])[],
    private readonly w: readonly number[],
  ) {}
  at(k: number, tH: number): number {
    let F = 0;
    for (let i = 0; i < this.ctxs.length; i++) F += this.w[i] * fractionWithRates(tH, this.rates[i][k], this.ctxs[i]);
    return F;
  }
  atSlope(k: number, tH: number, out: Float64Array): void {
    let F = 0;
    let dF = 0;
    for (let i = 0; i < this.ctxs.length; i++) {
      fractionAndSlope(tH, this.rates[i][k], this.ctxs[i], SLOPE_SCRATCH);
      F += this.w[i] * SLOPE_SCRATCH[0];
      dF += this.w[i] * SLOPE_SCRATCH[1];
    }
    out[0] = F;
    out[1] = dF;
  }
}

/** One payload: F(t) at RELEASE_PH[k] from its precomputed rates (the same numbers as a one-payload Mixture of weight 1). */
class Single implements Evaluator {
  constructor(
    private readonly ctx: ReleaseContext,
    private readonly rates: readonly ReleaseRates[],
  ) {}
  at(k: number, tH: number): number {
    return fractionWithRates(tH, this.rates[k], this.ctx);
  }
  atSlope(k: number, tH: number, out: Float64Array): void {
    fractionAndSlope(tH, this.rates[k], this.ctx, out);
  }
  /**
   * The three curves in one pass over time: per point the arithmetic of fractionWithRates, with the burst term (the same
   * at every pH) computed once per time point.
   */
  curves(): ReleaseCurve[] {
    const ctx = this.ctx;
    const n = CURVE_STEPS + 1;
    const p74: [number, number][] = new Array(n);
    const p65: [number, number][] = new Array(n);
    const p50: [number, number][] = new Array(n);
    const r0 = this.rates[0];
    const r1 = this.rates[1];
    const r2 = this.rates[2];
    const fb = ctx.burstFraction;
    const r = ctx.radiusNm;
    for (let i = 0; i < n; i++) {
      const t = (CURVE_END_H * i) / CURVE_STEPS;
      if (ctx.free || !(t > 0)) {
        const v = ctx.free ? 1 : 0;
        p74[i] = [t, v];
        p65[i] = [t, v];
        p50[i] = [t, v];
        continue;
      }
      const burst = fb > 0 ? fb * (1 - Math.exp(-ctx.kbPerH * t)) : 0;
      p74[i] = [t, fractionAfterBurst(t, r0, r, fb, burst, ctx.coordinatedFraction)];
      p65[i] = [t, fractionAfterBurst(t, r1, r, fb, burst, ctx.coordinatedFraction)];
      p50[i] = [t, fractionAfterBurst(t, r2, r, fb, burst, ctx.coordinatedFraction)];
    }
    return [
      { pH: 7.4, points: p74 },
      { pH: 6.5, points: p65 },
      { pH: 5.0, points: p50 },
    ];
  }
}

/** fractionWithRates for t > 0 and a non-free context, given its burst term (the same expressions, so the same numbers). */
function fractionAfterBurst(tH: number, rates: ReleaseRates, radiusNm: number, fb: number, burst: number, phi: number): number {
  const x = (rates.vNmPerH * tH) / radiusNm;
  const fe = x >= 1 ? 1 : 1 - (1 - x) * (1 - x) * (1 - x);
  const remainD = Math.exp(-rates.kdPerH * tH);
  const F = burst + (1 - fb) * (phi === 0 ? 1 - remainD * (1 - fe) : fe + (1 - phi) * (1 - remainD) * (1 - fe));
  return F < 0 ? 0 : F > 1 ? 1 : F;
}

class FunctionEvaluator implements Evaluator {
  constructor(private readonly F: FOfT) {}
  at(_k: number, tH: number): number {
    return this.F(tH);
  }
}

/**
 * Earliest t in [0, tEnd] with F(t) = 0.5 for a non-decreasing F: a bracketing root search on [0, tEnd]
 * (Illinois false position — the bracket always contains the root — with a bisection step every fourth iteration as a
 * safeguard), stopped when the bracket is narrower than `tol` or |F − 0.5| < 1e-12.
 * Returns 0 if F(0) ≥ 0.5 and null if F(tEnd) < 0.5 (not reached).
 */
export function halfTime(F: FOfT, tEnd = CURVE_END_H, tol = T50_TOLERANCE_H): number | null {
  return halfTimeAt(new FunctionEvaluator(F), 0, tEnd, tol, NaN, NaN);
}

/** (midT, midF) = a known point F(midT) = midF inside (0, tEnd) (the 24 h value) that narrows the first bracket; NaN = none. */
function halfTimeAt(e: Evaluator, k: number, tEnd: number, tol: number, midT: number, midF: number): number | null {
  const f0 = e.at(k, 0) - 0.5;
  if (f0 >= 0) return 0;
  let lo = 0;
  let flo = f0;
  let hi = tEnd;
  let fhi: number;
  const hasMid = midT > 0 && midT < tEnd;
  if (hasMid && midF - 0.5 >= 0) {
    hi = midT;
    fhi = midF - 0.5;
  } else {
    fhi = e.at(k, tEnd) - 0.5;
    if (fhi < 0) return null;
    if (hasMid) {
      lo = midT;
      flo = midF - 0.5;
    }
  }
  if (e.atSlope) return newtonHalfTime(e, k, lo, flo, hi, fhi, tol);
  let side = 0;
  for (let it = 1; it <= 200 && hi - lo > tol; it++) {
    let t = it % 4 === 0 ? 0.5 * (lo + hi) : lo - (flo * (hi - lo)) / (fhi - flo);
    if (!(t > lo && t < hi)) t = 0.5 * (lo + hi);
    const ft = e.at(k, t) - 0.5;
    if (Math.abs(ft) < 1e-12) return t;
    if (ft > 0) {
      hi = t;
      fhi = ft;
      if (side === -1) flo *= 0.5;
      side = -1;
    } else {
      lo = t;
      flo = ft;
      if (side === 1) fhi *= 0.5;
      side = 1;
    }
  }
  return 0.5 * (lo + hi);
}

const NEWTON_BUF = new Float64Array(2);

/**
 * t50 inside a bracket [lo, hi] (F(lo) < 0.5 ≤ F(hi)) by Newton on F(t) − 0.5 with the analytic slope, starting from the
 * false-position point; a step that leaves the bracket (or a flat F) is replaced by bisection. Stops when a Newton step is
 * below 1e-10·(1 + t) h (quadratic convergence: the error is far smaller), |F − 0.5| < 1e-13, or the bracket is narrower
 * than `tol`. F is C¹ (the erosion term ends with zero slope), so Newton converges.
 */
function newtonHalfTime(e: Evaluator, k: number, lo: number, flo: number, hi: number, fhi: number, tol: number): number {
  const buf = NEWTON_BUF;
  let t = lo - (flo * (hi - lo)) / (fhi - flo);
  if (!(t > lo && t < hi)) t = 0.5 * (lo + hi);
  for (let it = 0; it < 200; it++) {
    e.atSlope!(k, t, buf);
    const g = buf[0] - 0.5;
    if (Math.abs(g) < 1e-13) return t;
    if (g > 0) hi = t;
    else lo = t;
    const d = buf[1];
    let next = d > 0 ? t - g / d : NaN;
    const newton = next > lo && next < hi;
    if (!newton) next = 0.5 * (lo + hi);
    const step = Math.abs(next - t);
    t = next;
    if ((newton && step <= 1e-10 * (1 + t)) || hi - lo <= tol * 1e-3) return t;
  }
  return t;
}

function curvePoints(e: Evaluator, k: number): [number, number][] {
  const pts: [number, number][] = new Array(CURVE_STEPS + 1);
  for (let i = 0; i <= CURVE_STEPS; i++) {
    const t = (CURVE_END_H * i) / CURVE_STEPS;
    pts[i] = [t, e.at(k, t)];
  }
  return pts;
}

interface Summary {
  curves: ReleaseCurve[];
  releasedAt24hPct: Record<PhKey, number>;
  t50h: Record<PhKey, number | null>;
  selectivityIndex: number | null;
}

function summarize(e: Evaluator, withCurves: boolean, withT50 = true): Summary {
  // RELEASE_PH order: 7.4, 6.5, 5.0
  const f74 = e.at(0, 24);
  const f65 = e.at(1, 24);
  const f50 = e.at(2, 24);
  const releasedAt24hPct: Record<PhKey, number> = { '7.4': 100 * f74, '6.5': 100 * f65, '5.0': 100 * f50 };
  const t50h: Record<PhKey, number | null> = withT50
    ? {
        '7.4': halfTimeAt(e, 0, CURVE_END_H, T50_TOLERANCE_H, 24, f74),
        '6.5': halfTimeAt(e, 1, CURVE_END_H, T50_TOLERANCE_H, 24, f65),
        '5.0': halfTimeAt(e, 2, CURVE_END_H, T50_TOLERANCE_H, 24, f50),
      }
    : { '7.4': null, '6.5': null, '5.0': null };
  const curves: ReleaseCurve[] = !withCurves
    ? []
    : e instanceof Single
      ? e.curves()
      : [
          { pH: 7.4, points: curvePoints(e, 0) },
          { pH: 6.5, points: curvePoints(e, 1) },
          { pH: 5.0, points: curvePoints(e, 2) },
        ];
  const r74 = releasedAt24hPct['7.4'];
  return { curves, releasedAt24hPct, t50h, selectivityIndex: r74 > 0 ? releasedAt24hPct['5.0'] / r74 : null };
}

/** M2: release of every payload, and aggregates mass-weighted over the drug payloads (element payloads such as bismuth excluded). */
export function computeRelease(input: ReleaseInput): ReleaseResult {
  const { core, payloads, overrides } = input;
  const explain = input.explain !== false;
  const withCurves = input.curves !== false;
  const withT50 = input.t50 !== false;
  const warnings: Warning[] = [];
  const explanations: Explanation[] = [];
  const tHalf = input.circulationHalfLifeH;
  if (!(tHalf >= 0) || !Number.isFinite(tHalf)) throw new Error(`release: circulationHalfLifeH must be a finite number ≥ 0 (got ${tHalf})`);

  const ctxs: ReleaseContext[] = new Array(payloads.length);
  // rates[i][k]: payload i at RELEASE_PH[k]
  const rates: ReleaseRates[][] = new Array(payloads.length);
  for (let i = 0; i < payloads.length; i++) {
    const ctx = makeReleaseContext({ core, diameterNm: input.diameterNm, membraneCoverage: input.membraneCoverage, medium: input.medium, temperatureC: input.temperatureC, overrides, agent: payloads[i].agent, mode: payloads[i].mode });
    ctxs[i] = ctx;
    rates[i] = [releaseRates(7.4, ctx), releaseRates(6.5, ctx), releaseRates(5.0, ctx)];
  }
  // In blood the carrier always sits in serum at 37 °C (a thermosensitive liposome leaks at 37 °C in blood and releases
  // only in the heated tumour), whatever medium and temperature the in-vitro release view shows.
  const sameAsBlood = input.medium === BLOOD_MEDIUM && input.temperatureC === BLOOD_TEMPERATURE_C;
  const bloodContexts: ReleaseContext[] = new Array(payloads.length);
  const bloodRates74: ReleaseRates[] = new Array(payloads.length);
  for (let i = 0; i < payloads.length; i++) {
    bloodContexts[i] = sameAsBlood ? ctxs[i] : makeReleaseContext({ core, diameterNm: input.diameterNm, membraneCoverage: input.membraneCoverage, medium: BLOOD_MEDIUM, temperatureC: BLOOD_TEMPERATURE_C, overrides, agent: payloads[i].agent, mode: payloads[i].mode });
    bloodRates74[i] = sameAsBlood ? rates[i][0] : releaseRates(7.4, bloodContexts[i]);
  }
  const window = pkp('pk.leakageWindowH', overrides);

  const byPayload: PayloadReleaseResult[] = new Array(payloads.length);
  for (let i = 0; i < payloads.length; i++) {
    const p = payloads[i];
    const ctx = ctxs[i];
    const s = summarize(new Single(ctx, rates[i]), withCurves, withT50);
    byPayload[i] = {
      agent: p.agent.id,
      mode: p.mode,
      element: p.agent.kind === 'element',
      curves: s.curves,
      releasedAt24hPct: s.releasedAt24hPct,
      t50h: s.t50h,
      selectivityIndex: s.selectivityIndex,
      prematureLeakagePct: 100 * bloodFractionAt(window, i, input, bloodRates74[i], bloodContexts[i]),
    };
  }

  // Aggregation weights: drug payloads by loaded mass; if none, element payloads; if no payload, the carrier's own dissolution.
  let idx: number[] = [];
  for (let i = 0; i < payloads.length; i++) if (payloads[i].agent.kind !== 'element') idx.push(i);
  let aggregateOver: ReleaseResult['aggregateOver'] = 'drugs';
  if (idx.length === 0 && payloads.length > 0) {
    idx = payloads.map((_, i) => i);
    aggregateOver = 'elements';
  }
  let agg: Summary;
  let premature: number;
  if (idx.length === 0) {
    aggregateOver = 'carrier';
    // carrier dissolution only: a context with no burst and no leakage (F = F_e)
    const carrierCtx: ReleaseContext = makeReleaseContext({ core, diameterNm: input.diameterNm, membraneCoverage: input.membraneCoverage, medium: input.medium, temperatureC: input.temperatureC, overrides, agent: CARRIER_AGENT, mode: 'one-pot' });
    const carrierBlood: ReleaseContext = makeReleaseContext({ core, diameterNm: input.diameterNm, membraneCoverage: input.membraneCoverage, medium: BLOOD_MEDIUM, temperatureC: BLOOD_TEMPERATURE_C, overrides, agent: CARRIER_AGENT, mode: 'one-pot' });
    carrierBlood.burstFraction = 0;
    carrierBlood.kdPerH = 0;
    carrierBlood.kdHighPerH = null;
    carrierCtx.burstFraction = 0;
    carrierCtx.kdPerH = 0;
    carrierCtx.kdHighPerH = null;
    const cr = [releaseRates(7.4, carrierCtx), releaseRates(6.5, carrierCtx), releaseRates(5.0, carrierCtx)];
    agg = summarize(new Single(carrierCtx, cr), withCurves, withT50);
    premature = 100 * fractionWithRates(window, releaseRates(7.4, carrierBlood), carrierBlood);
  } else {
    if (idx.length === 1) {
      const i = idx[0];
      agg = { curves: byPayload[i].curves, releasedAt24hPct: byPayload[i].releasedAt24hPct, t50h: byPayload[i].t50h, selectivityIndex: byPayload[i].selectivityIndex };
      premature = byPayload[i].prematureLeakagePct;
    } else {
      let wSum = 0;
      for (const i of idx) wSum += Math.max(0, payloads[i].loadedMgPerMgCarrier);
      const w = idx.map((i) => (wSum > 0 ? Math.max(0, payloads[i].loadedMgPerMgCarrier) / wSum : 1 / idx.length));
      const mix = new Mixture(idx.map((i) => ctxs[i]), idx.map((i) => rates[i]), w);
      agg = summarize(mix, withCurves, withT50);
      premature = 0;
      for (let j = 0; j < idx.length; j++) premature += w[j] * byPayload[idx[j]].prematureLeakagePct;
    }
  }

  if (agg.releasedAt24hPct['7.4'] > 50 && aggregateOver === 'drugs' && core.coreClass !== 'free-drug')
    warnings.push({ code: 'release.leaky', message: `More than half of the drug (${agg.releasedAt24hPct['7.4'].toFixed(0)} %) is released within 24 h at pH 7.4.` });
  if (input.membraneCoverage > 0 && input.membraneCoverage < 1)
    warnings.push({ code: 'release.partial-coat', message: `Membrane coverage is incomplete (c = ${input.membraneCoverage.toFixed(2)}): the coat's slow-down at neutral pH is scaled by c.` });

  return {
    applicable: payloads.length > 0,
    aggregateOver,
    curves: agg.curves,
    releasedAt24hPct: agg.releasedAt24hPct,
    t50h: agg.t50h,
    selectivityIndex: agg.selectivityIndex,
    byPayload,
    prematureLeakagePct: premature,
    explanations: explain ? explainRelease(core, ctxs, rates, byPayload, agg, aggregateOver, tHalf, premature, window) : explanations,
    warnings,
    contexts: ctxs,
    rates,
    bloodContexts,
    bloodRates74,
  };
}

/** F_blood(t) of payload i: M2 in serum at 37 °C, pH 7.4, or the caller's in-blood release built on it (#27). */
function bloodFractionAt(tH: number, i: number, input: ReleaseInput, rates: ReleaseRates, blood: ReleaseContext): number {
  const tr = input.bloodRelease?.[i];
  if (!tr) return fractionWithRates(tH, rates, blood);
  return tr((t) => fractionWithRates(t, rates, blood), blood)(tH);
}

/** Stand-in agent for the carrier's own dissolution curve (no payload): typical leakage factor, no size. Not a catalog entry. */
const CARRIER_AGENT: AgentProps = {
  id: 'carrier',
  name: 'carrier material',
  description: 'the carrier itself (dissolution only)',
  kind: 'element',
  formula: null,
  molecularWeightGPerMol: { value: 1, unit: 'g/mol', source: 'not used', provenance: 'assumption' },
  minDimensionNm: { value: 0, unit: 'nm', source: 'not used', provenance: 'assumption' },
  affinityClass: 'weak',
  freeHalfLifeH: { value: 0, unit: 'h', source: 'not used', provenance: 'assumption' },
  freeTumorDeliveryPctID: { value: 0, unit: '%', source: 'not used', provenance: 'assumption' },
  leakageFactor: { value: 1, unit: '1', source: 'not used', provenance: 'assumption' },
};

function explainRelease(
  core: CoreProps,
  ctxs: ReleaseContext[],
  rates: ReleaseRates[][],
  byPayload: PayloadReleaseResult[],
  agg: Summary,
  aggregateOver: ReleaseResult['aggregateOver'],
  tHalf: number,
  premature: number,
  windowH: number,
): Explanation[] {
  const rel = core.release;
  const out: Explanation[] = [];
  if (core.coreClass === 'free-drug') {
    out.push({
      equation: 'M2.free-drug',
      formula: 'F(t) ≡ 1',
      inputs: [],
      params: [],
      note: 'Free drug: nothing is encapsulated, so the whole dose counts as released from t = 0 (selectivity 1, t50 = 0, premature leakage 100 %).',
    });
    return out;
  }
  const common: Explanation['params'] = [
    paramRow('v_ref', rel.vRefNmPerH),
    paramRow('n_H', rel.nH),
    paramRow('k_d (pH 7.4, 37 °C)', rel.kdPerH),
    paramRow('n_D', rel.nD),
    paramRow('k_b', rel.kbPerH),
    paramRow('medium factor (pbs)', rel.mediumFactor.pbs),
    paramRow('medium factor (serum)', rel.mediumFactor.serum),
  ];
  if (ctxs.some((c) => c.barrier > 0)) {
    common.push(paramRow('membrane barrier', RELEASE_PARAMS['release.membraneBarrier'], ctxs[0].barrier / Math.max(ctxs[0].membraneCoverage, 1e-12)));
  }
  if (rel.thermo) common.push(paramRow('k_high', rel.thermo.kdHighPerH), paramRow('T_m', rel.thermo.transitionC), paramRow('w', rel.thermo.widthC));
  if (rel.ionizablePKa) common.push(paramRow('pKa (ionizable lipid)', rel.ionizablePKa));
  for (let i = 0; i < ctxs.length; i++) {
    const ctx = ctxs[i];
    const b = rel.burstFraction[ctx.mode];
    const pr = byPayload[i];
    const r = rates[i];
    const params = common.slice();
    if (b) params.push(paramRow(`F_b (${ctx.mode})`, b));
    params.push({ name: `leakage factor (${ctx.agentId})`, value: ctx.leakageFactor, unit: '1', source: 'agent catalog entry', provenance: 'assumption' });
    const notes = [
      'Membrane coat: full slow-down (1 − 0.5c) at pH ≥ 7.4, none at pH ≤ 5.5, smoothstep s(pH) = 3x² − 2x³ between (x = (pH − 5.5)/1.9).',
      rel.thermo ? `Thermosensitive: k_d(T) = k_low + (k_high − k_low)/(1 + e^(−(T − T_m)/w)) = ${(ctx.kdHighPerH === null ? ctx.kdPerH : ctx.kdPerH + (ctx.kdHighPerH - ctx.kdPerH) * ctx.thermoSigma).toPrecision(3)} h⁻¹ at ${ctx.temperatureC} °C.` : 'Temperature is not modelled for this carrier (rates at 37 °C).',
    ];
    if (ctx.pKa !== null)
      notes.push(`Ionizable lipid: rates scale with the protonated fraction 1/(1 + 10^(pH − pKa)) relative to pH 7.4. "Release" here is disassembly in acidifying endosomes; only ≈ 1–2 % of the cargo actually escapes to the cytosol (recalled, to verify).`);
    if (ctx.vRefNmPerH === 0) notes.push('This carrier does not dissolve (v = 0): release is burst + leakage only.');
    if (ctx.surfaceOnly)
      notes.push(`M2.surface (#27): ${ctx.agentId} is wider than the widest aperture of ${ctx.coreId}, so the post-loaded payload sits on the external surface only (M1 size exclusion): its non-coordinated share desorbs with the burst, F_b' = F_b + (1 − F_b)(1 − φ) = ${ctx.ruleBurstFraction} + ${(1 - ctx.ruleBurstFraction).toFixed(2)} × (1 − φ) = ${ctx.burstFraction.toFixed(3)}, and the coordinated rest leaves only with the framework (no leakage through the windows).`);
    out.push({
      equation: 'M2.release',
      formula: 'F = F_b(1 − e^(−k_b t)) + (1 − F_b)[1 − (1 − F_d)(1 − F_e)]; F_e = 1 − (1 − v t/r)³; F_d = 1 − e^(−k_d t); v = v_ref·10^(n_H(7.4 − pH))·m·(1 − 0.5c·s(pH)); k_d = k_d(T)·10^(n_D(7.4 − pH))·leak·m·(1 − 0.5c·s(pH))',
      inputs: [
        { name: 'agent', value: ctx.agentId, unit: '' },
        { name: 'mode', value: ctx.mode, unit: '' },
        { name: 'r = d/2', value: ctx.radiusNm, unit: 'nm' },
        { name: 'c', value: ctx.membraneCoverage, unit: '1' },
        { name: 'medium', value: ctx.medium, unit: '' },
        { name: 'T', value: ctx.temperatureC, unit: '°C' },
        { name: 'v(pH 7.4)', value: r[0].vNmPerH, unit: 'nm/h' },
        { name: 'k_d(pH 7.4)', value: r[0].kdPerH, unit: 'h⁻¹' },
        { name: 'v(pH 6.5)', value: r[1].vNmPerH, unit: 'nm/h' },
        { name: 'k_d(pH 6.5)', value: r[1].kdPerH, unit: 'h⁻¹' },
        { name: 'v(pH 5.0)', value: r[2].vNmPerH, unit: 'nm/h' },
        { name: 'k_d(pH 5.0)', value: r[2].kdPerH, unit: 'h⁻¹' },
      ],
      params,
      result: { name: 'released at 24 h, pH 7.4 / 6.5 / 5.0', value: `${pr.releasedAt24hPct['7.4'].toFixed(1)} % / ${pr.releasedAt24hPct['6.5'].toFixed(1)} % / ${pr.releasedAt24hPct['5.0'].toFixed(1)} %`, unit: '' },
      note: notes.join(' '),
    });
  }
  out.push({
    equation: 'M2.release-summary',
    formula: 'selectivity = F24(pH 5.0)/F24(pH 7.4); t50: F(t50) = 0.5 by bracketed root search (Illinois/bisection); premature leakage = F_blood(pH 7.4, serum, 37 °C, fixed window)',
    inputs: [
      { name: 'aggregated over', value: aggregateOver === 'drugs' ? 'drug payloads, weighted by loaded mass (element payloads excluded)' : aggregateOver === 'elements' ? 'element payloads (no drug payload)' : 'carrier dissolution (no payload)', unit: '' },
      { name: 't½ (circulation, not used by premature leakage)', value: tHalf, unit: 'h' },
      { name: 'leakage window', value: windowH, unit: 'h' },
      ...RELEASE_PH.map(({ key }) => ({ name: `t50 (pH ${key})`, value: agg.t50h[key] ?? 'not reached in 72 h', unit: 'h' })),
    ],
    params: [],
    result: { name: 'selectivity index', value: agg.selectivityIndex, unit: '1' },
    note: `Premature leakage: ${premature.toFixed(1)} % released in serum at 37 °C, pH 7.4, within ${windowH} h — the same window for every carrier, so a longer-circulating carrier that leaks less per hour is not penalised for circulating longer (in blood: serum at 37 °C whatever the release view's medium and temperature).`,
  });
  return out;
}
