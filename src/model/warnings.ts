// Design warnings of one scored formulation (size window, partial coat, premature leakage, metal dose, tiny DEF, assumption-driven sensitization, injectability), with their thresholds as sourced Params.
import { param, resolveParam, type ParamSet } from './param';
import type { Warning } from './scores';
import { getBeam, spectrumAveragedMuEn } from './physics';

const M5 = 'MODEL.md M5';

/** Thresholds at which a design warning is raised. Override by id, e.g. { 'warnings.metalDoseMgPerKg': 50 }. */
export const WARNING_PARAMS = {
  'warnings.sizeMinNm': param(10, 'nm', `assumption (${M5} safety window): below ≈ 10 nm hydrodynamic diameter particles are filtered by the kidneys (Choi et al., Nat Biotechnol 25, 1165 (2007): cutoff ≈ 5.5 nm, with margin)`, 'assumption', {
    min: 1,
    max: 100,
    label: 'size window min',
    description: 'Hydrodynamic diameter below which the size-window warning is raised (renal filtration)',
  }),
  'warnings.sizeMaxNm': param(200, 'nm', `assumption (${M5} safety window): above ≈ 200 nm liver and spleen filtration dominates (Wilhelm et al., Nat Rev Mater 1, 16014 (2016))`, 'assumption', {
    min: 50,
    max: 2000,
    label: 'size window max',
    description: 'Hydrodynamic diameter above which the size-window warning is raised (liver/spleen filtration)',
  }),
  'warnings.prematureLeakagePct': param(20, '%', 'assumption: a fifth of the payload lost in blood (serum, 37 °C) within the fixed 24 h leakage window is worth flagging', 'assumption', {
    min: 0,
    max: 100,
    label: 'premature leakage limit',
    description: 'Release in blood (serum, 37 °C, pH 7.4) within the fixed 24 h window above which a warning is raised',
  }),
  'warnings.metalDoseMgPerKg': param(20, 'mg/kg', `assumption (${M5}: the metal dose with no safety penalty): systemic high-Z dose above which toxicity and clearance need checking`, 'assumption', {
    min: 0,
    max: 10000,
    label: 'metal dose limit',
    description: 'Systemic high-Z metal dose above which a warning is raised',
  }),
  'warnings.defTinyGain': param(0.01, '1', 'assumption: a macroscopic dose enhancement below 1 % is too small to matter next to dosimetric uncertainty (≈ 2–5 %)', 'assumption', {
    min: 0,
    max: 1,
    label: 'tiny DEF gain',
    description: 'DEF − 1 below which a tumour with high-Z metal gets the "dose enhancement is tiny" warning',
  }),
  'warnings.serGainMin': param(0.01, '1', 'assumption: an SER gain below 1 % is no sensitization worth attributing', 'assumption', {
    min: 0,
    max: 1,
    label: 'SER gain to attribute',
    description: 'SER − 1 above which the source of the sensitization is checked',
  }),
  'warnings.physicalShareOfSer': param(0.5, '1', 'assumption: sensitization is "assumption-driven" when the physical dose enhancement explains less than half of the SER gain', 'assumption', {
    min: 0,
    max: 1,
    label: 'physical share of SER',
    description: 'Share of the SER gain that DEF − 1 must reach; below it the sensitization is flagged as driven by empirical terms',
  }),
  'warnings.injectedConcentrationGPerL': param(200, 'g/L', 'assumption: above ≈ 200 g/L a nanoparticle suspension is too viscous or unstable to inject', 'assumption', {
    min: 1,
    max: 2000,
    label: 'injectable concentration',
    description: 'Injected particle concentration (intratumoral) above which a warning is raised',
  }),
} satisfies ParamSet;

export type WarningParamId = keyof typeof WARNING_PARAMS;

/** A warning threshold with any override applied. */
export function wp(id: WarningParamId, overrides?: Record<string, number>): number {
  return resolveParam(WARNING_PARAMS[id], overrides?.[id]);
}

/** What the design warnings read from one score. */
export interface DesignWarningInput {
  freeDrug: boolean;
  hydrodynamicDiameterNm: number;
  membraneCoverage: number;
  prematureLeakagePct: number;
  circulationHalfLifeH: number;
  systemicMetalDoseMgPerKg: number;
  /** Tumour high-Z concentrations (M4.1). */
  highZ: readonly { element: string; mgPerGTumor: number }[];
  doseEnhancementFactor: number;
  sensitizerEnhancementRatio: number;
  beam: string;
  /** Does any coat membrane have an assumed (not measured) circulation prolongation? */
  assumedProlongation: boolean;
  injectedConcentrationGPerL: number | null;
  overrides?: Record<string, number>;
}

/**
 * The tumour concentration of the strongest absorber (per gram, at this beam) that a +1 % macroscopic dose needs, by
 * the mixture rule DEF − 1 = (c/1000)·(μen/ρ_el ÷ μen/ρ_water − 1): c = 10 / (ratio − 1) mg/g. Null when no element
 * absorbs more per gram than water at this beam.
 */
export function concentrationForOnePercent(beamId: string, elements: readonly string[]): { element: string; mgPerG: number } | null {
  let best: { element: string; ratio: number } | null = null;
  try {
    const beam = getBeam(beamId);
    const water = spectrumAveragedMuEn(beam, 'water');
    for (const el of elements) {
      const ratio = spectrumAveragedMuEn(beam, el) / water;
      if (!best || ratio > best.ratio) best = { element: el, ratio };
    }
  } catch {
    return null;
  }
  return best && best.ratio > 1 ? { element: best.element, mgPerG: 10 / (best.ratio - 1) } : null;
}

/** '0.0019 mg/g Zn, 0.0013 mg/g Bi' for the def-tiny warning. */
function metalList(highZ: readonly { element: string; mgPerGTumor: number }[]): string {
  let s = '';
  for (let i = 0; i < highZ.length; i++) s += `${i ? ', ' : ''}${highZ[i].mgPerGTumor.toPrecision(2)} mg/g ${highZ[i].element}`;
  return s;
}

/** Does the beam id name a megavoltage source (memoized per beam id, bounded)? */
const MV_BEAM = new Map<string, boolean>();
function isMegavoltage(beam: string): boolean {
  let v = MV_BEAM.get(beam);
  if (v === undefined) {
    v = /MV|Co-60/.test(beam);
    if (MV_BEAM.size >= 1024) MV_BEAM.clear();
    MV_BEAM.set(beam, v);
  }
  return v;
}

/** Append the design warnings of one score to `out` (in a fixed order) and return it. */
export function designWarnings(x: DesignWarningInput, out: Warning[] = []): Warning[] {
  const o = x.overrides;
  const dh = x.hydrodynamicDiameterNm;
  const lo = wp('warnings.sizeMinNm', o);
  const hi = wp('warnings.sizeMaxNm', o);
  if (!x.freeDrug && (dh < lo || dh > hi))
    out.push({ code: 'size-window', message: `Hydrodynamic diameter ${dh.toFixed(0)} nm is outside the ${lo}–${hi} nm window (${dh < lo ? 'renal filtration' : 'liver/spleen filtration'}).` });
  const c = x.membraneCoverage;
  if (c > 0 && c < 1)
    out.push({ code: 'incomplete-coverage', message: `Membrane covers ${(100 * c).toFixed(0)} % of the surface; the bare part clears and leaks like an uncoated particle. Raise the membrane : core mass ratio.` });
  if (!x.freeDrug && x.prematureLeakagePct > wp('warnings.prematureLeakagePct', o))
    out.push({ code: 'premature-leakage', message: `${x.prematureLeakagePct.toFixed(0)} % of the payload is released in blood (serum, 37 °C, pH 7.4) within 24 h (circulation half-life ${x.circulationHalfLifeH.toFixed(1)} h).` });
  const metalLimit = wp('warnings.metalDoseMgPerKg', o);
  if (x.systemicMetalDoseMgPerKg > metalLimit)
    out.push({ code: 'metal-dose', message: `Systemic high-Z metal dose ${x.systemicMetalDoseMgPerKg.toPrecision(3)} mg/kg exceeds ${metalLimit} mg/kg; check toxicity and clearance.` });
  const defGain = x.doseEnhancementFactor - 1;
  if (x.highZ.length > 0 && defGain < wp('warnings.defTinyGain', o)) {
    const need = concentrationForOnePercent(x.beam, x.highZ.map((h) => h.element));
    const needed = need ? `far below the ≈ ${Number(need.mgPerG.toPrecision(2))} mg/g of ${need.element} a 1 % dose gain needs at this beam` : 'no help at this beam, where none of these elements absorbs more per gram than tissue';
    out.push({
      code: 'def-tiny',
      message: `Macroscopic dose enhancement is only ${(defGain * 100).toPrecision(2)} % with ${x.beam}: tumour metal at ${metalList(x.highZ)} is ${needed}${need && isMegavoltage(x.beam) ? ', and megavoltage photons barely see high-Z atoms' : ''}. Any predicted sensitization comes from the empirical local and biological terms.`,
    });
  }
  const serGain = x.sensitizerEnhancementRatio - 1;
  if (serGain > wp('warnings.serGainMin', o) && defGain < wp('warnings.physicalShareOfSer', o) * serGain)
    out.push({ code: 'assumption-driven', message: 'Most of the sensitization comes from empirical terms (local effect, FAK biology) whose parameters are assumptions or recalled values; calibrate with your own data.' });
  if (x.assumedProlongation) out.push({ code: 'assumption-driven', message: 'Circulation of this membrane coat is estimated relative to RBC membrane (assumption), not measured.' });
  const cInj = x.injectedConcentrationGPerL;
  if (cInj !== null && cInj > wp('warnings.injectedConcentrationGPerL', o))
    out.push({ code: 'injection-concentration', message: `The intratumoral dose implies an injected concentration of ${cInj.toFixed(0)} g/L, above what can be injected as a suspension.` });
  return out;
}
