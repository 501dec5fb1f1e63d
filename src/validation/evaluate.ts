// Predicts every corpus record with the engine and the model's own functions, judges it by the rule of its quantity, and summarises held-out agreement per kind.
import { getAgent, getCore, getVehicle, PRESETS, isPresetId } from '../catalog';
import { CELL_LINES, type CatalogCellLine } from '../catalog/cell-lines';
import { CATALOG_LOOKUP, resolveFormulation, scoreCompleted, scoreFormulation } from '../engine';
import type { LoadingAnchor } from '../model/entities';
import type { Scores } from '../model/scores';
import { getBeam } from '../model/physics/beams';
import { doseEnhancementValue } from '../model/physics/dose-enhancement';
import { LOCAL_EFFECT_PARAMS } from '../model/physics/local-effect';
import { INVITRO_PARAMS } from '../model/invitro/params';
import { lqSurvival } from '../model/radiobiology/lq';
import { radiosensitization } from '../model/radiobiology/radiosensitization';
import { DEFAULT_SCHEDULE_ID, doseResponse, fractionRadiobiology, outcomeParam, SCHEDULES, type ScheduledFraction } from '../model/outcome';
import { makeReleaseContext, releaseFraction } from '../model/release';
import { freeDrugTerminalRatePerH, totalDrugTerminalHalfLifeH } from '../model/pk/terminal';
import type { LoadingMode } from '../model/entities';
import { paperKey, sideOf, type Side } from './split';
import type { KindCrossValidation } from './crossval';
import type { KindCoverage } from './intervals';
import { CORPUS_KINDS, METRIC_KIND, METRIC_UNIT, type CorpusKind, type CorpusRecord, type Metric, type Quantity } from './schema';

export { TOLERANCE, type Tolerance } from './tolerance';
import { TOLERANCE } from './tolerance';

/** The rule as text, e.g. '± 15 percentage points', 'within a factor 2'. */
export function toleranceText(metric: Metric): string {
  const t = TOLERANCE[metric];
  const unit = METRIC_UNIT[metric];
  switch (t.type) {
    case 'abs':
      return unit === '%' ? `± ${t.amount} percentage points` : `± ${t.amount}${unit === '1' ? '' : ` ${unit}`} (or 2 SD)`;
    case 'rel':
      return `± ${t.amount * 100} %`;
    case 'factor':
      return `within a factor ${t.amount}`;
    case 'none':
      return 'not judged (no model output)';
  }
}

export type CorpusVerdict = 'agree' | 'differ' | 'not-modelled' | 'caveat' | 'error';

export interface CorpusResult {
  id: string;
  kind: CorpusKind;
  metric: Metric;
  unit: string;
  system: string;
  /** The system's preset id, when it is a preset. */
  preset: string | null;
  condition: string;
  measured: number;
  range: [number, number] | null;
  sd: number | null;
  predicted: number | null;
  verdict: CorpusVerdict;
  /** predicted − measured (from the nearest range bound; 0 inside it). */
  deviation: number | null;
  /** ln(predicted / measured) (from the nearest bound), when both are positive. */
  logRatio: number | null;
  /** |miss| in units of the tolerance (≤ 1 agrees). */
  missInTolerances: number | null;
  rule: string;
  /** The record's side in the frozen split (split.ts): calibration records are counted apart; held-out ones make the summary. */
  use: Side;
  /** The record's number set a catalog parameter (so it can only be on the calibration side). */
  setsCatalogParameter: boolean;
  /** Source paper key (first author's surname and year), the unit of the split and of the cross-validation folds. */
  paper: string;
  provenance: 'read' | 'recalled';
  source: string;
  caveat: string | null;
  /** How the model produced the prediction (equations, inputs, assumptions). */
  explanation: string[];
  /** Likely cause when it differs. */
  ifMiss: string | null;
  /** The 90 % prediction interval around the prediction (#27, from the kind's calibration residuals; intervals.json), when there is one. */
  interval90?: [number, number] | null;
}

export interface KindSummary {
  kind: CorpusKind;
  /** All records of the kind. */
  n: number;
  calibration: number;
  calibrationAgree: number;
  /** Held-out records the model predicts and that are judged (no caveat). */
  heldOut: number;
  heldOutAgree: number;
  /** Median signed deviation of the held-out judged records, in the quantity's unit. */
  medianDeviation: number | null;
  /** Median ln(predicted/measured) of the held-out judged records. */
  medianLogRatio: number | null;
  /** Held-out records shown for context only (caveat, or no model output). */
  informative: number;
}

export interface CorpusReport {
  results: CorpusResult[];
  summary: KindSummary[];
  /** The held-out records that miss by most tolerances, worst first (all kinds). */
  worstMisses: CorpusResult[];
  /** The same, per kind (up to 3 each). */
  worstMissesByKind: Partial<Record<CorpusKind, CorpusResult[]>>;
  /** The frozen split's rule parameters. */
  split: { seed: number; calibrationShare: number; frozenOn: string };
  /** k-fold cross-validation per kind over the calibration side (crossval.ts). */
  crossValidation: KindCrossValidation[];
  /** 90 % prediction-interval coverage per kind, held-out and calibration (#27, intervals.ts). */
  coverage: KindCoverage[];
  /** Observed coverage at each nominal level (COVERAGE_LEVELS) per kind: the calibration plot. */
  coverageCurve: KindCoverage[];
}

const n4 = (v: number) => String(Number(v.toPrecision(4)));

function sourceText(r: CorpusRecord): string {
  const s = r.source;
  return `${s.authors}, ${s.journal}${s.year !== null ? ` (${s.year})` : ''}, ${s.locator}${s.via ? `; read via ${s.via}` : ''}`;
}

function conditionText(r: CorpusRecord): string {
  const c = r.condition;
  const parts: string[] = [c.species, c.medium];
  if (c.pH !== undefined) parts.push(`pH ${c.pH}`);
  if (c.temperatureC !== undefined) parts.push(`${c.temperatureC} °C`);
  if (c.beam) parts.push(c.beam);
  if (c.doseGy !== undefined) parts.push(`${c.doseGy} Gy`);
  if (c.cells) parts.push(c.cells);
  if (c.note) parts.push(c.note);
  return parts.join('; ');
}

function systemOf(r: CorpusRecord): { label: string; draft: unknown; preset: string | null } {
  if ('preset' in r.system) {
    const id = r.system.preset;
    if (!isPresetId(id)) throw new Error(`system.preset: unknown preset "${id}"`);
    return { label: PRESETS[id].name, draft: PRESETS[id].formulation, preset: id };
  }
  return { label: r.system.label, draft: r.system.formulation, preset: null };
}

const vehicleDrafts = new Map<unknown, Map<string, unknown>>();
/**
 * The system with the record's comparator vehicle (#27) written into payloads[0].freeDrugVehicle (the same object for the
 * same draft and vehicle, so the score caches hit); the draft itself when the quantity names no vehicle.
 */
function withVehicle(draft: unknown, q: Quantity): unknown {
  const v = 'vehicle' in q ? q.vehicle : undefined;
  if (v === undefined) return draft;
  let m = vehicleDrafts.get(draft);
  if (!m) vehicleDrafts.set(draft, (m = new Map()));
  let d = m.get(v);
  if (d === undefined) {
    const f = draft as { payloads?: Record<string, unknown>[] };
    const payloads = (f.payloads ?? []).map((p, i) => (i === 0 ? { ...p, freeDrugVehicle: v } : p));
    d = { ...f, payloads };
    m.set(v, d);
  }
  return d;
}

/** A record's system as scored: the preset's or written-out formulation, with the record's comparator vehicle (#27). */
export function recordDraft(r: CorpusRecord): unknown {
  return withVehicle(systemOf(r).draft, r.quantity);
}

const scoreCache = new Map<unknown, Scores>();
function scoresOf(draft: unknown): Scores {
  let s = scoreCache.get(draft);
  if (!s) {
    s = scoreFormulation(draft);
    scoreCache.set(draft, s);
  }
  return s;
}

const formCache = new Map<unknown, ReturnType<typeof resolveFormulation>>();
function formulationOf(draft: unknown): ReturnType<typeof resolveFormulation> {
  let f = formCache.get(draft);
  if (!f) {
    f = resolveFormulation(draft);
    formCache.set(draft, f);
  }
  return f;
}

/** The explanation lines of a Scores path, as text. */
function explained(scores: Scores, path: string): string[] {
  const ex = (scores.explanations as Record<string, { equation: string; formula: string; note?: string }[] | undefined>)[path] ?? [];
  return ex.map((e) => `${e.equation}: ${e.formula}${e.note ? ` — ${e.note}` : ''}`);
}

/** Mean inactivation dose ∫₀^∞ exp(−αD − βD²) dD (Simpson's rule to 60 Gy; the tail is < 1e-12 there for β ≥ 0.01). */
export function meanInactivationDoseGy(alphaPerGy: number, betaPerGy2: number): number {
  const end = 60;
  const n = 6000;
  const h = end / n;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const d = i * h;
    const w = i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2;
    sum += w * Math.exp(-alphaPerGy * d - betaPerGy2 * d * d);
  }
  return (sum * h) / 3;
}

/**
 * M2 release (%) of payload 0 of a system at t hours and pH, with the core's dissolution rate v_ref multiplied by
 * `vRefScale` (1 = the catalog as it is; other values are a cross-validation refit, never fed back to the model).
 */
function releasePct(draft: unknown, timeH: number, pH: number, vRefScale: number): number {
  const s = scoresOf(draft);
  const f = formulationOf(draft);
  const p = f.payloads[0];
  if (!p) throw new Error('release-pct needs a payload');
  const ctx = makeReleaseContext({ core: getCore(f.core.material), agent: getAgent(p.agent), mode: p.loading as LoadingMode, diameterNm: f.core.diameterNm, membraneCoverage: s.geometry.membraneCoverage, medium: f.scenario.medium, temperatureC: f.scenario.temperatureC });
  return 100 * releaseFraction(timeH, pH, vRefScale === 1 ? ctx : { ...ctx, vRefNmPerH: ctx.vRefNmPerH * vRefScale });
}

/** The release (%) a record would be predicted at with the core's v_ref scaled (null for a record that is not a release point). */
export function releaseWithVRefScale(r: CorpusRecord, vRefScale: number): number | null {
  if (r.quantity.metric !== 'release-pct') return null;
  return releasePct(systemOf(r).draft, r.quantity.timeH, r.quantity.pH, vRefScale);
}

const isLoadingMetric = (m: Metric) => m === 'ee-pct' || m === 'lc-pct' || m === 'loaded-mg-per-mg';

/** The loading value a record's quantity reads from payload 0 (EE %, LC % or q = EE × feed in mg/mg). */
function loadingValue(metric: Metric, lp: { encapsulationEfficiencyPct: number; loadingCapacityPct: number }, feed: number): number {
  return metric === 'ee-pct' ? lp.encapsulationEfficiencyPct : metric === 'lc-pct' ? lp.loadingCapacityPct : (lp.encapsulationEfficiencyPct / 100) * feed;
}

/** The carrier–agent–mode of a loading record's payload 0 (what a catalog loading anchor is keyed on); null without a payload. */
export function loadingKeyOf(r: CorpusRecord): { core: string; agent: string; mode: string } | null {
  if (!isLoadingMetric(r.quantity.metric)) return null;
  const f = formulationOf(systemOf(r).draft);
  const p = f.payloads[0];
  return p ? { core: f.core.material, agent: p.agent, mode: p.loading } : null;
}

/** Does a catalog loading anchor apply to this carrier–agent–mode? */
export const anchorMatches = (a: Pick<LoadingAnchor, 'core' | 'agent' | 'mode'>, k: { core: string; agent: string; mode: string }) => a.core === k.core && a.agent === k.agent && a.mode === k.mode;

/**
 * A loading record predicted with some of the catalog's loading anchors removed (cross-validation only, #27 load4): the
 * model's own rule (carrier, affinity class, size exclusion, partition) then decides, as it would for a system no anchor
 * covers. `drop(i)` says which anchor (by index in the catalog) to leave out. null for a record that is not a loading one.
 */
export function loadingWithoutAnchors(r: CorpusRecord, drop: (index: number) => boolean): number | null {
  if (!isLoadingMetric(r.quantity.metric)) return null;
  const draft = systemOf(r).draft;
  const f = formulationOf(draft);
  const anchors = CATALOG_LOOKUP.anchors.filter((_, i) => !drop(i));
  const s = scoreCompleted(f as Parameters<typeof scoreCompleted>[0], { ...CATALOG_LOOKUP, anchors }, { lean: true });
  const lp = s.loading.payloads[0];
  return lp ? loadingValue(r.quantity.metric, lp, f.payloads[0].feedMassRatio) : null;
}

interface Prediction {
  value: number | null;
  /** no prediction because the record lacks what the model needs (e.g. a dose): not an evaluation error */
  notModelled?: boolean;
  explanation: string[];
}

/** The catalog cell line a record's `cells` names (by name or id, case-insensitive), if any. */
function cellLineOf(cells: string | undefined): CatalogCellLine | undefined {
  if (!cells) return undefined;
  const k = cells.trim().toLowerCase();
  return Object.values(CELL_LINES).find((c) => c.id === k || c.name.toLowerCase() === k);
}

function predict(r: CorpusRecord, q: Quantity, draft: unknown): Prediction {
  switch (q.metric) {
    case 'release-pct': {
      const s = scoresOf(draft);
      const f = formulationOf(draft);
      const p = f.payloads[0];
      if (!p) throw new Error('release-pct needs a payload');
      const v = releasePct(draft, q.timeH, q.pH, 1);
      return { value: v, explanation: [`M2 release of ${p.agent} (${p.loading}) from ${f.core.material} ${f.core.diameterNm} nm at pH ${q.pH}, ${q.timeH} h, medium ${f.scenario.medium}: F = F_b(1 − e^(−k_b t)) + (1 − F_b)[1 − (1 − F_d)(1 − F_e)]`, ...explained(s, 'release.releasedAt24hPct')] };
    }
    case 'ee-pct':
    case 'lc-pct':
    case 'loaded-mg-per-mg': {
      const s = scoresOf(draft);
      const lp = s.loading.payloads[0];
      const feed = formulationOf(draft).payloads[0]?.feedMassRatio ?? NaN;
      const v = loadingValue(q.metric, lp, feed);
      return { value: v, explanation: [`M1 loading of ${lp.agent} at feed ${feed} mg/mg${q.metric === 'loaded-mg-per-mg' ? ': q = EE × feed' : ''}`, ...explained(s, 'loading')] };
    }
    case 'size-nm': {
      const s = scoresOf(draft);
      return { value: s.targeting.hydrodynamicDiameterNm, explanation: ['M0 d_h = d + 10·c (membrane) + 8 (PEG)', ...explained(s, 'targeting.hydrodynamicDiameterNm')] };
    }
    case 'half-life-h': {
      const s = scoresOf(draft);
      return { value: s.targeting.circulationHalfLifeH, explanation: ['M3 circulation half-life (mouse)', ...explained(s, 'targeting.circulationHalfLifeH')] };
    }
    case 'plasma-auc-ratio': {
      // #27: the time-resolved model's own ratio (M3.t): carried and leaked drug in plasma against the same dose of free
      // drug, each in its own volume (the free drug's from its sourced clearance, else the plasma volume)
      const s = scoresOf(draft);
      const agent = getAgent(formulationOf(draft).payloads[0].agent);
      const pkp0 = s.pk.payloads[0];
      const v = pkp0?.plasmaAucRatioVsFreeDrug ?? null;
      return {
        value: v,
        explanation: [
          `M3.t plasma AUC(total ${agent.id}, carrier formulation) / AUC(same dose of free ${agent.id}) = ${v === null ? '—' : n4(v)}; in-blood leak L = ${pkp0 ? n4(pkp0.leakedInBloodFraction) : '—'}`,
          agent.freeClearanceHumanLPerHPerKg
            ? `free ${agent.id}: human clearance ${n4(agent.freeClearanceHumanLPerHPerKg.value)} L/h/kg scaled to the mouse (CL ∝ m^0.75), volume CL/k_free (${agent.freeClearanceHumanLPerHPerKg.source})`
            : `free ${agent.id}: no sourced clearance; the free drug shares the plasma volume (assumption: equal volumes)`,
          ...explained(s, 'targeting.payloadDeliveryPctID'),
        ],
      };
    }
    case 'half-life-ratio': {
      // #27 (pk4, pk5): a measured t½β is the terminal half-life of the TOTAL drug in plasma (M3.t,
      // totalDrugTerminalHalfLifeH): carried drug leaves the plasma at k_c/(1 − L), released drug (unformulated) at its
      // terminal rate — its two-compartment β where the agent has a terminal half-life of the unformulated drug
      // (freeTerminalHalfLifeH), else k_f = ln2/t½_free — and a sum of exponentials ends on its slowest term. The
      // comparator's half-life: the free drug's terminal half-life in the record's vehicle where one was read (#27), else
      // the agent's free-drug half-life.
      const s = scoresOf(draft);
      const f = formulationOf(draft);
      const agent = getAgent(f.payloads[0].agent);
      const inVehicle = f.payloads[0].freeDrugVehicle ? getVehicle(f.payloads[0].freeDrugVehicle).freeDrugPk[agent.id]?.terminalHalfLifeH : undefined;
      const free = inVehicle ?? agent.freeHalfLifeH;
      const L = s.pk.payloads[0]?.leakedInBloodFraction ?? 0;
      const kc = Math.LN2 / s.targeting.circulationHalfLifeH;
      const kCarried = L < 1 ? kc / (1 - L) : Infinity;
      const beta = agent.freeTerminalHalfLifeH;
      const kFree = freeDrugTerminalRatePerH(agent.freeHalfLifeH.value, beta?.value);
      const tTerminal = totalDrugTerminalHalfLifeH(kc, L, kFree);
      const v = tTerminal / free.value;
      return {
        value: v,
        explanation: [
          `t½β(total ${agent.id} in plasma) / t½(free ${agent.id}${inVehicle ? ` in ${f.payloads[0].freeDrugVehicle}` : ''}) = ${n4(tTerminal)} h / ${n4(free.value)} h (${free.source})`,
          `terminal exponent of the total drug = min(k_c/(1 − L), k_free,terminal) = min(${n4(kc)}/(1 − ${n4(L)}) = ${n4(kCarried)}, ${n4(kFree)}) h⁻¹ (M3.t: carried drug leaves the plasma with the carrier or by leaking; released drug as the unformulated free drug)`,
          beta
            ? `released ${agent.id}: two-compartment terminal phase k_free,terminal = min(ln2/t½_free, ln2/t½β) = min(ln2/${n4(agent.freeHalfLifeH.value)}, ln2/${n4(beta.value)} h) (t½β: ${beta.source})`
            : `released ${agent.id}: one compartment, k_free = ln2/t½_free = ln2/${n4(agent.freeHalfLifeH.value)} h (no terminal half-life of the unformulated drug in the catalog)`,
        ],
      };
    }
    case 'plasma-clearance-l-per-h-per-kg': {
      // #27: a free-drug formulation's clearance, dose / plasma AUC₀^∞ of one injection (its vehicle's when it names one)
      const s = scoresOf(draft);
      const f = formulationOf(draft);
      const pkp0 = s.pk.payloads[0];
      const injections = Math.max(1, Math.round(f.scenario.injections ?? 1));
      const auc = pkp0 ? pkp0.aucPlasmaMgHPerL / injections : NaN;
      const v = f.scenario.doseMgPerKg / auc;
      const veh = f.payloads[0].freeDrugVehicle;
      return {
        value: Number.isFinite(v) ? v : null,
        explanation: [
          `CL = dose / AUC_plasma = ${f.scenario.doseMgPerKg} mg/kg / ${n4(auc)} mg·h/L = ${n4(v)} L/h/kg (M3.t, one-compartment free drug in the model's mouse)`,
          veh && getVehicle(veh).freeDrugPk[f.payloads[0].agent] ? `free ${f.payloads[0].agent} in ${veh}: ${getVehicle(veh).freeDrugPk[f.payloads[0].agent].clearanceLPerHPerKg.source}` : `free ${f.payloads[0].agent}, unformulated: its human clearance scaled allometrically (or the equal-volume assumption)`,
        ],
      };
    }
    case 'tumour-auc-ratio': {
      // #27: the time-resolved model's tumour AUC ratio (M3.t: carried and released drug in the tumour, with washout)
      const s = scoresOf(draft);
      const agent = getAgent(formulationOf(draft).payloads[0].agent);
      const v = s.pk.payloads[0]?.tumorAucRatioVsFreeDrug ?? null;
      return { value: v, explanation: [`M3.t tumour AUC(total ${agent.id}, carrier formulation) / AUC(same dose of free ${agent.id}) = ${v === null ? '—' : n4(v)}`, ...explained(s, 'targeting.payloadDeliveryPctID')] };
    }
    case 'tumour-pct-id': {
      const s = scoresOf(draft);
      return { value: s.targeting.tumorDeliveryPctID, explanation: explained(s, 'targeting.tumorDeliveryPctID') };
    }
    case 'tumour-mg-per-g': {
      const s = scoresOf(draft);
      const hz = s.radiosensitization.highZ.find((h) => h.element === q.element);
      const stated = formulationOf(draft).scenario.doseMgPerKg;
      const scale = q.doseMgPerKg !== undefined ? q.doseMgPerKg / stated : 1;
      return {
        value: hz ? hz.mgPerGTumor * scale : null,
        explanation: [
          `M4.1 ${q.element} mg/g tumour = dose × 0.02 kg × TD × mass fraction / tumour mass`,
          ...(scale !== 1 ? [`scaled linearly from ${stated} mg/kg (the formulation's limit) to the injected ${q.doseMgPerKg} mg/kg`] : []),
          ...explained(s, 'radiosensitization.highZ'),
        ],
      };
    }
    case 'def': {
      const v = doseEnhancementValue({ [q.element]: q.mgPerG }, getBeam(q.beam), 'water');
      return { value: v, explanation: [`M4.2 mixture rule with NIST μen/ρ: DEF = Σ Ψ(E)[w μ_${q.element} + (1 − w) μ_water] / Σ Ψ(E) μ_water, w = ${q.mgPerG}/1000, beam ${q.beam}`] };
    }
    case 'formulation-def': {
      const s = scoresOf(draft);
      return { value: s.radiosensitization.doseEnhancementFactor, explanation: explained(s, 'radiosensitization.doseEnhancementFactor') };
    }
    case 'ser': {
      // the in-vitro bench's clonogenic chain (model/invitro): oxic cells of the record's line (catalog α, β, volume when
      // listed, else the formulation's cells and the calibration cell mass), the cell-average DEF of the metal in the
      // cell (mixture rule, M4.2) and the saturated local term (M4.3) — the chain the anchors were back-solved through
      const f = formulationOf(draft);
      const line = cellLineOf(r.condition.cells);
      const a = line ? line.alphaPerGy.value : f.scenario.cells.alphaPerGy;
      const b = line ? line.betaPerGy2.value : f.scenario.cells.betaPerGy2;
      const cellMassNg = line ? line.cellVolumeUm3.value * 1e-3 * INVITRO_PARAMS.cellMassDensityGPerCm3.value : LOCAL_EFFECT_PARAMS.calCellMassNg.value;
      const mRef = LOCAL_EFFECT_PARAMS.mRefPg.value;
      const m = q.mCellPg ?? mRef;
      const rs = radiosensitization({
        beam: q.beam,
        elements: { [q.element]: m / cellMassNg },
        intracellularPgPerCell: { [q.element]: m },
        cellMassNg,
        alphaPerGy: a,
        betaPerGy2: b,
        hypoxicFraction: 0,
        pO2OxicMmHg: INVITRO_PARAMS.incubatorPO2MmHg.value,
        explain: false,
      });
      return {
        value: rs.sensitizerEnhancementRatio,
        explanation: [
          `cells: ${line ? `${line.name} (catalog: α ${a} Gy⁻¹, β ${b} Gy⁻², ${n4(cellMassNg)} ng)` : `not in the catalog: the formulation's α ${a} Gy⁻¹, β ${b} Gy⁻², the calibration cell mass ${cellMassNg} ng`}; oxic (incubator pO₂ ${INVITRO_PARAMS.incubatorPO2MmHg.value} mmHg)`,
          `M4.2 DEF_cell = mixture rule at ${n4(m / cellMassNg)} mg ${q.element}/g of cell = ${n4(rs.doseEnhancementFactor)}; M4.3 LEF = 1 + s(beam)·(m_cell/m_ref)·R_${q.element}·κ (saturated) = ${n4(rs.localEnhancementFactor)} at ${q.beam}, m_cell ${n4(m)} pg/cell${q.mCellPg === null ? ' (uptake not reported: the reference uptake is assumed)' : ''}`,
          `M4.6 SER = D10_control / D10_treated, treated α·LEF at DEF_cell·D (the in-vitro bench's chain)`,
        ],
      };
    }
    case 'surviving-fraction': {
      const f = formulationOf(draft);
      const { alphaPerGy: a, betaPerGy2: b } = f.scenario.cells;
      return { value: lqSurvival(a, b, q.doseGy), explanation: [`M4.6 S = exp(−αD − βD²) with the default cervical-cell α = ${a} Gy⁻¹, β = ${b} Gy⁻² (assumption) at D = ${q.doseGy} Gy`] };
    }
    case 'mean-inactivation-dose-gy': {
      const f = formulationOf(draft);
      const { alphaPerGy: a, betaPerGy2: b } = f.scenario.cells;
      return { value: meanInactivationDoseGy(a, b), explanation: [`D̄ = ∫ exp(−αD − βD²) dD with the default α = ${a} Gy⁻¹, β = ${b} Gy⁻²`] };
    }
    case 'survival-pct':
      return { value: null, explanation: ['The model has no survival or tumour-control model: it reports the EQD2 gain a sensitizer adds. The record is the clinical benchmark.'] };
    case 'local-control-pct': {
      if (q.eqd2Gy === null) return { value: null, notModelled: true, explanation: ['The record gives no dose (EQD2): the outcome model\'s local control is a function of dose, so it cannot be placed.'] };
      const f = formulationOf(draft);
      const { alphaPerGy: a, betaPerGy2: b } = f.scenario.cells;
      // the control arm of the outcome model (docs/model/outcome.md): the cells without particle, 6 MV, the standard
      // schedule re-scaled to the record's EQD2; concurrent cisplatin when the system carries cisplatin
      const cisplatin = f.payloads.some((p) => p.agent === 'cisplatin');
      const rs = radiosensitization({ beam: '6MV', alphaPerGy: a, betaPerGy2: b, explain: false });
      const build = (cal: ScheduledFraction[]) => fractionRadiobiology(cal, rs, 'control');
      const tcp = doseResponse(SCHEDULES[DEFAULT_SCHEDULE_ID], [q.eqd2Gy], 10, build, {
        clonogens: outcomeParam('clonogens'),
        alphaRefPerGy: a,
        sigmaAlphaPerGy: outcomeParam('sigmaAlphaPerGy'),
        kickoffDays: outcomeParam('kickoffDays'),
        doublingDays: outcomeParam('doublingDays'),
        cisplatinBedGy: cisplatin ? outcomeParam('cisplatinBedGy') : 0,
      })[0].tcp;
      return {
        value: 100 * tcp,
        explanation: [
          `Outcome O1–O4: population TCP (Webb–Nahum, N₀ = ${outcomeParam('clonogens')}, σ_α = ${outcomeParam('sigmaAlphaPerGy')} Gy⁻¹) of the control arm at total EQD2 ${q.eqd2Gy} Gy (α/β 10; ${SCHEDULES[DEFAULT_SCHEDULE_ID].label} re-scaled), α = ${a} Gy⁻¹, β = ${b} Gy⁻², ${cisplatin ? 'with' : 'without'} concurrent cisplatin`,
          `The model's TCP has no follow-up time; the record is at ${q.years} years`,
        ],
      };
    }
  }
}

/** Distance of a prediction from a record (nearest range bound, 0 inside). */
function distance(pred: number, value: number, range: [number, number] | null): { ref: number; deviation: number } {
  if (range) {
    if (pred < range[0]) return { ref: range[0], deviation: pred - range[0] };
    if (pred > range[1]) return { ref: range[1], deviation: pred - range[1] };
    return { ref: pred, deviation: 0 };
  }
  return { ref: value, deviation: pred - value };
}

function judge(metric: Metric, pred: number, ref: number, deviation: number, sd: number | null): number {
  const t = TOLERANCE[metric];
  switch (t.type) {
    case 'abs':
      return Math.abs(deviation) / Math.max(t.amount, sd !== null ? 2 * sd : 0);
    case 'rel':
      return ref === 0 ? Infinity : Math.abs(deviation) / Math.abs(ref) / t.amount;
    case 'factor':
      return pred > 0 && ref > 0 ? Math.abs(Math.log(pred / ref)) / Math.log(t.amount) : Infinity;
    case 'none':
      return NaN;
  }
}

/** Judge a (possibly refitted) prediction against a result's measurement by the result's own rule. */
export function judgePrediction(r: Pick<CorpusResult, 'metric' | 'measured' | 'range' | 'sd'>, pred: number): { deviation: number; logRatio: number | null; missInTolerances: number; agrees: boolean } {
  const { ref, deviation } = distance(pred, r.measured, r.range);
  const logRatio = pred > 0 && ref > 0 ? Math.log(pred / ref) : null;
  const missInTolerances = judge(r.metric, pred, ref, deviation, r.sd);
  return { deviation, logRatio, missInTolerances, agrees: missInTolerances <= 1 + 1e-9 };
}

/** Evaluate one record (never throws: an evaluation error is a verdict with its message). */
export function evaluateRecord(r: CorpusRecord): CorpusResult {
  const q = r.quantity;
  const kind = METRIC_KIND[q.metric];
  let label = '';
  let preset: string | null = null;
  const base = {
    id: r.id,
    kind,
    metric: q.metric,
    unit: METRIC_UNIT[q.metric],
    condition: conditionText(r),
    measured: r.value,
    range: r.range ? ([r.range[0], r.range[1]] as [number, number]) : null,
    sd: r.sd ?? null,
    rule: toleranceText(q.metric),
    use: sideOf(r),
    setsCatalogParameter: r.setsCatalogParameter,
    paper: paperKey(r),
    provenance: r.provenance,
    source: sourceText(r),
    caveat: r.caveat ?? null,
    ifMiss: r.ifMiss ?? null,
  };
  try {
    const sys = systemOf(r);
    label = sys.label;
    preset = sys.preset;
    const p = predict(r, q, withVehicle(sys.draft, q));
    if (p.value === null || !Number.isFinite(p.value)) {
      return { ...base, system: label, preset, predicted: null, verdict: TOLERANCE[q.metric].type === 'none' || p.notModelled ? 'not-modelled' : 'error', deviation: null, logRatio: null, missInTolerances: null, explanation: p.explanation };
    }
    const { ref, deviation } = distance(p.value, r.value, base.range);
    const logRatio = p.value > 0 && ref > 0 ? Math.log(p.value / ref) : null;
    const miss = judge(q.metric, p.value, ref, deviation, base.sd);
    const verdict: CorpusVerdict = r.caveat ? 'caveat' : miss <= 1 + 1e-9 ? 'agree' : 'differ';
    return { ...base, system: label, preset, predicted: p.value, verdict, deviation, logRatio, missInTolerances: miss, explanation: p.explanation };
  } catch (e) {
    return { ...base, system: label || r.id, preset, predicted: null, verdict: 'error', deviation: null, logRatio: null, missInTolerances: null, explanation: [`evaluation failed: ${e instanceof Error ? e.message : String(e)}`] };
  }
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Per-kind counts: calibration apart; agreement and medians over held-out judged records only. */
export function summarize(results: readonly CorpusResult[]): KindSummary[] {
  return CORPUS_KINDS.map((kind) => {
    const rs = results.filter((r) => r.kind === kind);
    const cal = rs.filter((r) => r.use === 'calibration');
    const held = rs.filter((r) => r.use === 'held-out');
    const judged = held.filter((r) => r.verdict === 'agree' || r.verdict === 'differ');
    return {
      kind,
      n: rs.length,
      calibration: cal.length,
      calibrationAgree: cal.filter((r) => r.verdict === 'agree').length,
      heldOut: judged.length,
      heldOutAgree: judged.filter((r) => r.verdict === 'agree').length,
      medianDeviation: median(judged.map((r) => r.deviation!).filter((d) => d !== null)),
      medianLogRatio: median(judged.map((r) => r.logRatio).filter((d): d is number => d !== null)),
      informative: held.length - judged.length,
    };
  });
}

/** The held-out records that miss by most tolerances, worst first. */
export function worstMisses(results: readonly CorpusResult[], count = 5): CorpusResult[] {
  return results
    .filter((r) => r.use === 'held-out' && r.verdict === 'differ')
    .sort((a, b) => (b.missInTolerances ?? 0) - (a.missInTolerances ?? 0))
    .slice(0, count);
}

/** Column order of the corpus table (CLI table/CSV and the UI use the same rows). */
export const TABLE_COLUMNS = ['id', 'kind', 'system', 'quantity', 'measured', 'predicted', 'unit', 'rule', 'verdict', 'use', 'provenance', 'source'] as const;
export type TableRow = Record<(typeof TABLE_COLUMNS)[number], string>;

const fmt = (v: number | null) => (v === null ? '' : String(Number(v.toPrecision(4))));

/** One display row per result: the single data function behind the CLI table/CSV and the UI table. */
export function tableRows(report: CorpusReport): TableRow[] {
  return report.results.map((r) => ({
    id: r.id,
    kind: r.kind,
    system: r.system,
    quantity: r.metric,
    measured: r.range ? `${fmt(r.measured)} [${fmt(r.range[0])}–${fmt(r.range[1])}]` : r.sd !== null ? `${fmt(r.measured)} ± ${fmt(r.sd)}` : fmt(r.measured),
    predicted: fmt(r.predicted),
    unit: r.unit,
    rule: r.rule,
    verdict: r.verdict,
    use: r.use,
    provenance: r.provenance,
    source: r.source,
  }));
}

/** Summary display rows (kind, n, calibration agree/n, held-out agree/n, medians). */
export function summaryRows(report: CorpusReport): Record<string, string>[] {
  return report.summary.map((s) => ({
    kind: s.kind,
    n: String(s.n),
    calibration: `${s.calibrationAgree}/${s.calibration}`,
    heldOut: `${s.heldOutAgree}/${s.heldOut}`,
    medianDeviation: fmt(s.medianDeviation),
    medianLogRatio: fmt(s.medianLogRatio),
    informative: String(s.informative),
  }));
}
