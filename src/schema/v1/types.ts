// The completed (every default filled) nanoplatform.formulation/1 and nanoplatform.workspace/1 as TypeScript types:
// z.infer of the frozen completed-form schemas in ./completed. FROZEN with version 1.
import type { z } from 'zod';
import type {
  BenchMeasurementsSchemaV1,
  CalibrationsSchemaV1,
  CoatingSchemaV1,
  FormulationSchemaV1,
  MeasuredLoadingPointSchemaV1,
  MeasuredLoadingSetSchemaV1,
  MeasuredReleaseCurveSchemaV1,
  MeasurementsSchemaV1,
  MembraneShareSchemaV1,
  PayloadSchemaV1,
  ReleaseCalibrationSchemaV1,
  ReleaseModelSchemaV1,
  ScenarioSchemaV1,
  WorkspaceSchemaV1,
} from './completed';

export type PayloadV1 = z.infer<typeof PayloadSchemaV1>;
export type MembraneShareV1 = z.infer<typeof MembraneShareSchemaV1>;
export type CoatingV1 = z.infer<typeof CoatingSchemaV1>;
export type ScenarioV1 = z.infer<typeof ScenarioSchemaV1>;
export type ReleaseCalibrationV1 = z.infer<typeof ReleaseCalibrationSchemaV1>;
export type CalibrationsV1 = z.infer<typeof CalibrationsSchemaV1>;
export type MeasuredReleaseCurveV1 = z.infer<typeof MeasuredReleaseCurveSchemaV1>;
export type MeasuredLoadingPointV1 = z.infer<typeof MeasuredLoadingPointSchemaV1>;
export type MeasuredLoadingSetV1 = z.infer<typeof MeasuredLoadingSetSchemaV1>;
export type ReleaseModelV1 = z.infer<typeof ReleaseModelSchemaV1>;
export type BenchMeasurementsV1 = z.infer<typeof BenchMeasurementsSchemaV1>;
export type MeasurementsV1 = z.infer<typeof MeasurementsSchemaV1>;
export type FormulationV1 = z.infer<typeof FormulationSchemaV1>;
export type WorkspaceV1 = z.infer<typeof WorkspaceSchemaV1>;
