// M0 geometry and composition: core mass, membrane coverage and mass, hydrodynamic diameter, element mass fractions.
import type { CoreProps } from './entities';
import { param, paramRow, resolveParam, type Explanation, type ParamSet } from './param';
import { massFractions } from './physics/composition';

/** Model-level geometry parameters (MODEL.md M0). Override by id, e.g. { 'geometry.eta': 0.5 }. */
export const GEOMETRY_PARAMS = {
  'geometry.sigmaP': param(
    3.8e-21,
    'g/nm²',
    'assumption: membrane protein per bilayer area, from protein:lipid ≈ 1:1 by mass and 0.65 nm² per lipid (MODEL.md M0)',
    'assumption',
    { spread: { kind: 'lognormal', gsd: 1.5 }, min: 1e-22, max: 1e-19, label: 'σp', description: 'Membrane protein mass per area of one bilayer' },
  ),
  'geometry.eta': param(
    0.3,
    '1',
    'assumption: fraction of the membrane added during coating that ends up on particles (MODEL.md M0)',
    'assumption',
    { spread: { kind: 'uniform', min: 0.1, max: 0.6 }, min: 0.01, max: 1, label: 'η', description: 'Coating yield of added membrane' },
  ),
  'geometry.membraneShellNm': param(
    10,
    'nm',
    'Hu et al., PNAS 2011: RBC-membrane-coated PLGA grew by ≈ 10 nm (recalled, to verify)',
    'published',
    { verify: true, spread: { kind: 'uniform', min: 6, max: 20 }, min: 0, max: 50, label: 'membrane shell', description: 'Diameter added by a complete membrane coat' },
  ),
  'geometry.pegShellNm': param(
    8,
    'nm',
    'assumption: diameter added by a PEG-2k brush (MODEL.md M0)',
    'assumption',
    { spread: { kind: 'uniform', min: 4, max: 12 }, min: 0, max: 40, label: 'PEG shell', description: 'Diameter added by a PEG-2k coat' },
  ),
} satisfies ParamSet;

export type GeometryParamId = keyof typeof GEOMETRY_PARAMS;

/** cm³ per nm³. */
export const CM3_PER_NM3 = 1e-21;

export interface CoatingInput {
  membranes: readonly { fraction: number }[];
  /** Membrane protein : core mass ratio (w/w) as papers report it. */
  membraneToCoreMassRatio: number;
  peg: boolean;
}

export interface GeometryInput {
  core: CoreProps;
  diameterNm: number;
  coating: CoatingInput | null;
  overrides?: Record<string, number>;
  /** Build explanations (default true; sweeps can skip them). */
  explain?: boolean;
}

export interface GeometryResult {
  coreDiameterNm: number;
  hydrodynamicDiameterNm: number;
  coreVolumeNm3: number;
  /** Mass of one core (g). */
  coreMassG: number;
  /** Core + membrane mass of one particle (g), payloads not included (M1 adds them: loading.particleMassG). */
  particleMassG: number;
  /** Fractional membrane coverage c ∈ [0, 1]. */
  membraneCoverage: number;
  /** r_geom = 6 σp/(ρ d): membrane mass one complete bilayer puts on the core, per core mass (g/g). */
  fullCoatMassPerCoreMass: number;
  /** c · r_geom: membrane mass on the particle per core mass (g/g). */
  membraneMassPerCoreMass: number;
  /** Element mass fractions of the core material (sum 1); empty when the core has no formula. */
  elementMassFractions: Record<string, number>;
  explanations: Explanation[];
}

const fractionCache = new Map<string, Record<string, number>>();
/** Element mass fractions of a formula, memoized (pure function of the formula; the table never changes). */
function fractionsOf(formula: string): Record<string, number> {
  let f = fractionCache.get(formula);
  if (!f) {
    f = Object.freeze(massFractions(formula)) as Record<string, number>;
    fractionCache.set(formula, f);
  }
  return f;
}

function p(id: GeometryParamId, overrides: Record<string, number> | undefined): number {
  return resolveParam(GEOMETRY_PARAMS[id], overrides?.[id]);
}

/** Core mass (g) of an equivalent sphere: m = ρ π d³/6, with 1 nm³ = 1e-21 cm³. */
export function coreMassG(densityGPerCm3: number, diameterNm: number): number {
  return densityGPerCm3 * ((Math.PI * diameterNm ** 3) / 6) * CM3_PER_NM3;
}

/** r_geom = 6 σp/(ρ d): protein mass of one bilayer over the sphere per core mass (dimensionless g/g); ρ converted to g/nm³. */
export function fullCoatMassRatio(sigmaPGPerNm2: number, densityGPerCm3: number, diameterNm: number): number {
  return (6 * sigmaPGPerNm2) / (densityGPerCm3 * CM3_PER_NM3 * diameterNm);
}

/** M0: geometry of one particle. Pure: the core entity is passed in. */
export function computeGeometry(input: GeometryInput): GeometryResult {
  const { core, diameterNm, coating, overrides } = input;
  if (!(diameterNm > 0) || !Number.isFinite(diameterNm)) throw new Error(`geometry: diameterNm must be a finite number > 0 (got ${diameterNm})`);
  const rho = core.densityGPerCm3.value;
  if (!(rho > 0)) throw new Error(`geometry: core ${core.id} has no positive density`);
  const sigmaP = p('geometry.sigmaP', overrides);
  const eta = p('geometry.eta', overrides);
  const shellNm = p('geometry.membraneShellNm', overrides);
  const pegNm = p('geometry.pegShellNm', overrides);

  const volumeNm3 = (Math.PI * diameterNm ** 3) / 6;
  const mCore = coreMassG(rho, diameterNm);
  const rGeom = fullCoatMassRatio(sigmaP, rho, diameterNm);
  const hasMembrane = coating !== null && coating.membranes.length > 0;
  const ratio = hasMembrane ? Math.max(0, coating.membraneToCoreMassRatio) : 0;
  const coverage = hasMembrane ? Math.min(1, (eta * ratio) / rGeom) : 0;
  const membraneMass = coverage * rGeom;
  const peg = coating?.peg ? 1 : 0;
  const dh = diameterNm + shellNm * coverage + pegNm * peg;
  const fractions = core.formula ? { ...fractionsOf(core.formula) } : {};

  const explanations: Explanation[] = input.explain === false ? [] : explainGeometry(core, diameterNm, mCore, rGeom, ratio, coverage, hasMembrane, peg, dh, fractions, { sigmaP, eta, shellNm, pegNm });

  return {
    coreDiameterNm: diameterNm,
    hydrodynamicDiameterNm: dh,
    coreVolumeNm3: volumeNm3,
    coreMassG: mCore,
    particleMassG: mCore * (1 + membraneMass),
    membraneCoverage: coverage,
    fullCoatMassPerCoreMass: rGeom,
    membraneMassPerCoreMass: membraneMass,
    elementMassFractions: fractions,
    explanations,
  };
}

function explainGeometry(
  core: CoreProps,
  diameterNm: number,
  mCore: number,
  rGeom: number,
  ratio: number,
  coverage: number,
  hasMembrane: boolean,
  peg: number,
  dh: number,
  fractions: Record<string, number>,
  v: { sigmaP: number; eta: number; shellNm: number; pegNm: number },
): Explanation[] {
  const { sigmaP, eta, shellNm, pegNm } = v;
  const densityRow = paramRow('ρ_core', core.densityGPerCm3);
  return [
    {
      equation: 'M0.core-mass',
      formula: 'm_core = ρ_core · π d³/6 · 1e-21 cm³/nm³',
      inputs: [{ name: 'd', value: diameterNm, unit: 'nm' }],
      params: [densityRow],
      result: { name: 'm_core', value: mCore, unit: 'g' },
      note: core.coreClass === 'free-drug' ? 'free drug: there is no carrier; the "core" is only a nominal sphere and its mass is not used for loading.' : undefined,
    },
    {
      equation: 'M0.full-coat-mass',
      formula: 'r_geom = 6 σp / (ρ_core · d)',
      inputs: [{ name: 'd', value: diameterNm, unit: 'nm' }],
      params: [paramRow('σp', GEOMETRY_PARAMS['geometry.sigmaP'], sigmaP), densityRow],
      result: { name: 'r_geom', value: rGeom, unit: 'g/g' },
    },
    {
      equation: 'M0.coverage',
      formula: 'c = min(1, η · r / r_geom); membrane mass per core mass = c · r_geom',
      inputs: [
        { name: 'r (membrane:core, w/w)', value: ratio, unit: 'g/g' },
        { name: 'r_geom', value: rGeom, unit: 'g/g' },
      ],
      params: [paramRow('η', GEOMETRY_PARAMS['geometry.eta'], eta)],
      result: { name: 'c', value: coverage, unit: '1' },
      note: !hasMembrane
        ? 'no membrane: coverage 0.'
        : coverage < 1
          ? `incomplete coverage (c = ${coverage.toFixed(2)}): coated and bare behaviour are blended downstream. A full coat needs r ≥ ${(rGeom / eta).toFixed(3)} w/w.`
          : 'complete coverage; excess membrane is assumed not to stay on the particles.',
    },
    {
      equation: 'M0.hydrodynamic-diameter',
      formula: 'd_h = d + Δ_membrane · c + Δ_PEG · peg',
      inputs: [
        { name: 'd', value: diameterNm, unit: 'nm' },
        { name: 'c', value: coverage, unit: '1' },
        { name: 'peg', value: peg, unit: '1' },
      ],
      params: [paramRow('Δ_membrane', GEOMETRY_PARAMS['geometry.membraneShellNm'], shellNm), paramRow('Δ_PEG', GEOMETRY_PARAMS['geometry.pegShellNm'], pegNm)],
      result: { name: 'd_h', value: dh, unit: 'nm' },
    },
    {
      equation: 'M0.element-mass-fractions',
      formula: 'w_el = n_el · A_el / Σ n_j · A_j (NIST atomic masses)',
      inputs: [{ name: 'formula', value: core.formula ?? 'none', unit: '' }],
      params: [],
      note: core.formula ? Object.entries(fractions).map(([el, w]) => `${el} ${(100 * w).toFixed(1)} %`).join(', ') : 'no formula: no element fractions.',
    },
  ];
}
