// The orchestrator: a completed formulation → Scores (contract §2), in named stages M0 geometry → M1 loading → M3 targeting → M2 release → M3 delivery → M3.t pharmacokinetics → M4 → M5.
import type { AgentProps, CopolymerProps, CoreProps, MembraneProps, VehicleDrugPk } from '../model/entities';
import { computeGeometry, type GeometryResult } from '../model/geometry';
import { mapArray } from '../model/arrays';
import { computeLoading, wholeFeedEncapsulationPct, type LoadingResult, type PayloadLoadingInput } from '../model/loading';
import type { Explanation } from '../model/param';
import { massFractions } from '../model/physics/composition';
import { carrierWashout, exposureExplanation, extracellularDistribution, extracellularExplanation, fractionExposures, freeDrugVolumeL, pharmacokinetics, pkExplanations, pkp, vehicleFreeDrugPk, type ExtracellularInput, type FractionExposure, type PkModel, type PkPayloadInput } from '../model/pk';
import { radiosensitization, type RadiosensitizationInputs, type RadiosensitizationResult } from '../model/radiobiology/radiosensitization';
import { BLOOD_TEMPERATURE_C, computeRelease, fractionWithRates, makeReleaseContext, releaseRates, type ReleaseContext, type ReleasePayloadInput, type ReleaseRates, type ReleaseResult } from '../model/release';
import { desirabilityScore, type ScoreResult } from '../model/score';
import type { Scores, Warning } from '../model/scores';
import {
  computeTargeting,
  exposureAverage,
  FREE_DRUG_SCORED_DIAMETER_NM,
  freeDrugDelivery,
  freeDrugTargeting,
  hill,
  micelleBloodRelease,
  partitionLeakRate,
  micelleStabilityExplanation,
  particleHighZFractions,
  payloadDelivery,
  payloadMassShares,
  tp,
  TARGETING_PARAMS,
  tumorConcentrations,
  type MicelleBloodInput,
  type ParticleComponent,
  type PayloadDeliveryInput,
  type PayloadDeliveryResult,
  type TargetingInput,
  type TargetingMembrane,
  type TargetingResult,
  type TumorDoseResult,
  type TumorPayloadInput,
} from '../model/targeting';
import { MODEL_VERSION } from '../model/version';
import { designWarnings } from '../model/warnings';
import { applyOverrideList } from './entity-overrides';
import { LastInputMemo, SlotMemos } from './last-input-memo';
import { sameLeakageKey, sameTargetingInput, sameTumourReleaseKey, type LeakageKey, type TumourReleaseKey } from './memo-keys';
import { push, pushAll, radioKey } from './explanations';
import { loadingCalibrations, localEffectCalibrationSource, markReleaseCalibration, resolveOverrides, type ResolvedOverrides } from './resolve-overrides';
import type { CompletedFormulation, EngineScores, EntityLookup, ScoreOptions } from './types';

/** The tumour's in-vivo release medium: interstitial fluid is protein-rich, so serum (at the scenario's temperature: heating acts there). */
const TUMOUR_MEDIUM = 'serum' as const;

/** Schedule defaults of the optional scenario timing fields (src/schema/v1/fields.ts SCHEDULE_FIELDS). */
const DEFAULT_INJECTIONS = 1;
const DEFAULT_INJECTION_INTERVAL_H = 168;
const DEFAULT_FRACTION_INTERVAL_H = 24;

/** One payload's M3 delivery: leaked in blood (serum, 37 °C), released in the tumour before washout. */
interface Delivery {
  agent: string;
  leakedInBloodFraction: number;
  carriedPctID: number;
  leakedPctID: number;
  payloadDeliveryPctID: number;
  releasedInTumorFraction: number;
  explanation: Explanation | null;
  /** M3.micelle-stability (#27), micelles only. */
  stabilityExplanation?: Explanation | null;
}

interface Entities {
  core: CoreProps;
  agents: AgentProps[];
  membranes: MembraneProps[];
  free: boolean;
  /** The micelle's copolymer (#27), when the formulation names one and the look-up knows it. */
  copolymer: CopolymerProps | null;
  /** Per payload, its free drug's measured disposition in the named vehicle (#27), or null (unformulated). */
  vehicles: (VehicleDrugPk | null)[];
}

interface Ctx {
  f: CompletedFormulation;
  ov: Record<string, number> | undefined;
  explain: boolean;
  lean: boolean;
  outputsOnly: boolean;
  /** Sweep rows: reuse the last row's targeting and delivery integrals when their inputs are equal (outputsOnly too). */
  reuse: boolean;
  /** A sweep row's columns only (sweepColumnsChain): the compartment model without its AUCs, which no column reads. */
  columnsOnly: boolean;
}

const fractionsCache = new Map<string, Record<string, number>>();

/** Element mass fractions of a formula (cached: formulas are few and immutable). */
function fractionsOf(formula: string | null): Record<string, number> {
  if (!formula) return {};
  let f = fractionsCache.get(formula);
  if (!f) {
    f = massFractions(formula);
    fractionsCache.set(formula, f);
  }
  return f;
}

/** F(t) at fixed rates as a function of time (a module-level factory: no named closure is built in the hot function). */
function fractionAt(rates: ReleaseRates, ctx: ReleaseContext): (tH: number) => number {
  return (tH: number) => fractionWithRates(tH, rates, ctx);
}

/** The tumour's release F(t) = (1 − s)·F_6.5(t) + s·F_5.0(t) (extracellular and endo-lysosomal shares). */
function tumourReleaseAt(r65: ReleaseRates, r50: ReleaseRates, ctx: ReleaseContext, share: number): (tH: number) => number {
  return (tH: number) => (1 - share) * fractionWithRates(tH, r65, ctx) + share * fractionWithRates(tH, r50, ctx);
}

/** R = ⟨F_tumour⟩ at the washout rate: the share of the carried payload released in the tumour before the particle washes out. */
function tumourReleaseAverage(k: { kWash: number; tumour: ReleaseContext; share: number }): number {
  const { kWash, tumour, share } = k;
  return Math.min(1, Math.max(0, exposureAverage(kWash, tumourReleaseAt(releaseRates(6.5, tumour), releaseRates(5.0, tumour), tumour, share))));
}

/**
 * Sweep rows (Ctx.reuse): the last input and result of computeTargeting and of the per-payload delivery integrals (per
 * payload slot; see last-input-memo.ts), compared field by field (memo-keys.ts). Neighbouring sweep rows that vary,
 * say, a feed ratio share them (99 % hits on a diameter × feed grid). A sweep builds a fresh formulation and overrides
 * per row and never changes one in place. Monte Carlo draws vary every input: there the comparison would only cost.
 */
const TUMOUR_RELEASE_MEMO = new SlotMemos<TumourReleaseKey, number>(sameTumourReleaseKey);
const LEAKAGE_MEMO = new SlotMemos<LeakageKey, PayloadDeliveryResult>(sameLeakageKey);
const TARGETING_MEMO = new LastInputMemo<TargetingInput, TargetingResult>(sameTargetingInput);

function anyAssumedProlongation(membranes: readonly MembraneProps[]): boolean {
  for (let i = 0; i < membranes.length; i++) if (membranes[i].prolongationVsRbc.provenance === 'assumption') return true;
  return false;
}

/**
 * Score one completed formulation. Entities come from `lookup`; overrides = release calibrations ⊕ formulation.overrides
 * ⊕ opts.overrides (opts win). Catalog parameters are overridden by 'core.<path>', 'agent.<id>.<path>', 'membrane.<id>.<path>'.
 */
export function scoreCompleted(f: CompletedFormulation, lookup: EntityLookup, opts: ScoreOptions = {}): EngineScores {
  return scoreChain(f, lookup, opts, resolveOverrides(f, opts));
}

/** Stage 0: the catalog entities with their overrides applied (calibrated release values marked for explanations). */
function entitiesStage(c: Ctx, lookup: EntityLookup, opts: ScoreOptions, r: ResolvedOverrides): Entities {
  const f = c.f;
  const parts = r.entity;
  const core0: CoreProps = parts ? applyOverrideList(lookup.core(f.core.material), parts.get('core')) : lookup.core(f.core.material);
  // calibrated release values explain themselves as fitted to the user's data (explanations only; numbers unchanged)
  const core: CoreProps = c.explain && f.calibrations ? markReleaseCalibration(core0, f, { ...(f.overrides ?? {}), ...(opts.overrides ?? {}) }) : core0;
  const np = f.payloads.length;
  const agents: AgentProps[] = new Array(np);
  for (let i = 0; i < np; i++) {
    const a = lookup.agent(f.payloads[i].agent);
    agents[i] = parts ? applyOverrideList(a, parts.get(`agent.${a.id}`)) : a;
  }
  const coat = f.coating ? f.coating.membranes : [];
  const membranes: MembraneProps[] = new Array(coat.length);
  for (let i = 0; i < coat.length; i++) {
    const x = lookup.membrane(coat[i].source);
    membranes[i] = parts ? applyOverrideList(x, parts.get(`membrane.${x.id}`)) : x;
  }
  const copolymer = f.core.copolymer && lookup.copolymer && core.coreClass === 'micelle' ? lookup.copolymer(f.core.copolymer) : null;
  const vehicles = mapArray(f.payloads, (p, i) => (p.freeDrugVehicle && lookup.vehicle ? (lookup.vehicle(p.freeDrugVehicle).freeDrugPk[agents[i].id] ?? null) : null));
  return { core, agents, membranes, free: core.coreClass === 'free-drug', copolymer, vehicles };
}

/** Stage M1: competitive Langmuir loading. */
function loadingStage(c: Ctx, e: Entities, geo: GeometryResult, lookup: EntityLookup): LoadingResult {
  const payloads = c.f.payloads;
  const lp: PayloadLoadingInput[] = new Array(payloads.length);
  for (let i = 0; i < payloads.length; i++) lp[i] = { agent: e.agents[i], mode: payloads[i].loading, feedMassRatio: payloads[i].feedMassRatio, method: payloads[i].method, loadingConcentrationMgPerMl: payloads[i].loadingConcentrationMgPerMl };
  return computeLoading({ core: e.core, geometry: geo, payloads: lp, anchors: lookup.anchors, calibrations: loadingCalibrations(c.f), overrides: c.ov, explain: c.explain });
}

/** Carrier classes whose dose counts as particles for liver saturation (#27). */
const SATURATING_CLASSES: ReadonlySet<CoreProps['coreClass']> = new Set<CoreProps['coreClass']>(['mof', 'inorganic', 'silica', 'liposome', 'polymer', 'lnp']);

/**
 * Particles injected per animal (#27): the injected carrier (or whole-particle) mass over the mass of one core (or one
 * particle), N = dose · m_body / m. The intratumoral route and a dose given as a concentration do not circulate.
 */
function particlesInjected(f: CompletedFormulation, cls: CoreProps['coreClass'], geo: GeometryResult, load: LoadingResult, ov: Record<string, number> | undefined): number {
  const sc = f.scenario;
  // Kupffer cells saturate by phagocytosing particles (Ouyang 2020: gold, silica, liposomes …). Polymer conjugates are
  // single macromolecules and micelles exchange unimers and fall apart on dilution; nab particles come apart in blood:
  // none of them is a particle a Kupffer cell counts, so their dose does not saturate the liver in this model.
  if (sc.route !== 'iv' || !SATURATING_CLASSES.has(cls)) return 0;
  const injectedMg = sc.doseMgPerKg * tp('targeting.mouseBodyMassKg', ov);
  const perParticleG = (sc.doseBasis ?? 'carrier') === 'particle' ? load.particleMassG : geo.coreMassG;
  return perParticleG > 0 && injectedMg > 0 ? (injectedMg * 1e-3) / perParticleG : 0;
}

/** Stage M3: circulation and tumour delivery of the particle (free drug: the drugs' own), and the payloads' mass shares. */
function targetingStage(c: Ctx, e: Entities, geo: GeometryResult, load: LoadingResult): { tgt: TargetingResult; perCore: number; payloadShare: number[] } {
  const f = c.f;
  const coat = f.coating ? f.coating.membranes : [];
  const tm: TargetingMembrane[] = new Array(coat.length);
  for (let i = 0; i < coat.length; i++) {
    const m = e.membranes[i];
    tm[i] = { id: m.id, fraction: coat[i].fraction, prolongationVsRbc: m.prolongationVsRbc.value, cellKind: m.cellKind, tumorType: m.tumorType };
  }
  const shell = e.core.lipidShell;
  const input: TargetingInput = {
    bareHalfLifeH: e.core.bareHalfLifeH.value,
    hydrodynamicDiameterNm: geo.hydrodynamicDiameterNm,
    coverage: geo.membraneCoverage,
    membranes: tm,
    peg: f.coating?.peg ?? false,
    pegMolecularWeightDa: f.coating?.pegMolecularWeightDa,
    pegDensityPerNm2: f.coating?.pegDensityPerNm2,
    lipidShell: shell ? { tmC: f.core.lipidTmC ?? shell.tmC.value, cholesterolMolPct: f.core.cholesterolMolPct ?? shell.cholesterolMolPct.value } : null,
    particlesInjected: e.free ? 0 : particlesInjected(f, e.core.coreClass, geo, load, c.ov),
    tumorType: f.scenario.tumor,
    route: f.scenario.route,
    overrides: c.ov,
    explain: c.explain,
  };
  let tgt = c.reuse ? TARGETING_MEMO.get(input, computeTargeting) : computeTargeting(input);
  // Composition shares per particle mass (free drug: the dose is the drug itself)
  const perCore = 1 + load.totalLoadedMgPerMgCarrier + geo.membraneMassPerCoreMass;
  const payloadShare = payloadMassShares(load.payloads, e.free, perCore);
  // No carrier: circulation and delivery are the drugs' own, mass-weighted.
  if (e.free) tgt = freeDrugTargeting(tgt, e.agents, payloadShare, f.scenario.route, c.ov, c.explain);
  return { tgt, perCore, payloadShare };
}

/**
 * Copolymer (carrier) concentration in plasma right after an iv injection (mg/L): the carrier mass per kg (the dose on
 * a carrier basis, or the particle dose over the particle mass per carrier mass) over the plasma volume per kg.
 */
function copolymerInPlasmaMgPerL(doseMgPerKg: number, basis: 'carrier' | 'particle', perCore: number, ov: Record<string, number> | undefined): number {
  const carrierMgPerKg = basis === 'particle' ? doseMgPerKg / Math.max(1, perCore) : doseMgPerKg;
  return carrierMgPerKg / (pkp('pk.plasmaVolumeMlPerKg', ov) / 1000);
}

/** Stage M2: release curves in the user's medium and temperature (the in-vitro view); in-blood contexts in serum at 37 °C. */
function releaseStage(c: Ctx, e: Entities, geo: GeometryResult, load: LoadingResult, tgt: TargetingResult, perCore: number): ReleaseResult {
  const f = c.f;
  const rp: ReleasePayloadInput[] = new Array(f.payloads.length);
  for (let i = 0; i < f.payloads.length; i++) rp[i] = { agent: e.agents[i], mode: f.payloads[i].loading, loadedMgPerMgCarrier: load.payloads[i].loadedMgPerMgCarrier };
  // premature leakage of a micelle sees its stability in blood too (#27): the same in-blood release as its delivery
  const bloodRelease = e.core.micelleCmcMgPerL || e.copolymer ? f.payloads.map((_, i) => (m2: (tH: number) => number, blood: ReleaseContext) => {
    const mi = micelleInput(c, e, tgt, perCore, i, blood);
    return mi ? micelleBloodRelease(mi, m2).releaseInBlood : m2;
  }) : undefined;
  return computeRelease({
    bloodRelease,
    core: e.core,
    diameterNm: f.core.diameterNm,
    membraneCoverage: geo.membraneCoverage,
    medium: f.scenario.medium,
    temperatureC: f.scenario.temperatureC,
    payloads: rp,
    circulationHalfLifeH: tgt.circulationHalfLifeH,
    overrides: c.ov,
    explain: c.explain,
    curves: !c.lean,
    t50: !c.outputsOnly,
  });
}

/** The copolymer's serum extraction rate (reference drug) scaled to this drug's partition: k_ex·10^(γ(log P_ref − log P)), capped. */
function serumExtractionOf(kRef: number, a: AgentProps, ov: Record<string, number> | undefined): number {
  const logP = a.logP?.value;
  const k = logP === undefined ? kRef : kRef * Math.pow(10, tp('targeting.micelleExtractionPartitionExponent', ov) * (tp('targeting.micelleExtractionReferenceLogP', ov) - logP));
  return Math.min(k, pkp('pk.maxLeakRatePerH', ov));
}

/** Drug–core partition (#27, pk4) of payload a in a micelle core: M3.micelle-stability's partitionLeakRate with the catalog's γ, log P_ref and leak cap. */
function partitionLeakOf(kdSerum: number, a: AgentProps, ov: Record<string, number> | undefined): number {
  return partitionLeakRate(kdSerum, a.logP?.value, tp('targeting.micelleExtractionReferenceLogP', ov), tp('targeting.micelleExtractionPartitionExponent', ov), pkp('pk.maxLeakRatePerH', ov));
}

/** M3.micelle-stability inputs of payload i (#27): micelle carriers given iv only; null otherwise. */
function micelleInput(c: Ctx, e: Entities, tgt: TargetingResult, perCore: number, i: number, blood: ReleaseContext): MicelleBloodInput | null {
  const cmc = e.copolymer ? e.copolymer.cmcMgPerL : e.core.micelleCmcMgPerL;
  const sc = c.f.scenario;
  if (!cmc || e.free || sc.route !== 'iv') return null;
  const a = e.agents[i];
  const kex = e.copolymer?.serumExtractionPerH;
  const conjugated = c.f.payloads[i].loading === 'conjugated';
  return {
    conjugated,
    cmcMgPerL: cmc.value,
    serumExtractionPerH: kex ? serumExtractionOf(kex.value, a, c.ov) : 0,
    partitionLeakPerH: conjugated ? 0 : partitionLeakOf(releaseRates(7.4, blood).kdPerH, a, c.ov),
    copolymerMgPerL: copolymerInPlasmaMgPerL(sc.doseMgPerKg, sc.doseBasis ?? 'carrier', perCore, c.ov),
    carrierExitRatePerH: tgt.rates.total,
    burstFraction: blood.burstFraction,
    burstRatePerH: blood.kbPerH,
    bondCleavagePerH: a.conjugateCleavagePerH ? a.conjugateCleavagePerH.value : null,
  };
}

/**
 * Stage M3 payload delivery: leakage in blood (serum, 37 °C, pH 7.4) follows the free drug; in the tumour (serum at the
 * scenario temperature) the carried payload is released at F = (1 − s)F_6.5 + sF_5.0, read as the fraction released
 * before the particle washes out, R = ⟨F⟩ at the washout rate.
 */
function deliveryStage(c: Ctx, e: Entities, geo: GeometryResult, tgt: TargetingResult, rel: ReleaseResult, perCore: number): Delivery[] {
  const f = c.f;
  const sc = f.scenario;
  const np = f.payloads.length;
  const share = Math.min(1, tp('targeting.intracellularShareBase', c.ov) * tgt.tumorCellUptakeIndex);
  const kWash = carrierWashout({ route: sc.route, overrides: c.ov });
  const out: Delivery[] = new Array(np);
  for (let i = 0; i < np; i++) {
    const a = e.agents[i];
    if (e.free) {
      const fd = freeDrugDelivery(a, sc.route, tgt.tumorDeliveryPctID);
      out[i] = { agent: a.id, leakedInBloodFraction: 1, carriedPctID: fd.carriedPctID, leakedPctID: fd.leakedPctID, payloadDeliveryPctID: fd.payloadDeliveryPctID, releasedInTumorFraction: 1, explanation: null };
      continue;
    }
    const blood = rel.bloodContexts[i];
    let releaseInBlood = fractionAt(rel.bloodRates74[i], blood);
    let micelleEx: Explanation | null = null;
    // M3.micelle-stability (#27): a micelle's payload in blood — dissociation below the CMC, or a bond only cleavage breaks
    const mi = micelleInput(c, e, tgt, perCore, i, blood);
    if (mi) {
      const mr = micelleBloodRelease(mi, releaseInBlood);
      releaseInBlood = mr.releaseInBlood;
      if (c.explain) {
        const partition = a.logP ? { gamma: TARGETING_PARAMS['targeting.micelleExtractionPartitionExponent'], logPRef: TARGETING_PARAMS['targeting.micelleExtractionReferenceLogP'], logP: a.logP, values: { gamma: tp('targeting.micelleExtractionPartitionExponent', c.ov), logPRef: tp('targeting.micelleExtractionReferenceLogP', c.ov) } } : undefined;
        micelleEx = micelleStabilityExplanation(a.id, mi, mr, e.copolymer ? e.copolymer.cmcMgPerL : e.core.micelleCmcMgPerL!, a.conjugateCleavagePerH, e.copolymer?.serumExtractionPerH, partition);
      }
    }
    const pdInput: PayloadDeliveryInput = {
      agent: a.id,
      route: sc.route,
      tumorDeliveryPctID: tgt.tumorDeliveryPctID,
      totalRatePerH: tgt.rates.total,
      releaseInBlood,
      freeTumorDeliveryPctID: a.freeTumorDeliveryPctID.value,
      explain: c.explain,
    };
    // lean and no micelle: F_blood is fractionAt(rates, blood), so the leakage depends on those two, not on the closure
    const pd = c.reuse && !mi ? LEAKAGE_MEMO.get(i, { pd: { ...pdInput, releaseInBlood: null }, rates: rel.bloodRates74[i], blood }, (k) => payloadDelivery({ ...k.pd, releaseInBlood })) : payloadDelivery(pdInput);
    const tumour = sc.temperatureC === BLOOD_TEMPERATURE_C ? blood : makeReleaseContext({ core: e.core, agent: a, mode: f.payloads[i].loading, diameterNm: f.core.diameterNm, membraneCoverage: geo.membraneCoverage, medium: TUMOUR_MEDIUM, temperatureC: sc.temperatureC, overrides: c.ov });
    const R = c.reuse ? TUMOUR_RELEASE_MEMO.get(i, { kWash, tumour, share }, tumourReleaseAverage) : tumourReleaseAverage({ kWash, tumour, share });
    out[i] = { agent: pd.agent, leakedInBloodFraction: pd.leakedInBloodFraction, carriedPctID: pd.carriedPctID, leakedPctID: pd.leakedPctID, payloadDeliveryPctID: pd.payloadDeliveryPctID, releasedInTumorFraction: R, explanation: c.explain ? pd.explanation : null, stabilityExplanation: micelleEx };
  }
  return out;
}

/** Stage M4.1: the dose in the tumour (mg/g delivered, without washout) and the particle's high-Z fractions. */
function concentrationStage(c: Ctx, e: Entities, geo: GeometryResult, tgt: TargetingResult, perCore: number, payloadShare: number[], deliveries: Delivery[]): { conc: TumorDoseResult; highZFractions: Record<string, number> } {
  const sc = c.f.scenario;
  const np = e.agents.length;
  const components: ParticleComponent[] = [];
  if (!e.free) components.push({ shareOfParticle: 1 / perCore, elementMassFractions: geo.elementMassFractions });
  for (let i = 0; i < np; i++) {
    const a = e.agents[i];
    if (a.highZElement) components.push({ shareOfParticle: payloadShare[i], elementMassFractions: fractionsOf(a.formula ?? a.highZElement) });
  }
  const highZFractions = particleHighZFractions(components, c.ov);
  const concPayloads: TumorPayloadInput[] = new Array(np);
  for (let i = 0; i < np; i++) {
    const a = e.agents[i];
    const d = deliveries[i];
    concPayloads[i] = { agent: a.id, shareOfParticle: payloadShare[i], molecularWeightGPerMol: a.molecularWeightGPerMol.value, carriedPctID: d.carriedPctID, leakedPctID: d.leakedPctID, releasedByIrradiation: d.releasedInTumorFraction };
  }
  const conc = tumorConcentrations({
    doseMgPerKg: sc.doseMgPerKg,
    // Free drug: the "particle" is the drug, so both bases mean the drug mass.
    doseBasis: e.free ? 'particle' : (sc.doseBasis ?? 'carrier'),
    particlePerCarrierMass: perCore,
    tumorMassG: sc.tumorMassG,
    route: sc.route,
    intratumoralVolumeFraction: sc.intratumoralVolumeFraction ?? 0.1,
    injectedConcentrationGPerL: sc.injectedConcentrationGPerL ?? null,
    tumorDeliveryPctID: tgt.tumorDeliveryPctID,
    highZFractions,
    payloads: concPayloads,
    tumorCellUptakeIndex: tgt.tumorCellUptakeIndex,
    overrides: c.ov,
    explain: c.explain,
  });
  return { conc, highZFractions };
}

/** Injection times and fraction times (h after the first injection) from the scenario's timing fields. */
export function scheduleTimes(sc: CompletedFormulation['scenario']): { injectionTimesH: number[]; fractionTimesH: number[] } {
  const nInj = Math.max(1, Math.round(sc.injections ?? DEFAULT_INJECTIONS));
  const dInj = sc.injectionIntervalH ?? DEFAULT_INJECTION_INTERVAL_H;
  const dFx = sc.fractionIntervalH ?? DEFAULT_FRACTION_INTERVAL_H;
  const nFx = Math.max(1, Math.round(sc.fractions));
  const injectionTimesH: number[] = new Array(nInj);
  for (let k = 0; k < nInj; k++) injectionTimesH[k] = k * dInj;
  const fractionTimesH: number[] = new Array(nFx);
  for (let k = 0; k < nFx; k++) fractionTimesH[k] = sc.irradiationDelayH + k * dFx;
  return { injectionTimesH, fractionTimesH };
}

/** M3.ecf inputs: the particle's hydrodynamic size, the mouse and the tumour. */
function ecfInput(c: Ctx, tgt: TargetingResult): ExtracellularInput {
  return { hydrodynamicDiameterNm: tgt.hydrodynamicDiameterNm, bodyMassKg: tp('targeting.mouseBodyMassKg', c.ov), tumorMassG: c.f.scenario.tumorMassG, overrides: c.ov };
}

/** Stage M3.t: compartments in time, AUCs, delivery ratios, and what each fraction sees. */
function pkStage(c: Ctx, opts: ScoreOptions, e: Entities, geo: GeometryResult, tgt: TargetingResult, perCore: number, payloadShare: number[], deliveries: Delivery[], conc: TumorDoseResult): { pk: PkModel; fractions: FractionExposure[]; ic50: number | undefined } {
  const sc = c.f.scenario;
  const ov = c.ov;
  const body = tp('targeting.mouseBodyMassKg', ov);
  const particleDoseMg = conc.particleDoseMgPerKg * body;
  // high-Z elements that ride on the particle (core and coat); element payloads are followed as payloads
  const particleHighZ = e.free ? {} : particleHighZFractions([{ shareOfParticle: 1 / perCore, elementMassFractions: geo.elementMassFractions }], ov);
  const payloads: PkPayloadInput[] = mapArray(e.agents, (a, i) => ({
    agent: a.id,
    doseMg: particleDoseMg * payloadShare[i],
    molecularWeightGPerMol: a.molecularWeightGPerMol.value,
    leakedInBloodFraction: deliveries[i].leakedInBloodFraction,
    releasedInTumorFraction: deliveries[i].releasedInTumorFraction,
    freeHalfLifeH: a.freeHalfLifeH.value,
    freeTumorDeliveryPctID: a.freeTumorDeliveryPctID.value,
    freeVolumeL: freeDrugVolumeL(a.freeClearanceHumanLPerHPerKg?.value, a.freeHalfLifeH.value, body, ov),
    vehicle: e.vehicles[i] ? vehicleFreeDrugPk(e.vehicles[i]!, a.freeHalfLifeH.value, body, ov) : null,
    highZ: a.highZElement ? particleHighZFractions([{ shareOfParticle: 1, elementMassFractions: fractionsOf(a.formula ?? a.highZElement) }], ov) : {},
  }));
  const sched = scheduleTimes(sc);
  const { injectionTimesH } = sched;
  const fractionTimesH = opts.fractionTimesH && opts.fractionTimesH.length > 0 ? [...opts.fractionTimesH].filter((t) => Number.isFinite(t) && t >= 0).sort((a, b) => a - b) : sched.fractionTimesH;
  if (fractionTimesH.length === 0) fractionTimesH.push(...sched.fractionTimesH);
  // M3.ecf (#27): a circulating particle below the endothelial small-pore size shares its amount with interstitial fluid
  const ecf = e.free || sc.route !== 'iv' ? null : extracellularDistribution(ecfInput(c, tgt));
  const pk = pharmacokinetics({
    extracellular: ecf && ecf.partition > 0 ? { plasmaShare: ecf.plasmaShare, tumourShare: ecf.tumourShare } : null,
    route: sc.route,
    freeDrug: e.free,
    carrierExitRatePerH: tgt.rates.total,
    carrierTumorRatePerH: tgt.rates.tumor,
    intratumoralRetention: tp('targeting.intratumoralRetention', ov),
    particleDoseMg,
    particleHighZ,
    payloads,
    tumorMassG: sc.tumorMassG,
    bodyMassKg: body,
    injectionTimesH,
    overrides: ov,
    curves: !c.lean,
    aucs: !c.columnsOnly,
  });
  let ic50: number | undefined;
  const fak = mapArray(e.agents, (a) => {
    const is = !!a.fakIc50CellM && a.kind !== 'element';
    if (is) ic50 ??= a.fakIc50CellM!.value;
    return is;
  });
  const ic50ForRelief = ov && ov['radiobiology.ic50M'] !== undefined ? ov['radiobiology.ic50M'] : ic50;
  const fractions = fractionExposures({ pk, fractionTimesH, intracellularShare: conc.intracellularShare, cellMassNg: tp('targeting.cellMassNg', ov), fakPayload: fak, ic50M: ic50ForRelief, overrides: ov });
  return { pk, fractions, ic50 };
}

/** The radiosensitization inputs of the first fraction's exposure (stage M4.2–4.7 runs on them; the outcome reads them). */
function radiosensitizationInputs(c: Ctx, tgt: TargetingResult, r: ResolvedOverrides, first: FractionExposure, ic50: number | undefined): RadiosensitizationInputs {
  const sc = c.f.scenario;
  const ov = c.ov;
  return {
    elements: first.elementsMgPerG,
    beam: sc.beam,
    intracellularPgPerCell: first.intracellularPgPerCell,
    cellMassNg: tp('targeting.cellMassNg', ov),
    freeDrugM: first.freeDrugM,
    hypoxiaReliefFactor: first.hypoxiaReliefFactor,
    ic50M: ic50 !== undefined && (ov === undefined || ov['radiobiology.ic50M'] === undefined) ? ic50 : undefined,
    cafUptakeG: hill(tgt.cafMembraneFraction, ov),
    alphaPerGy: (ov && ov['radiobiology.alphaPerGy']) ?? sc.cells.alphaPerGy,
    betaPerGy2: (ov && ov['radiobiology.betaPerGy2']) ?? sc.cells.betaPerGy2,
    fractions: sc.fractions,
    doseGyPerFraction: sc.fractionDoseGy,
    params: r.radio,
    explain: c.explain,
  };
}

/** Stage M4.2–4.7: radiosensitization at the first fraction's exposure. */
function radiosensitizationStage(c: Ctx, opts: ScoreOptions, tgt: TargetingResult, r: ResolvedOverrides, first: FractionExposure, ic50: number | undefined): RadiosensitizationResult {
  const rsInputs = radiosensitizationInputs(c, tgt, r, first, ic50);
  if (c.explain && c.f.calibrations?.localEffect) {
    // your clonogenic calibration explains the anchor strengths it set (unless an explicit override replaced them)
    const src = localEffectCalibrationSource(c.f, opts.overrides);
    if (src) rsInputs.localEffectSource = src;
  }
  // the outcome engine (engine/outcome.ts) reads these inputs to re-run the chain for each course's beam
  if (opts.radiobiologyProbe) opts.radiobiologyProbe(rsInputs);
  return radiosensitization(rsInputs);
}

/** Stage M5: the composite desirability (loading counts LC and EE; premature leakage in blood over a fixed window). */
function scoreStage(c: Ctx, opts: ScoreOptions, e: Entities, geo: GeometryResult, load: LoadingResult, rel: ReleaseResult, tgt: TargetingResult, rs: RadiosensitizationResult, metalDose: number): ScoreResult {
  // EE of the whole feed: loaded / fed payload mass (free drug: nothing is wasted, n/a); the Bench sheet reads the same function
  const wholeFeedEE = wholeFeedEncapsulationPct(mapArray(c.f.payloads, (p, i) => ({ feedMassRatio: p.feedMassRatio, loadedMgPerMgCarrier: load.payloads[i].loadedMgPerMgCarrier })));
  return desirabilityScore(
    {
      payloadCount: c.f.payloads.length,
      totalLoadingPct: load.totalLoadingPct,
      encapsulationEfficiencyPct: e.free ? null : wholeFeedEE,
      selectivityIndex: rel.selectivityIndex,
      releasedAt24hPct74: rel.releasedAt24hPct['7.4'],
      tumorDeliveryPctID: tgt.tumorDeliveryPctID,
      sensitizerEnhancementRatio: rs.sensitizerEnhancementRatio,
      hydrodynamicDiameterNm: e.free ? FREE_DRUG_SCORED_DIAMETER_NM : geo.hydrodynamicDiameterNm,
      systemicMetalDoseMgPerKg: metalDose,
      prematureLeakagePct: e.free ? 0 : rel.prematureLeakagePct,
    },
    opts.weights,
    c.ov,
    c.explain,
  );
}

/** Systemic high-Z metal dose (mg/kg): particle dose × metal fraction × the share not retained by an intratumoral injection. */
function systemicMetalDose(c: Ctx, conc: TumorDoseResult, highZFractions: Record<string, number>): number {
  let metalFraction = 0;
  for (const el in highZFractions) metalFraction += highZFractions[el];
  const systemic = c.f.scenario.route === 'intratumoral' ? 1 - tp('targeting.intratumoralRetention', c.ov) : 1;
  return conc.particleDoseMgPerKg * metalFraction * systemic;
}

/** Warnings of loading, release and design (Monte Carlo draws, outputs only, skip them: nothing reads them). */
function warningsStage(c: Ctx, e: Entities, geo: GeometryResult, load: LoadingResult, rel: ReleaseResult, tgt: TargetingResult, conc: TumorDoseResult, highZ: { element: string; mgPerGTumor: number }[], rs: RadiosensitizationResult, metalDose: number): Warning[] {
  if (c.outputsOnly) return [];
  const warnings: Warning[] = load.warnings.length ? load.warnings.concat(rel.warnings) : rel.warnings;
  designWarnings(
    {
      freeDrug: e.free,
      hydrodynamicDiameterNm: geo.hydrodynamicDiameterNm,
      membraneCoverage: geo.membraneCoverage,
      prematureLeakagePct: rel.prematureLeakagePct,
      circulationHalfLifeH: tgt.circulationHalfLifeH,
      systemicMetalDoseMgPerKg: metalDose,
      highZ,
      doseEnhancementFactor: rs.doseEnhancementFactor,
      sensitizerEnhancementRatio: rs.sensitizerEnhancementRatio,
      beam: c.f.scenario.beam,
      assumedProlongation: anyAssumedProlongation(e.membranes),
      injectedConcentrationGPerL: conc.injectedConcentrationGPerL,
      overrides: c.ov,
    },
    warnings,
  );
  return warnings;
}

interface Stages {
  geo: GeometryResult;
  load: LoadingResult;
  tgt: TargetingResult;
  rel: ReleaseResult;
  deliveries: Delivery[];
  conc: TumorDoseResult;
  pk: PkModel;
  fractions: FractionExposure[];
  rs: RadiosensitizationResult;
  score: ScoreResult;
}

/** Explanations keyed by score path. */
function explanationsStage(c: Ctx, s: Stages): Record<string, Explanation[]> {
  const explanations: Record<string, Explanation[]> = {};
  if (!c.explain) return explanations;
  pushAll(explanations, 'targeting.hydrodynamicDiameterNm', s.geo.explanations);
  pushAll(explanations, 'loading.totalLoadingPct', s.load.explanations);
  pushAll(explanations, 'release.selectivityIndex', s.rel.explanations);
  const summary = s.rel.explanations[s.rel.explanations.length - 1];
  if (summary) push(explanations, 'release.prematureLeakagePct', summary);
  for (const k in s.tgt.explanations) pushAll(explanations, k, s.tgt.explanations[k]);
  for (const d of s.deliveries) {
    if (d.stabilityExplanation) push(explanations, 'targeting.payloadDeliveryPctID', d.stabilityExplanation);
    if (d.explanation) push(explanations, 'targeting.payloadDeliveryPctID', d.explanation);
  }
  for (const k in s.conc.explanations) pushAll(explanations, k, s.conc.explanations[k]);
  const exposure = exposureExplanation(s.fractions[0], c.ov);
  if (s.pk.input.extracellular) {
    const ei = ecfInput(c, s.tgt);
    push(explanations, 'radiosensitization.highZ', extracellularExplanation(ei, extracellularDistribution(ei)));
  }
  push(explanations, 'radiosensitization.highZ', exposure);
  push(explanations, 'radiosensitization.freeDrug', exposure);
  const pkEx = pkExplanations(s.pk, c.ov);
  if (pkEx.length) pushAll(explanations, 'pk.payloads', pkEx);
  for (const e of s.rs.explanations) push(explanations, radioKey(e.equation), e);
  push(explanations, 'score.overall', s.score.explanation);
  for (const k in s.score.componentExplanations) push(explanations, k, s.score.componentExplanations[k as keyof typeof s.score.componentExplanations]!);
  return explanations;
}

/** The pk block of Scores: AUCs, ratios to the same dose of free drug, curves (not lean) and the per-fraction exposures. */
function pkScores(s: Stages): Scores['pk'] {
  return {
    payloads: s.pk.payloads.map((p, i) => ({
      agent: p.agent,
      leakedInBloodFraction: s.deliveries[i].leakedInBloodFraction,
      releasedInTumorFraction: s.deliveries[i].releasedInTumorFraction,
      aucPlasmaMgHPerL: p.auc.plasmaTotal,
      aucPlasmaFreeMgHPerL: p.auc.plasmaFree,
      aucTumorMgHPerG: p.auc.tumorTotal,
      aucTumorFreeMgHPerG: p.auc.tumorFree,
      tumorAucRatioVsFreeDrug: p.aucRatio.tumorTotal,
      plasmaAucRatioVsFreeDrug: p.aucRatio.plasmaTotal,
      tumorFreeAucRatioVsFreeDrug: p.aucRatio.tumorFree,
      plasmaFreeAucRatioVsFreeDrug: p.aucRatio.plasmaFree,
    })),
    elements: s.pk.elements.map((e) => ({ element: e.element, aucPlasmaMgHPerL: e.aucPlasma, aucTumorMgHPerG: e.aucTumor })),
    curves: s.pk.curves,
    fractions: s.fractions,
  };
}

/** The stages of one score up to the desirability score (what assemble and the sweep's columns read). */
function chainStages(c: Ctx, lookup: EntityLookup, opts: ScoreOptions, r: ResolvedOverrides): Stages & { first: FractionExposure; highZFractions: Record<string, number>; conc: TumorDoseResult; metalDose: number; e: Entities } {
  const f = c.f;
  const e = entitiesStage(c, lookup, opts, r);
  const geo = computeGeometry({ core: e.core, diameterNm: f.core.diameterNm, coating: f.coating, overrides: c.ov, explain: c.explain });
  const load = loadingStage(c, e, geo, lookup);
  const { tgt, perCore, payloadShare } = targetingStage(c, e, geo, load);
  const rel = releaseStage(c, e, geo, load, tgt, perCore);
  const deliveries = deliveryStage(c, e, geo, tgt, rel, perCore);
  const { conc, highZFractions } = concentrationStage(c, e, geo, tgt, perCore, payloadShare, deliveries);
  const { pk, fractions, ic50 } = pkStage(c, opts, e, geo, tgt, perCore, payloadShare, deliveries, conc);
  const first = fractions[0];
  const rs = radiosensitizationStage(c, opts, tgt, r, first, ic50);
  const metalDose = systemicMetalDose(c, conc, highZFractions);
  const score = scoreStage(c, opts, e, geo, load, rel, tgt, rs, metalDose);
  return { geo, load, tgt, rel, deliveries, conc, pk, fractions, rs, score, first, highZFractions, metalDose, e };
}

/**
 * The scoring chain for resolved overrides (see resolveOverrides; the Monte Carlo fast path in override-plan.ts builds
 * them from a key plan), stage by stage. `outputsOnly`: lean, and no warnings or t50 (nothing reads them in a Monte Carlo draw).
 * `reuseNeighbour` (sweep rows; implies outputsOnly): the one-entry memos above (same numbers, see sweep.test.ts).
 */
export function scoreChain(f: CompletedFormulation, lookup: EntityLookup, opts: ScoreOptions, r: ResolvedOverrides, outputsOnly = false, reuseNeighbour = false): EngineScores {
  const only = outputsOnly || reuseNeighbour;
  const lean = opts.lean === true || only;
  const c: Ctx = { f, ov: r.all, explain: !lean, lean, outputsOnly: only, reuse: reuseNeighbour, columnsOnly: false };
  const s = chainStages(c, lookup, opts, r);
  const highZ: { element: string; mgPerGTumor: number }[] = [];
  for (const el in s.first.elementsMgPerG) highZ.push({ element: el, mgPerGTumor: s.first.elementsMgPerG[el] });
  const warnings = warningsStage(c, s.e, s.geo, s.load, s.rel, s.tgt, s.conc, highZ, s.rs, s.metalDose);
  return assemble(c, s, highZ, warnings, explanationsStage(c, s));
}

/** The numbers of a sweep row's result columns (contract §4; model/sweep SWEEP_RESULT_COLUMNS). */
export interface SweepColumns {
  overall: ScoreResult['overall'];
  components: ScoreResult['components'];
  totalLoadingPct: LoadingResult['totalLoadingPct'];
  selectivityIndex: ReleaseResult['selectivityIndex'];
  tumorDeliveryPctID: TargetingResult['tumorDeliveryPctID'];
  doseEnhancementFactor: RadiosensitizationResult['doseEnhancementFactor'];
  sensitizerEnhancementRatio: RadiosensitizationResult['sensitizerEnhancementRatio'];
  eqd2GainGy: RadiosensitizationResult['eqd2GainGy'];
}

/**
 * A sweep row's columns: scoreChain(f, lookup, opts, r, true, true)'s numbers for them, by the same stages, without what
 * no column reads (the Scores object, the AUCs of the compartment model, warnings, explanations).
 */
export function sweepColumnsChain(f: CompletedFormulation, lookup: EntityLookup, opts: ScoreOptions, r: ResolvedOverrides): SweepColumns {
  const c: Ctx = { f, ov: r.all, explain: false, lean: true, outputsOnly: true, reuse: true, columnsOnly: true };
  const s = chainStages(c, lookup, opts, r);
  return {
    overall: s.score.overall,
    components: s.score.components,
    totalLoadingPct: s.load.totalLoadingPct,
    selectivityIndex: s.rel.selectivityIndex,
    tumorDeliveryPctID: s.tgt.tumorDeliveryPctID,
    doseEnhancementFactor: s.rs.doseEnhancementFactor,
    sensitizerEnhancementRatio: s.rs.sensitizerEnhancementRatio,
    eqd2GainGy: s.rs.eqd2GainGy,
  };
}

/**
 * The scoring chain up to the radiosensitization inputs (the outcome's capture, lean): the same stages, arithmetic and
 * overrides as scoreChain(f, lookup, { ...opts, lean: true }, r, true), stopping before radiosensitization() and the
 * desirability score, which the outcome does not read. Returns the first fraction's radiosensitization inputs (as
 * opts.radiobiologyProbe receives them) and the exposure of every fraction (Scores.pk.fractions).
 */
export function radiobiologyChain(f: CompletedFormulation, lookup: EntityLookup, opts: ScoreOptions, r: ResolvedOverrides): { inputs: RadiosensitizationInputs; exposures: FractionExposure[] } {
  const c: Ctx = { f, ov: r.all, explain: false, lean: true, outputsOnly: true, reuse: false, columnsOnly: false };
  const e = entitiesStage(c, lookup, opts, r);
  const geo = computeGeometry({ core: e.core, diameterNm: f.core.diameterNm, coating: f.coating, overrides: c.ov, explain: false });
  const load = loadingStage(c, e, geo, lookup);
  const { tgt, perCore, payloadShare } = targetingStage(c, e, geo, load);
  const rel = releaseStage(c, e, geo, load, tgt, perCore);
  const deliveries = deliveryStage(c, e, geo, tgt, rel, perCore);
  const { conc } = concentrationStage(c, e, geo, tgt, perCore, payloadShare, deliveries);
  const { fractions, ic50 } = pkStage(c, opts, e, geo, tgt, perCore, payloadShare, deliveries, conc);
  return { inputs: radiosensitizationInputs(c, tgt, r, fractions[0], ic50), exposures: fractions };
}

/** The Scores JSON (contract §2; keys are added, never removed). */
function assemble(c: Ctx, s: Stages, highZ: { element: string; mgPerGTumor: number }[], warnings: Warning[], explanations: Record<string, Explanation[]>): EngineScores {
  const { geo, load, rel, tgt, rs, score } = s;
  const payloadDeliveryPctID: Record<string, number> = {};
  for (const d of s.deliveries) payloadDeliveryPctID[d.agent] = (payloadDeliveryPctID[d.agent] ?? 0) + d.payloadDeliveryPctID;
  return {
    formulation: c.f,
    geometry: {
      coreDiameterNm: geo.coreDiameterNm,
      hydrodynamicDiameterNm: geo.hydrodynamicDiameterNm,
      coreMassG: geo.coreMassG,
      particleMassG: load.particleMassG,
      membraneCoverage: geo.membraneCoverage,
      membraneMassPerCoreMass: geo.membraneMassPerCoreMass,
      elementMassFractions: geo.elementMassFractions,
    },
    loading: {
      payloads: load.payloads.map((p) => ({
        agent: p.agent,
        loadingCapacityPct: p.loadingCapacityPct,
        encapsulationEfficiencyPct: p.encapsulationEfficiencyPct,
        moleculesPerParticle: p.moleculesPerParticle,
        loadedMgPerMgCarrier: p.loadedMgPerMgCarrier,
      })),
      totalLoadingPct: load.totalLoadingPct,
    },
    release: {
      curves: rel.curves,
      releasedAt24hPct: rel.releasedAt24hPct,
      t50h: rel.t50h,
      selectivityIndex: rel.selectivityIndex,
      byPayload: rel.byPayload.map((b) => ({ agent: b.agent, curves: b.curves, releasedAt24hPct: b.releasedAt24hPct, t50h: b.t50h, selectivityIndex: b.selectivityIndex })),
      prematureLeakagePct: rel.prematureLeakagePct,
    },
    targeting: {
      hydrodynamicDiameterNm: tgt.hydrodynamicDiameterNm,
      circulationHalfLifeH: tgt.circulationHalfLifeH,
      tumorDeliveryPctID: tgt.tumorDeliveryPctID,
      payloadDeliveryPctID,
      tumorCellUptakeIndex: tgt.tumorCellUptakeIndex,
      cafUptakeIndex: tgt.cafUptakeIndex,
    },
    radiosensitization: {
      highZ,
      doseEnhancementFactor: rs.doseEnhancementFactor,
      localEnhancementFactor: rs.localEnhancementFactor,
      hypoxicFraction: rs.hypoxicFraction,
      sensitizerEnhancementRatio: rs.sensitizerEnhancementRatio,
      sf2Control: rs.sf2Control,
      sf2Treated: rs.sf2Treated,
      eqd2GainGy: rs.eqd2GainGy,
      fakOccupancy: rs.fakOccupancy,
    },
    score: { overall: score.overall, components: score.components, desirability: score.desirability },
    pk: pkScores(s),
    explanations,
    warnings,
    modelVersion: MODEL_VERSION,
  };
}
