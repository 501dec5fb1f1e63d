// M1 loading: picks (qmax, K) per payload (user calibration > published anchor > carrier rule with size exclusion), solves the competitive Langmuir balance and reports EE, LC and molecules per particle.
import type { AgentProps, CoreProps, LoadingAnchor, LoadingCalibration, LoadingMode, LoadingRule, PartitionRule, PrepMethod } from '../entities';
import { mapArray } from '../arrays';
import { param, paramRow, resolveParam, type Explanation, type Param, type ParamSet } from '../param';
import type { Warning } from '../scores';
import { LANGMUIR_SINGLE_FORMULA, solveCompetitiveLangmuir } from './langmuir';

/** Avogadro constant (mol⁻¹), exact (SI 2019). */
export const AVOGADRO_PER_MOL = 6.02214076e23;

/** Model-level loading parameters (MODEL.md M1). */
export const LOADING_PARAMS = {
  'loading.surfaceGammaMgPerM2': param(
    1,
    'mg/m²',
    'assumption: payload adsorbed per external surface area when the agent is too large for the pores (≈ a monolayer of a small drug; MODEL.md M1)',
    'assumption',
    { spread: { kind: 'lognormal', gsd: 2 }, min: 0.01, max: 20, label: 'Γ', description: 'Surface loading of size-excluded payloads' },
  ),
  'loading.latticeAffinityK': param(
    1000,
    '1',
    'assumption: an element doped into the lattice during synthesis is incorporated near-quantitatively until the lattice capacity (the rule\'s qmax) is reached; K = 1000 gives EE ≈ 99 % at a feed of 90 % of capacity and ≈ 97 % at 100 %',
    'assumption',
    { spread: { kind: 'lognormal', gsd: 3 }, min: 1, max: 1e6, label: 'K_lattice', description: 'Affinity used for doped (lattice) loading' },
  ),
  'loading.referenceCarrierMgPerMl': param(
    1,
    'mg/mL',
    'assumption: the carrier concentration of the loading suspension that the carrier rules\' dimensionless affinities K stand for (MOF and silica soaking is typically done at ≈ 0.5–5 mg carrier per mL); a payload that states its loading concentration C₀ gets K = K_L·c_c with K_L = K/c_ref (mL/mg) and c_c = C₀/f (M1.isotherm, #27)',
    'assumption',
    { min: 0.01, max: 100, label: 'c_ref', description: 'Carrier concentration the class affinities K refer to (post-loading); not sampled by the Monte Carlo (the class K it scales is already an assumption)' },
  ),
} satisfies ParamSet;

export type LoadingParamId = keyof typeof LOADING_PARAMS;

export interface PayloadLoadingInput {
  agent: AgentProps;
  mode: LoadingMode;
  /** Payload mass fed per carrier mass (mg/mg), > 0. */
  feedMassRatio: number;
  /** Preparation method of a polymer particle (M1.partition); absent = the carrier's default method. */
  method?: PrepMethod;
  /**
   * Drug concentration of the loading solution (mg/mL) for post-synthetic adsorption (M1.isotherm); absent = the
   * carrier rule's affinity at the reference carrier concentration.
   */
  loadingConcentrationMgPerMl?: number;
}

/** What loading needs from M0 (a GeometryResult fits). */
export interface LoadingGeometry {
  coreDiameterNm: number;
  coreMassG: number;
  /** c · r_geom: membrane mass on the particle per core mass. */
  membraneMassPerCoreMass: number;
}

export interface LoadingInput {
  core: CoreProps;
  geometry: LoadingGeometry;
  payloads: readonly PayloadLoadingInput[];
  /** Published anchors (catalog); the first matching core–agent–mode wins. */
  anchors?: readonly LoadingAnchor[];
  /** User calibrations (workspace); they override anchors and rules. */
  calibrations?: readonly LoadingCalibration[];
  overrides?: Record<string, number>;
  /** Build explanations (default true; sweeps can skip them). */
  explain?: boolean;
}

export type RuleOrigin = 'calibration' | 'anchor' | 'rule' | 'size-exclusion' | 'free-drug' | 'partition';

export interface ResolvedLoadingRule {
  qmaxMgPerMg: number;
  affinityK: number;
  origin: RuleOrigin;
  /** Parameter rows with sources for the explanation. */
  params: Explanation['params'];
  note?: string;
  /** M1.partition: EE of this payload alone before the polymer's capacity is shared (0..1), and how it was reached. */
  partition?: PartitionEE;
}

export interface PayloadLoadingResult {
  agent: string;
  mode: LoadingMode;
  feedMassRatio: number;
  /** q (mg loaded per mg carrier). */
  loadedMgPerMgCarrier: number;
  encapsulationEfficiencyPct: number;
  /** Payload mass / total particle mass (core + payloads + membrane) × 100. */
  loadingCapacityPct: number;
  /** q · m_core · N_A / MW; 0 for free drug (no particle). */
  moleculesPerParticle: number;
  qmaxMgPerMg: number;
  affinityK: number;
  ruleOrigin: RuleOrigin;
}

export interface LoadingResult {
  payloads: PayloadLoadingResult[];
  /** Σ payload mass / total particle mass × 100. */
  totalLoadingPct: number;
  /** Σ q (mg per mg carrier). */
  totalLoadedMgPerMgCarrier: number;
  /** Core + payloads + membrane mass of one particle (g); 0 for free drug (no particle). */
  particleMassG: number;
  explanations: Explanation[];
  warnings: Warning[];
}

function calibrationParam(value: number, unit: string, what: string): Param {
  return param(value, unit, `user calibration: ${what} fitted to the user's measured loading points`, 'data');
}

/** External specific surface area of a sphere, 6/(ρ d), in m²/g for ρ in g/cm³ and d in nm: 6/(ρ·1e6 g/m³ · d·1e-9 m) = 6000/(ρ d). */
export function specificSurfaceM2PerG(densityGPerCm3: number, diameterNm: number): number {
  return 6000 / (densityGPerCm3 * diameterNm);
}

/** What M1.partition computes for one drug in a forming polymer particle (fractions 0..1). */
export interface PartitionEE {
  method: PrepMethod;
  /** Aqueous volume per mg polymer (mL/mg). */
  aqueousMlPerMg: number;
  /** Polymer volume per mg polymer (mL/mg) = 1/(1000 ρ). */
  polymerMlPerMg: number;
  /** K_pw = 10^logP. */
  partitionCoefficient: number;
  /** Fraction left in the water at partition equilibrium, V/(V + K v_p). */
  lostByPartition: number;
  /** Fraction the water can hold dissolved, S_w V / f (may exceed 1). */
  lostBySolubility: number;
  /** Inner-phase retention used (double emulsion; 0 otherwise). */
  innerRetention: number;
  /** EE before the capacity check. */
  ee: number;
}

/**
 * M1.partition (#27): encapsulation efficiency of a drug in a polymer particle formed around it. The drug divides
 * between the polymer (volume v_p = 1/(1000 ρ) mL per mg) and the aqueous phase of the preparation (V mL per mg polymer,
 * by method); at equilibrium the water keeps V/(V + K v_p) of it, K = 10^logP (octanol as the proxy of the polyester
 * matrix), but never more than it can dissolve, S_w V / f (the rest co-precipitates with the polymer). Double emulsion:
 * the inner water droplets keep a fraction ε of the drug inside whatever its partition, EE = ε + (1 − ε) EE_single.
 * EE = 1 − min(V/(V + K v_p), S_w V / f), in [0, 1]; rises with logP, with the feed (drug:polymer ratio) and falls with V.
 */
export function partitionEE(agent: AgentProps, rule: PartitionRule, method: PrepMethod | undefined, feedMassRatio: number, densityGPerCm3: number): PartitionEE {
  const m = method ?? rule.defaultMethod;
  const V = rule.aqueousMlPerMg[m].value;
  const vp = 1 / (1000 * densityGPerCm3);
  const K = Math.pow(10, agent.logP?.value ?? 0);
  const sw = agent.aqueousSolubilityMgPerMl?.value ?? Infinity;
  const lostByPartition = V / (V + K * vp);
  const lostBySolubility = feedMassRatio > 0 ? (sw * V) / feedMassRatio : Infinity;
  const single = 1 - Math.min(1, lostByPartition, lostBySolubility);
  const eps = m === 'double-emulsion' ? rule.innerRetention.value : 0;
  const ee = Math.min(1, Math.max(0, eps + (1 - eps) * single));
  return { method: m, aqueousMlPerMg: V, polymerMlPerMg: vp, partitionCoefficient: K, lostByPartition, lostBySolubility, innerRetention: eps, ee };
}

/** Whether a payload loads by M1.partition: the carrier's rule for the mode has a partition block and the agent has logP and S_w. */
export function usesPartition(core: CoreProps, agent: AgentProps, mode: LoadingMode): boolean {
  return core.loading[mode]?.partition !== undefined && agent.logP !== undefined && agent.aqueousSolubilityMgPerMl !== undefined;
}

/**
 * (qmax, K) for one payload. Order: user calibration for core–agent–mode, then a published anchor, then the carrier's rule
 * for the mode (K by the agent's affinity class). For post-loading into a porous carrier whose rule declares size exclusion,
 * an agent wider than the pore aperture only coats the external surface: qmax = 6/(ρ d) · Γ.
 */
export function resolveLoadingRule(
  core: CoreProps,
  agent: AgentProps,
  mode: LoadingMode,
  diameterNm: number,
  anchors: readonly LoadingAnchor[] = [],
  calibrations: readonly LoadingCalibration[] = [],
  overrides?: Record<string, number>,
  method?: PrepMethod,
  feedMassRatio = 0,
): ResolvedLoadingRule {
  const cal = calibrations.find((c) => c.core === core.id && c.agent === agent.id && c.mode === mode);
  if (cal) {
    return {
      qmaxMgPerMg: cal.qmaxMgPerMg,
      affinityK: cal.affinityK,
      origin: 'calibration',
      params: [paramRow('qmax', calibrationParam(cal.qmaxMgPerMg, 'mg/mg', 'qmax')), paramRow('K', calibrationParam(cal.affinityK, '1', 'K'))],
    };
  }
  const anchor = anchors.find((a) => a.core === core.id && a.agent === agent.id && a.mode === mode);
  if (anchor) {
    return {
      qmaxMgPerMg: anchor.qmaxMgPerMg.value,
      affinityK: anchor.affinityK.value,
      origin: 'anchor',
      params: [paramRow('qmax', anchor.qmaxMgPerMg), paramRow('K', anchor.affinityK)],
      note: `published anchor for ${agent.id} ${mode} in ${core.id}`,
    };
  }
  const rule: LoadingRule | undefined = core.loading[mode];
  if (!rule) {
    const modes = Object.keys(core.loading);
    throw new Error(`loading: ${core.id} cannot do '${mode}' loading (possible: ${modes.length ? modes.join(', ') : 'none'})`);
  }
  if (rule.partition && usesPartition(core, agent, mode)) {
    const pr = rule.partition;
    const pe = partitionEE(agent, pr, method, feedMassRatio, core.densityGPerCm3.value);
    const ee = Math.min(pe.ee, 1 - 1e-12);
    return {
      qmaxMgPerMg: rule.qmaxMgPerMg.value,
      // the Langmuir affinity with the same low-feed EE (a = K·qmax = EE/(1 − EE)), reported for comparison only
      affinityK: ee / (1 - ee) / rule.qmaxMgPerMg.value,
      origin: 'partition',
      params: [
        paramRow('logP', agent.logP!),
        paramRow('S_w', agent.aqueousSolubilityMgPerMl!),
        paramRow(`V (${pe.method})`, pr.aqueousMlPerMg[pe.method]),
        ...(pe.method === 'double-emulsion' ? [paramRow('ε (inner phase kept)', pr.innerRetention)] : []),
        paramRow('ρ_polymer', core.densityGPerCm3),
        paramRow('q_max (polymer capacity)', rule.qmaxMgPerMg),
      ],
      note: `${agent.id} partitions into the polymer (${pe.method}${method ? '' : ', the carrier\'s default method'}): K = 10^logP = ${pe.partitionCoefficient.toPrecision(3)}, the water keeps min(V/(V + K v_p) = ${pe.lostByPartition.toPrecision(3)}, S_w V/f = ${pe.lostBySolubility.toPrecision(3)})${pe.innerRetention > 0 ? `, inner phase keeps ε = ${pe.innerRetention}` : ''} → EE ${(100 * pe.ee).toFixed(1)} % before the capacity check`,
      partition: pe,
    };
  }
  const kParam = rule.affinityK[agent.affinityClass];
  // The widest aperture the framework admits (poreApertureFlexNm): a flexible framework's linker swing, or the larger of
  // two window types (MIL-100(Fe)), lets in molecules wider than poreApertureNm (#27 load4/load5: the same test M2.surface
  // uses, so M1 and M2 agree on where a drug sits).
  const rigid = core.poreApertureNm?.value;
  const aperture = rigid === undefined ? undefined : Math.max(rigid, core.poreApertureFlexNm?.value ?? rigid);
  const excluded = mode === 'post-loaded' && rule.sizeExclusion === true && aperture !== undefined && agent.minDimensionNm.value > aperture;
  if (excluded) {
    const gammaP = LOADING_PARAMS['loading.surfaceGammaMgPerM2'];
    const gamma = resolveParam(gammaP, overrides?.['loading.surfaceGammaMgPerM2']);
    const area = specificSurfaceM2PerG(core.densityGPerCm3.value, diameterNm);
    // m²/g × mg/m² = mg/g = 1e-3 mg/mg
    const qmax = (area * gamma) / 1000;
    return {
      qmaxMgPerMg: qmax,
      affinityK: kParam.value,
      origin: 'size-exclusion',
      params: [paramRow('Γ', gammaP, gamma), paramRow('ρ_core', core.densityGPerCm3), paramRow(`K (${agent.affinityClass})`, kParam)],
      note: `${agent.id} (smallest dimension ${agent.minDimensionNm.value} nm) is wider than the ${aperture} nm pore aperture${aperture !== rigid ? ` (the widest window the framework admits; its narrow window is ${rigid} nm)` : ''}: only the external surface loads, qmax = 6/(ρ d)·Γ = ${area.toFixed(1)} m²/g × ${gamma} mg/m² = ${qmax.toPrecision(3)} mg/mg`,
    };
  }
  if (mode === 'doped') {
    const kp = LOADING_PARAMS['loading.latticeAffinityK'];
    const kl = resolveParam(kp, overrides?.['loading.latticeAffinityK']);
    return {
      qmaxMgPerMg: rule.qmaxMgPerMg.value,
      affinityK: kl,
      origin: 'rule',
      params: [paramRow('qmax (lattice capacity)', rule.qmaxMgPerMg), paramRow('K_lattice', kp, kl)],
    };
  }
  return {
    qmaxMgPerMg: rule.qmaxMgPerMg.value,
    affinityK: kParam.value,
    origin: 'rule',
    params: [paramRow('qmax', rule.qmaxMgPerMg), paramRow(`K (${agent.affinityClass})`, kParam)],
  };
}

const isElementPayload = (a: AgentProps) => a.kind === 'element';

/** Which pool of sites a payload fills: the carrier's lattice, or its adsorption sites (pores, surface, bonds). */
export type LoadingPool = 'lattice' | 'adsorption';

/**
 * The pool a payload loads into. 'doped' payloads, and element agents (kind 'element', e.g. bismuth) loaded 'one-pot',
 * enter the lattice pool: a metal precursor present while the carrier forms co-precipitates into the framework (or
 * nucleates metal/oxide nanodots inside it) instead of adsorbing on the drug's binding sites, so it does not displace
 * the drug. Every other payload competes in the adsorption pool. (qmax, K) still come from resolveLoadingRule for the
 * payload's own mode; only the competition changes.
 */
export function loadingPool(agent: AgentProps, mode: LoadingMode): LoadingPool {
  if (mode === 'doped') return 'lattice';
  if (mode === 'one-pot' && agent.kind === 'element') return 'lattice';
  return 'adsorption';
}

function langmuirInputs(idx: readonly number[], payloads: readonly PayloadLoadingInput[], q: readonly number[]): Explanation['inputs'] {
  const out: Explanation['inputs'] = [];
  for (const i of idx) {
    const id = payloads[i].agent.id;
    out.push({ name: `f(${id})`, value: payloads[i].feedMassRatio, unit: 'mg/mg' }, { name: `q(${id})`, value: q[i], unit: 'mg/mg' });
  }
  return out;
}

/** The rules' parameter rows, each name tagged with its payload and mode. */
function langmuirParams(idx: readonly number[], payloads: readonly PayloadLoadingInput[], rules: readonly ResolvedLoadingRule[]): Explanation['params'] {
  const out: Explanation['params'] = [];
  for (const i of idx) {
    const tag = ` [${payloads[i].agent.id}, ${payloads[i].mode}]`;
    for (const r of rules[i].params) out.push({ ...r, name: `${r.name}${tag}` });
  }
  return out;
}

/** What M1.isotherm did to one payload's affinity. */
export interface IsothermScaling {
  /** C₀: drug concentration of the loading solution (mg/mL). */
  loadingConcentrationMgPerMl: number;
  /** c_c = C₀ / f: carrier concentration of the loading suspension (mg/mL). */
  carrierMgPerMl: number;
  /** c_ref: carrier concentration the rule's K stands for (mg/mL). */
  referenceCarrierMgPerMl: number;
  /** K_L = K_rule / c_ref (mL/mg). */
  langmuirKMlPerMg: number;
  /** K = K_L · c_c (dimensionless, what the mass balance uses). */
  affinityK: number;
}

/**
 * M1.isotherm (#27 load4): post-synthetic adsorption at the stated loading conditions. Langmuir in the equilibrium
 * concentration, q = q_max K_L C_e / (1 + K_L C_e), with the mass balance C_e = C₀ − c_c q of a suspension of c_c mg
 * carrier per mL in a drug solution of C₀ mg/mL (feed f = C₀/c_c), is the dimensionless balance q = q_max K (f − q) /
 * (1 + K (f − q)) with K = K_L c_c. The carrier rules' K (per affinity class) are read as K_L · c_ref at a reference
 * carrier concentration c_ref; a payload that states C₀ therefore loads with K = K × (C₀/f)/c_ref: at one drug:carrier
 * ratio a more concentrated loading suspension leaves less drug in solution and loads more. Applies to payloads
 * post-loaded by the carrier rule (into pores, or onto the external surface when size-excluded); anchors, user
 * calibrations and M1.partition keep their own K. null when it does not apply.
 */
export function isothermScaling(rule: ResolvedLoadingRule, payload: PayloadLoadingInput, overrides?: Record<string, number>): IsothermScaling | null {
  const c0 = payload.loadingConcentrationMgPerMl;
  if (c0 === undefined || payload.mode !== 'post-loaded' || (rule.origin !== 'rule' && rule.origin !== 'size-exclusion')) return null;
  if (!(c0 > 0) || !Number.isFinite(c0)) throw new Error(`loading: loadingConcentrationMgPerMl of ${payload.agent.id} must be a finite number > 0`);
  const cRef = resolveParam(LOADING_PARAMS['loading.referenceCarrierMgPerMl'], overrides?.['loading.referenceCarrierMgPerMl']);
  const carrier = c0 / payload.feedMassRatio;
  const kL = rule.affinityK / cRef;
  return { loadingConcentrationMgPerMl: c0, carrierMgPerMl: carrier, referenceCarrierMgPerMl: cRef, langmuirKMlPerMg: kL, affinityK: kL * carrier };
}

/** M1: loading of every payload into one carrier. Pure: core, agents, anchors and calibrations are passed in. */
export function computeLoading(input: LoadingInput): LoadingResult {
  const { core, geometry, payloads, overrides } = input;
  const explain = input.explain !== false;
  const warnings: Warning[] = [];
  const explanations: Explanation[] = [];
  for (const p of payloads) {
    if (!(p.feedMassRatio > 0) || !Number.isFinite(p.feedMassRatio)) throw new Error(`loading: feedMassRatio of ${p.agent.id} must be a finite number > 0`);
  }
  if (payloads.length === 0) {
    return { payloads: [], totalLoadingPct: 0, totalLoadedMgPerMgCarrier: 0, particleMassG: geometry.coreMassG * (1 + geometry.membraneMassPerCoreMass), explanations, warnings };
  }

  if (core.coreClass === 'free-drug') {
    const totalFeed = payloads.reduce((s, p) => s + p.feedMassRatio, 0);
    const out = payloads.map<PayloadLoadingResult>((p) => ({
      agent: p.agent.id,
      mode: p.mode,
      feedMassRatio: p.feedMassRatio,
      loadedMgPerMgCarrier: p.feedMassRatio,
      encapsulationEfficiencyPct: 100,
      loadingCapacityPct: (100 * p.feedMassRatio) / totalFeed,
      moleculesPerParticle: 0,
      qmaxMgPerMg: Infinity,
      affinityK: Infinity,
      ruleOrigin: 'free-drug',
    }));
    if (explain)
      explanations.push({
        equation: 'M1.free-drug',
        formula: 'EE = 100 %, LC_i = f_i / Σ f_j (drug is its own "particle")',
        inputs: payloads.map((p) => ({ name: `f(${p.agent.id})`, value: p.feedMassRatio, unit: 'mg/mg' })),
        params: [],
        note: 'Free drug: there is no carrier, so every molecule is "loaded" (EE 100 %), the drug is 100 % of its own mass (LC 100 %, split by feed among drugs), and molecules per particle does not apply (reported as 0).',
      });
    return { payloads: out, totalLoadingPct: 100, totalLoadedMgPerMgCarrier: totalFeed, particleMassG: 0, explanations, warnings };
  }

  const rules = mapArray(payloads, (p) => {
    const r = resolveLoadingRule(core, p.agent, p.mode, geometry.coreDiameterNm, input.anchors, input.calibrations, overrides, p.method, p.feedMassRatio);
    const iso = isothermScaling(r, p, overrides);
    if (!iso) return r;
    return {
      ...r,
      affinityK: iso.affinityK,
      params: [...r.params, paramRow('c_ref', LOADING_PARAMS['loading.referenceCarrierMgPerMl'], iso.referenceCarrierMgPerMl)],
      note: `${r.note ? `${r.note}. ` : ''}M1.isotherm: loaded from ${iso.loadingConcentrationMgPerMl} mg/mL drug at f = ${p.feedMassRatio} mg/mg, i.e. ${iso.carrierMgPerMl.toPrecision(3)} mg carrier per mL; K_L = K/c_ref = ${iso.langmuirKMlPerMg.toPrecision(3)} mL/mg, K = K_L·c_c = ${iso.affinityK.toPrecision(3)}`,
    };
  });
  // Pools of binding sites (docs/model/loading.md): the lattice pool (doped elements, and element agents loaded one-pot,
  // which co-precipitate into the framework or form nanodots) does not compete with the adsorption pool (drugs in pores,
  // on surfaces, conjugated or complexed); payloads compete only within their pool (MODEL.md M1).
  const q = new Array<number>(payloads.length).fill(0);
  // M1.partition pool: drugs partitioning into a forming polymer particle share its capacity q_max; beyond it the
  // excess crystallizes outside the particles (every partition payload scaled by min(1, q_max / Σ f·EE)).
  const part: number[] = [];
  for (let i = 0; i < payloads.length; i++) if (rules[i].origin === 'partition') part.push(i);
  if (part.length) {
    const want = part.map((i) => payloads[i].feedMassRatio * rules[i].partition!.ee);
    const total = want.reduce((a, b) => a + b, 0);
    const cap = rules[part[0]].qmaxMgPerMg;
    const scale = total > cap ? cap / total : 1;
    part.forEach((i, j) => (q[i] = want[j] * scale));
    if (explain)
      explanations.push({
        equation: 'M1.partition',
        formula: 'EE = 1 − min(V/(V + 10^logP · v_p), S_w V / f) [double emulsion: ε + (1 − ε)·EE]; q = f·EE·min(1, q_max / Σ f·EE)',
        inputs: part.flatMap((i) => [
          { name: `f(${payloads[i].agent.id})`, value: payloads[i].feedMassRatio, unit: 'mg/mg' },
          { name: `preparation method (${payloads[i].agent.id})`, value: payloads[i].method ? rules[i].partition!.method : `${rules[i].partition!.method} (the carrier's usual method)`, unit: '' },
          { name: `V(${payloads[i].agent.id})`, value: rules[i].partition!.aqueousMlPerMg, unit: 'mL/mg' },
          { name: `v_p`, value: rules[i].partition!.polymerMlPerMg, unit: 'mL/mg' },
          { name: `q(${payloads[i].agent.id})`, value: q[i], unit: 'mg/mg' },
        ]),
        params: langmuirParams(part, payloads, rules),
        note: [...part.map((i) => rules[i].note), scale < 1 ? `The drugs exceed the polymer's capacity (${cap} mg/mg): the excess (${(100 * (1 - scale)).toFixed(0)} %) crystallizes outside the particles.` : undefined].filter(Boolean).join(' '),
      });
  }
  for (const doped of [false, true]) {
    const idx: number[] = [];
    for (let i = 0; i < payloads.length; i++) if (rules[i].origin !== 'partition' && loadingPool(payloads[i].agent, payloads[i].mode) === (doped ? 'lattice' : 'adsorption')) idx.push(i);
    if (idx.length === 0) continue;
    const sol = solveCompetitiveLangmuir(
      mapArray(idx, (i) => payloads[i].feedMassRatio),
      mapArray(idx, (i) => rules[i].qmaxMgPerMg),
      mapArray(idx, (i) => rules[i].affinityK),
    );
    idx.forEach((i, j) => (q[i] = sol.q[j]));
    if (explain)
      explanations.push({
        equation: doped ? 'M1.lattice-doping' : 'M1.langmuir-competitive',
        formula: idx.length === 1 ? LANGMUIR_SINGLE_FORMULA : 'q_i = qmax_i K_i (f_i − q_i) / (1 + Σ_j K_j (f_j − q_j))',
        inputs: langmuirInputs(idx, payloads, q),
        params: langmuirParams(idx, payloads, rules),
        note: [
          doped ? 'Lattice pool: doped elements, and elements loaded one-pot (the metal precursor co-precipitates into the framework or forms nanodots), fill a separate capacity and do not compete with adsorbed drugs.' : idx.length > 1 ? `Payloads compete for the same sites (solved to |Δ| < 1e-10; max residual ${sol.maxResidual.toExponential(1)}).` : undefined,
          ...idx.map((i) => rules[i].note),
        ].filter(Boolean).join(' '),
      });
  }

  const sumQ = q.reduce((s, v) => s + v, 0);
  const denom = 1 + sumQ + geometry.membraneMassPerCoreMass;
  const out = mapArray<PayloadLoadingInput, PayloadLoadingResult>(payloads, (p, i) => {
    const mw = p.agent.molecularWeightGPerMol.value;
    const molecules = mw > 0 ? (q[i] * geometry.coreMassG * AVOGADRO_PER_MOL) / mw : 0;
    const ee = q[i] / p.feedMassRatio;
    if (ee < 0.5 && !isElementPayload(p.agent)) warnings.push({ code: 'loading.low-ee', message: `${p.agent.id}: only ${(100 * ee).toFixed(0)} % of the fed payload loads (qmax ${rules[i].qmaxMgPerMg.toPrecision(3)} mg/mg${rules[i].origin === 'size-exclusion' ? ', size-excluded from the pores' : ''}).` });
    return {
      agent: p.agent.id,
      mode: p.mode,
      feedMassRatio: p.feedMassRatio,
      loadedMgPerMgCarrier: q[i],
      encapsulationEfficiencyPct: 100 * ee,
      loadingCapacityPct: (100 * q[i]) / denom,
      moleculesPerParticle: molecules,
      qmaxMgPerMg: rules[i].qmaxMgPerMg,
      affinityK: rules[i].affinityK,
      ruleOrigin: rules[i].origin,
    };
  });
  if (rules.some((r) => r.origin === 'size-exclusion')) warnings.push({ code: 'loading.size-exclusion', message: 'A post-loaded payload is wider than the pore aperture and only loads on the external surface.' });
  if (explain)
    explanations.push({
      equation: 'M1.loading-content',
      formula: 'EE_i = q_i / f_i; LC_i = q_i / (1 + Σ q_j + c·r_geom); molecules_i = q_i · m_core · N_A / MW_i',
      inputs: [
        { name: 'Σ q', value: sumQ, unit: 'mg/mg' },
        { name: 'c·r_geom', value: geometry.membraneMassPerCoreMass, unit: 'mg/mg' },
        { name: 'm_core', value: geometry.coreMassG, unit: 'g' },
        ...payloads.map((p) => ({ name: `MW(${p.agent.id})`, value: p.agent.molecularWeightGPerMol.value, unit: 'g/mol' })),
      ],
      params: payloads.map((p) => paramRow(`MW(${p.agent.id})`, p.agent.molecularWeightGPerMol)),
      result: { name: 'total LC', value: (100 * sumQ) / denom, unit: '%' },
      note: 'LC counts the membrane protein on the particle (c·r_geom) in the particle mass; membrane lipid is not counted (M0 limit).',
    });
  return {
    payloads: out,
    totalLoadingPct: (100 * sumQ) / denom,
    totalLoadedMgPerMgCarrier: sumQ,
    particleMassG: geometry.coreMassG * denom,
    explanations,
    warnings,
  };
}

/**
 * Encapsulation efficiency of the whole feed (%): Σ loaded / Σ fed payload mass over every payload (negative values
 * count as 0), the EE the desirability score uses and the Bench sheet shows; null when nothing is fed. The per-payload
 * EE is `PayloadLoadingResult.encapsulationEfficiencyPct`; the two differ when payloads load differently.
 */
export function wholeFeedEncapsulationPct(payloads: readonly { feedMassRatio: number; loadedMgPerMgCarrier: number }[]): number | null {
  let fed = 0;
  let loaded = 0;
  for (const p of payloads) {
    fed += Math.max(0, p.feedMassRatio);
    loaded += Math.max(0, p.loadedMgPerMgCarrier);
  }
  return fed > 0 ? (100 * loaded) / fed : null;
}
