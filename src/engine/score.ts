// The orchestrator: a completed formulation → Scores (contract §2), calling M0 geometry → M1 loading → M3 targeting → M2 release → M4 → M5.
import type { AgentProps, CoreProps, MembraneProps } from '../model/entities';
import { computeGeometry } from '../model/geometry';
import { computeLoading, type PayloadLoadingInput } from '../model/loading';
import type { Explanation } from '../model/param';
import { massFractions } from '../model/physics/composition';
import { radiosensitization, type RadiosensitizationInputs } from '../model/radiobiology/radiosensitization';
import { computeRelease, fractionWithRates, makeReleaseContext, releaseRates, type ReleaseContext, type ReleasePayloadInput, type ReleaseRates } from '../model/release';
import { desirabilityScore } from '../model/score';
import type { Scores, Warning } from '../model/scores';
import {
  computeTargeting,
  FREE_DRUG_SCORED_DIAMETER_NM,
  freeDrugDelivery,
  freeDrugTargeting,
  hill,
  particleHighZFractions,
  payloadDelivery,
  payloadMassShares,
  tp,
  tumorConcentrations,
  type ParticleComponent,
  type TargetingMembrane,
  type TumorPayloadInput,
} from '../model/targeting';
import { MODEL_VERSION } from '../model/version';
import { designWarnings } from '../model/warnings';
import { applyOverrideList } from './entity-overrides';
import { push, pushAll, radioKey } from './explanations';
import { loadingCalibrations, markReleaseCalibration, resolveOverrides, type ResolvedOverrides } from './resolve-overrides';
import type { CompletedFormulation, EntityLookup, ScoreOptions } from './types';

const BLOOD_TEMPERATURE_C = 37;

/** One payload's M3 delivery and the fraction of its carried part released by irradiation. */
interface Delivery {
  agent: string;
  leakedInBloodFraction: number;
  carriedPctID: number;
  leakedPctID: number;
  payloadDeliveryPctID: number;
  released: number;
  explanation: Explanation | null;
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

function anyAssumedProlongation(membranes: readonly MembraneProps[]): boolean {
  for (let i = 0; i < membranes.length; i++) if (membranes[i].prolongationVsRbc.provenance === 'assumption') return true;
  return false;
}

/**
 * Score one completed formulation. Entities come from `lookup`; overrides = release calibrations ⊕ formulation.overrides
 * ⊕ opts.overrides (opts win). Catalog parameters are overridden by 'core.<path>', 'agent.<id>.<path>', 'membrane.<id>.<path>'.
 */
export function scoreCompleted(f: CompletedFormulation, lookup: EntityLookup, opts: ScoreOptions = {}): Scores {
  return scoreChain(f, lookup, opts, resolveOverrides(f, opts));
}

/**
 * The scoring chain for resolved overrides (see resolveOverrides; the Monte Carlo fast path in override-plan.ts builds
 * them from a key plan). `outputsOnly`: lean, and no warnings or t50 (nothing reads them in a Monte Carlo draw).
 */
export function scoreChain(f: CompletedFormulation, lookup: EntityLookup, opts: ScoreOptions, r: ResolvedOverrides, outputsOnly = false): Scores {
  const lean = opts.lean === true || outputsOnly;
  const explain = !lean;
  const sc = f.scenario;
  const payloads = f.payloads;
  const np = payloads.length;
  const coatMembranes = f.coating ? f.coating.membranes : [];
  const nm = coatMembranes.length;

  const ov = r.all;
  const parts = r.entity;
  const core0: CoreProps = parts ? applyOverrideList(lookup.core(f.core.material), parts.get('core')) : lookup.core(f.core.material);
  // calibrated release values explain themselves as fitted to the user's data (explanations only; numbers unchanged)
  const core: CoreProps = explain && f.calibrations ? markReleaseCalibration(core0, f, { ...(f.overrides ?? {}), ...(opts.overrides ?? {}) }) : core0;
  const agents: AgentProps[] = new Array(np);
  for (let i = 0; i < np; i++) {
    const a = lookup.agent(payloads[i].agent);
    agents[i] = parts ? applyOverrideList(a, parts.get(`agent.${a.id}`)) : a;
  }
  const membranes: MembraneProps[] = new Array(nm);
  for (let i = 0; i < nm; i++) {
    const x = lookup.membrane(coatMembranes[i].source);
    membranes[i] = parts ? applyOverrideList(x, parts.get(`membrane.${x.id}`)) : x;
  }
  const free = core.coreClass === 'free-drug';

  // M0 geometry
  const geo = computeGeometry({ core, diameterNm: f.core.diameterNm, coating: f.coating, overrides: ov, explain });

  // M1 loading
  const loadingPayloads: PayloadLoadingInput[] = new Array(np);
  for (let i = 0; i < np; i++) loadingPayloads[i] = { agent: agents[i], mode: payloads[i].loading, feedMassRatio: payloads[i].feedMassRatio };
  const load = computeLoading({ core, geometry: geo, payloads: loadingPayloads, anchors: lookup.anchors, calibrations: loadingCalibrations(f), overrides: ov, explain });

  // M3 circulation and tumour delivery
  const route = sc.route;
  const targetingMembranes: TargetingMembrane[] = new Array(nm);
  for (let i = 0; i < nm; i++) {
    const m = membranes[i];
    targetingMembranes[i] = { id: m.id, fraction: coatMembranes[i].fraction, prolongationVsRbc: m.prolongationVsRbc.value, cellKind: m.cellKind, tumorType: m.tumorType };
  }
  let tgt = computeTargeting({
    bareHalfLifeH: core.bareHalfLifeH.value,
    hydrodynamicDiameterNm: geo.hydrodynamicDiameterNm,
    coverage: geo.membraneCoverage,
    membranes: targetingMembranes,
    peg: f.coating?.peg ?? false,
    tumorType: sc.tumor,
    route,
    overrides: ov,
    explain,
  });
  // Composition shares per particle mass (free drug: the dose is the drug itself)
  const perCore = 1 + load.totalLoadedMgPerMgCarrier + geo.membraneMassPerCoreMass;
  const payloadShare = payloadMassShares(load.payloads, free, perCore);
  // No carrier: circulation and delivery are the drugs' own, mass-weighted.
  if (free) tgt = freeDrugTargeting(tgt, agents, payloadShare, route, ov, explain);

  // M2 release (premature leakage read at the circulation half-life)
  const releasePayloads: ReleasePayloadInput[] = new Array(np);
  for (let i = 0; i < np; i++) releasePayloads[i] = { agent: agents[i], mode: payloads[i].loading, loadedMgPerMgCarrier: load.payloads[i].loadedMgPerMgCarrier };
  const rel = computeRelease({
    core,
    diameterNm: f.core.diameterNm,
    membraneCoverage: geo.membraneCoverage,
    medium: sc.medium,
    temperatureC: sc.temperatureC,
    payloads: releasePayloads,
    circulationHalfLifeH: tgt.circulationHalfLifeH,
    overrides: ov,
    explain,
    curves: !lean,
    t50: !outputsOnly,
  });

  // M3 payload delivery: leakage in blood (pH 7.4, release medium, 37 °C) follows the free drug
  const share = Math.min(1, tp('targeting.intracellularShareBase', ov) * tgt.tumorCellUptakeIndex);
  const tIrr = sc.irradiationDelayH;
  // Contexts of M2 are reused: the tumour's are the release contexts (same medium and temperature, rates at 7.4/6.5/5.0);
  // blood's differ only for a thermosensitive carrier at a scenario temperature other than 37 °C.
  const bloodSameAsTumour = !core.release.thermo || sc.temperatureC === BLOOD_TEMPERATURE_C;
  const deliveries: Delivery[] = new Array(np);
  for (let i = 0; i < np; i++) {
    const a = agents[i];
    if (free) {
      deliveries[i] = { agent: a.id, ...freeDrugDelivery(a, route, tgt.tumorDeliveryPctID), explanation: null };
      continue;
    }
    const tumour = rel.contexts[i];
    const tr = rel.rates[i];
    const blood = bloodSameAsTumour ? tumour : makeReleaseContext({ core, agent: a, mode: f.payloads[i].loading, diameterNm: f.core.diameterNm, membraneCoverage: geo.membraneCoverage, medium: sc.medium, temperatureC: BLOOD_TEMPERATURE_C, overrides: ov });
    const bloodRates74 = bloodSameAsTumour ? tr[0] : releaseRates(7.4, blood);
    const pd = payloadDelivery({
      agent: a.id,
      route,
      tumorDeliveryPctID: tgt.tumorDeliveryPctID,
      totalRatePerH: tgt.rates.total,
      releaseInBlood: fractionAt(bloodRates74, blood),
      freeTumorDeliveryPctID: a.freeTumorDeliveryPctID.value,
      explain,
    });
    const released = (1 - share) * fractionWithRates(tIrr, tr[1], tumour) + share * fractionWithRates(tIrr, tr[2], tumour);
    deliveries[i] = { agent: pd.agent, leakedInBloodFraction: pd.leakedInBloodFraction, carriedPctID: pd.carriedPctID, leakedPctID: pd.leakedPctID, payloadDeliveryPctID: pd.payloadDeliveryPctID, released, explanation: explain ? pd.explanation : null };
  }

  // M4.1 tumour concentrations
  const components: ParticleComponent[] = [];
  if (!free) components.push({ shareOfParticle: 1 / perCore, elementMassFractions: geo.elementMassFractions });
  for (let i = 0; i < np; i++) {
    const a = agents[i];
    if (a.highZElement) components.push({ shareOfParticle: payloadShare[i], elementMassFractions: fractionsOf(a.formula ?? a.highZElement) });
  }
  const highZFractions = particleHighZFractions(components, ov);
  const concPayloads: TumorPayloadInput[] = new Array(np);
  for (let i = 0; i < np; i++) {
    const a = agents[i];
    const d = deliveries[i];
    concPayloads[i] = { agent: a.id, shareOfParticle: payloadShare[i], molecularWeightGPerMol: a.molecularWeightGPerMol.value, carriedPctID: d.carriedPctID, leakedPctID: d.leakedPctID, releasedByIrradiation: d.released };
  }
  const vf = sc.intratumoralVolumeFraction ?? 0.1;
  const conc = tumorConcentrations({
    doseMgPerKg: sc.doseMgPerKg,
    // Free drug: the "particle" is the drug, so both bases mean the drug mass.
    doseBasis: free ? 'particle' : (sc.doseBasis ?? 'carrier'),
    particlePerCarrierMass: perCore,
    tumorMassG: sc.tumorMassG,
    route,
    intratumoralVolumeFraction: vf,
    injectedConcentrationGPerL: sc.injectedConcentrationGPerL ?? null,
    tumorDeliveryPctID: tgt.tumorDeliveryPctID,
    highZFractions,
    payloads: concPayloads,
    tumorCellUptakeIndex: tgt.tumorCellUptakeIndex,
    overrides: ov,
    explain,
  });

  // M4.2–4.7 radiosensitization
  let freeFakM = 0;
  let ic50: number | undefined;
  for (let i = 0; i < np; i++) {
    const a = agents[i];
    if (a.fakIc50CellM && a.kind !== 'element') {
      freeFakM += conc.drugs[i].freeMolar;
      ic50 ??= a.fakIc50CellM.value;
    }
  }
  const elements: Record<string, number> = {};
  for (const h of conc.highZ) elements[h.element] = h.mgPerGTumor;
  const rsInputs: RadiosensitizationInputs = {
    elements,
    beam: sc.beam,
    intracellularPgPerCell: conc.mCellPg,
    freeDrugM: freeFakM,
    ic50M: ic50 !== undefined && (ov === undefined || ov['radiobiology.ic50M'] === undefined) ? ic50 : undefined,
    cafUptakeG: hill(tgt.cafMembraneFraction, ov),
    alphaPerGy: (ov && ov['radiobiology.alphaPerGy']) ?? sc.cells.alphaPerGy,
    betaPerGy2: (ov && ov['radiobiology.betaPerGy2']) ?? sc.cells.betaPerGy2,
    fractions: sc.fractions,
    doseGyPerFraction: sc.fractionDoseGy,
    params: r.radio,
    explain,
  };
  // the outcome engine (engine/outcome.ts) reads these inputs to re-run the chain for each course's beam
  if (opts.radiobiologyProbe) opts.radiobiologyProbe(rsInputs);
  const rs = radiosensitization(rsInputs);

  // M5 score
  let metalFraction = 0;
  for (const el in highZFractions) metalFraction += highZFractions[el];
  const systemic = route === 'intratumoral' ? 1 - tp('targeting.intratumoralRetention', ov) : 1;
  const metalDose = conc.particleDoseMgPerKg * metalFraction * systemic;
  const score = desirabilityScore(
    {
      payloadCount: np,
      totalLoadingPct: load.totalLoadingPct,
      selectivityIndex: rel.selectivityIndex,
      releasedAt24hPct74: rel.releasedAt24hPct['7.4'],
      tumorDeliveryPctID: tgt.tumorDeliveryPctID,
      sensitizerEnhancementRatio: rs.sensitizerEnhancementRatio,
      hydrodynamicDiameterNm: free ? FREE_DRUG_SCORED_DIAMETER_NM : geo.hydrodynamicDiameterNm,
      systemicMetalDoseMgPerKg: metalDose,
      prematureLeakagePct: free ? 0 : rel.prematureLeakagePct,
    },
    opts.weights,
    ov,
    explain,
  );

  // Warnings (Monte Carlo draws, outputs only, skip them: nothing reads them)
  const warnings: Warning[] = outputsOnly ? [] : load.warnings.length ? load.warnings.concat(rel.warnings) : rel.warnings;
  if (!outputsOnly)
    designWarnings(
      {
        freeDrug: free,
        hydrodynamicDiameterNm: geo.hydrodynamicDiameterNm,
        membraneCoverage: geo.membraneCoverage,
        prematureLeakagePct: rel.prematureLeakagePct,
        circulationHalfLifeH: tgt.circulationHalfLifeH,
        systemicMetalDoseMgPerKg: metalDose,
        highZ: conc.highZ,
        doseEnhancementFactor: rs.doseEnhancementFactor,
        sensitizerEnhancementRatio: rs.sensitizerEnhancementRatio,
        beam: sc.beam,
        assumedProlongation: anyAssumedProlongation(membranes),
        injectedConcentrationGPerL: conc.injectedConcentrationGPerL,
        overrides: ov,
      },
      warnings,
    );

  // Explanations keyed by score path
  const explanations: Record<string, Explanation[]> = {};
  if (explain) {
    pushAll(explanations, 'targeting.hydrodynamicDiameterNm', geo.explanations);
    pushAll(explanations, 'loading.totalLoadingPct', load.explanations);
    pushAll(explanations, 'release.selectivityIndex', rel.explanations);
    for (const k in tgt.explanations) pushAll(explanations, k, tgt.explanations[k]);
    for (const d of deliveries) if (d.explanation) push(explanations, 'targeting.payloadDeliveryPctID', d.explanation);
    for (const k in conc.explanations) pushAll(explanations, k, conc.explanations[k]);
    for (const e of rs.explanations) push(explanations, radioKey(e.equation), e);
    push(explanations, 'score.overall', score.explanation);
    for (const k in score.componentExplanations) push(explanations, k, score.componentExplanations[k as keyof typeof score.componentExplanations]!);
  }

  const payloadDeliveryPctID: Record<string, number> = {};
  for (const d of deliveries) payloadDeliveryPctID[d.agent] = (payloadDeliveryPctID[d.agent] ?? 0) + d.payloadDeliveryPctID;

  return {
    formulation: f,
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
      highZ: conc.highZ,
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
    explanations,
    warnings,
    modelVersion: MODEL_VERSION,
  };
}
