// The viewer's input: a plain-data description of one nanoparticle (ParticleSpec) and the core-material → 3D shape mapping.
// No three.js here: the app shell and the builders import this without pulling the 3D chunk.

/** Core materials: the contract's catalog ids (contract.md §5). */
export const CORE_MATERIALS = [
  'zif-8', 'zif-90', 'mil-100-fe', 'uio-66', 'hf-mof', 'bi-mof', 'hfo2', 'gold', 'bi2s3', 'mesoporous-silica',
  'liposome', 'thermosensitive-liposome', 'plga', 'polymeric-micelle', 'albumin', 'polymer-conjugate', 'iron-oxide',
  'lnp', 'silica-gold-nanoshell', 'none',
] as const;
export type CoreMaterial = (typeof CORE_MATERIALS)[number];

/** Membrane sources: the contract's catalog ids (contract.md §5). */
export const MEMBRANE_SOURCES = ['hela', 'siha', 'caski', 'caf-cervical', 'rbc', 'platelet', 'macrophage', '4t1'] as const;
export type MembraneSource = (typeof MEMBRANE_SOURCES)[number];

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
  source: MembraneSource;
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
}

export interface ParticleSpec {
  id: string;
  label: string;
  coreMaterial: CoreMaterial;
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

/** How a core is drawn. */
export type CoreShape =
  | { kind: 'polyhedron'; solid: 'truncated-rhombic-dodecahedron' | 'octahedron'; lattice: true }
  | { kind: 'bilayer-vesicle' }
  | { kind: 'core-shell-micelle' }
  | { kind: 'dense-solid'; metallic: boolean }
  | { kind: 'porous-sphere' }
  | { kind: 'lipid-nanoparticle' }
  | { kind: 'nanoshell' }
  | { kind: 'protein-aggregate' }
  | { kind: 'polymer' }
  | { kind: 'free' };

export type CoreShapeKind = CoreShape['kind'];

export function assertNever(x: never, what = 'value'): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(x)}`);
}

/** The 3D shape for each core material (exhaustive: a new catalog core fails the build here). */
export function shapeForCore(material: CoreMaterial): CoreShape {
  switch (material) {
    case 'zif-8':
    case 'zif-90':
      // ZIF-8 crystallises as rhombic dodecahedra, truncated at the 4-fold vertices when grown with surfactant.
      return { kind: 'polyhedron', solid: 'truncated-rhombic-dodecahedron', lattice: true };
    case 'uio-66':
    case 'hf-mof':
    case 'bi-mof':
    case 'mil-100-fe':
      return { kind: 'polyhedron', solid: 'octahedron', lattice: true };
    case 'liposome':
    case 'thermosensitive-liposome':
      return { kind: 'bilayer-vesicle' };
    case 'polymeric-micelle':
      return { kind: 'core-shell-micelle' };
    case 'gold':
      return { kind: 'dense-solid', metallic: true };
    case 'hfo2':
    case 'bi2s3':
    case 'iron-oxide':
      return { kind: 'dense-solid', metallic: false };
    case 'mesoporous-silica':
      return { kind: 'porous-sphere' };
    case 'lnp':
      return { kind: 'lipid-nanoparticle' };
    case 'silica-gold-nanoshell':
      return { kind: 'nanoshell' };
    case 'albumin':
      return { kind: 'protein-aggregate' };
    case 'polymer-conjugate':
    case 'plga':
      return { kind: 'polymer' };
    case 'none':
      return { kind: 'free' };
    default:
      return assertNever(material, 'core material');
  }
}

/** Human-readable names for legends and captions. */
export const CORE_NAMES: Record<CoreMaterial, string> = {
  'zif-8': 'ZIF-8', 'zif-90': 'ZIF-90', 'mil-100-fe': 'MIL-100(Fe)', 'uio-66': 'UiO-66', 'hf-mof': 'Hf-MOF',
  'bi-mof': 'Bi-MOF', hfo2: 'HfO₂', gold: 'gold', bi2s3: 'Bi₂S₃', 'mesoporous-silica': 'mesoporous silica',
  liposome: 'liposome', 'thermosensitive-liposome': 'thermosensitive liposome', plga: 'PLGA',
  'polymeric-micelle': 'polymeric micelle', albumin: 'albumin', 'polymer-conjugate': 'polymer conjugate',
  'iron-oxide': 'iron oxide', lnp: 'lipid nanoparticle', 'silica-gold-nanoshell': 'silica–gold nanoshell', none: 'free drug (no carrier)',
};

export const MEMBRANE_NAMES: Record<MembraneSource, string> = {
  hela: 'HeLa', siha: 'SiHa', caski: 'CaSki', 'caf-cervical': 'cervical CAF', rbc: 'red blood cell', platelet: 'platelet',
  macrophage: 'macrophage', '4t1': '4T1',
};

export const SHAPE_NAMES: Record<CoreShapeKind, string> = {
  polyhedron: 'faceted MOF crystal', 'bilayer-vesicle': 'lipid bilayer around an aqueous core', 'core-shell-micelle': 'core–shell micelle',
  'dense-solid': 'dense solid', 'porous-sphere': 'sphere with mesopores', 'lipid-nanoparticle': 'electron-dense core in a lipid shell',
  nanoshell: 'silica core in a thin gold shell', 'protein-aggregate': 'protein aggregate', polymer: 'polymer', free: 'free molecules',
};

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const positive = (x: number, fallback: number) => (Number.isFinite(x) && x > 0 ? x : fallback);

/**
 * A defensive copy with every number made finite and in range, so a half-typed spec from a form never throws in the
 * viewer: fractions clamped to 0..1, sizes > 0, membrane fractions renormalised, hydrodynamic ≥ core.
 */
export function sanitizeSpec(spec: ParticleSpec): ParticleSpec {
  const coreDiameterNm = spec.coreMaterial === 'none' ? Math.max(0, Number(spec.coreDiameterNm) || 0) : positive(spec.coreDiameterNm, 100);
  const hydrodynamicDiameterNm = Math.max(positive(spec.hydrodynamicDiameterNm, coreDiameterNm || 10), coreDiameterNm);
  const membranes = (spec.membranes ?? []).filter((m) => (MEMBRANE_SOURCES as readonly string[]).includes(m.source) && Number.isFinite(m.fraction) && m.fraction > 0);
  const total = membranes.reduce((s, m) => s + m.fraction, 0);
  return {
    id: String(spec.id ?? ''),
    label: String(spec.label ?? spec.id ?? 'particle'),
    coreMaterial: (CORE_MATERIALS as readonly string[]).includes(spec.coreMaterial) ? spec.coreMaterial : 'none',
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
        }
      : undefined,
  };
}
