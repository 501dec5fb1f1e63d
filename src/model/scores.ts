// The Scores JSON of contract §2 as a TypeScript type: what `score` prints and what the app shows. Keys may be added, never removed.
import type { Explanation } from './param';

export type PhKey = '7.4' | '6.5' | '5.0';
export const PH_KEYS: readonly PhKey[] = ['7.4', '6.5', '5.0'];

export interface ReleaseCurve {
  pH: number;
  /** [hours, fraction released 0..1], 0–72 h. */
  points: [number, number][];
}

export interface PayloadRelease {
  agent: string;
  curves: ReleaseCurve[];
  releasedAt24hPct: Record<PhKey, number>;
  t50h: Record<PhKey, number | null>;
  selectivityIndex: number | null;
}

export interface Warning {
  code: string;
  message: string;
  /** Dotted path of the input field the warning is about, when it is about one (e.g. 'core.diameterNM'). */
  path?: string;
}

export type ComponentId = 'loading' | 'release' | 'targeting' | 'radiosensitization' | 'safety';
export const COMPONENT_IDS: readonly ComponentId[] = ['loading', 'release', 'targeting', 'radiosensitization', 'safety'];

export interface Desirability {
  /** d in [0.01, 1] (floored), or null when the response does not apply (shown as n/a). */
  d: number | null;
  /** The response value it was computed from and the limits that map it to d. */
  response: number | null;
  unit: string;
  lower: number;
  upper: number;
  scale: 'linear' | 'log';
  weight: number;
  note?: string;
}

/**
 * What one score returns (contract §2). `F` is the echoed completed formulation's type: the model does not know the schema,
 * so it is `unknown` here; the engine returns `Scores<CompletedFormulation>` (engine/types.ts `EngineScores`).
 */
export interface Scores<F = unknown> {
  formulation: F;
  geometry: {
    coreDiameterNm: number;
    hydrodynamicDiameterNm: number;
    coreMassG: number;
    particleMassG: number;
    membraneCoverage: number;
    membraneMassPerCoreMass: number;
    elementMassFractions: Record<string, number>;
  };
  loading: {
    payloads: { agent: string; loadingCapacityPct: number; encapsulationEfficiencyPct: number; moleculesPerParticle: number; loadedMgPerMgCarrier: number }[];
    totalLoadingPct: number;
  };
  release: {
    curves: ReleaseCurve[];
    releasedAt24hPct: Record<PhKey, number>;
    t50h: Record<PhKey, number | null>;
    selectivityIndex: number | null;
    byPayload: PayloadRelease[];
    prematureLeakagePct: number;
  };
  targeting: {
    hydrodynamicDiameterNm: number;
    circulationHalfLifeH: number;
    tumorDeliveryPctID: number;
    payloadDeliveryPctID: Record<string, number>;
    tumorCellUptakeIndex: number;
    cafUptakeIndex: number;
  };
  radiosensitization: {
    highZ: { element: string; mgPerGTumor: number }[];
    doseEnhancementFactor: number;
    localEnhancementFactor: number;
    hypoxicFraction: number;
    sensitizerEnhancementRatio: number;
    sf2Control: number;
    sf2Treated: number;
    eqd2GainGy: number;
    fakOccupancy: number;
  };
  score: {
    overall: number;
    components: Record<ComponentId, number | null>;
    desirability: Record<ComponentId, Desirability>;
  };
  /**
   * Time-resolved pharmacokinetics (M3.t, model 1.2; added key): per payload the AUCs (0 → ∞, all injections) in plasma
   * (mg·h/L) and tumour (mg·h/g), total and free, and their ratios to the same dose of free drug (null when the free drug gives no exposure to compare with); per high-Z element its
   * AUCs; concentration–time curves (empty arrays when lean); and what each radiotherapy fraction sees.
   */
  pk: {
    payloads: {
      agent: string;
      leakedInBloodFraction: number;
      releasedInTumorFraction: number;
      aucPlasmaMgHPerL: number;
      aucPlasmaFreeMgHPerL: number;
      aucTumorMgHPerG: number;
      aucTumorFreeMgHPerG: number;
      tumorAucRatioVsFreeDrug: number | null;
      plasmaAucRatioVsFreeDrug: number | null;
      tumorFreeAucRatioVsFreeDrug: number | null;
      plasmaFreeAucRatioVsFreeDrug: number | null;
    }[];
    elements: { element: string; aucPlasmaMgHPerL: number; aucTumorMgHPerG: number }[];
    curves: {
      tH: number[];
      payloads: { agent: string; plasmaTotalMgPerL: number[]; plasmaFreeMgPerL: number[]; tumorTotalMgPerG: number[]; tumorFreeMgPerG: number[] }[];
      elements: { element: string; plasmaMgPerL: number[]; tumorMgPerG: number[] }[];
    };
    fractions: { tH: number; elementsMgPerG: Record<string, number>; intracellularPgPerCell: Record<string, number>; freeDrugM: number; hypoxiaReliefFactor?: number }[];
  };
  explanations: Record<string, Explanation[]>;
  warnings: Warning[];
  modelVersion: string;
}
