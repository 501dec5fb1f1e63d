// Canonical form of a completed formulation/workspace: fixed key order and numbers rounded to 6 significant figures, so
// the same design always serializes (and links) the same way.
import type { Formulation } from './formulation';
import type { Workspace } from './workspace';
import { rankingField, type RankingSettings } from './ranking-settings';

import { round6 } from './round';
export { round6 };

function sortedNumbers(r: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(r).sort()) out[k] = round6(r[k]);
  return out;
}

/** LC % rounded like every number, but kept below 100 (the schema's exclusive bound; 99.99999 would round to 100). */
function lcBelow100(x: number): number {
  const r = round6(x);
  return r < 100 ? r : 99.9999;
}

/** Canonical copy of a completed formulation (contract §1 key order, extensions after; override keys sorted). */
export function canonicalFormulation(f: Formulation): Formulation {
  const s = f.scenario;
  const out: Formulation = {
    schema: f.schema,
    ...(f.id !== undefined ? { id: f.id } : {}),
    name: f.name,
    core: { material: f.core.material, diameterNm: round6(f.core.diameterNm) },
    payloads: f.payloads.map((p) => ({ agent: p.agent, loading: p.loading, feedMassRatio: round6(p.feedMassRatio) })),
    coating:
      f.coating === null
        ? null
        : {
            membranes: f.coating.membranes.map((m) => ({ source: m.source, fraction: round6(m.fraction) })),
            membraneToCoreMassRatio: round6(f.coating.membraneToCoreMassRatio),
            peg: f.coating.peg,
          },
    scenario: {
      species: s.species,
      tumor: s.tumor,
      tumorMassG: round6(s.tumorMassG),
      route: s.route,
      intratumoralVolumeFraction: round6(s.intratumoralVolumeFraction),
      ...(s.injectedConcentrationGPerL !== undefined ? { injectedConcentrationGPerL: round6(s.injectedConcentrationGPerL) } : {}),
      doseMgPerKg: round6(s.doseMgPerKg),
      doseBasis: s.doseBasis ?? 'carrier',
      medium: s.medium,
      temperatureC: round6(s.temperatureC),
      beam: s.beam,
      irradiationDelayH: round6(s.irradiationDelayH),
      fractionDoseGy: round6(s.fractionDoseGy),
      fractions: s.fractions,
      cells: { alphaPerGy: round6(s.cells.alphaPerGy), betaPerGy2: round6(s.cells.betaPerGy2) },
      ...(s.injections !== undefined ? { injections: s.injections } : {}),
      ...(s.injectionIntervalH !== undefined ? { injectionIntervalH: round6(s.injectionIntervalH) } : {}),
      ...(s.fractionIntervalH !== undefined ? { fractionIntervalH: round6(s.fractionIntervalH) } : {}),
      ...(s.setting !== undefined ? { setting: s.setting } : {}),
      ...(s.invitro !== undefined
        ? {
            invitro: {
              cellLine: s.invitro.cellLine,
              plate: s.invitro.plate,
              concentrationUgPerMl: round6(s.invitro.concentrationUgPerMl),
              incubationH: round6(s.invitro.incubationH),
              ...(s.invitro.assayH !== undefined ? { assayH: round6(s.invitro.assayH) } : {}),
              serumFraction: round6(s.invitro.serumFraction),
              temperatureC: round6(s.invitro.temperatureC),
              cellsPerCm2: round6(s.invitro.cellsPerCm2),
              ...(s.invitro.measuredPgPerCell !== undefined ? { measuredPgPerCell: round6(s.invitro.measuredPgPerCell) } : {}),
              ...(s.invitro.measuredElement !== undefined ? { measuredElement: s.invitro.measuredElement } : {}),
              ...(s.invitro.agglomerateDiameterNm !== undefined ? { agglomerateDiameterNm: round6(s.invitro.agglomerateDiameterNm) } : {}),
              ...(s.invitro.fractalDimension !== undefined ? { fractalDimension: round6(s.invitro.fractalDimension) } : {}),
              ...(s.invitro.effectiveDensityGPerCm3 !== undefined ? { effectiveDensityGPerCm3: round6(s.invitro.effectiveDensityGPerCm3) } : {}),
              ...(s.invitro.bindingKdUgPerMl !== undefined ? { bindingKdUgPerMl: round6(s.invitro.bindingKdUgPerMl) } : {}),
              ...(s.invitro.bindingCapacityUgPerCm2 !== undefined ? { bindingCapacityUgPerCm2: round6(s.invitro.bindingCapacityUgPerCm2) } : {}),
              ...(s.invitro.controlAlphaPerGy !== undefined ? { controlAlphaPerGy: round6(s.invitro.controlAlphaPerGy) } : {}),
              ...(s.invitro.controlBetaPerGy2 !== undefined ? { controlBetaPerGy2: round6(s.invitro.controlBetaPerGy2) } : {}),
            },
          }
        : {}),
      ...(s.outcomeSchedule !== undefined ? { outcomeSchedule: s.outcomeSchedule } : {}),
    },
  };
  if (f.overrides !== undefined) out.overrides = sortedNumbers(f.overrides);
  if (f.calibrations !== undefined) {
    const c: NonNullable<Formulation['calibrations']> = {};
    if (f.calibrations.loading) {
      c.loading = f.calibrations.loading.map((l) => ({ core: l.core, agent: l.agent, mode: l.mode, qmaxMgPerMg: round6(l.qmaxMgPerMg), affinityK: round6(l.affinityK) }));
    }
    if (f.calibrations.release) {
      c.release = f.calibrations.release.map((r) => ({ core: r.core, params: sortedNumbers(r.params), ...(r.fittedTo !== undefined ? { fittedTo: r.fittedTo } : {}), ...(r.dataKey !== undefined ? { dataKey: r.dataKey } : {}) }));
    }
    if (f.calibrations.localEffect) {
      const le = f.calibrations.localEffect;
      c.localEffect = { params: sortedNumbers(le.params), ...(le.fittedTo !== undefined ? { fittedTo: le.fittedTo } : {}) };
    }
    if (f.calibrations.viability) {
      c.viability = f.calibrations.viability.map((v) => ({
        arm: v.arm,
        ...(v.agent !== undefined ? { agent: v.agent } : {}),
        ...(v.cellLine !== undefined ? { cellLine: v.cellLine } : {}),
        ...(v.ic50M !== undefined ? { ic50M: round6(v.ic50M) } : {}),
        ...(v.ic50UgPerMl !== undefined ? { ic50UgPerMl: round6(v.ic50UgPerMl) } : {}),
        hill: round6(v.hill),
        ...(v.top !== undefined ? { top: round6(v.top) } : {}),
        ...(v.bottom !== undefined ? { bottom: round6(v.bottom) } : {}),
        ...(v.exposureH !== undefined ? { exposureH: round6(v.exposureH) } : {}),
        ...(v.fittedTo !== undefined ? { fittedTo: v.fittedTo } : {}),
      }));
    }
    out.calibrations = c;
  }
  if (f.measurements !== undefined) {
    const m: NonNullable<Formulation['measurements']> = {};
    if (f.measurements.release) {
      m.release = f.measurements.release.map((c) => ({
        pH: round6(c.pH),
        ...(c.agent !== undefined ? { agent: c.agent } : {}),
        ...(c.label !== undefined ? { label: c.label } : {}),
        points: c.points.map(([t, F]) => [round6(t), round6(F)] as [number, number]),
        ...(c.spread !== undefined ? { spread: { kind: c.spread.kind, values: c.spread.values.map(round6), ...(c.spread.missing?.length ? { missing: [...new Set(c.spread.missing)].sort((a, b) => a - b) } : {}) } } : {}),
      }));
    }
    if (f.measurements.loading) {
      m.loading = f.measurements.loading.map((s) => ({
        agent: s.agent,
        points: s.points.map((p) => ({
          ...(p.encapsulationEfficiencyPct !== undefined
            ? { feedMassRatio: round6(p.feedMassRatio), encapsulationEfficiencyPct: round6(p.encapsulationEfficiencyPct) }
            : { feedMassRatio: round6(p.feedMassRatio), loadingCapacityPct: lcBelow100(p.loadingCapacityPct ?? NaN) }),
          ...(p.sdPct !== undefined ? { sdPct: round6(p.sdPct) } : {}),
        })),
      }));
    }
    if (f.measurements.releaseModel) {
      const r = f.measurements.releaseModel;
      m.releaseModel = {
        expression: r.expression,
        // typed numbers as typed (not rounded: rounding could merge close bounds into an invalid model)
        ...(r.params ? { params: r.params.map((p) => ({ name: p.name, ...(p.initial !== undefined ? { initial: p.initial } : {}), ...(p.lower !== undefined ? { lower: p.lower } : {}), ...(p.upper !== undefined ? { upper: p.upper } : {}) })) } : {}),
      };
    }
    if (f.measurements.bench) {
      const b = f.measurements.bench;
      m.bench = {
        ...(b.batchMg !== undefined ? { batchMg: round6(b.batchMg) } : {}),
        ...(b.productMassMg !== undefined ? { productMassMg: round6(b.productMassMg) } : {}),
        ...(b.hydrodynamicDiameterNm !== undefined ? { hydrodynamicDiameterNm: round6(b.hydrodynamicDiameterNm) } : {}),
        ...(b.zetaPotentialMv !== undefined ? { zetaPotentialMv: round6(b.zetaPotentialMv) } : {}),
        ...(b.loading
          ? { loading: b.loading.map((l) => ({ agent: l.agent, ...(l.encapsulationEfficiencyPct !== undefined ? { encapsulationEfficiencyPct: round6(l.encapsulationEfficiencyPct) } : {}), ...(l.loadingCapacityPct !== undefined ? { loadingCapacityPct: lcBelow100(l.loadingCapacityPct) } : {}) })) }
          : {}),
        ...(b.release24h ? { release24h: [...b.release24h].sort((x, y) => y.pH - x.pH).map((r) => ({ pH: r.pH, releasedPct: round6(r.releasedPct) })) } : {}),
      };
    }
    out.measurements = m;
  }
  if (f.notes !== undefined) out.notes = f.notes;
  return out;
}

/** Canonical copy of a completed workspace. */
export function canonicalWorkspace(w: Workspace): Workspace {
  return {
    schema: w.schema,
    ...(w.name !== undefined ? { name: w.name } : {}),
    formulations: w.formulations.map(canonicalFormulation),
    ...(w.activeId !== undefined ? { activeId: w.activeId } : {}),
    ...rankingEntry(w.ranking),
  };
}

/** `{ ranking }` when the workspace's ranking settings differ from the defaults, else nothing (see ranking-settings.ts). */
export function rankingEntry(r: { localControlWeight: number; weights?: Partial<Record<string, number>> } | undefined): { ranking?: RankingSettings } {
  const ranking = r ? rankingField(r.localControlWeight, r.weights) : undefined;
  return ranking ? { ranking } : {};
}
