// The viewer's input: a plain-data description of one nanoparticle (ParticleSpec); shapes, colours and names per catalog id
// come from the catalog's visual table (src/catalog/visuals.ts). No three.js here: the app shell imports this eagerly.
import { CORE_VISUALS, isCoreId, isMembraneId, type CoreId, type CoreShape, type MembraneId } from '../catalog';

export type { CoreShape, CoreShapeKind } from '../catalog';

export interface PayloadSpec {
  /** Agent catalog id, e.g. 'in10018', 'bismuth', 'doxorubicin'. */
  agent: string;
  /**
   * Count per particle. For molecular drugs: molecules. For high-Z agents (highZ: true): atoms (or formula units),
   * which the viewer groups into nanodots of `nanodotDiameterNm`.
   */
  moleculesPerParticle: number;
  /** A high-Z radiosensitizer (Bi, Au, Hf, Gd …) drawn as dense nanodots instead of molecules. */
  highZ: boolean;
  /** Diameter of one high-Z nanodot in nm (default 3 nm; assumption: ultrasmall Bi dots are 2–5 nm). */
  nanodotDiameterNm?: number;
  /** Atoms per nm³ of the nanodot phase (default: bismuth metal, 28.2 nm⁻³ from ρ = 9.78 g/cm³, M = 208.98 g/mol). */
  atomsPerNm3?: number;
  /** Display name for the legend (defaults to `agent`). */
  label?: string;
}

export interface MembraneSpec {
  source: MembraneId;
  /** Share of the membrane coat, 0..1 (renormalised over the list). */
  fraction: number;
}

export interface ReleaseState {
  /** pH of the medium. */
  pH: number;
  /** Time since dosing, h. */
  timeH: number;
  /** Remaining core radius as a fraction of the initial radius (0..1), from the model's erosion. */
  coreRemainingFraction: number;
  /** Released fraction per payload agent id (0..1); a payload not listed is taken as not released (0). */
  releasedFraction: Record<string, number>;
  /**
   * How closed the membrane coat is at this pH by the model's barrier weight (M2: 1 = full barrier at blood pH, 0 = no
   * barrier at lysosomal pH); below 1 the coat is drawn opened into fragments. Absent = drawn whole.
   */
  membraneIntact?: number;
}

export interface ParticleSpec {
  id: string;
  label: string;
  coreMaterial: CoreId;
  coreDiameterNm: number;
  /** Whole particle including membrane and PEG, nm. */
  hydrodynamicDiameterNm: number;
  payloads: PayloadSpec[];
  membranes: MembraneSpec[];
  /** Fraction of the core surface covered by membrane, 0..1. */
  coverage: number;
  peg: boolean;
  release?: ReleaseState;
}

export function assertNever(x: never, what = 'value'): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(x)}`);
}

/** The 3D shape of a catalog core (its row in CORE_VISUALS); a string that is no core id throws. */
export function shapeForCore(material: CoreId): CoreShape {
  const v = isCoreId(material) ? CORE_VISUALS[material] : undefined;
  if (!v) throw new Error(`unhandled core material: ${JSON.stringify(material)}`);
  return v.shape;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const positive = (x: number, fallback: number) => (Number.isFinite(x) && x > 0 ? x : fallback);

/**
 * A defensive copy with every number made finite and in range, so a half-typed spec from a form never throws in the
 * viewer: fractions clamped to 0..1, sizes > 0, membrane fractions renormalised, hydrodynamic ≥ core.
 */
export function sanitizeSpec(spec: ParticleSpec): ParticleSpec {
  const coreDiameterNm = spec.coreMaterial === 'none' ? Math.max(0, Number(spec.coreDiameterNm) || 0) : positive(spec.coreDiameterNm, 100);
  const hydrodynamicDiameterNm = Math.max(positive(spec.hydrodynamicDiameterNm, coreDiameterNm || 10), coreDiameterNm);
  const membranes = (spec.membranes ?? []).filter((m) => isMembraneId(m.source) && Number.isFinite(m.fraction) && m.fraction > 0);
  const total = membranes.reduce((s, m) => s + m.fraction, 0);
  return {
    id: String(spec.id ?? ''),
    label: String(spec.label ?? spec.id ?? 'particle'),
    coreMaterial: isCoreId(spec.coreMaterial) ? spec.coreMaterial : 'none',
    coreDiameterNm,
    hydrodynamicDiameterNm,
    payloads: (spec.payloads ?? []).map((p) => ({
      ...p,
      agent: String(p.agent),
      moleculesPerParticle: Math.max(0, Number.isFinite(p.moleculesPerParticle) ? p.moleculesPerParticle : 0),
      highZ: Boolean(p.highZ),
    })),
    membranes: membranes.map((m) => ({ source: m.source, fraction: m.fraction / total })),
    coverage: membranes.length ? clamp01(spec.coverage) : 0,
    peg: Boolean(spec.peg),
    release: spec.release
      ? {
          pH: Number(spec.release.pH),
          timeH: Number(spec.release.timeH),
          coreRemainingFraction: clamp01(spec.release.coreRemainingFraction),
          releasedFraction: Object.fromEntries(Object.entries(spec.release.releasedFraction ?? {}).map(([k, v]) => [k, clamp01(v)])),
          ...(spec.release.membraneIntact !== undefined ? { membraneIntact: clamp01(spec.release.membraneIntact) } : {}),
        }
      : undefined,
  };
}
