// M3.t time-resolved pharmacokinetics: plasma (carrier-bound, free) and tumour (carrier-bound, free) compartments per payload, particles for high-Z elements; curves, AUCs and the delivery advantage over the same dose of free drug.
import { mapArray } from '../arrays';
import { addModalAt, aucInfinity, modal, type Mat, type Modal } from './linear';
import { pkp } from './params';

export type PkRoute = 'iv' | 'intratumoral';

/** One payload's inputs (rates in h⁻¹, fractions in [0, 1]). */
export interface PkPayloadInput {
  agent: string;
  /** Payload mass per injection (mg). */
  doseMg: number;
  molecularWeightGPerMol: number;
  /** L: fraction of the payload released in blood (serum, 37 °C, pH 7.4) by the time its carrier leaves the blood (M3 payload delivery). */
  leakedInBloodFraction: number;
  /** R: fraction of the carried payload released in the tumour before its carrier washes out (exposure average at the washout rate). */
  releasedInTumorFraction: number;
  /** The free drug's plasma half-life (h) and tumour delivery (% ID). */
  freeHalfLifeH: number;
  freeTumorDeliveryPctID: number;
  /** Apparent volume (L) of the free drug (#27: CL/k_free from its sourced clearance); absent = the plasma volume. */
  freeVolumeL?: number | null;
  /**
   * The free drug as given in its vehicle (#27, optional; catalog vehicles, e.g. Taxol's Cremophor EL/ethanol): its own
   * plasma clearance (L/h) and half-life (h) in the mouse. It replaces the unformulated free drug in the comparator (the
   * same dose of free drug in that vehicle) and, for a free-drug formulation, in the formulation itself; drug released
   * from a carrier is unformulated and keeps freeHalfLifeH/freeVolumeL. Absent or null = the unformulated drug.
   */
  vehicle?: { clearanceLPerH: number; halfLifeH: number } | null;
  /** High-Z element mass fractions of the payload itself (an element payload, e.g. Bi or cisplatin's Pt); empty otherwise. */
  highZ: Record<string, number>;
}

export interface PkInput {
  route: PkRoute;
  /** No carrier: every payload is injected as free drug. */
  freeDrug: boolean;
  /** Carrier exit rate from blood k_c and its tumour-uptake part k_t (M3: TD = k_t/k_c). */
  carrierExitRatePerH: number;
  carrierTumorRatePerH: number;
  /** Intratumoral route: fraction of the injection retained in the tumour. */
  intratumoralRetention: number;
  /** Particle mass per injection (mg) and the high-Z mass fractions that stay with the particle (core, coat). */
  particleDoseMg: number;
  particleHighZ: Record<string, number>;
  payloads: PkPayloadInput[];
  tumorMassG: number;
  bodyMassKg: number;
  /** Injection times (h after the first, ascending, first 0); default [0]. */
  injectionTimesH?: number[];
  /**
   * M3.ecf (#27): shares of the particle's circulating amount in plasma and in the tumour's interstitial fluid
   * (extracellularDistribution) for a particle below the endothelial small-pore size; absent or tumourShare 0 = it stays
   * in plasma (the circulating amount is all plasma).
   */
  extracellular?: { plasmaShare: number; tumourShare: number } | null;
  overrides?: Record<string, number>;
  /** Sample curves (default true). */
  curves?: boolean;
  /**
   * Compute the AUCs, their ratios to free drug and the elements' AUCs (default true). false: `payloads` and `elements`
   * are empty; the modes, stateAt, tumorAt and tumorExposureAt are the same (for a caller that reads exposures only).
   */
  aucs?: boolean;
}

/** The rates one payload's compartments use (h⁻¹). */
export interface PkRates {
  carrierExit: number;
  carrierToTumor: number;
  leakInBlood: number;
  freePlasmaExit: number;
  freeToTumor: number;
  releaseInTumor: number;
  carrierTumorWashout: number;
  freeTumorWashout: number;
}

export interface PkAuc {
  /** mg·h/L (plasma) and mg·h/g (tumour), summed over the injections, 0 → ∞. */
  plasmaTotal: number;
  plasmaFree: number;
  tumorTotal: number;
  tumorFree: number;
}

export interface PkRatio {
  plasmaTotal: number | null;
  plasmaFree: number | null;
  tumorTotal: number | null;
  tumorFree: number | null;
}

export interface PkPayloadResult {
  agent: string;
  rates: PkRates;
  auc: PkAuc;
  /** The same dose of this payload injected as free drug, by the same equations. */
  freeDrugAuc: PkAuc;
  /** carrier / free drug (1 for a free-drug formulation; null where the free drug gives no exposure to compare with). */
  aucRatio: PkRatio;
  /** Fraction of the payload dose (one injection) that ever enters the tumour, and that is eliminated elsewhere. */
  tumorEntryFraction: number;
}

export interface PkElementResult {
  element: string;
  /** mg·h/L and mg·h/g, 0 → ∞. */
  aucPlasma: number;
  aucTumor: number;
}

export interface PkCurves {
  tH: number[];
  payloads: { agent: string; plasmaTotalMgPerL: number[]; plasmaFreeMgPerL: number[]; tumorTotalMgPerG: number[]; tumorFreeMgPerG: number[] }[];
  elements: { element: string; plasmaMgPerL: number[]; tumorMgPerG: number[] }[];
}

/** State at one time: per payload [carrier plasma, free plasma, carrier tumour, free tumour] in mg; particles [plasma, tumour] in mg. */
export interface PkState {
  payloads: Float64Array[];
  particles: Float64Array;
}

export interface PkModel {
  input: PkInput;
  payloads: PkPayloadResult[];
  elements: PkElementResult[];
  /** Curves (empty arrays when not asked for); injections superpose at their exact times. */
  curves: PkCurves;
  /** Each payload's system matrix A (dx/dt = A x, x = [Pc, Pf, Tc, Tf] per unit dose), the initial state of one injection, and its modal form. */
  matrices: Mat[];
  initialState: Float64Array;
  modes: Modal[];
  /** Injection times (h). */
  injectionTimesH: number[];
  /** Amounts (mg) in each compartment at t hours after the first injection (superposed injections). */
  stateAt(tH: number): PkState;
  /** Tumour concentrations at t: per element mg/g, per payload total and free mg/g. */
  tumorAt(tH: number): { elementsMgPerG: Record<string, number>; payloadTotalMgPerG: number[]; payloadFreeMgPerG: number[] };
  /**
   * What a radiotherapy fraction reads of the tumour at t (fractionExposures): the elements (mg/g) and the free drug
   * (mg/g) of the payloads with wantFree[i] — the same numbers as tumorAt to the bit (the same terms added in the same
   * order), without the compartments nothing reads; the free drug of the other payloads is 0.
   */
  tumorExposureAt(tH: number, wantFree: readonly boolean[]): { elementsMgPerG: Record<string, number>; payloadFreeMgPerG: Float64Array };
}

const CURVE_POINTS = 49;

/** k from a fraction f reached by competing first-order exits: f = k/(k + k_other) ⇒ k = k_other·f/(1 − f), capped. */
export function competingRate(fraction: number, otherRatePerH: number, cap: number): number {
  const f = Math.min(1, Math.max(0, fraction));
  if (f >= 1) return cap;
  return Math.min(cap, (otherRatePerH * f) / (1 - f));
}

function mat4(r: PkRates): Mat {
  // dPc = −(k_c + k_leak) Pc; dPf = k_leak Pc − k_f Pf; dTc = k_t Pc − (k_rel + k_wc) Tc; dTf = k_tf Pf + k_rel Tc − k_wf Tf
  // (k_t ⊂ k_c and k_tf ⊂ k_f: the tumour takes its share of what leaves the blood).
  const a = new Float64Array(16);
  a[0] = -(r.carrierExit + r.leakInBlood);
  a[4] = r.leakInBlood;
  a[5] = -r.freePlasmaExit;
  a[8] = r.carrierToTumor;
  a[10] = -(r.releaseInTumor + r.carrierTumorWashout);
  a[13] = r.freeToTumor;
  a[14] = r.releaseInTumor;
  a[15] = -r.freeTumorWashout;
  return { n: 4, a };
}

/** [a, b] and [a, b, c, d] as Float64Arrays (set element by element: Float64Array.from of a literal costs more than the PK step it feeds). */
function vec2(a: number, b: number): Float64Array {
  const v = new Float64Array(2);
  v[0] = a;
  v[1] = b;
  return v;
}

function vec4(a: number, b: number, c: number, d: number): Float64Array {
  const v = new Float64Array(4);
  v[0] = a;
  v[1] = b;
  v[2] = c;
  v[3] = d;
  return v;
}

function mat2(kc: number, kt: number, kw: number): Mat {
  return { n: 2, a: vec4(-kc, 0, kt, -kw) };
}

const POS = 1e-9;

/** Washout of particles (and what they carry) from the tumour: extravasated particles (iv) or an injected depot (intratumoral). */
export function carrierWashout(input: Pick<PkInput, 'route' | 'overrides'>): number {
  return Math.LN2 / pkp(input.route === 'intratumoral' ? 'pk.intratumoralDepotHalfLifeH' : 'pk.carrierTumorHalfLifeH', input.overrides);
}

/** Payload rates from the inputs (every exit rate kept ≥ 1e-9 h⁻¹ so the system is stable). */
export function payloadRates(input: PkInput, p: PkPayloadInput): PkRates {
  const o = input.overrides;
  const kc = Math.max(POS, input.carrierExitRatePerH);
  const kf = Math.max(POS, Math.LN2 / Math.max(1e-6, p.freeHalfLifeH));
  const kwc = carrierWashout(input);
  const kwf = Math.LN2 / pkp('pk.freeTumorHalfLifeH', o);
  const cap = pkp('pk.maxLeakRatePerH', o);
  return {
    carrierExit: kc,
    carrierToTumor: input.route === 'intratumoral' ? 0 : Math.min(kc, Math.max(0, input.carrierTumorRatePerH)),
    leakInBlood: input.route === 'intratumoral' ? 0 : competingRate(p.leakedInBloodFraction, kc, cap),
    freePlasmaExit: kf,
    freeToTumor: Math.min(kf, (Math.max(0, p.freeTumorDeliveryPctID) / 100) * kf),
    releaseInTumor: input.freeDrug ? 0 : competingRate(p.releasedInTumorFraction, kwc, cap),
    carrierTumorWashout: kwc,
    freeTumorWashout: kwf,
  };
}

/** Initial amounts per unit dose: iv carrier → carrier plasma; free drug → free plasma; intratumoral → tumour × retention. */
function payloadX0(input: PkInput): Float64Array {
  const ret = Math.min(1, Math.max(0, input.intratumoralRetention));
  if (input.route === 'intratumoral') return input.freeDrug ? vec4(0, 0, 0, ret) : vec4(0, 0, ret, 0);
  return input.freeDrug ? vec4(0, 1, 0, 0) : vec4(1, 0, 0, 0);
}

function aucOf(auc: Float64Array, scaleMg: number, plasmaL: number, tumorG: number, freeL: number): PkAuc {
  return {
    plasmaTotal: (auc[0] / plasmaL + auc[1] / freeL) * scaleMg,
    plasmaFree: (auc[1] * scaleMg) / freeL,
    tumorTotal: ((auc[2] + auc[3]) * scaleMg) / tumorG,
    tumorFree: (auc[3] * scaleMg) / tumorG,
  };
}

/** a/b, or null when the comparator gives no exposure (b ≤ 0) or the quotient overflows (b denormal). */
const ratio = (a: number, b: number): number | null => {
  if (!(b > 0)) return null;
  const r = a / b;
  return Number.isFinite(r) ? r : null;
};

/** The free drug's volume (L): its own (CL/k_free) when sourced, else the plasma volume (the equal-volume assumption). */
function freeVolumeOf(p: PkPayloadInput, plasmaL: number): number {
  return p.freeVolumeL !== undefined && p.freeVolumeL !== null && p.freeVolumeL > 0 ? Math.max(plasmaL, p.freeVolumeL) : plasmaL;
}

/**
 * The payload as its free drug is given in its vehicle (#27): half-life t½_v and volume V_v = CL_v/k_v (k_v = ln2/t½_v,
 * never below the plasma volume), so a free bolus gives plasma AUC = dose/CL_v; the tumour share k_tf/k_f is the
 * agent's (TD_free), so the vehicle moves plasma exposure only. Without a vehicle: the payload unchanged.
 */
export function inVehicle(p: PkPayloadInput, plasmaL: number): PkPayloadInput {
  const v = p.vehicle;
  if (!v || !(v.clearanceLPerH > 0) || !(v.halfLifeH > 0)) return p;
  const k = Math.LN2 / v.halfLifeH;
  return { ...p, freeHalfLifeH: v.halfLifeH, freeVolumeL: Math.max(plasmaL, v.clearanceLPerH / k), vehicle: null };
}

/**
 * Build the compartment model of one formulation. Each payload: plasma carrier-bound (Pc), plasma free (Pf), tumour
 * carrier-bound (Tc), tumour free (Tf), a lower-triangular linear system solved exactly (matrix exponential; AUC₀^∞ =
 * −A⁻¹x₀). Particles (for high-Z elements of the core and coat): plasma and tumour. Injections superpose (linear system).
 */
export function pharmacokinetics(input: PkInput): PkModel {
  const o = input.overrides;
  const m = Math.max(1e-9, input.tumorMassG);
  const plasmaL = (pkp('pk.plasmaVolumeMlPerKg', o) * input.bodyMassKg) / 1000;
  const injections = input.injectionTimesH && input.injectionTimesH.length > 0 ? input.injectionTimesH : [0];
  const nInj = injections.length;
  const x0 = payloadX0(input);
  // the comparator: the same dose of free drug by the same route (intratumoral: the retained share placed in the tumour)
  const freeX0 = input.route === 'intratumoral' ? vec4(0, 0, 0, Math.min(1, Math.max(0, input.intratumoralRetention))) : vec4(0, 1, 0, 0);
  const kwc = carrierWashout(input);
  const kc = Math.max(POS, input.carrierExitRatePerH);
  const kt = input.route === 'intratumoral' || input.freeDrug ? 0 : Math.min(kc, Math.max(0, input.carrierTumorRatePerH));
  const particleMat = mat2(kc, kt, kwc);
  const ret = Math.min(1, Math.max(0, input.intratumoralRetention));
  const particleX0 = input.freeDrug ? vec2(0, 0) : input.route === 'intratumoral' ? vec2(0, ret) : vec2(1, 0);
  // M3.ecf: a sub-pore particle's circulating amount Pp is spread over plasma and interstitial fluid; the tumour's
  // interstitial fluid holds the share ecfT of it (on top of the EPR-retained Tp), plasma the share ecfP
  const ecf = input.extracellular && !input.freeDrug && input.extracellular.tumourShare > 0 ? input.extracellular : null;
  const ecfT = ecf ? Math.min(1, Math.max(0, ecf.tumourShare)) : 0;
  const ecfP = ecf ? Math.min(1, Math.max(0, ecf.plasmaShare)) : 1;

  // a free-drug formulation is its payloads in their vehicles; a carrier's released drug is unformulated (#27)
  const own = mapArray(input.payloads, (p) => (input.freeDrug ? inVehicle(p, plasmaL) : p));
  const mats = mapArray(own, (p) => mat4(payloadRates(input, p)));
  const payloads: PkPayloadResult[] = input.aucs === false ? [] : mapArray(own, (p, i) => {
    const rates = payloadRates(input, p);
    const A = mats[i];
    const vf = freeVolumeOf(p, plasmaL);
    const auc = aucOf(aucInfinity(A, x0), p.doseMg * nInj, plasmaL, m, vf);
    // the comparator: the same dose of free drug in its vehicle (unformulated when none)
    const cp = inVehicle(input.payloads[i], plasmaL);
    const freeAuc = cp === input.payloads[i] || input.freeDrug ? aucOf(aucInfinity(A, freeX0), p.doseMg * nInj, plasmaL, m, vf) : aucOf(aucInfinity(mat4(payloadRates(input, cp)), freeX0), cp.doseMg * nInj, plasmaL, m, freeVolumeOf(cp, plasmaL));
    const entry =
      input.route === 'intratumoral'
        ? ret
        : input.freeDrug
          ? rates.freeToTumor / rates.freePlasmaExit
          : (rates.carrierToTumor + rates.leakInBlood * (rates.freeToTumor / rates.freePlasmaExit)) / (rates.carrierExit + rates.leakInBlood);
    return {
      agent: p.agent,
      rates,
      auc,
      freeDrugAuc: freeAuc,
      aucRatio: input.freeDrug
        ? { plasmaTotal: 1, plasmaFree: 1, tumorTotal: 1, tumorFree: 1 }
        : { plasmaTotal: ratio(auc.plasmaTotal, freeAuc.plasmaTotal), plasmaFree: ratio(auc.plasmaFree, freeAuc.plasmaFree), tumorTotal: ratio(auc.tumorTotal, freeAuc.tumorTotal), tumorFree: ratio(auc.tumorFree, freeAuc.tumorFree) },
      tumorEntryFraction: entry,
    };
  });

  // Elements: particle-bound (core, coat) plus element payloads (carried and free alike)
  const elAuc = new Map<string, { p: number; t: number }>();
  if (input.aucs !== false) {
    const particleAuc = aucInfinity(particleMat, particleX0);
    for (const el in input.particleHighZ) {
      const w = input.particleHighZ[el];
      if (!(w > 0)) continue;
      if (ecf) addElementAuc(elAuc, el, (particleAuc[0] * ecfP * input.particleDoseMg * nInj * w) / plasmaL, ((particleAuc[1] + particleAuc[0] * ecfT) * input.particleDoseMg * nInj * w) / m);
      else addElementAuc(elAuc, el, (particleAuc[0] * input.particleDoseMg * nInj * w) / plasmaL, (particleAuc[1] * input.particleDoseMg * nInj * w) / m);
    }
    own.forEach((p, i) => {
      for (const el in p.highZ) {
        const w = p.highZ[el];
        if (w > 0) addElementAuc(elAuc, el, payloads[i].auc.plasmaTotal * w, payloads[i].auc.tumorTotal * w);
      }
    });
  }
  const elements: PkElementResult[] = [...elAuc].map(([element, v]) => ({ element, aucPlasma: v.p, aucTumor: v.t }));

  const modes = mapArray(mats, (A) => modal(A, x0));
  const particleModes = modal(particleMat, particleX0);
  // the model's functions of time, as methods of one object: the compiled CLI (esbuild keepNames) would otherwise name
  // every inner function with Object.defineProperty at each call, ~3 % of a sweep row
  const at = {
    stateAt(tH: number): PkState {
      const pay = input.payloads.map(() => new Float64Array(4));
      const part = new Float64Array(2);
      for (const tau of injections) {
        const dt = tH - tau;
        if (dt < 0) continue;
        for (let i = 0; i < modes.length; i++) addModalAt(modes[i], dt, input.payloads[i].doseMg, pay[i]);
        if (!input.freeDrug) addModalAt(particleModes, dt, input.particleDoseMg, part);
      }
      // the modal sum cancels to rounding error near t = 0 (e.g. −1e-27): amounts are never negative
      for (const x of pay) for (let k = 0; k < 4; k++) if (x[k] < 0) x[k] = 0;
      for (let k = 0; k < 2; k++) if (part[k] < 0) part[k] = 0;
      return { payloads: pay, particles: part };
    },

    tumorAt(tH: number) {
      const s = at.stateAt(tH);
      const elementsMgPerG: Record<string, number> = {};
      const tp = ecf ? s.particles[1] + s.particles[0] * ecfT : s.particles[1];
      for (const el in input.particleHighZ) if (input.particleHighZ[el] > 0) elementsMgPerG[el] = (tp * input.particleHighZ[el]) / m;
      const payloadTotalMgPerG = s.payloads.map((x) => (x[2] + x[3]) / m);
      const payloadFreeMgPerG = s.payloads.map((x) => x[3] / m);
      input.payloads.forEach((p, i) => {
        for (const el in p.highZ) if (p.highZ[el] > 0) elementsMgPerG[el] = (elementsMgPerG[el] ?? 0) + payloadTotalMgPerG[i] * p.highZ[el];
      });
      return { elementsMgPerG, payloadTotalMgPerG, payloadFreeMgPerG };
    },
  };

  // per payload: does it carry a high-Z element (its tumour total feeds the elements); the particle: any element on it
  const payloadHighZ = mapArray(input.payloads, (p) => Object.keys(p.highZ).some((el) => p.highZ[el] > 0));
  const particleEls = Object.keys(input.particleHighZ).filter((el) => input.particleHighZ[el] > 0);
  const scratch = new Float64Array(4);
  const partScratch = new Float64Array(2);
  const pair = new Float64Array(2);
  const exposure = {
    /** x₂ and x₃ (tumour carrier-bound and free) of payload i at t, summed over the injections as stateAt sums them. */
    tumorPair(i: number, tH: number, pair: Float64Array): void {
      const md = modes[i];
      const dose = input.payloads[i].doseMg;
      pair[0] = 0;
      pair[1] = 0;
      for (const tau of injections) {
        const dt = tH - tau;
        if (dt < 0) continue;
        if (md.degenerate) {
          scratch[2] = pair[0];
          scratch[3] = pair[1];
          addModalAt(md, dt, dose, scratch);
          pair[0] = scratch[2];
          pair[1] = scratch[3];
          continue;
        }
        // addModalAt's terms for compartments 2 and 3 only (n = 4), in its order
        const n = md.n;
        let x2 = pair[0];
        let x3 = pair[1];
        for (let j = 0; j < n; j++) {
          const e = Math.exp(md.lambdas[j] * dt) * dose;
          if (e === 0) continue;
          if (j <= 2) x2 += md.coef[j * n + 2] * e;
          if (j <= 3) x3 += md.coef[j * n + 3] * e;
        }
        pair[0] = x2;
        pair[1] = x3;
      }
      if (pair[0] < 0) pair[0] = 0;
      if (pair[1] < 0) pair[1] = 0;
    },
    tumorExposureAt(tH: number, wantFree: readonly boolean[]) {
      const elementsMgPerG: Record<string, number> = {};
      if (particleEls.length) {
        partScratch[0] = 0;
        partScratch[1] = 0;
        if (!input.freeDrug) for (const tau of injections) if (tH - tau >= 0) addModalAt(particleModes, tH - tau, input.particleDoseMg, partScratch);
        const p1 = (partScratch[1] < 0 ? 0 : partScratch[1]) + (ecf && partScratch[0] > 0 ? partScratch[0] * ecfT : 0);
        for (const el of particleEls) elementsMgPerG[el] = (p1 * input.particleHighZ[el]) / m;
      }
      const free = new Float64Array(input.payloads.length);
      for (let i = 0; i < input.payloads.length; i++) {
        if (!wantFree[i] && !payloadHighZ[i]) continue;
        exposure.tumorPair(i, tH, pair);
        free[i] = pair[1] / m;
        if (!payloadHighZ[i]) continue;
        const total = (pair[0] + pair[1]) / m;
        const hz = input.payloads[i].highZ;
        for (const el in hz) if (hz[el] > 0) elementsMgPerG[el] = (elementsMgPerG[el] ?? 0) + total * hz[el];
      }
      for (let i = 0; i < free.length; i++) if (!wantFree[i]) free[i] = 0;
      return { elementsMgPerG, payloadFreeMgPerG: free };
    },
  };

  return { input, payloads, elements, matrices: mats, initialState: x0, modes, injectionTimesH: injections, tumorExposureAt: exposure.tumorExposureAt, curves: input.curves === false ? { tH: [], payloads: [], elements: [] } : sampleCurves({ ...input, payloads: own }, modes, particleModes, plasmaL, m, injections, ecf ? { p: ecfP, t: ecfT } : null), stateAt: at.stateAt, tumorAt: at.tumorAt };
}

/** Adds an element's plasma and tumour AUC to its running sums. */
function addElementAuc(elAuc: Map<string, { p: number; t: number }>, el: string, p: number, t: number): void {
  const e = elAuc.get(el) ?? { p: 0, t: 0 };
  e.p += p;
  e.t += t;
  elAuc.set(el, e);
}

/** Curves on a uniform grid over the curve window, every point exact (modal form, injections superposed at their times). */
function sampleCurves(input: PkInput, modes: Modal[], particleModes: Modal, plasmaL: number, m: number, injections: number[], ecf: { p: number; t: number } | null): PkCurves {
  const window = pkp('pk.curveWindowH', input.overrides);
  const h = window / (CURVE_POINTS - 1);
  const tH = Array.from({ length: CURVE_POINTS }, (_, k) => k * h);
  const x = new Float64Array(4);
  const payloads = input.payloads.map((p, i) => {
    const vf = freeVolumeOf(p, plasmaL);
    const pt: number[] = new Array(CURVE_POINTS);
    const pf: number[] = new Array(CURVE_POINTS);
    const tt: number[] = new Array(CURVE_POINTS);
    const tf: number[] = new Array(CURVE_POINTS);
    for (let k = 0; k < CURVE_POINTS; k++) {
      x.fill(0);
      for (const tau of injections) if (tH[k] >= tau) addModalAt(modes[i], tH[k] - tau, p.doseMg, x);
      for (let j = 0; j < 4; j++) if (x[j] < 0) x[j] = 0;
      pt[k] = x[0] / plasmaL + x[1] / vf;
      pf[k] = x[1] / vf;
      tt[k] = (x[2] + x[3]) / m;
      tf[k] = x[3] / m;
    }
    return { agent: p.agent, plasmaTotalMgPerL: pt, plasmaFreeMgPerL: pf, tumorTotalMgPerG: tt, tumorFreeMgPerG: tf };
  });
  const elMap = new Map<string, { p: number[]; t: number[] }>();
  const get = (el: string) => {
    let e = elMap.get(el);
    if (!e) {
      e = { p: new Array(CURVE_POINTS).fill(0), t: new Array(CURVE_POINTS).fill(0) };
      elMap.set(el, e);
    }
    return e;
  };
  if (!input.freeDrug) {
    const pp = new Float64Array(2);
    const els = Object.keys(input.particleHighZ).filter((el) => input.particleHighZ[el] > 0);
    if (els.length)
      for (let k = 0; k < CURVE_POINTS; k++) {
        pp.fill(0);
        for (const tau of injections) if (tH[k] >= tau) addModalAt(particleModes, tH[k] - tau, input.particleDoseMg, pp);
        if (pp[0] < 0) pp[0] = 0;
        if (pp[1] < 0) pp[1] = 0;
        for (const el of els) {
          const e = get(el);
          if (ecf) {
            e.p[k] += (pp[0] * ecf.p * input.particleHighZ[el]) / plasmaL;
            e.t[k] += ((pp[1] + pp[0] * ecf.t) * input.particleHighZ[el]) / m;
          } else {
            e.p[k] += (pp[0] * input.particleHighZ[el]) / plasmaL;
            e.t[k] += (pp[1] * input.particleHighZ[el]) / m;
          }
        }
      }
  }
  input.payloads.forEach((p, i) => {
    for (const el in p.highZ) {
      const w = p.highZ[el];
      if (!(w > 0)) continue;
      const e = get(el);
      for (let k = 0; k < CURVE_POINTS; k++) {
        e.p[k] += payloads[i].plasmaTotalMgPerL[k] * w;
        e.t[k] += payloads[i].tumorTotalMgPerG[k] * w;
      }
    }
  });
  return { tH, payloads, elements: [...elMap].map(([element, v]) => ({ element, plasmaMgPerL: v.p, tumorMgPerG: v.t })) };
}
