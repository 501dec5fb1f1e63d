// Nanoscale local enhancement factor on α (MODEL.md M4.3): gold's strength back-solved from Chithrani et al. 2010 (HeLa) so the app's SER reproduces it; other elements and beams scale by photoelectric energy absorption (NIST).
import { getBeam, type Beam } from './beams';
import { doseEnhancementValue, spectrumAveragedMuEn } from './dose-enhancement';
import { elementInfo, muEnOverRho, normalizeElementSymbol } from './photon';
import type { Explanation, Param } from './explain';
import { paramRow } from './explain';

const CHITHRANI_2010 =
  'Chithrani et al., Radiat Res 173, 719 (2010), HeLa + 50 nm Au: 1.66 / 1.43 / 1.17 at 105 kVp / 220 kVp / 6 MV, a dose ratio at equal survival (taken at 10 %; 1.43 confirmed in a review, the rest recalled)';
const HELA_LQ =
  'assumption: typical HeLa X-ray fits (α 0.2–0.4 Gy⁻¹, β 0.02–0.06 Gy⁻², recalled); the paper’s own fit was not available';

/** Sourced parameters of the local-effect model; override any value through `params` (keys are override ids 'localEffect.<key>'). */
export const LOCAL_EFFECT_PARAMS = {
  s105kVp: {
    value: NaN, // set below: back-solved from ser105kVp
    unit: '1',
    source: 'back-solved from ser105kVp through the app’s SER (docs/model/radiation.md §4)',
    provenance: 'fitted',
    min: 0,
    max: 20,
    label: 's at 105 kVp',
    description: 'α gain of m_ref gold per cell at 105 kVp',
  },
  s220kVp: {
    value: NaN,
    unit: '1',
    source: 'back-solved from ser220kVp (as s105kVp)',
    provenance: 'fitted',
    min: 0,
    max: 20,
    label: 's at 220 kVp',
    description: 'α gain of m_ref gold per cell at 220 kVp',
  },
  s6MV: {
    value: NaN,
    unit: '1',
    source: 'back-solved from ser6MV (as s105kVp)',
    provenance: 'fitted',
    min: 0,
    max: 20,
    label: 's at 6 MV',
    description: 'α gain of m_ref gold per cell at 6 MV',
  },
  mRefPg: {
    value: 7.6,
    unit: 'pg/cell',
    source: 'Chithrani et al., Nano Lett 6, 662 (2006): ≈ 6,000 gold particles of 50 nm per HeLa cell (recalled)',
    provenance: 'published',
    verify: true,
    spread: { kind: 'lognormal', gsd: 1.5 },
    min: 0.01,
    max: 1000,
    label: 'reference gold per cell',
    description: 'intracellular gold mass at which the anchors were measured',
  },
  ser105kVp: { value: 1.66, unit: '1', source: CHITHRANI_2010, provenance: 'published', verify: true, spread: { kind: 'uniform', min: 1.45, max: 1.85 }, min: 1, max: 5, label: 'published SER at 105 kVp', description: 'SER of HeLa with m_ref gold per cell at 105 kVp (calibration anchor)' },
  ser220kVp: { value: 1.43, unit: '1', source: CHITHRANI_2010, provenance: 'published', spread: { kind: 'uniform', min: 1.28, max: 1.58 }, min: 1, max: 5, label: 'published SER at 220 kVp', description: 'SER of HeLa with m_ref gold per cell at 220 kVp (calibration anchor)' },
  ser6MV: { value: 1.17, unit: '1', source: CHITHRANI_2010, provenance: 'published', verify: true, spread: { kind: 'uniform', min: 1.05, max: 1.3 }, min: 1, max: 5, label: 'published SER at 6 MV', description: 'SER of HeLa with m_ref gold per cell at 6 MV (calibration anchor)' },
  calAlphaPerGy: { value: 0.3, unit: 'Gy⁻¹', source: HELA_LQ, provenance: 'assumption', spread: { kind: 'uniform', min: 0.2, max: 0.4 }, min: 1e-3, max: 5, label: 'α of the calibration cells', description: 'LQ α of HeLa in the calibration experiment' },
  calBetaPerGy2: { value: 0.04, unit: 'Gy⁻²', source: HELA_LQ, provenance: 'assumption', spread: { kind: 'uniform', min: 0.02, max: 0.06 }, min: 0, max: 1, label: 'β of the calibration cells', description: 'LQ β of HeLa in the calibration experiment' },
  calCellMassNg: {
    value: 3,
    unit: 'ng',
    source: 'assumption: HeLa cell volume ≈ 3,000 µm³ (BioNumbers, recalled; reported 1,200–4,300 µm³) at 1 g/cm³',
    provenance: 'assumption',
    spread: { kind: 'uniform', min: 1.5, max: 4.5 },
    min: 0.1,
    max: 100,
    label: 'mass of a calibration cell',
    description: 'sets the cell-average DEF of the calibration experiment',
  },
  saturationMgPerG: {
    value: 7.6 / 3,
    unit: 'mg/g',
    source:
      'assumption: gold-equivalent metal per gram of cell at which the local term reaches 1 − 1/e of its ceiling — the calibration experiment (m_ref in a calibration cell, 7.6 pg / 3 ng) is taken to sit there. Chithrani et al. 2010 (calibration records): 14 nm gold, ≈ 90 × less gold per cell than 50 nm, still gave SER 1.20 against 1.43, and 74 nm with ≈ 1.4 × more gold gave 1.26 — the sensitization is far from linear in gold mass near this uptake. Not identifiable from the corpus’s calibration records (all at m_ref or without a reported uptake), hence the wide spread',
    provenance: 'assumption',
    spread: { kind: 'lognormal', gsd: 3 },
    min: 1e-3,
    max: 1e6,
    label: 'local-effect saturation',
    description: 'metal per cell mass (gold-equivalent) at which the volume within electron range of the particles covers 1 − 1/e of the cell',
  },
} satisfies Record<string, Param>;

/**
 * Anchor beams standing for Chithrani's irradiators (see localSlope for how s is carried to other beams). The kV
 * filters are our assumption (the paper's filtration was not available to us).
 */
export const LOCAL_EFFECT_ANCHOR_BEAMS = [
  { key: 's105kVp', ser: 'ser105kVp', beam: 'kvp:105:2mmAl', note: '105 kVp, 2 mm Al filter (assumption)' },
  { key: 's220kVp', ser: 'ser220kVp', beam: 'kvp:220:0.3mmCu', note: '220 kVp, 0.3 mm Cu filter (assumption, as our 225kVp)' },
  { key: 's6MV', ser: 'ser6MV', beam: '6MV', note: '6 MV, Mohan 1985 spectrum' },
] as const;

export type LocalEffectParamKey = keyof typeof LOCAL_EFFECT_PARAMS;
export type LocalEffectOverrides = Partial<Record<LocalEffectParamKey, number>>;

function pval(key: LocalEffectParamKey, o?: LocalEffectOverrides): number {
  const v = o?.[key];
  return v === undefined ? LOCAL_EFFECT_PARAMS[key].value : v;
}

// ---- photoelectric energy absorption (the local yield) -------------------------------------------------------------

const N_A = 6.02214076e23; // mol⁻¹ (CODATA 2018, exact)
const R_E2_CM2 = 7.9407877e-26; // classical electron radius squared, cm² (CODATA 2018)
const MEC2_MEV = 0.51099895; // electron rest energy, MeV (CODATA 2018)
/** Energies (MeV) of the NIST rows the photoelectric tail is continued from; pair production starts at 1.022 MeV. */
const TAIL_E0 = 0.8;
const TAIL_E1 = 1;

/**
 * Klein–Nishina energy-transfer cross-section per free electron (cm²), Attix (1986) eq. 7.32. For water it matches
 * NIST μen/ρ within 0.3 % between 0.3 and 2 MeV (tested), where Compton scattering is all of μen.
 */
export function kleinNishinaEnergyTransferCm2(energyMeV: number): number {
  const k = energyMeV / MEC2_MEV;
  const a = 1 + 2 * k;
  const L = Math.log(a);
  return (
    2 * Math.PI * R_E2_CM2 *
    ((2 * (1 + k) ** 2) / (k * k * a) - (1 + 3 * k) / (a * a) - ((1 + k) * (2 * k * k - 2 * k - 1)) / (k * k * a * a) - (4 * k * k) / (3 * a ** 3) - ((1 + k) / k ** 3 - 1 / (2 * k) + 1 / (2 * k ** 3)) * L)
  );
}

/** Per element: the photoelectric tail's power-law exponent n (L ∝ E^−n above 1 MeV) and L(1 MeV). */
const TAIL = new Map<string, { l1: number; n: number }>();

function nonComptonMuEn(sym: string, energyMeV: number, zOverA: number): number {
  return muEnOverRho(sym, energyMeV) - N_A * zOverA * kleinNishinaEnergyTransferCm2(energyMeV);
}

/**
 * Photoelectric (with its Auger cascade) energy absorption per gram of element, L_Z(E) in cm²/g: NIST μen/ρ minus
 * the Klein–Nishina Compton part N_A (Z/A) σ_tr below 1 MeV (no pair production there); above 1 MeV the photoelectric
 * tail is continued as a power law through the 0.8 and 1 MeV values (exponent at least 1, the Sauter high-energy
 * limit), so the MeV electrons of pair production, which deposit far from the particle, are left out. Floored at 0
 * (binding effects make the difference slightly negative for light elements).
 */
export function photoelectricMuEn(element: string, energyMeV: number): number {
  const info = elementInfo(element);
  const zOverA = info.Z / info.atomicMassGPerMol;
  if (energyMeV <= TAIL_E1) return Math.max(0, nonComptonMuEn(info.symbol, energyMeV, zOverA));
  let t = TAIL.get(info.symbol);
  if (!t) {
    const l0 = Math.max(0, nonComptonMuEn(info.symbol, TAIL_E0, zOverA));
    const l1 = Math.max(0, nonComptonMuEn(info.symbol, TAIL_E1, zOverA));
    const n = l0 > 0 && l1 > 0 ? Math.max(1, Math.log(l0 / l1) / Math.log(TAIL_E1 / TAIL_E0)) : 1;
    TAIL.set(info.symbol, (t = { l1, n }));
  }
  return t.l1 * Math.pow(TAIL_E1 / energyMeV, t.n);
}

/** Per beam: element → Ψ-averaged L_Z (cm²/g). */
const LOCAL_YIELD = new WeakMap<Beam, Map<string, number>>();

/** ⟨L_Z⟩_Ψ: the beam's energy-fluence-weighted photoelectric energy absorption per gram of element Z (cm²/g), cached. */
export function spectrumAveragedPhotoelectric(beam: Beam | string, element: string): number {
  const b = typeof beam === 'string' ? getBeam(beam) : beam;
  const sym = normalizeElementSymbol(element);
  if (!sym) throw new Error(`element "${element}": unknown element symbol (use H…U)`);
  let m = LOCAL_YIELD.get(b);
  if (!m) LOCAL_YIELD.set(b, (m = new Map()));
  let v = m.get(sym);
  if (v === undefined) {
    const { energiesMeV, energyFluence } = b.spectrum;
    v = 0;
    for (let i = 0; i < energiesMeV.length; i++) v += energyFluence[i] * photoelectricMuEn(sym, energiesMeV[i]);
    m.set(sym, v);
  }
  return v;
}

/** R_Z = ⟨L_Z⟩_Ψ / ⟨L_Au⟩_Ψ: local yield per gram of element relative to gold in the same beam (L_Au > 0 at every energy). */
export function relativeLocalYield(beam: Beam | string, element: string): number {
  return spectrumAveragedPhotoelectric(beam, element) / spectrumAveragedPhotoelectric(beam, 'Au');
}

/** Kept for callers of the old name: Ψ-averaged (μen/ρ_Z − μen/ρ_water) in cm²/g (the macroscopic excess, data). */
export function photoabsorptionExcess(beam: Beam | string, element: string): number {
  const b = typeof beam === 'string' ? getBeam(beam) : beam;
  return spectrumAveragedMuEn(b, element) - spectrumAveragedMuEn(b, 'water');
}

// ---- gold's strength s(beam), back-solved from the published SERs ----------------------------------------------------

const LN10 = Math.log(10);

/** D10 of LQ cells: 2L / (α + √(α² + 4βL)), L = ln 10 (the same closed form as radiobiology/lq.ts). */
function d10(alpha: number, beta: number): number {
  return (2 * LN10) / (alpha + Math.sqrt(alpha * alpha + 4 * beta * LN10));
}

/** Cell-average DEF of m_ref gold in one calibration cell (mixture rule, water), for an anchor beam. */
export function calibrationCellDef(beam: Beam | string, o?: LocalEffectOverrides): number {
  const b = typeof beam === 'string' ? getBeam(beam) : beam;
  const mgPerG = pval('mRefPg', o) / pval('calCellMassNg', o); // pg/ng = mg/g
  return doseEnhancementValue({ Au: mgPerG }, b, 'water');
}

/**
 * s at an anchor: the α multiplier LEF = 1 + s that makes the app's SER — D10_control / D10_treated, treated seeing
 * DEF·D and α·LEF — equal the published SER with the calibration cells: x = DEF · D10(α, β) / SER,
 * LEF = (ln 10 − β x²) / (α x); s = max(0, LEF − 1) (0 when the cell-average DEF alone already gives the SER).
 */
export function anchorSlope(anchor: (typeof LOCAL_EFFECT_ANCHOR_BEAMS)[number], o?: LocalEffectOverrides): number {
  const direct = o?.[anchor.key];
  if (direct !== undefined) return direct;
  const ser = pval(anchor.ser, o);
  const a = pval('calAlphaPerGy', o);
  const b = pval('calBetaPerGy2', o);
  const def = calibrationCellDef(anchor.beam, o);
  const x = (def * d10(a, b)) / ser;
  return Math.max(0, (LN10 - b * x * x) / (a * x) - 1);
}

for (const a of LOCAL_EFFECT_ANCHOR_BEAMS) LOCAL_EFFECT_PARAMS[a.key].value = anchorSlope(a);

const SLOPE_KEYS: readonly LocalEffectParamKey[] = ['s105kVp', 's220kVp', 's6MV', 'ser105kVp', 'ser220kVp', 'ser6MV', 'calAlphaPerGy', 'calBetaPerGy2', 'calCellMassNg', 'mRefPg'];

/** Mean photon energy (MeV) of the anchor beams, built once on first use. */
let anchorEnergies: number[] | null = null;
/** Per beam: s(beam) with the default anchors (no overrides). */
const DEFAULT_SLOPE = new WeakMap<Beam, number>();

/** Gold's photoelectric energy absorption per gram per unit dose to water at one photon energy: L_Au(E) / (μen/ρ)_water(E). */
function goldYieldMono(energyMeV: number): number {
  return photoelectricMuEn('Au', energyMeV) / muEnOverRho('water', energyMeV);
}

/**
 * Gold's sensitization slope s(beam), indexed by the beam's mean photon energy Ē: held at the first anchor below it;
 * linear in ln Ē between the back-solved anchors; above the last anchor (Ē_6MV) it falls with gold's photoelectric
 * energy absorption per unit dose to water, s = s_6MV · Y(Ē) / Y(Ē_6MV), Y(E) = L_Au(E) / (μen/ρ)_water(E) — continuous
 * at the anchor, smooth, and monotonically → 0 at high energy (L_Au falls at least as E⁻¹, μen_water more slowly), so
 * LEF → 1.
 */
export function localSlope(beam: Beam | string, overrides?: LocalEffectOverrides): number {
  const b = typeof beam === 'string' ? getBeam(beam) : beam;
  let plain = true;
  if (overrides) for (const k of SLOPE_KEYS) if (overrides[k] !== undefined) plain = false;
  if (plain) {
    const hit = DEFAULT_SLOPE.get(b);
    if (hit !== undefined) return hit;
  }
  const e = b.spectrum.meanEnergyMeV;
  const x = Math.log(e);
  const es = (anchorEnergies ??= LOCAL_EFFECT_ANCHOR_BEAMS.map((a) => getBeam(a.beam).spectrum.meanEnergyMeV));
  const ys = LOCAL_EFFECT_ANCHOR_BEAMS.map((a) => (plain ? LOCAL_EFFECT_PARAMS[a.key].value : anchorSlope(a, overrides)));
  const last = es.length - 1;
  let s: number;
  if (e <= es[0]) s = ys[0];
  else if (e >= es[last]) s = ys[last] * (goldYieldMono(e) / goldYieldMono(es[last]));
  else {
    s = ys[last];
    for (let i = 0; i < last; i++)
      if (e <= es[i + 1]) {
        const x0 = Math.log(es[i]);
        s = ys[i] + ((ys[i + 1] - ys[i]) * (x - x0)) / (Math.log(es[i + 1]) - x0);
        break;
      }
  }
  if (plain) DEFAULT_SLOPE.set(b, s);
  return s;
}

/** Per beam: element → R_Z (data only, so it never depends on overrides). */
const RELATIVE = new WeakMap<Beam, Map<string, number>>();

function relativeYieldCached(beam: Beam, sym: string): number {
  let m = RELATIVE.get(beam);
  if (!m) RELATIVE.set(beam, (m = new Map()));
  let r = m.get(sym);
  if (r === undefined) m.set(sym, (r = relativeLocalYield(beam, sym)));
  return r;
}

/**
 * LEF alone (no explanation) for a beam already resolved: the same checks and arithmetic as localEnhancementFactor,
 * with R_Z cached per beam and element.
 */
export function localEnhancementValue(element: string, mCellPg: number, beam: Beam, params?: LocalEffectOverrides): number {
  const sym = normalizeElementSymbol(element);
  if (!sym) throw new Error(`element "${element}": unknown element symbol (use H…U)`);
  if (typeof mCellPg !== 'number' || !Number.isFinite(mCellPg) || mCellPg < 0) throw new Error(`mCellPg: must be a finite number ≥ 0 pg per cell, got ${mCellPg}`);
  const mRef = pval('mRefPg', params);
  if (!(mRef > 0)) throw new Error(`mRefPg: must be > 0, got ${mRef}`);
  const s = localSlope(beam, params);
  return 1 + s * (mCellPg / mRef) * relativeYieldCached(beam, sym);
}

/**
 * localEnhancementValue for one beam and one parameter set, with s(beam) and m_ref resolved once (on the first call):
 * (element, m_cell) → LEF with the same checks and arithmetic. For callers that evaluate many intracellular masses in
 * one beam (the outcome's clinical fractions), where s(beam) with overridden anchors would otherwise be back-solved
 * again for every mass.
 */
export function localEnhancementValueFor(beam: Beam, params?: LocalEffectOverrides): (element: string, mCellPg: number) => number {
  let mRef = NaN;
  let s = NaN;
  return (element, mCellPg) => {
    const sym = normalizeElementSymbol(element);
    if (!sym) throw new Error(`element "${element}": unknown element symbol (use H…U)`);
    if (typeof mCellPg !== 'number' || !Number.isFinite(mCellPg) || mCellPg < 0) throw new Error(`mCellPg: must be a finite number ≥ 0 pg per cell, got ${mCellPg}`);
    if (Number.isNaN(s)) {
      const m = pval('mRefPg', params);
      if (!(m > 0)) throw new Error(`mRefPg: must be > 0, got ${m}`);
      s = localSlope(beam, params);
      mRef = m;
    }
    return 1 + s * (mCellPg / mRef) * relativeYieldCached(beam, sym);
  };
}

// ---- saturation of the local term with the covered share of the cell ------------------------------------------------

/**
 * Gold-equivalent local-yield mass per cell, x = Σ_Z R_Z m_Z (pg): each element's mass weighted by its photoelectric
 * (and Auger) energy absorption per gram relative to gold in this beam. Elements with a non-finite or negative mass
 * throw, naming the element.
 */
export function goldEquivalentPg(beam: Beam | string, pgPerCell: Record<string, number> | undefined): number {
  const b = typeof beam === 'string' ? getBeam(beam) : beam;
  let x = 0;
  if (pgPerCell)
    for (const el in pgPerCell) {
      const sym = normalizeElementSymbol(el);
      if (!sym) throw new Error(`element "${el}": unknown element symbol (use H…U)`);
      const m = pgPerCell[el];
      if (!(Number.isFinite(m) && m >= 0)) throw new Error(`mCellPg (${el}): must be a finite number ≥ 0 pg per cell, got ${m}`);
      x += relativeYieldCached(b, sym) * m;
    }
  return x;
}

/** φ(u) = (1 − e^(−u)) / u, φ(0) = 1: the covered share of the cell per unit of uncovered-limit dose (decreasing in u). */
function coverageRatio(u: number): number {
  return u < 1e-8 ? 1 - u / 2 : -Math.expm1(-u) / u;
}

/**
 * Saturation of the local term (M4.3): the short-range electrons of intracellular metal sensitize the part of the cell
 * within their range of a particle; placed at random, the covered share is 1 − e^(−x/m_sat) (Poisson overlap), so the
 * local term grows linearly at low uptake and saturates once the range volumes tile the cell, while the macroscopic DEF
 * of the cell's metal (M4.2) keeps growing with the metal mass fraction. m_sat = w_sat · m_cell (coverage is a
 * concentration in the cell). Normalised at the calibration point (m_ref gold in a calibration cell), where the
 * back-solved s holds: LEF − 1 = (linear term) · κ, κ = φ(x/m_sat) / φ(m_ref/m_sat,cal), φ(u) = (1 − e^(−u))/u.
 * κ = 1 at the anchor, 1/φ(m_ref/m_sat,cal) for x → 0, → 0 as x → ∞ while (linear term)·κ stays bounded by
 * s · w_sat m_cell / (m_ref φ(m_ref/m_sat,cal)). w_sat = ∞ gives κ = 1 (the linear model).
 */
export function localSaturationFactor(xPg: number, cellMassNg: number | undefined, params?: LocalEffectOverrides): number {
  const w = pval('saturationMgPerG', params);
  if (!(w > 0)) throw new Error(`saturationMgPerG: must be > 0, got ${w}`);
  if (w === Infinity) return 1;
  const calMass = pval('calCellMassNg', params);
  const mass = cellMassNg ?? calMass;
  if (!(Number.isFinite(mass) && mass > 0)) throw new Error(`cellMassNg: must be a finite number > 0 ng, got ${mass}`);
  const mRef = pval('mRefPg', params);
  return coverageRatio(xPg / (w * mass)) / coverageRatio(mRef / (w * calMass));
}

export interface LocalEffectInput {
  element: string;
  /** intracellular mass of the element per cell (pg) */
  mCellPg: number;
  beam: string;
  params?: LocalEffectOverrides;
  /**
   * Where overridden anchor strengths (params.s105kVp, s220kVp, s6MV) come from, for the explanation only, e.g.
   * "fitted to your data (clonogenic calibration: files, n, SE, date)"; absent = a user override. No effect on numbers.
   */
  strengthSource?: string;
  /** Build the explanation (default true); false leaves a minimal one (same numbers, no text). */
  explain?: boolean;
}

/**
 * The s rows of the explanation: s(beam) interpolated from the back-solved anchors; when anchors are overridden, those
 * anchors too, marked "fitted to your data (…)" when `source` says so (a clonogenic calibration), else a user override.
 */
function strengthRows(o: LocalEffectOverrides | undefined, source: string | undefined, s: number): Explanation['params'] {
  const over = LOCAL_EFFECT_ANCHOR_BEAMS.filter((a) => o?.[a.key] !== undefined);
  if (!over.length) return [{ name: 's(beam)', value: s, unit: '1', source: 'interpolated from the back-solved anchors', provenance: 'fitted' }];
  const rows: Explanation['params'] = over.map((a) =>
    source
      ? { name: `s at ${a.note.split(',')[0]}`, value: o![a.key]!, unit: '1', source: `${source}; default ${LOCAL_EFFECT_PARAMS[a.key].value.toPrecision(4)} back-solved from the published anchor`, provenance: 'fitted' as const }
      : paramRow(`s at ${a.note.split(',')[0]}`, LOCAL_EFFECT_PARAMS[a.key], o![a.key]!),
  );
  rows.push({ name: 's(beam)', value: s, unit: '1', source: source ? `interpolated from the anchors, ${over.length === LOCAL_EFFECT_ANCHOR_BEAMS.length ? 'all' : 'some'} ${source}` : 'interpolated from the anchors (some overridden by you)', provenance: source ? 'fitted' : 'assumption' });
  return rows;
}

const FORMULA = 'LEF = 1 + s(beam) · (m_cell / m_ref) · R_Z, R_Z = ⟨L_Z⟩_Ψ / ⟨L_Au⟩_Ψ';
const LEAN_LEF_EXPLANATION: Explanation = { equation: 'M4.3-local-effect', formula: FORMULA, inputs: [], params: [] };

export interface LocalEffectResult {
  lef: number;
  slope: number;
  /** R_Z: photoelectric energy absorption per gram of the element relative to gold in this beam */
  relativeAbsorption: number;
  explanation: Explanation;
}

/**
 * LEF = 1 + s(beam) · (m_cell / m_ref) · R_Z. s(beam) is gold's α gain at m_ref per cell, back-solved from the
 * published SERs of the calibration experiment; R_Z scales it to another element by photoelectric (and Auger)
 * energy absorption per gram, the source of the short-range electrons behind the local effect.
 */
export function localEnhancementFactor(input: LocalEffectInput): LocalEffectResult {
  const sym = normalizeElementSymbol(input.element);
  if (!sym) throw new Error(`element "${input.element}": unknown element symbol (use H…U)`);
  if (typeof input.mCellPg !== 'number' || !Number.isFinite(input.mCellPg) || input.mCellPg < 0)
    throw new Error(`mCellPg: must be a finite number ≥ 0 pg per cell, got ${input.mCellPg}`);
  const beam = getBeam(input.beam);
  const o = input.params;
  const mRef = pval('mRefPg', o);
  if (!(mRef > 0)) throw new Error(`mRefPg: must be > 0, got ${mRef}`);
  const s = localSlope(beam, o);
  const rel = relativeYieldCached(beam, sym);
  const lef = 1 + s * (input.mCellPg / mRef) * rel;
  if (input.explain === false) return { lef, slope: s, relativeAbsorption: rel, explanation: LEAN_LEF_EXPLANATION };
  const P = LOCAL_EFFECT_PARAMS;
  return {
    lef,
    slope: s,
    relativeAbsorption: rel,
    explanation: {
      equation: 'M4.3-local-effect',
      formula: `${FORMULA}, L_Z = photoelectric μen/ρ (NIST μen/ρ − Klein–Nishina Compton, power-law tail above 1 MeV); s at the anchors from SER_pub = D10(α, β) / D10(α·(1+s), β) at DEF_cell·D; s linear in ln(mean photon energy Ē) between the anchors, ∝ L_Au(Ē)/μen_water(Ē) above 6 MV`,
      inputs: [
        { name: 'element', value: sym, unit: '' },
        { name: 'm_cell', value: input.mCellPg, unit: 'pg/cell' },
        { name: 'beam', value: beam.id, unit: '' },
        { name: 'mean photon energy (fluence-weighted)', value: beam.spectrum.meanEnergyMeV, unit: 'MeV' },
      ],
      params: [
        paramRow('SER_105kVp', P.ser105kVp, pval('ser105kVp', o)),
        paramRow('SER_220kVp', P.ser220kVp, pval('ser220kVp', o)),
        paramRow('SER_6MV', P.ser6MV, pval('ser6MV', o)),
        paramRow('α (calibration cells)', P.calAlphaPerGy, pval('calAlphaPerGy', o)),
        paramRow('β (calibration cells)', P.calBetaPerGy2, pval('calBetaPerGy2', o)),
        paramRow('calibration cell mass', P.calCellMassNg, pval('calCellMassNg', o)),
        paramRow('m_ref', P.mRefPg, mRef),
        ...strengthRows(o, input.strengthSource, s),
        { name: `⟨L_${sym}⟩`, value: spectrumAveragedPhotoelectric(beam, sym), unit: 'cm²/g', source: 'NIST XAAMDI μen/ρ (SRD 126 v1.4) minus Klein–Nishina', provenance: 'data' },
        { name: '⟨L_Au⟩', value: spectrumAveragedPhotoelectric(beam, 'Au'), unit: 'cm²/g', source: 'NIST XAAMDI μen/ρ (SRD 126 v1.4) minus Klein–Nishina', provenance: 'data' },
      ],
      note: 'Semi-empirical: the measured gold-in-HeLa sensitization, scaled by intracellular mass and by photoelectric energy absorption relative to gold; no track-structure physics.',
    },
  };
}
