// The completed (every default filled) nanoplatform.formulation/1 and nanoplatform.workspace/1, as TypeScript types.
// FROZEN with version 1.
import type { AgentId, CoreId, MembraneId } from '../../catalog';
import type { LoadingCalibration, LoadingMode } from '../../model/entities';
import type { FORMULATION_SCHEMA_V1, WORKSPACE_SCHEMA_V1 } from './fields';

export interface PayloadV1 {
  agent: AgentId;
  loading: LoadingMode;
  feedMassRatio: number;
}

export interface MembraneShareV1 {
  source: MembraneId;
  fraction: number;
}

export interface CoatingV1 {
  membranes: MembraneShareV1[];
  membraneToCoreMassRatio: number;
  peg: boolean;
}

export interface ScenarioV1 {
  species: 'mouse';
  tumor: string;
  tumorMassG: number;
  route: 'iv' | 'intratumoral';
  intratumoralVolumeFraction: number;
  /** Intratumoral route (extension, optional): particle concentration of the injected suspension, g/L; replaces doseMgPerKg for that route. */
  injectedConcentrationGPerL?: number;
  doseMgPerKg: number;
  /**
   * What doseMgPerKg counts: 'carrier' (core mass) or 'particle' (whole particle mass) (extension). Always present in a
   * completed formulation (default 'carrier'); optional in the type so code that builds scenarios by hand keeps compiling.
   */
  doseBasis?: 'carrier' | 'particle';
  medium: 'buffer' | 'pbs' | 'serum';
  temperatureC: number;
  beam: string;
  irradiationDelayH: number;
  fractionDoseGy: number;
  fractions: number;
  cells: { alphaPerGy: number; betaPerGy2: number };
}

export interface ReleaseCalibrationV1 {
  core: CoreId;
  params: Record<string, number>;
  fittedTo?: string;
}

export interface CalibrationsV1 {
  loading?: LoadingCalibration[];
  release?: ReleaseCalibrationV1[];
}

/** A measured release curve (extension): [time h, cumulative release %] pairs at one pH. */
export interface MeasuredReleaseCurveV1 {
  pH: number;
  /** The payload measured (when the formulation carries several). */
  agent?: AgentId;
  label?: string;
  points: [number, number][];
  /** Error bars (optional): SD or SEM of each point in % points, one per point. */
  spread?: { kind: 'sd' | 'sem'; values: number[] };
}

/** A measured loading point: feed mg payload per mg carrier and exactly one of EE % or LC %. */
export interface MeasuredLoadingPointV1 {
  feedMassRatio: number;
  encapsulationEfficiencyPct?: number;
  loadingCapacityPct?: number;
}

export interface MeasuredLoadingSetV1 {
  agent: AgentId;
  points: MeasuredLoadingPointV1[];
}

/** Measured data imported for calibration and overlay (extension); empty lists are left out. */
export interface MeasurementsV1 {
  release?: MeasuredReleaseCurveV1[];
  loading?: MeasuredLoadingSetV1[];
}

export interface FormulationV1 {
  schema: typeof FORMULATION_SCHEMA_V1;
  /** Candidate id within a workspace (extension). */
  id?: string;
  name: string;
  core: { material: CoreId; diameterNm: number };
  payloads: PayloadV1[];
  coating: CoatingV1 | null;
  scenario: ScenarioV1;
  /** Model parameter overrides by dotted id, e.g. { 'targeting.uMax': 4 } (extension). */
  overrides?: Record<string, number>;
  /** User calibrations of loading and release (extension). */
  calibrations?: CalibrationsV1;
  /** Measured release curves and loading points behind the calibrations (extension). */
  measurements?: MeasurementsV1;
  /** Free text, ≤ 2000 characters (extension). */
  notes?: string;
}

export interface WorkspaceV1 {
  schema: typeof WORKSPACE_SCHEMA_V1;
  name?: string;
  formulations: FormulationV1[];
  /** The candidate shown first (extension). */
  activeId?: string;
}
