// What each radiotherapy fraction sees: high-Z element and free-drug concentrations in the tumour at its time, and the lagged hypoxia relief — inputs of radiosensitization() per fraction.
import { mapArray } from '../arrays';
import { addModalComponentAt } from './linear';
import type { PkModel } from './model';
import { pkp } from './params';

export interface FractionExposure {
  /** Time of the fraction, h after the first injection. */
  tH: number;
  /** High-Z element concentration in the tumour (mg/g), per element symbol (radiosensitization `elements`). */
  elementsMgPerG: Record<string, number>;
  /** Intracellular element mass per tumour cell (pg) (radiosensitization `intracellularPgPerCell`). */
  intracellularPgPerCell: Record<string, number>;
  /** Free FAK-inhibitor concentration in the tumour (mol/L, tissue 1 g/mL) (radiosensitization `freeDrugM`). */
  freeDrugM: number;
  /**
   * The FAK occupancy the hypoxia relief reflects at this time (0–1): occupancy filtered with its own onset and decay
   * half-times (pk.hypoxiaReliefOnsetH, pk.hypoxiaReliefDecayH). radiosensitization() uses it in place of the
   * instantaneous occupancy in h' = h·(1 − ρ·O·g). Absent when no payload inhibits FAK or no IC50 is given.
   */
  hypoxiaReliefFactor?: number;
}

export interface FractionExposureInput {
  /** The formulation's compartment model (pharmacokinetics()). */
  pk: PkModel;
  /** Fraction times, h after the first injection (ascending). */
  fractionTimesH: readonly number[];
  /** Share of tumour particles inside cells, s = min(1, s0·U_tumour), and the mass of one cell (ng) (M4.3). */
  intracellularShare: number;
  cellMassNg: number;
  /** Which payloads are FAK inhibitors whose free concentration counts (same order as pk.input.payloads). */
  fakPayload: readonly boolean[];
  /** Cellular IC50 (mol/L) for the lagged hypoxia relief; omitted → no hypoxiaReliefFactor. */
  ic50M?: number;
  overrides?: Record<string, number>;
}

/** Longest step of the relief integration (h); the step is also ≤ 1/12 of the onset and decay half-times. */
const RELIEF_MAX_STEP_H = 2;

/**
 * Exposure of each fraction: C_Z(t) and C_free(t) from the compartment model at the fraction's time, m_cell = C_Z·m_cellmass·s,
 * [drug] = C_free/MW; the hypoxia relief R follows the occupancy O(t) = C/(C + IC50) with
 * dR/dt = k_on (O − R) when O > R, k_off (O − R) otherwise (k = ln2/t½), integrated exactly for piecewise-constant O on steps ≤ 2 h.
 */
export function fractionExposures(input: FractionExposureInput): FractionExposure[] {
  const { pk, fractionTimesH } = input;
  const mw = mapArray(pk.input.payloads, (p) => p.molecularWeightGPerMol);
  const share = Math.min(1, Math.max(0, input.intracellularShare));
  const relief = input.ic50M !== undefined && input.fakPayload.some(Boolean) ? reliefAt(input, fractionTimesH) : null;
  const wantFree = mapArray(mw, (w, i) => input.fakPayload[i] && w > 0);
  return mapArray(fractionTimesH, (tH, k) => {
    const t = pk.tumorExposureAt(tH, wantFree);
    const intracellularPgPerCell: Record<string, number> = {};
    for (const el in t.elementsMgPerG) intracellularPgPerCell[el] = t.elementsMgPerG[el] * input.cellMassNg * share;
    let freeDrugM = 0;
    for (let i = 0; i < mw.length; i++) if (wantFree[i]) freeDrugM += t.payloadFreeMgPerG[i] / mw[i];
    const out: FractionExposure = { tH, elementsMgPerG: t.elementsMgPerG, intracellularPgPerCell, freeDrugM };
    if (relief) out.hypoxiaReliefFactor = relief[k];
    return out;
  });
}

/** Full relief steps between two direct evaluations of the modal exponentials (in between, each is advanced by one factor). */
const RELIEF_REANCHOR_STEPS = 32;

/**
 * The FAK-inhibitor occupancy c/(c + IC50) of the tumour's free drug at t (payloads idx). A module-level factory: the
 * compiled CLI (esbuild keepNames) would name a closure declared in reliefAt at each call (Object.defineProperty).
 */
function occupancyAt(pk: FractionExposureInput['pk'], idx: readonly number[], injections: readonly number[], m: number, ic50: number): (t: number) => number {
  return (t: number): number => {
    let c = 0;
    for (const i of idx) {
      const p = pk.input.payloads[i];
      let free = 0;
      for (const tau of injections) if (t >= tau) free = addModalComponentAt(pk.modes[i], t - tau, 1, 3, free);
      if (free > 0) c += (free * p.doseMg) / m / p.molecularWeightGPerMol;
    }
    return c > 0 ? c / (c + ic50) : 0;
  };
}

/**
 * The lagged occupancy R at each fraction time: O(t) from the modal form of the FAK payloads' tumour free drug, R stepped
 * exactly for piecewise-constant O (midpoint) on steps ≤ 2 h and ≤ 1/12 of either half-time. On full steps the
 * midpoints advance by one step, so each mode's sum over the injections reached, Σ_τ exp(λ (t − τ)), is the previous one
 * times exp(λ·step), re-evaluated with exp every RELIEF_REANCHOR_STEPS steps and when an injection is reached (relative round-off ≤ ~32 ulp against evaluating every term; tested).
 */
function reliefAt(input: FractionExposureInput, times: readonly number[]): number[] {
  const { pk } = input;
  const o = input.overrides;
  const kOn = Math.LN2 / pkp('pk.hypoxiaReliefOnsetH', o);
  const kOff = Math.LN2 / pkp('pk.hypoxiaReliefDecayH', o);
  const ic50 = input.ic50M as number;
  const m = Math.max(1e-9, pk.input.tumorMassG);
  const idx: number[] = [];
  for (let i = 0; i < pk.input.payloads.length; i++) if (input.fakPayload[i] && pk.input.payloads[i].molecularWeightGPerMol > 0) idx.push(i);
  const injections = pk.injectionTimesH;
  // the tumour's free drug is compartment 3 of a payload's modal form; only that sum is evaluated (same bits as addModalAt's)
  const occupancy = occupancyAt(pk, idx, injections, m, ic50);
  const RELIEF_STEP_H = Math.max(0.01, Math.min(RELIEF_MAX_STEP_H, pkp('pk.hypoxiaReliefOnsetH', o) / 12, pkp('pk.hypoxiaReliefDecayH', o) / 12));
  const fullOn = Math.exp(-kOn * RELIEF_STEP_H);
  const fullOff = Math.exp(-kOff * RELIEF_STEP_H);
  // full-step occupancy by recurrence: sum[(payload, mode)] = Σ over the injections reached of exp(λ (t_mid − τ)),
  // flattened per (payload a, mode j) with the coefficient of compartment 3, the factor exp(λ·step) and, per payload, dose and MW
  const modal = idx.every((i) => !pk.modes[i].degenerate && pk.modes[i].n > 3);
  const K = 4; // modes 0..3 feed compartment 3 (lower-triangular system)
  const A = idx.length;
  const sum = new Float64Array(A * K);
  const r = new Float64Array(A * K);
  const lam = new Float64Array(A * K);
  const cf = new Float64Array(A * K);
  const dose = new Float64Array(A);
  const mw = new Float64Array(A);
  for (let a = 0; a < A; a++) {
    const md = pk.modes[idx[a]];
    dose[a] = pk.input.payloads[idx[a]].doseMg;
    mw[a] = pk.input.payloads[idx[a]].molecularWeightGPerMol;
    if (!modal) continue;
    for (let j = 0; j < K; j++) {
      lam[a * K + j] = md.lambdas[j];
      cf[a * K + j] = md.coef[j * md.n + 3];
      r[a * K + j] = Math.exp(md.lambdas[j] * RELIEF_STEP_H);
    }
  }
  const sorted = [...injections].sort((x, y) => x - y);
  const nInj = sorted.length;
  let reached = 0;
  let sinceAnchor = 0;
  const out: number[] = new Array(times.length);
  let R = 0;
  let t = 0;
  for (let f = 0; f < times.length; f++) {
    const target = Math.max(0, times[f]);
    while (t + RELIEF_STEP_H <= target + 1e-9) {
      const tm = t + 0.5 * RELIEF_STEP_H;
      let Om: number;
      if (!modal) Om = occupancy(tm);
      else {
        // the occupancy at the step's midpoint: each mode's sum re-evaluated with exp on anchor steps (the first, every
        // RELIEF_REANCHOR_STEPS-th and when an injection is reached), else advanced by exp(λ·step)
        let newly = reached;
        while (newly < nInj && tm >= sorted[newly]) newly++;
        const anchor = sinceAnchor === 0 || newly !== reached;
        sinceAnchor = anchor ? 1 : sinceAnchor + 1 === RELIEF_REANCHOR_STEPS ? 0 : sinceAnchor + 1;
        reached = newly;
        let c = 0;
        for (let a = 0; a < A; a++) {
          let free = 0;
          for (let q = a * K, end = q + K; q < end; q++) {
            let v = 0;
            if (anchor) for (let u = 0; u < reached; u++) v += Math.exp(lam[q] * (tm - sorted[u]));
            else v = sum[q] * r[q];
            sum[q] = v;
            if (v !== 0) free += cf[q] * v;
          }
          if (free > 0) c += (free * dose[a]) / m / mw[a];
        }
        Om = c > 0 ? c / (c + ic50) : 0;
      }
      R = Om + (R - Om) * (Om > R ? fullOn : fullOff);
      t += RELIEF_STEP_H;
    }
    if (target - t > 1e-12) {
      const dt = target - t;
      const Om = occupancy(t + 0.5 * dt);
      out[f] = Om + (R - Om) * Math.exp(-(Om > R ? kOn : kOff) * dt);
    } else out[f] = R;
  }
  return out;
}
