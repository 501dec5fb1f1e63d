// The orchestrator: a completed formulation → Scores (contract §2), calling M0 geometry → M1 loading → M3 targeting → M2 release → M4 → M5.
import type { AgentProps, CoreProps, LoadingCalibration, MembraneProps } from '../model/entities';
import { computeGeometry } from '../model/geometry';
import { computeLoading, type PayloadLoadingInput } from '../model/loading';
import type { Explanation } from '../model/param';
import { massFractions } from '../model/physics/composition';
import { radiosensitization } from '../model/radiobiology/radiosensitization';
import { computeRelease, fractionWithRates, makeReleaseContext, releaseRates, type ReleaseContext, type ReleasePayloadInput, type ReleaseRates } from '../model/release';
import { desirabilityScore } from '../model/score';
import type { Scores, Warning } from '../model/scores';
import { computeTargeting, hill, particleHighZFractions, payloadDelivery, tp, tumorConcentrations, type ParticleComponent, type TargetingMembrane, type TumorPayloadInput } from '../model/targeting';
import { MODEL_VERSION } from '../model/version';
import { applyOverrideList, parseEntityKey, partitionEntityOverrides } from './entity-overrides';
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

function loadingCalibrations(f: CompletedFormulation): readonly LoadingCalibration[] {
  const c = f.calibrations;
  if (!c) return [];
  if (Array.isArray(c)) return c as readonly LoadingCalibration[];
  return (c as { loading?: readonly LoadingCalibration[] }).loading ?? [];
}

/**
 * Release calibrations for this core become entity overrides ('core.release.<param>'; burstFraction for each payload's
 * mode). Explicit overrides win over calibrations.
 */
function releaseCalibrationOverrides(f: CompletedFormulation): Record<string, number> | null {
  const c = f.calibrations;
  if (!c || Array.isArray(c)) return null;
  const list = (c as { release?: readonly unknown[] }).release ?? [];
  let out: Record<string, number> | null = null;
  for (const r of list) {
    const rc = r as { core?: string; params?: Record<string, number> };
    if (rc.core !== f.core.material || !rc.params) continue;
    for (const [k, v] of Object.entries(rc.params)) {
      if (!Number.isFinite(v)) continue;
      out ??= {};
      if (k === 'burstFraction') for (const p of f.payloads) out[`core.release.burstFraction.${p.loading}`] = v;
      else out[`core.release.${k}`] = v;
    }
  }
  return out;
}

/** Override key → the radiobiology module's own key ('radiobiology.x' / 'localEffect.x' → 'x'), or null (memoized, bounded). */
const RADIO_KEY_CACHE = new Map<string, string | null>();

function radiobiologyKey(k: string): string | null {
  let v = RADIO_KEY_CACHE.get(k);
  if (v === undefined) {
    v = k.startsWith('radiobiology.') ? k.slice(13) : k.startsWith('localEffect.') ? k.slice(12) : null;
    if (RADIO_KEY_CACHE.size >= 8192) RADIO_KEY_CACHE.clear();
    RADIO_KEY_CACHE.set(k, v);
  }
  return v;
}

/** Parameter overrides split for the radiobiology module (keys 'radiobiology.x' and 'localEffect.x' → 'x'); undefined when none. */
function radiobiologyParams(o: Record<string, number>): Record<string, number> | undefined {
  let out: Record<string, number> | undefined;
  for (const k in o) {
    const r = radiobiologyKey(k);
    if (r !== null) (out ??= {})[r] = o[k];
  }
  return out;
}

/** F(t) at fixed rates as a function of time (a module-level factory: no named closure is built in the hot function). */
function fractionAt(rates: ReleaseRates, ctx: ReleaseContext): (tH: number) => number {
  return (tH: number) => fractionWithRates(tH, rates, ctx);
}

function hasKeys(o: Record<string, number> | undefined): boolean {
  if (o) for (const _k in o) return true;
  return false;
}

const NO_OVERRIDES: Record<string, number> = Object.freeze({}) as Record<string, number>;

function push(map: Record<string, Explanation[]>, key: string, ex: Explanation) {
  const list = map[key];
  if (list) list.push(ex);
  else map[key] = [ex];
}

function pushAll(map: Record<string, Explanation[]>, key: string, ex: readonly Explanation[]) {
  let list = map[key];
  if (!list) map[key] = list = [];
  for (let i = 0; i < ex.length; i++) list.push(ex[i]);
}

/** Scores path of a radiosensitization explanation, by the prefix of its equation id (first match wins). */
const RADIO_KEYS: readonly (readonly [string, string])[] = [
  ['M4.2', 'radiosensitization.doseEnhancementFactor'],
  ['M4.3', 'radiosensitization.localEnhancementFactor'],
  ['M4.4-fak', 'radiosensitization.fakOccupancy'],
  ['M4.4-hyp', 'radiosensitization.hypoxicFraction'],
  ['M4.5', 'radiosensitization.sf2Treated'],
  ['M4.6', 'radiosensitization.sf2Treated'],
  ['M4.7-ser', 'radiosensitization.sensitizerEnhancementRatio'],
  ['M4.7-eqd2', 'radiosensitization.eqd2GainGy'],
];

const RADIO_KEY_BY_EQUATION = new Map<string, string>();

function radioKey(equation: string): string {
  let key = RADIO_KEY_BY_EQUATION.get(equation);
  if (key === undefined) {
    key = 'radiosensitization';
    for (let i = 0; i < RADIO_KEYS.length; i++)
      if (equation.startsWith(RADIO_KEYS[i][0])) {
        key = RADIO_KEYS[i][1];
        break;
      }
    if (RADIO_KEY_BY_EQUATION.size >= 256) RADIO_KEY_BY_EQUATION.clear();
    RADIO_KEY_BY_EQUATION.set(equation, key);
  }
  return key;
}

/** '0.0019 mg/g Zn, 0.0013 mg/g Bi' for the def-tiny warning. */
function metalList(highZ: readonly { element: string; mgPerGTumor: number }[]): string {
  let s = '';
  for (let i = 0; i < highZ.length; i++) s += `${i ? ', ' : ''}${highZ[i].mgPerGTumor.toPrecision(2)} mg/g ${highZ[i].element}`;
  return s;
}

function anyAssumedProlongation(membranes: readonly MembraneProps[]): boolean {
  for (let i = 0; i < membranes.length; i++) if (membranes[i].prolongationVsRbc.provenance === 'assumption') return true;
  return false;
}

/** Warning text: does the beam id name a megavoltage source (memoized per beam id, bounded)? */
const MV_BEAM = new Map<string, boolean>();
function isMegavoltage(beam: string): boolean {
  let v = MV_BEAM.get(beam);
  if (v === undefined) {
    v = /MV|Co-60/.test(beam);
    if (MV_BEAM.size >= 1024) MV_BEAM.clear();
    MV_BEAM.set(beam, v);
  }
  return v;
}

/**
 * Score one completed formulation. Entities come from `lookup`; overrides = formulation.overrides ⊕ opts.overrides
 * (opts win). Catalog parameters are overridden by 'core.<path>', 'agent.<id>.<path>', 'membrane.<id>.<path>'.
 */
export function scoreCompleted(f: CompletedFormulation, lookup: EntityLookup, opts: ScoreOptions = {}): Scores {
  const cal = releaseCalibrationOverrides(f);
  const fo = hasKeys(f.overrides) ? f.overrides : undefined;
  const po = hasKeys(opts.overrides) ? opts.overrides : undefined;
  // merged only when two sources meet (Monte Carlo passes one object per draw: no copy)
  const o: Record<string, number> = cal || (fo && po) ? { ...(cal ?? {}), ...(fo ?? {}), ...(po ?? {}) } : (po ?? fo ?? NO_OVERRIDES);
  if (o === NO_OVERRIDES) return scoreWith(f, lookup, opts, undefined, null, undefined);
  return scoreWith(f, lookup, opts, o, partitionEntityOverrides(o), radiobiologyParams(o));
}

/**
 * Where each key of an overrides object goes (entity parameter or radiobiology parameter), worked out once for a key
 * set that many calls share (Monte Carlo draws: the same ids in the same order, only the values change).
 */
export interface OverridePlan {
  /** Keys in for-in order. */
  keys: readonly string[];
  entity: readonly { prefix: string; path: string[]; key: string }[];
  radio: readonly { param: string; key: string }[];
}

/** The plan of an overrides object's keys (for-in order, as partitionEntityOverrides and radiobiologyParams read them). */
export function overridePlan(o: Record<string, number>): OverridePlan {
  const keys: string[] = [];
  const entity: { prefix: string; path: string[]; key: string }[] = [];
  const radio: { param: string; key: string }[] = [];
  for (const key in o) {
    keys.push(key);
    const parsed = parseEntityKey(key);
    if (parsed !== null) entity.push({ prefix: parsed[0], path: parsed[1], key });
    const r = radiobiologyKey(key);
    if (r !== null) radio.push({ param: r, key });
  }
  return { keys, entity, radio };
}

/**
 * Score with overrides whose keys follow `plan` (built by overridePlan from an object with the same keys in the same
 * order): the same result as scoreCompleted(f, lookup, { ...opts, overrides: o }) for a formulation without its own
 * overrides or release calibrations, without re-reading every key. Falls back to scoreCompleted otherwise.
 */
export function scoreWithPlan(f: CompletedFormulation, lookup: EntityLookup, opts: ScoreOptions, o: Record<string, number>, plan: OverridePlan, outputsOnly = false): Scores {
  if (plan.keys.length === 0 || hasKeys(f.overrides) || releaseCalibrationOverrides(f) !== null) return scoreCompleted(f, lookup, { ...opts, overrides: o });
  const parts = new Map<string, [string[], number][]>();
  for (const e of plan.entity) {
    const value = o[e.key];
    if (!Number.isFinite(value)) continue;
    let list = parts.get(e.prefix);
    if (!list) parts.set(e.prefix, (list = []));
    list.push([e.path, value]);
  }
  let radio: Record<string, number> | undefined;
  for (const r of plan.radio) (radio ??= {})[r.param] = o[r.key];
  return scoreWith(f, lookup, opts, o, parts, radio, outputsOnly);
}

/** The scoring chain for resolved overrides: `ov` undefined when there are none; `parts` its entity overrides; `radio` its radiobiology keys. */
function scoreWith(
  f: CompletedFormulation,
  lookup: EntityLookup,
  opts: ScoreOptions,
  ov: Record<string, number> | undefined,
  parts: Map<string, [string[], number][]> | null,
  radio: Record<string, number> | undefined,
  outputsOnly = false,
): Scores {
  const lean = opts.lean === true || outputsOnly;
  const explain = !lean;
  const sc = f.scenario;
  const payloads = f.payloads;
  const np = payloads.length;
  const coatMembranes = f.coating ? f.coating.membranes : [];
  const nm = coatMembranes.length;

  const core: CoreProps = parts ? applyOverrideList(lookup.core(f.core.material), parts.get('core')) : lookup.core(f.core.material);
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
  let feedSum = 0;
  for (let i = 0; i < np; i++) feedSum += payloads[i].feedMassRatio;
  const perCore = 1 + load.totalLoadedMgPerMgCarrier + geo.membraneMassPerCoreMass;
  const payloadShare: number[] = new Array(np);
  for (let i = 0; i < np; i++) {
    const p = load.payloads[i];
    payloadShare[i] = free ? (feedSum > 0 ? p.feedMassRatio / feedSum : 0) : p.loadedMgPerMgCarrier / perCore;
  }
  if (free) {
    // No carrier: circulation and delivery are the drugs' own, mass-weighted.
    let tw = 0;
    let kw = 0;
    for (let i = 0; i < agents.length; i++) {
      tw += payloadShare[i] * agents[i].freeTumorDeliveryPctID.value;
      kw += payloadShare[i] * (Math.LN2 / agents[i].freeHalfLifeH.value);
    }
    const kTot = kw > 0 ? kw : Math.LN2;
    const td = route === 'intratumoral' ? 100 * tp('targeting.intratumoralRetention', ov) : tw;
    tgt = {
      ...tgt,
      circulationHalfLifeH: Math.LN2 / kTot,
      tumorDeliveryPctID: td,
      rates: { ...tgt.rates, total: kTot },
      explanations: !explain ? tgt.explanations : {
        ...tgt.explanations,
        'targeting.tumorDeliveryPctID': [
          {
            equation: 'M3.free-drug',
            formula: 'free drug: t½ and TD are the agents’ own (mass-weighted)',
            inputs: agents.map((a) => ({ name: `TD_free(${a.id})`, value: a.freeTumorDeliveryPctID.value, unit: '% ID' })),
            params: agents.map((a) => ({ name: `t½ free(${a.id})`, value: a.freeHalfLifeH.value, unit: 'h', source: a.freeHalfLifeH.source, provenance: a.freeHalfLifeH.provenance })),
            result: { name: 'TD', value: td, unit: '% ID' },
          },
        ],
      },
    };
  }

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
      const td = route === 'intratumoral' ? tgt.tumorDeliveryPctID : a.freeTumorDeliveryPctID.value;
      deliveries[i] = { agent: a.id, leakedInBloodFraction: 1, carriedPctID: 0, leakedPctID: td, payloadDeliveryPctID: td, released: 1, explanation: null };
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
  const rs = radiosensitization({
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
    params: radio,
    explain,
  });

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
      hydrodynamicDiameterNm: free ? 50 : geo.hydrodynamicDiameterNm,
      systemicMetalDoseMgPerKg: metalDose,
      prematureLeakagePct: free ? 0 : rel.prematureLeakagePct,
    },
    opts.weights,
    ov,
    explain,
  );

  // Warnings
  const warnings: Warning[] = outputsOnly ? [] : load.warnings.length ? load.warnings.concat(rel.warnings) : rel.warnings;
  // Monte Carlo draws (outputs only) skip the warning texts: nothing reads them
  if (!outputsOnly) {
    const dh = geo.hydrodynamicDiameterNm;
    if (!free && (dh < 10 || dh > 200))
      warnings.push({ code: 'size-window', message: `Hydrodynamic diameter ${dh.toFixed(0)} nm is outside the 10–200 nm window (${dh < 10 ? 'renal filtration' : 'liver/spleen filtration'}).` });
    if (geo.membraneCoverage > 0 && geo.membraneCoverage < 1)
      warnings.push({ code: 'incomplete-coverage', message: `Membrane covers ${(100 * geo.membraneCoverage).toFixed(0)} % of the surface; the bare part clears and leaks like an uncoated particle. Raise membraneToCoreMassRatio.` });
    if (!free && rel.prematureLeakagePct > 20)
      warnings.push({ code: 'premature-leakage', message: `${rel.prematureLeakagePct.toFixed(0)} % of the payload is released at pH 7.4 within one circulation half-life (${tgt.circulationHalfLifeH.toFixed(1)} h).` });
    if (metalDose > 20)
      warnings.push({ code: 'metal-dose', message: `Systemic high-Z metal dose ${metalDose.toPrecision(3)} mg/kg exceeds 20 mg/kg; check toxicity and clearance.` });
    if (conc.highZ.length > 0 && rs.doseEnhancementFactor - 1 < 0.01)
      warnings.push({
        code: 'def-tiny',
        message: `Macroscopic dose enhancement is only ${((rs.doseEnhancementFactor - 1) * 100).toPrecision(2)} % with ${sc.beam}: tumour metal at ${metalList(conc.highZ)} is far below the ≈ mg/g needed${isMegavoltage(sc.beam) ? ', and megavoltage photons barely see high-Z atoms' : ''}. Any predicted sensitization comes from the empirical local and biological terms.`,
      });
    const serGain = rs.sensitizerEnhancementRatio - 1;
    if (serGain > 0.01 && rs.doseEnhancementFactor - 1 < 0.5 * serGain)
      warnings.push({ code: 'assumption-driven', message: 'Most of the sensitization comes from empirical terms (local effect, FAK biology) whose parameters are assumptions or recalled values; calibrate with your own data.' });
    if (anyAssumedProlongation(membranes))
      warnings.push({ code: 'assumption-driven', message: 'Circulation of this membrane coat is estimated relative to RBC membrane (assumption), not measured.' });
    if (conc.injectedConcentrationGPerL !== null && conc.injectedConcentrationGPerL > 200)
      warnings.push({ code: 'injection-concentration', message: `The intratumoral dose implies an injected concentration of ${conc.injectedConcentrationGPerL.toFixed(0)} g/L, above what can be injected as a suspension.` });
  }

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
