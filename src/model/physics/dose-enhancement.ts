// Macroscopic dose enhancement factor (MODEL.md M4.2): mixture rule with NIST μen/ρ, energy-fluence weighted over the beam.
import { getBeam, type Beam } from './beams';
import { absorptionEdges, muEnOverRho, normalizeElementSymbol, type TissueId, MIN_ENERGY_MEV, MAX_ENERGY_MEV } from './photon';
import type { Explanation } from './explain';

const NIST_SOURCE = 'NIST XAAMDI μen/ρ (Hubbell & Seltzer, SRD 126 v1.4, 2004)';

/** Per beam: material → Ψ-averaged μen/ρ (a second map beside beam.cache, so hot look-ups build no key strings). */
const MUEN_BY_BEAM = new WeakMap<Beam, Map<string, number>>();

/** Ψ-weighted spectrum average of μen/ρ (cm²/g) of a material over a beam; cached on the beam. */
export function spectrumAveragedMuEn(beam: Beam | string, material: string): number {
  const b = typeof beam === 'string' ? getBeam(beam) : beam;
  let m = MUEN_BY_BEAM.get(b);
  if (!m) MUEN_BY_BEAM.set(b, (m = new Map()));
  let v = m.get(material);
  if (v === undefined) {
    const key = `muen:${material}`;
    v = b.cache.get(key);
    if (v === undefined) {
      const { energiesMeV, energyFluence } = b.spectrum;
      v = 0;
      for (let i = 0; i < energiesMeV.length; i++) v += energyFluence[i] * muEnOverRho(material, energiesMeV[i]);
      b.cache.set(key, v);
    }
    m.set(material, v);
  }
  return v;
}

function checkTissue(tissue: string): TissueId {
  if (tissue !== 'water' && tissue !== 'soft-tissue') throw new Error(`tissue "${tissue}": use 'water' or 'soft-tissue'`);
  return tissue;
}

/** Validated element weights w_Z = C_Z/1000 (mg/g → g/g), canonical symbols; throws naming the element and reason. */
export function elementWeights(elements: Record<string, number>): { symbol: string; mgPerG: number; w: number }[] {
  const out: { symbol: string; mgPerG: number; w: number }[] = [];
  let sum = 0;
  for (const [sym, c] of Object.entries(elements)) {
    const s = normalizeElementSymbol(sym);
    if (!s) throw new Error(`element "${sym}": unknown element symbol (use H…U)`);
    if (typeof c !== 'number' || !Number.isFinite(c) || c < 0) throw new Error(`element ${s}: concentration must be a finite number ≥ 0 mg/g, got ${c}`);
    const existing = out.find((x) => x.symbol === s);
    if (existing) {
      existing.mgPerG += c;
      existing.w += c / 1000;
    } else out.push({ symbol: s, mgPerG: c, w: c / 1000 });
    sum += c;
  }
  if (sum > 1000) {
    throw new RangeError(
      `elements: the element concentrations (mg of element per g of tissue) sum to ${sum} mg/g, more than 1000 mg/g (the whole tissue mass); ` +
        'for a formulation they follow from scenario.doseMgPerKg, scenario.tumorMassG and the high-Z payloads',
    );
  }
  return out;
}

export interface DoseEnhancementInput {
  /** mg of element per g of tumour, per element symbol */
  elements: Record<string, number>;
  beam: string;
  tissue?: TissueId;
  /** Build the explanation (default true); false leaves a minimal one (same numbers, no text). */
  explain?: boolean;
}

export interface DoseEnhancementResult {
  def: number;
  /** canonical beam id */
  beam: string;
  meanEnergyMeV: number;
  energyFluenceMeanEnergyMeV: number;
  /** per element: Ψ-averaged μen/ρ ratio element/tissue, and the concentration (mg/g) that alone would give DEF 1.01 */
  perElement: { element: string; mgPerG: number; muEnRatio: number; mgPerGFor1Pct: number | null }[];
  explanation: Explanation;
}

/**
 * DEF = Σ_E Ψ(E) [Σ_Z w_Z μen_Z(E) + (1 − Σ w_Z) μen_t(E)] / Σ_E Ψ(E) μen_t(E), w_Z = C_Z/1000 (mass fraction).
 * Spectrum averages are cached per beam, so a call costs a few map look-ups after warm-up.
 */
export function doseEnhancementFactor(input: DoseEnhancementInput): DoseEnhancementResult {
  const tissue = checkTissue(input.tissue ?? 'water');
  const beam = getBeam(input.beam);
  const weights = elementWeights(input.elements);
  const muT = spectrumAveragedMuEn(beam, tissue);
  let def = 1;
  const perElement: DoseEnhancementResult['perElement'] = [];
  for (const { symbol, mgPerG, w } of weights) {
    const ratio = spectrumAveragedMuEn(beam, symbol) / muT;
    def += w * (ratio - 1);
    perElement.push({ element: symbol, mgPerG, muEnRatio: ratio, mgPerGFor1Pct: ratio > 1 ? 10 / (ratio - 1) : null });
  }
  if (input.explain === false)
    return { def, beam: beam.id, meanEnergyMeV: beam.spectrum.meanEnergyMeV, energyFluenceMeanEnergyMeV: beam.spectrum.energyFluenceMeanEnergyMeV, perElement, explanation: LEAN_DEF_EXPLANATION };
  const note = explainNote(def, perElement, beam);
  return {
    def,
    beam: beam.id,
    meanEnergyMeV: beam.spectrum.meanEnergyMeV,
    energyFluenceMeanEnergyMeV: beam.spectrum.energyFluenceMeanEnergyMeV,
    perElement,
    explanation: {
      equation: 'M4.2-def-mixture',
      formula: 'DEF = Σ_E Ψ(E)[Σ_Z w_Z μen_Z(E) + (1 − Σ_Z w_Z) μen_t(E)] / Σ_E Ψ(E) μen_t(E), w_Z = C_Z/1000',
      inputs: [
        ...weights.map((x) => ({ name: `C_${x.symbol}`, value: x.mgPerG, unit: 'mg/g' })),
        { name: 'beam', value: beam.id, unit: '' },
        { name: 'tissue', value: tissue, unit: '' },
        { name: 'mean photon energy (fluence-weighted)', value: beam.spectrum.meanEnergyMeV, unit: 'MeV' },
      ],
      params: [
        ...perElement.map((p) => ({ name: `⟨μen/ρ⟩_${p.element} / ⟨μen/ρ⟩_${tissue}`, value: p.muEnRatio, unit: '1', source: NIST_SOURCE, provenance: 'data' as const })),
        { name: `⟨μen/ρ⟩_${tissue}`, value: muT, unit: 'cm²/g', source: NIST_SOURCE, provenance: 'data' },
      ],
      note,
    },
  };
}

/**
 * DEF alone (no per-element rows, no explanation): the same arithmetic as doseEnhancementFactor, element by element in
 * the record's order. Inputs it does not expect (a non-canonical or unknown symbol, a bad or too large concentration) go
 * through doseEnhancementFactor, which gives the same number or throws the same error.
 */
export function doseEnhancementValue(elements: Record<string, number>, beam: Beam, tissue: TissueId = 'water'): number {
  let sum = 0;
  for (const sym in elements) {
    const c = elements[sym];
    if (normalizeElementSymbol(sym) !== sym || typeof c !== 'number' || !Number.isFinite(c) || c < 0) return slowDef(elements, beam, tissue);
    sum += c;
  }
  if (sum > 1000) return slowDef(elements, beam, tissue);
  const muT = spectrumAveragedMuEn(beam, tissue);
  let def = 1;
  for (const sym in elements) {
    const ratio = spectrumAveragedMuEn(beam, sym) / muT;
    def += (elements[sym] / 1000) * (ratio - 1);
  }
  return def;
}

function slowDef(elements: Record<string, number>, beam: Beam, tissue: TissueId): number {
  return doseEnhancementFactor({ elements, beam: beam.id, tissue, explain: false }).def;
}

const LEAN_DEF_EXPLANATION: Explanation = { equation: 'M4.2-def-mixture', formula: 'DEF = Σ_E Ψ(E)[Σ_Z w_Z μen_Z(E) + (1 − Σ_Z w_Z) μen_t(E)] / Σ_E Ψ(E) μen_t(E)', inputs: [], params: [] };

function explainNote(def: number, per: DoseEnhancementResult['perElement'], beam: Beam): string {
  const pct = (def - 1) * 100;
  const parts = [`Macroscopic dose enhancement ${pct >= 0 ? '+' : ''}${pct.toPrecision(3)} % for ${beam.id} (mean photon energy ${(beam.spectrum.meanEnergyMeV * 1000).toPrecision(3)} keV).`];
  for (const p of per) {
    parts.push(
      p.mgPerGFor1Pct === null
        ? `${p.element} absorbs no more energy per gram than tissue in this beam, so it cannot raise the macroscopic dose.`
        : `${p.element} absorbs ${p.muEnRatio.toPrecision(3)}× tissue per gram here: +1 % dose needs ≈ ${p.mgPerGFor1Pct.toPrecision(3)} mg/g.`,
    );
  }
  parts.push('Intravenous nanoparticles typically reach µg/g in tumours, so the macroscopic DEF stays ≈ 1.000–1.001 at kV and ≈ 1 at MV; reported radiosensitization at such levels comes from local (nanoscale) and biological effects, modelled separately and empirically.');
  return parts.join(' ');
}

export interface DefPoint {
  energyMeV: number;
  def: number;
  /** set for the two points at an absorption edge */
  edge?: { element: string; label: string; side: 'below' | 'above' };
}

/** Default energy grid of defVersusEnergy: 10 keV–20 MeV, log-spaced, 60 points per decade. */
export function defaultEnergyGridMeV(pointsPerDecade = 60): number[] {
  const lo = Math.log10(0.01);
  const hi = Math.log10(MAX_ENERGY_MEV);
  const n = Math.ceil((hi - lo) * pointsPerDecade);
  const out: number[] = [];
  for (let i = 0; i <= n; i++) out.push(Math.min(MAX_ENERGY_MEV, Math.pow(10, lo + ((hi - lo) * i) / n)));
  return out;
}

/**
 * Monoenergetic DEF vs photon energy for a chart. Without `energiesMeV`: the default 10 keV–20 MeV grid plus both
 * sides of every absorption edge (K, L, …) of the elements present with C > 0, so the edges show as vertical jumps.
 */
export function defVersusEnergy(elements: Record<string, number>, tissue: TissueId = 'water', energiesMeV?: readonly number[]): DefPoint[] {
  checkTissue(tissue);
  const weights = elementWeights(elements);
  const defAt = (E: number, side: 'above' | 'below'): number => {
    const muT = muEnOverRho(tissue, E, side);
    let d = 1;
    for (const { symbol, w } of weights) d += w * (muEnOverRho(symbol, E, side) / muT - 1);
    return d;
  };
  if (energiesMeV) return energiesMeV.map((E) => ({ energyMeV: E, def: defAt(E, 'above') }));
  const pts: DefPoint[] = defaultEnergyGridMeV().map((E) => ({ energyMeV: E, def: defAt(E, 'above') }));
  const lo = Math.max(0.01, MIN_ENERGY_MEV);
  for (const { symbol, w } of weights) {
    if (w <= 0) continue;
    for (const edge of absorptionEdges(symbol)) {
      if (edge.energyMeV < lo || edge.energyMeV > MAX_ENERGY_MEV) continue;
      pts.push({ energyMeV: edge.energyMeV, def: defAt(edge.energyMeV, 'below'), edge: { element: symbol, label: edge.label, side: 'below' } });
      pts.push({ energyMeV: edge.energyMeV, def: defAt(edge.energyMeV, 'above'), edge: { element: symbol, label: edge.label, side: 'above' } });
    }
  }
  const rank = (p: DefPoint) => (p.edge ? (p.edge.side === 'below' ? 0 : 2) : 1);
  pts.sort((a, b) => a.energyMeV - b.energyMeV || rank(a) - rank(b));
  // drop grid points that coincide exactly with an edge energy (the edge pair carries both values)
  return pts.filter((p, i) => p.edge || !pts.some((q, j) => j !== i && q.edge && q.energyMeV === p.energyMeV));
}
