// Radiosensitization of a tumour (MODEL.md M4.2–M4.7): DEF, local effect, FAK biology, oxygen, two-compartment LQ, SER, EQD2 gain.
import {
  doseEnhancementFactor,
  doseEnhancementValue,
  getBeam,
  goldEquivalentPg,
  localEnhancementFactor,
  localSaturationFactor,
  localEnhancementValue,
  localEnhancementValueFor,
  LOCAL_EFFECT_PARAMS,
  type Explanation,
  type LocalEffectParamKey,
  type TissueId,
} from '../physics';
import { paramRow } from '../physics';
import { fakAlphaFactor, fakOccupancy, hypoxicFractionAfterFak } from './fak';
import { checkLq, eqd2Gy } from './lq';
import { oxygenModificationFactor } from './oxygen';
import { RADIOBIOLOGY_PARAMS, type RadiobiologyParamKey } from './params';
import { lqMixtureDose } from './root';

const LOCAL_EFFECT_KEYS = Object.keys(LOCAL_EFFECT_PARAMS) as LocalEffectParamKey[];

export type RadiosensitizationParamKey = RadiobiologyParamKey | LocalEffectParamKey;

export interface RadiosensitizationInputs {
  /** where overridden local-effect anchor strengths come from (explanations only, e.g. "fitted to your data (…)"); absent = user overrides */
  localEffectSource?: string;
  /** high-Z element concentration in the tumour, mg per g, per element symbol (macroscopic DEF) */
  elements?: Record<string, number>;
  /** beam id (contract §1) */
  beam: string;
  tissue?: TissueId;
  /** intracellular element mass per tumour cell, pg, per element symbol (local effect) */
  intracellularPgPerCell?: Record<string, number>;
  /** mass of one cell (ng): sets the metal concentration in the cell at which the local term saturates; default the calibration cell's */
  cellMassNg?: number;
  /** free FAK-inhibitor concentration at the cells (M) */
  freeDrugM?: number;
  /**
   * The FAK occupancy the hypoxia relief reflects at the irradiation time (0–1; lagged by its own onset and decay, M3.t
   * fractionExposures). Default: the instantaneous occupancy C/(C + IC50).
   */
  hypoxiaReliefFactor?: number;
  /** cellular IC50 (M); default RADIOBIOLOGY_PARAMS.ic50M */
  ic50M?: number;
  /** g(CAF uptake) ≥ 0 from the targeting model (0 = none, 1 = full) */
  cafUptakeG?: number;
  alphaPerGy?: number;
  betaPerGy2?: number;
  /** baseline hypoxic fraction (before the drug) */
  hypoxicFraction?: number;
  pO2OxicMmHg?: number;
  pO2HypoxicMmHg?: number;
  /** schedule n × d (defaults 1 × 2 Gy, as the scenario) */
  fractions?: number;
  doseGyPerFraction?: number;
  /** 'full' (default): the hypoxic fraction is restored between fractions, S = S₁ⁿ; 'none': S = Σ f_c S_cⁿ */
  reoxygenation?: 'full' | 'none';
  /** overrides of any sourced parameter by key */
  params?: Partial<Record<RadiosensitizationParamKey, number>>;
  /** Build explanations (default true). false: the same numbers, no explanation text (sweeps, Monte Carlo). */
  explain?: boolean;
}

export interface Compartment {
  name: 'oxic' | 'hypoxic';
  fraction: number;
  pO2MmHg: number;
  omf: number;
  alphaPerGy: number;
  betaPerGy2: number;
}

export interface RadiosensitizationResult {
  doseEnhancementFactor: number;
  localEnhancementFactor: number;
  hypoxicFraction: number;
  sensitizerEnhancementRatio: number;
  sf2Control: number;
  sf2Treated: number;
  eqd2GainGy: number;
  fakOccupancy: number;
  d10ControlGy: number;
  d10TreatedGy: number;
  survivalControl: number;
  survivalTreated: number;
  /** control dose per fraction giving the treated schedule's survival (Gy) */
  equivalentControlDoseGy: number;
  compartmentsControl: Compartment[];
  compartmentsTreated: Compartment[];
  explanations: Explanation[];
}

/** A copy of an explanation (equation, formula, inputs, params, note) with its result set, keys in that order. */
function withResult(e: Explanation, result: NonNullable<Explanation['result']>): Explanation {
  if (e.result !== undefined) return { ...e, result };
  const out: Explanation = { equation: e.equation, formula: e.formula, inputs: e.inputs, params: e.params };
  if ('note' in e) out.note = e.note;
  out.result = result;
  return out;
}

function num(name: string, v: number, lo: number, hi: number, strictLo = false): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || (strictLo ? v <= lo : v < lo) || v > hi)
    throw new RangeError(`${name}: must be a finite number in ${strictLo ? '(' : '['}${lo}, ${hi}], got ${v}`);
  return v;
}

/** ln Σ_c f_c exp(−k·(α_c D + β_c D²)), evaluated stably (log-sum-exp). */
function logSurvival(comps: Compartment[], doseGy: number, k = 1): number {
  const t0 = comps[0].fraction > 0 ? Math.log(comps[0].fraction) - k * (comps[0].alphaPerGy * doseGy + comps[0].betaPerGy2 * doseGy * doseGy) : -Infinity;
  const t1 = comps[1].fraction > 0 ? Math.log(comps[1].fraction) - k * (comps[1].alphaPerGy * doseGy + comps[1].betaPerGy2 * doseGy * doseGy) : -Infinity;
  const max = Math.max(t0, t1);
  return max + Math.log(Math.exp(t0 - max) + Math.exp(t1 - max));
}

/**
 * The full radiosensitization chain for plain numbers. Control = no particle, no drug (DEF = LEF = 1, O = 0, baseline
 * hypoxic fraction). Treated: α' = α·LEF·(1 + ε_FAK O)·OMF(p), β' = β·OMF(p)², D_eff = DEF·D, per compartment.
 */
const NO_PARAMS: Partial<Record<RadiosensitizationParamKey, number>> = Object.freeze({});

/** A radiobiology parameter: the override (range-checked) or the sourced value. */
function paramValue(o: Partial<Record<RadiosensitizationParamKey, number>>, k: RadiobiologyParamKey): number {
  const v = o[k];
  const p = RADIOBIOLOGY_PARAMS[k];
  return v === undefined ? p.value : num(`params.${k}`, v, p.min ?? -Infinity, p.max ?? Infinity);
}

/** Oxic and hypoxic compartments: α' = α·m·OMF, β' = β·OMF² (m = the α multiplier of the arm). */
function compartments(hf: number, alphaMult: number, alpha: number, beta: number, pOx: number, omfOx: number, pHy: number, omfHy: number): Compartment[] {
  return [
    { name: 'oxic', fraction: 1 - hf, pO2MmHg: pOx, omf: omfOx, alphaPerGy: alpha * alphaMult * omfOx, betaPerGy2: beta * omfOx * omfOx },
    { name: 'hypoxic', fraction: hf, pO2MmHg: pHy, omf: omfHy, alphaPerGy: alpha * alphaMult * omfHy, betaPerGy2: beta * omfHy * omfHy },
  ];
}

/** ln S of n fractions of physical-equivalent dose x per fraction ('full' reoxygenation: n·ln S(x); 'none': ln Σ f_c S_c(x)ⁿ). */
function scheduleLnS(c: Compartment[], x: number, n: number, reox: 'full' | 'none'): number {
  return reox === 'full' ? n * logSurvival(c, x) : logSurvival(c, x, n);
}

/** Last control D10 (its inputs and value): the control arm depends only on the cells and the oxygen model, shared by most candidates. */
const controlD10Memo = { f0: NaN, a0: NaN, b0: NaN, f1: NaN, a1: NaN, b1: NaN, d10: NaN };
const LN_01 = Math.log(0.1);

function controlD10(c: Compartment[]): number {
  const m = controlD10Memo;
  const [x, y] = c;
  if (m.f0 === x.fraction && m.a0 === x.alphaPerGy && m.b0 === x.betaPerGy2 && m.f1 === y.fraction && m.a1 === y.alphaPerGy && m.b1 === y.betaPerGy2) return m.d10;
  const d10 = lqMixtureDose(x.fraction, x.alphaPerGy, x.betaPerGy2, y.fraction, y.alphaPerGy, y.betaPerGy2, LN_01);
  m.f0 = x.fraction;
  m.a0 = x.alphaPerGy;
  m.b0 = x.betaPerGy2;
  m.f1 = y.fraction;
  m.a1 = y.alphaPerGy;
  m.b1 = y.betaPerGy2;
  m.d10 = d10;
  return d10;
}

/** Dose per fraction x at which n fractions of a compartment mixture reach ln S = lnTarget ('full': S(x)ⁿ; 'none': Σ f_c S_c(x)ⁿ). */
function scheduleDose(c: Compartment[], n: number, lnTarget: number, reox: 'full' | 'none'): number {
  const [x, y] = c;
  return reox === 'full'
    ? lqMixtureDose(x.fraction, x.alphaPerGy, x.betaPerGy2, y.fraction, y.alphaPerGy, y.betaPerGy2, lnTarget / n)
    : lqMixtureDose(x.fraction, n * x.alphaPerGy, n * x.betaPerGy2, y.fraction, n * y.alphaPerGy, n * y.betaPerGy2, lnTarget);
}

/** The exposure-independent part of the chain: checked parameters, beam, oxygen factors (resolved once per call or per course). */
interface ChainSetup {
  explain: boolean;
  plain: boolean;
  alpha: number;
  beta: number;
  h0: number;
  pOx: number;
  pHy: number;
  n: number;
  d: number;
  g: number;
  ic50: number;
  m: number;
  K: number;
  eps: number;
  rho: number;
  abRef: number;
  reox: 'full' | 'none';
  tissue: TissueId;
  /** the resolved beam on the lean path (water or soft tissue, no explanations); null = the explained path */
  beamObj: ReturnType<typeof getBeam> | null;
  leOverrides: Partial<Record<LocalEffectParamKey, number>> | undefined;
}

/** The explanation of the saturation of the summed local term (M4.3). */
function localSaturationExplanation(x: number, cellMassNg: number | undefined, o: Partial<Record<LocalEffectParamKey, number>> | undefined, linear: number, kappa: number, lef: number): Explanation {
  const LP = LOCAL_EFFECT_PARAMS;
  const w = o?.saturationMgPerG ?? LP.saturationMgPerG.value;
  const calMass = o?.calCellMassNg ?? LP.calCellMassNg.value;
  const mass = cellMassNg ?? calMass;
  return {
    equation: 'M4.3-local-saturation',
    formula: 'LEF = 1 + Σ_Z (LEF_Z,linear − 1) · κ, κ = φ(x / m_sat) / φ(m_ref / m_sat,cal), φ(u) = (1 − e^(−u)) / u, x = Σ_Z R_Z m_Z, m_sat = w_sat · m_cell',
    inputs: [
      { name: 'x (gold-equivalent metal per cell)', value: x, unit: 'pg' },
      { name: 'm_cell', value: mass, unit: 'ng' },
      { name: 'LEF, linear in metal per cell', value: linear, unit: '1' },
      { name: 'κ (saturation)', value: kappa, unit: '1' },
    ],
    params: [paramRow('w_sat', LP.saturationMgPerG, w), paramRow('m_ref', LP.mRefPg, o?.mRefPg ?? LP.mRefPg.value), paramRow('m_cell,cal', LP.calCellMassNg, calMass)],
    result: { name: 'localEnhancementFactor', value: lef, unit: '1' },
    note: 'The short-range electrons of intracellular metal sensitize the part of the cell within their range of a particle; that share, 1 − e^(−x/m_sat) for particles at random, grows linearly at low uptake and saturates once the range volumes tile the cell (the macroscopic DEF of the metal keeps growing). κ = 1 at the calibration point, so the published anchors are kept.',
  };
}

/** LEF = 1 + Σ_el (LEF_el − 1) on the lean path (the order and arithmetic of the explained path). */
function leanLef(cellPg: Record<string, number> | undefined, lefOf: (el: string, pg: number) => number): number {
  let LEF = 1;
  if (cellPg) for (const el in cellPg) LEF += lefOf(el, cellPg[el]) - 1;
  return LEF;
}

/** M4.4: occupancy O, the occupancy the hypoxia relief reflects O_h (lagged, or O), and the relieved hypoxic fraction h'. */
function fakState(C: number, reliefFactor: number | undefined, ic50: number, h0: number, rho: number, g: number): { O: number; Oh: number; h: number } {
  const O = fakOccupancy(C, ic50);
  const Oh = reliefFactor !== undefined && Number.isFinite(reliefFactor) ? Math.min(1, Math.max(0, reliefFactor)) : O;
  return { O, Oh, h: hypoxicFractionAfterFak(h0, rho, Oh, g) };
}

function chainSetup(inp: RadiosensitizationInputs): ChainSetup {
  const explain = inp.explain !== false;
  const o = inp.params ?? NO_PARAMS;
  // no overrides: the sourced values by direct property access (no keyed look-ups)
  const plain = o === NO_PARAMS;
  const P = RADIOBIOLOGY_PARAMS;
  const alpha = inp.alphaPerGy ?? (plain ? P.alphaPerGy.value : paramValue(o, 'alphaPerGy'));
  const beta = inp.betaPerGy2 ?? (plain ? P.betaPerGy2.value : paramValue(o, 'betaPerGy2'));
  checkLq(alpha, beta);
  const h0 = num('hypoxicFraction', inp.hypoxicFraction ?? (plain ? P.hypoxicFraction.value : paramValue(o, 'hypoxicFraction')), 0, 1);
  const pOx = num('pO2OxicMmHg', inp.pO2OxicMmHg ?? (plain ? P.pO2OxicMmHg.value : paramValue(o, 'pO2OxicMmHg')), 0, 1000);
  const pHy = num('pO2HypoxicMmHg', inp.pO2HypoxicMmHg ?? (plain ? P.pO2HypoxicMmHg.value : paramValue(o, 'pO2HypoxicMmHg')), 0, 1000);
  const n = inp.fractions ?? 1;
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new RangeError(`fractions: must be a whole number in [1, 1000], got ${n}`);
  const d = num('doseGyPerFraction', inp.doseGyPerFraction ?? 2, 0, 100);
  const g = num('cafUptakeG', inp.cafUptakeG ?? 0, 0, 1e6);
  const ic50 = inp.ic50M ?? (plain ? P.ic50M.value : paramValue(o, 'ic50M'));
  const m = plain ? P.omfM.value : paramValue(o, 'omfM');
  const K = plain ? P.omfKMmHg.value : paramValue(o, 'omfKMmHg');
  const eps = plain ? P.epsFak.value : paramValue(o, 'epsFak');
  const rho = plain ? P.rhoFak.value : paramValue(o, 'rhoFak');
  const abRef = plain ? P.alphaBetaEqd2Gy.value : paramValue(o, 'alphaBetaEqd2Gy');
  const reox = inp.reoxygenation ?? 'full';
  if (reox !== 'full' && reox !== 'none') throw new RangeError(`reoxygenation: use 'full' or 'none', got ${String(reox)}`);
  const tissue = inp.tissue ?? 'water';
  // lean: the number alone, from per-beam caches (same arithmetic); the explained path builds the rows and the text
  const beamObj = explain || (tissue !== 'water' && tissue !== 'soft-tissue') ? null : getBeam(inp.beam);
  let leOverrides: Partial<Record<LocalEffectParamKey, number>> | undefined;
  if (!plain) for (const k of LOCAL_EFFECT_KEYS) if (o[k] !== undefined) (leOverrides ??= {})[k] = o[k];
  return { explain, plain, alpha, beta, h0, pOx, pHy, n, d, g, ic50, m, K, eps, rho, abRef, reox, tissue, beamObj, leOverrides };
}

export function radiosensitization(inp: RadiosensitizationInputs): RadiosensitizationResult {
  const { explain, alpha, beta, h0, pOx, pHy, n, d, g, ic50, m, K, eps, rho, abRef, reox, tissue, beamObj, leOverrides } = chainSetup(inp);
  const P = RADIOBIOLOGY_PARAMS;
  const C = inp.freeDrugM ?? 0;

  const explanations: Explanation[] = [];

  // M4.2 macroscopic DEF, M4.3 local effect (summed over elements)
  const elements = inp.elements ?? {};
  let DEF: number;
  let LEF: number;
  if (beamObj) {
    DEF = doseEnhancementValue(elements, beamObj, tissue);
    LEF = leanLef(inp.intracellularPgPerCell, (el, pg) => localEnhancementValue(el, pg, beamObj, leOverrides));
    if (LEF !== 1) LEF = 1 + (LEF - 1) * localSaturationFactor(goldEquivalentPg(beamObj, inp.intracellularPgPerCell), inp.cellMassNg, leOverrides);
  } else {
    const defRes = doseEnhancementFactor({ elements, beam: inp.beam, tissue, explain });
    DEF = defRes.def;
    if (explain) explanations.push(withResult(defRes.explanation, { name: 'doseEnhancementFactor', value: DEF, unit: '1' }));
    LEF = 1;
    const cellPg = inp.intracellularPgPerCell;
    if (cellPg)
      for (const el in cellPg) {
        const r = localEnhancementFactor({ element: el, mCellPg: cellPg[el], beam: inp.beam, params: leOverrides, explain, ...(inp.localEffectSource !== undefined ? { strengthSource: inp.localEffectSource } : {}) });
        LEF += r.lef - 1;
        if (explain) explanations.push(withResult(r.explanation, { name: `localEnhancementFactor(${el}), linear term`, value: r.lef, unit: '1' }));
      }
    if (LEF !== 1) {
      const x = goldEquivalentPg(inp.beam, cellPg);
      const kappa = localSaturationFactor(x, inp.cellMassNg, leOverrides);
      const linear = LEF;
      LEF = 1 + (linear - 1) * kappa;
      if (explain) explanations.push(localSaturationExplanation(x, inp.cellMassNg, leOverrides, linear, kappa, LEF));
    }
  }

  // M4.4 FAK biology
  const { O, Oh, h } = fakState(C, inp.hypoxiaReliefFactor, ic50, h0, rho, g);
  if (explain) explanations.push({
    equation: 'M4.4-fak-occupancy',
    formula: 'O = C_free / (C_free + IC50); α × (1 + ε_FAK·O)',
    inputs: [{ name: 'C_free', value: C, unit: 'M' }],
    params: [paramRow('IC50', P.ic50M, ic50), paramRow('ε_FAK', P.epsFak, eps)],
    result: { name: 'fakOccupancy', value: O, unit: '1' },
  });
  if (explain) explanations.push({
    equation: 'M4.4-hypoxia-relief',
    formula: "h' = h · (1 − min(1, ρ_FAK · O_h · g)); O_h = the occupancy the relief reflects (lagged, M3.t) or O",
    inputs: [
      { name: 'h (baseline)', value: h0, unit: '1' },
      { name: 'O', value: O, unit: '1' },
      { name: 'O_h (relief)', value: Oh, unit: '1' },
      { name: 'g (CAF uptake)', value: g, unit: '1' },
    ],
    params: [paramRow('ρ_FAK', P.rhoFak, rho)],
    result: { name: 'hypoxicFraction', value: h, unit: '1' },
  });

  // M4.5 oxygen, M4.6 compartments
  const omfOx = oxygenModificationFactor(pOx, m, K);
  const omfHy = oxygenModificationFactor(pHy, m, K);
  const ctrl = compartments(h0, 1, alpha, beta, pOx, omfOx, pHy, omfHy);
  const trt = compartments(h, LEF * fakAlphaFactor(O, eps), alpha, beta, pOx, omfOx, pHy, omfHy);
  if (explain) explanations.push({
    equation: 'M4.5-omf',
    formula: 'OMF(p) = (m·p + K) / (p + K) / m; α × OMF, β × OMF²',
    inputs: [
      { name: 'pO2 oxic', value: pOx, unit: 'mmHg' },
      { name: 'pO2 hypoxic', value: pHy, unit: 'mmHg' },
    ],
    params: [paramRow('m', P.omfM, m), paramRow('K', P.omfKMmHg, K)],
    result: { name: 'OMF oxic / hypoxic', value: `${omfOx.toFixed(4)} / ${omfHy.toFixed(4)}`, unit: '1' },
  });

  // single-dose survival of the mixture (physical dose D; treated sees DEF·D)

  const sf2Control = Math.exp(logSurvival(ctrl, 2));
  const sf2Treated = Math.exp(logSurvival(trt, DEF * 2));
  // D10: the two-compartment root (closed form with one compartment), Newton inside the compartments' closed-form bracket
  const d10c = controlD10(ctrl);
  const d10t = lqMixtureDose(trt[0].fraction, trt[0].alphaPerGy, trt[0].betaPerGy2, trt[1].fraction, trt[1].alphaPerGy, trt[1].betaPerGy2, LN_01) / DEF;
  const SER = d10c / d10t;
  const lnTarget = scheduleLnS(trt, DEF * d, n, reox);
  const dStar = scheduleDose(ctrl, n, lnTarget, reox);
  const eqd2Gain = eqd2Gy(n, dStar, abRef) - eqd2Gy(n, d, abRef);

  if (explain) explanations.push({
    equation: 'M4.6-lq-two-compartment',
    formula: "S(D) = Σ_c f_c exp(−(α'_c D_eff + β'_c D_eff²)), α' = α·LEF·(1 + ε_FAK·O)·OMF, β' = β·OMF², D_eff = DEF·D",
    inputs: [
      { name: 'α', value: alpha, unit: 'Gy⁻¹' },
      { name: 'β', value: beta, unit: 'Gy⁻²' },
      { name: 'DEF', value: DEF, unit: '1' },
      { name: 'LEF', value: LEF, unit: '1' },
      { name: "h'", value: h, unit: '1' },
    ],
    params: [
      ...(inp.alphaPerGy === undefined ? [paramRow('α', P.alphaPerGy, alpha)] : []),
      ...(inp.betaPerGy2 === undefined ? [paramRow('β', P.betaPerGy2, beta)] : []),
      ...(inp.hypoxicFraction === undefined ? [paramRow('hypoxic fraction', P.hypoxicFraction, h0)] : []),
    ],
    result: { name: 'sf2Treated', value: sf2Treated, unit: '1' },
    note: `SF2 control ${sf2Control.toFixed(4)}, treated ${sf2Treated.toFixed(4)}.`,
  });
  if (explain) explanations.push({
    equation: 'M4.7-ser',
    formula: 'SER = D10_control / D10_treated (single dose, compartment-summed survival; root of S(D) = 0.1 by Newton inside the closed-form doses of the two compartments)',
    inputs: [
      { name: 'D10 control', value: d10c, unit: 'Gy' },
      { name: 'D10 treated', value: d10t, unit: 'Gy' },
    ],
    params: [],
    result: { name: 'sensitizerEnhancementRatio', value: SER, unit: '1' },
  });
  if (explain) explanations.push({
    equation: 'M4.7-eqd2-gain',
    formula: 'S_control(n × d*) = S_treated(n × d); gain = n d*(d* + α/β)/(2 + α/β) − n d(d + α/β)/(2 + α/β)',
    inputs: [
      { name: 'n', value: n, unit: 'fractions' },
      { name: 'd', value: d, unit: 'Gy' },
      { name: 'd*', value: dStar, unit: 'Gy' },
      { name: 'reoxygenation', value: reox, unit: '' },
    ],
    params: [paramRow('α/β', P.alphaBetaEqd2Gy, abRef)],
    result: { name: 'eqd2GainGy', value: eqd2Gain, unit: 'Gy' },
    note: reox === 'full' ? 'Hypoxic fraction assumed restored between fractions (full reoxygenation), so S(n × d) = S(d)ⁿ.' : 'No reoxygenation between fractions: each compartment keeps its cells, S = Σ f_c S_c(d)ⁿ.',
  });

  return {
    doseEnhancementFactor: DEF,
    localEnhancementFactor: LEF,
    hypoxicFraction: h,
    sensitizerEnhancementRatio: SER,
    sf2Control,
    sf2Treated,
    eqd2GainGy: eqd2Gain,
    fakOccupancy: O,
    d10ControlGy: d10c,
    d10TreatedGy: d10t,
    survivalControl: Math.exp(scheduleLnS(ctrl, d, n, reox)),
    survivalTreated: Math.exp(lnTarget),
    equivalentControlDoseGy: dStar,
    compartmentsControl: ctrl,
    compartmentsTreated: trt,
    explanations,
  };
}

/** What changes from one clinical fraction to the next: the tumour's concentrations and the hypoxia relief at its time (M3.t). */
export type RadiosensitizationExposure = Pick<RadiosensitizationInputs, 'elements' | 'intracellularPgPerCell' | 'freeDrugM' | 'hypoxiaReliefFactor'>;

/** The part of a RadiosensitizationResult an exposure sets: what the outcome's TCP reads (DEF, compartments) and its table shows. */
export interface ExposureRadiosensitization {
  doseEnhancementFactor: number;
  localEnhancementFactor: number;
  hypoxicFraction: number;
  fakOccupancy: number;
  compartmentsControl: Compartment[];
  compartmentsTreated: Compartment[];
}

/**
 * The chain of radiosensitization() split at the exposure: parameters, beam, s(beam), oxygen factors and the control
 * compartments are resolved once from `inp`; the returned function runs only what depends on the exposure (DEF, LEF,
 * occupancy, h', treated compartments), with the same arithmetic as radiosensitization({ ...inp, ...exposure,
 * explain: false }) — equal to the last bit (tested). No SER, D10 or EQD2 gain (root finding), which the outcome's TCP
 * does not read. The control compartments are one array shared by every call (read-only).
 */
export function radiosensitizationByExposure(inp: RadiosensitizationInputs): (ex: RadiosensitizationExposure) => ExposureRadiosensitization {
  const { alpha, beta, h0, pOx, pHy, g, ic50, m, K, eps, rho, tissue, beamObj, leOverrides } = chainSetup({ ...inp, explain: false });
  const omfOx = oxygenModificationFactor(pOx, m, K);
  const omfHy = oxygenModificationFactor(pHy, m, K);
  const ctrl = compartments(h0, 1, alpha, beta, pOx, omfOx, pHy, omfHy);
  const lefOf = beamObj
    ? localEnhancementValueFor(beamObj, leOverrides)
    : (el: string, pg: number) => localEnhancementFactor({ element: el, mCellPg: pg, beam: inp.beam, params: leOverrides, explain: false }).lef;
  return (ex) => {
    const elements = ex.elements ?? {};
    const DEF = beamObj ? doseEnhancementValue(elements, beamObj, tissue) : doseEnhancementFactor({ elements, beam: inp.beam, tissue, explain: false }).def;
    let LEF = leanLef(ex.intracellularPgPerCell, lefOf);
    if (LEF !== 1) LEF = 1 + (LEF - 1) * localSaturationFactor(goldEquivalentPg(beamObj ?? inp.beam, ex.intracellularPgPerCell), inp.cellMassNg, leOverrides);
    const { O, h } = fakState(ex.freeDrugM ?? 0, ex.hypoxiaReliefFactor, ic50, h0, rho, g);
    const trt = compartments(h, LEF * fakAlphaFactor(O, eps), alpha, beta, pOx, omfOx, pHy, omfHy);
    return { doseEnhancementFactor: DEF, localEnhancementFactor: LEF, hypoxicFraction: h, fakOccupancy: O, compartmentsControl: ctrl, compartmentsTreated: trt };
  };
}
