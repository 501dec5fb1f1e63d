// The learning-mode tour: IZB@CCM built part by part (ZIF-8 → Bi → IN10018 → tumour-cell membrane → CAF membrane), then two
// "what if" steps whose reasoning is computed from the model's numbers. Pure data + functions; src/ui/learn renders it.
import { PRESETS } from '../catalog';
import type { Scores } from '../model/scores';
import { getBeam, spectrumAveragedMuEn } from '../model/physics';
import type { FormulationDraft } from '../catalog';

/** A verbatim passage from a seed document (tests check that it occurs in the file), or a MODEL.md statement. */
export interface SourcedQuote {
  text: string;
  /** 'doc 000' (patent transfer notice on IZB@CCM), 'doc 001' (nanomedicine review), 'doc 002' (mRNA-LNP trial) or 'MODEL.md Mx'. */
  source: string;
}

export type TourStepId = 'core' | 'bismuth' | 'in10018' | 'tumour-membrane' | 'caf-membrane' | 'what-if-no-membrane' | 'what-if-6mv';

export interface TourStep {
  id: TourStepId;
  /** 1-based position shown to the user. */
  n: number;
  title: string;
  /** The part this step adds (or the change it makes). */
  part: string;
  /** What the part does, in plain words (glossary terms are linked by the UI). */
  caption: string;
  /** Why it is there: passages of the source documents. */
  why: SourcedQuote[];
  /** How the model represents it (sub-model, equation). */
  model: string;
  /** The formulation at this step (contract §1, partial; the schema completes it). */
  draft: FormulationDraft;
  /** 3D viewer exploded-assembly step: 1 core, 2 + payloads, 3 + membrane, 0 assembled. */
  explodeStep: number;
  /** Score keys to highlight in the strip. */
  focus: StripKey[];
  /** Glossary terms this step introduces. */
  terms: string[];
  /** For "what if" steps: the step it is compared with. */
  compareWith?: TourStepId;
}

const DOC000 = 'doc 000';
const IZB = PRESETS['izb-ccm'].formulation;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function izbWith(change: Partial<FormulationDraft>): FormulationDraft {
  return { ...clone(IZB), ...clone(change) };
}

const ZIF8_ONLY: FormulationDraft = izbWith({ name: 'Tour 1: ZIF-8 core', payloads: [], coating: null });
const WITH_BI: FormulationDraft = izbWith({ name: 'Tour 2: ZIF-8 + Bi', payloads: IZB.payloads!.filter((p) => p.agent === 'bismuth'), coating: null });
const WITH_DRUG: FormulationDraft = izbWith({ name: 'Tour 3: ZIF-8 + Bi + IN10018', coating: null });
const WITH_HELA: FormulationDraft = izbWith({
  name: 'Tour 4: + HeLa membrane',
  coating: { membranes: [{ source: 'hela', fraction: 1 }], membraneToCoreMassRatio: IZB.coating!.membraneToCoreMassRatio, peg: false },
});
const FULL: FormulationDraft = izbWith({ name: 'IZB@CCM' });
const NO_MEMBRANE: FormulationDraft = izbWith({ name: 'What if: no membrane', coating: null });
const AT_6MV: FormulationDraft = izbWith({ name: 'What if: 6 MV', scenario: { ...clone(IZB.scenario!), beam: '6MV' } });

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'core',
    n: 1,
    title: 'The carrier: a ZIF-8 core',
    part: 'ZIF-8 metal–organic framework, 120 nm (size assumed: the patent does not disclose it)',
    caption:
      'ZIF-8 is a MOF of zinc ions joined by 2-methylimidazole. It holds together at the neutral pH of blood but falls apart in acid, so whatever it carries is let go in the acidic tumour and inside lysosomes. On its own it carries nothing and treats nothing: the scores below are a baseline.',
    why: [
      { text: 'Upon entering the slightly acidic tumor microenvironment, the nanoparticles rapidly disintegrate and release their drug payload.', source: DOC000 },
      { text: 'IZB@CCM leverages a metal-organic framework (MOF) carrier to achieve high-capacity loading of IN10018 and intelligent, microenvironment-responsive release.', source: DOC000 },
    ],
    model: 'M0 geometry (mass from the crystal density 0.92 g/cm³) and M2 release: the core erodes as a shrinking sphere whose surface recedes 10^(n_H·(7.4 − pH)) times faster as pH falls.',
    draft: ZIF8_ONLY,
    // the first view is the particle as it is (assembled), not a taken-apart view of a core that has nothing on it yet
    explodeStep: 0,
    focus: ['size', 'halfLife', 'delivery'],
    terms: ['ZIF-8', 'MOF', 'EPR'],
  },
  {
    id: 'bismuth',
    n: 2,
    title: 'The physical sensitizer: bismuth',
    part: 'Bismuth (Z = 83), built in while the crystals grow (one-pot, feed 0.3 mg per mg ZIF-8)',
    caption:
      'Bismuth is a high-Z element: its atoms absorb kilovolt X-rays far more strongly than soft tissue, and the electrons they release deposit extra dose close to the particle. Watch the DEF: at the few µg per gram that reach a tumour after an iv dose it barely moves, because a macroscopic gain needs mg per gram.',
    why: [
      { text: 'bismuth (Bi) with a high atomic number, acting as an "amplifier" for radiotherapy, can significantly enhance the efficiency of tumor absorption of X-rays, thereby directly increasing physical cytotoxicity', source: DOC000 },
    ],
    model: 'M4.2 DEF by the mixture rule with NIST μen/ρ over the 225 kVp spectrum; M4.3 empirical local enhancement of α (Chithrani et al. 2010) scaled by the Bi mass inside each cell.',
    draft: WITH_BI,
    explodeStep: 2,
    focus: ['def', 'ser', 'loading'],
    terms: ['high-Z', 'DEF', 'LEF', 'kVp'],
  },
  {
    id: 'in10018',
    n: 3,
    title: 'The biological sensitizer: IN10018',
    part: 'IN10018 (ifebemtinib), a FAK inhibitor, co-loaded one-pot (feed 0.2)',
    caption:
      'IN10018 blocks FAK, the kinase that ties cells to their stroma. In the tumour it calms CAFs, so they lay down less matrix and the tumour is less hypoxic; oxygen makes radiation damage stick, so the same dose kills more. The two payloads compete for the same carrier capacity, which is why adding the drug lowers the bismuth loaded.',
    why: [
      { text: 'the small-molecule drug IN10018, as a highly efficient FAK inhibitor, IN10018 acts as a “biological wall-breaker.”', source: DOC000 },
      { text: 'By specifically blocking this signaling pathway, IN10018 can effectively inhibit the activity of cancer-associated fibroblasts (CAFs) and reduce the deposition of the protective extracellular matrix.', source: DOC000 },
      { text: 'small-molecule inhibitors often carry the risk of “off-target” side effects upon systemic administration', source: DOC000 },
    ],
    model: 'M1 competitive Langmuir loading; M4.4 FAK occupancy O = C/(C + IC50) raises α by ε_FAK·O and lowers the hypoxic fraction by ρ_FAK·O·g(CAF uptake); M4.5 oxygen (Alper–Howard-Flanders).',
    draft: WITH_DRUG,
    explodeStep: 2,
    focus: ['hypoxia', 'ser', 'selectivity'],
    terms: ['FAK', 'CAF', 'hypoxia', 'OER', 'Langmuir isotherm'],
  },
  {
    id: 'tumour-membrane',
    n: 4,
    title: 'The disguise: a cervical cancer cell membrane',
    part: 'HeLa cell membrane over the whole particle (membrane : core 1 : 1 w/w)',
    caption:
      'Wrapping the particle in membrane taken from cervical cancer cells hides it from the immune system (CD47 says "don\'t eat me") and makes tumour cells take it up more, because cancer cells stick to their own kind. The coat also slows leakage at blood pH.',
    why: [
      { text: 'Traditional nanomedicines often fail to reach lesion sites due to recognition and clearance by the immune system.', source: DOC000 },
      { text: 'This biomimetic camouflage confers unique homotypic targeting capabilities, enabling the drug not only to evade immune surveillance but also to precisely recognize and accumulate around tumor cells and CAFs', source: DOC000 },
    ],
    model: 'M0 coverage c = min(1, η·r/r_geom); M2 the coat slows erosion and leakage at neutral pH by (1 − 0.5c); M3 half-life relative to RBC membrane, EPR delivery raised by homotypic targeting, uptake U = 1 + (U_max − 1)·g(x).',
    draft: WITH_HELA,
    explodeStep: 3,
    focus: ['halfLife', 'delivery', 'uptake', 'leak'],
    terms: ['homotypic targeting', 'CD47', 'EPR'],
  },
  {
    id: 'caf-membrane',
    n: 5,
    title: 'The second target: a hybrid with CAF membrane — IZB@CCM',
    part: 'Hybrid membrane: HeLa + cervical CAF membrane, 1 : 1 (ratio assumed)',
    caption:
      'Fusing in membrane from cancer-associated fibroblasts sends part of the dose to the CAFs, where IN10018 acts. The hybrid is a trade-off: each cell type sees fewer of its own markers than a pure coat would give it. This is the full IZB@CCM.',
    why: [
      { text: 'CAFs synthesize large amounts of extracellular matrix, constructing a dense physical barrier around the tumor.', source: DOC000 },
      { text: 'This barrier not only hinders drug penetration but also leads to intratumoral hypoxia—oxygen being a critical cofactor for the cytotoxic effects of radiation.', source: DOC000 },
      { text: 'They physically fused cervical cancer tumor cell membranes with cancer-associated fibroblast (CAF) membranes, cloaking the nanocarriers in a “Trojan horse” disguise.', source: DOC000 },
    ],
    model: 'M3 uptake indices for tumour cells and CAFs from the matching membrane fractions (Hill function g); M4.4 hypoxia relief scales with CAF uptake; M5 desirability combines the five responses.',
    draft: FULL,
    explodeStep: 0,
    focus: ['cafUptake', 'uptake', 'hypoxia', 'ser', 'overall'],
    terms: ['CAF', 'SER', 'EQD2', 'desirability'],
  },
  {
    id: 'what-if-no-membrane',
    n: 6,
    title: 'What if: remove the membrane',
    part: 'Same core and payloads, with the membrane coat taken off (the uncoated particle, for comparison)',
    caption: 'Take the disguise off and follow the model: the bare particle is cleared within about an hour, leaks more at blood pH, loses homotypic uptake, and so less drug and bismuth reach the cells.',
    why: [{ text: 'Traditional nanomedicines often fail to reach lesion sites due to recognition and clearance by the immune system.', source: DOC000 }],
    model: 'The same equations with coverage c = 0: bare-particle half-life, no membrane slow-down of release, uptake indices 1.',
    draft: NO_MEMBRANE,
    explodeStep: 0,
    focus: ['halfLife', 'delivery', 'leak', 'hypoxia', 'ser', 'overall'],
    terms: ['EPR', 'desirability'],
    compareWith: 'caf-membrane',
  },
  {
    id: 'what-if-6mv',
    n: 7,
    title: 'What if: treat with a 6 MV clinical beam instead of 225 kVp',
    part: 'Same particle; the beam changes from a 225 kVp small-animal irradiator to a 6 MV linear accelerator',
    caption:
      'Clinical megavoltage photons interact mostly by Compton scattering, which hardly depends on atomic number, so bismuth absorbs them little more than tissue does. Compare DEF and LEF with step 5: at the µg per gram an iv dose delivers, the physical gain was already small at 225 kVp and at 6 MV it vanishes. The biological part (IN10018 and hypoxia) does not depend on the beam, so what is left of the SER is biology.',
    why: [
      { text: 'The core mechanism of NBTXR3 leverages the high atomic number of hafnium to physically enhance radiation energy deposition within tumors.', source: DOC000 },
      { text: 'the use of biological inhibitors alone lacks the physical radiosensitizing effect necessary to maximize cytotoxic efficacy within the brief therapeutic window of radiotherapy', source: DOC000 },
    ],
    model: 'M4.2 DEF averaged over the Mohan 1985 6 MV spectrum (the model expects DEF ≈ 1.000–1.01 at MV and only ≈ 1.001 even at kV for the µg/g an iv dose delivers: macroscopic enhancement needs mg/g); M4.3 local-effect slope s interpolated in log mean energy between the Chithrani anchors (0.43 at 220 kVp, 0.17 at 6 MV).',
    draft: AT_6MV,
    explodeStep: 0,
    focus: ['def', 'lef', 'ser', 'eqd2', 'overall'],
    terms: ['DEF', 'LEF', 'SER', 'EQD2', 'LQ'],
    compareWith: 'caf-membrane',
  },
];

// ---------- the scores strip ----------

export type StripKey = 'overall' | 'loading' | 'selectivity' | 'leak' | 'size' | 'halfLife' | 'delivery' | 'uptake' | 'cafUptake' | 'def' | 'lef' | 'hypoxia' | 'ser' | 'eqd2';

export interface StripItem {
  key: StripKey;
  label: string;
  /** Glossary term for the label, when there is one. */
  term?: string;
  value: number | null;
  unit: string;
  digits: number;
  /** Which direction is better, for the arrow of a change. */
  better: 'up' | 'down';
  /** Ratios near 1 (DEF, LEF, SER) are compared on their excess over 1: a change counts when it moves x − offset by > 0.5 %. */
  offset: number;
}

const STRIP: readonly { key: StripKey; label: string; term?: string; unit: string; digits: number; better: 'up' | 'down'; offset: number; get: (s: Scores) => number | null }[] = [
  { key: 'overall', label: 'overall', term: 'desirability', unit: '/100', digits: 0, better: 'up', offset: 0, get: (s) => s.score.overall },
  { key: 'loading', label: 'loading', term: 'LC', unit: '% w/w', digits: 1, better: 'up', offset: 0, get: (s) => s.loading.totalLoadingPct },
  { key: 'selectivity', label: 'selectivity', term: 'selectivity index', unit: '×', digits: 1, better: 'up', offset: 0, get: (s) => s.release.selectivityIndex },
  { key: 'leak', label: 'released at pH 7.4, 24 h', unit: '%', digits: 1, better: 'down', offset: 0, get: (s) => s.release.releasedAt24hPct['7.4'] },
  { key: 'size', label: 'size (d_h)', unit: 'nm', digits: 0, better: 'up', offset: 0, get: (s) => s.targeting.hydrodynamicDiameterNm },
  { key: 'halfLife', label: 'blood t½', unit: 'h', digits: 1, better: 'up', offset: 0, get: (s) => s.targeting.circulationHalfLifeH },
  { key: 'delivery', label: 'tumour delivery', term: '% ID', unit: '% ID', digits: 2, better: 'up', offset: 0, get: (s) => s.targeting.tumorDeliveryPctID },
  { key: 'uptake', label: 'tumour-cell uptake', term: 'homotypic targeting', unit: '× bare', digits: 2, better: 'up', offset: 0, get: (s) => s.targeting.tumorCellUptakeIndex },
  { key: 'cafUptake', label: 'CAF uptake', term: 'CAF', unit: '× bare', digits: 2, better: 'up', offset: 0, get: (s) => s.targeting.cafUptakeIndex },
  { key: 'def', label: 'DEF', term: 'DEF', unit: '', digits: 5, better: 'up', offset: 1, get: (s) => s.radiosensitization.doseEnhancementFactor },
  { key: 'lef', label: 'LEF', term: 'LEF', unit: '', digits: 4, better: 'up', offset: 1, get: (s) => s.radiosensitization.localEnhancementFactor },
  { key: 'hypoxia', label: 'hypoxic fraction', term: 'hypoxia', unit: '', digits: 3, better: 'down', offset: 0, get: (s) => s.radiosensitization.hypoxicFraction },
  { key: 'ser', label: 'SER', term: 'SER', unit: '', digits: 3, better: 'up', offset: 1, get: (s) => s.radiosensitization.sensitizerEnhancementRatio },
  { key: 'eqd2', label: 'EQD2 gain', term: 'EQD2', unit: 'Gy', digits: 3, better: 'up', offset: 0, get: (s) => s.radiosensitization.eqd2GainGy },
];

/** The strip of scores shown under every tour step, in a fixed order (null where a value does not apply). */
export function scoreStrip(s: Scores): StripItem[] {
  return STRIP.map(({ get, ...rest }) => {
    const v = get(s);
    return { ...rest, value: v !== null && Number.isFinite(v) ? v : null };
  });
}

// ---------- the model's reasoning for a change ----------

export interface ReasoningLine {
  key: StripKey;
  label: string;
  before: number | null;
  after: number | null;
  unit: string;
  /** 'better' / 'worse' relative to the metric's good direction; 'same' when the change is within 0.5 % of (value − offset). */
  effect: 'better' | 'worse' | 'same';
  text: string;
}

const fmt = (v: number | null, digits: number) => (v === null ? 'n/a' : v.toFixed(digits));

/**
 * What changed between two scored formulations, metric by metric, in words ("blood t½ falls from 13.9 to 1.03 h
 * (worse)"), for the "what if" steps. Only the given keys, in that order.
 */
export function explainChange(before: Scores, after: Scores, keys: readonly StripKey[]): ReasoningLine[] {
  const a = new Map(scoreStrip(before).map((x) => [x.key, x]));
  const b = new Map(scoreStrip(after).map((x) => [x.key, x]));
  return keys.map((key) => {
    const x = a.get(key)!;
    const y = b.get(key)!;
    const unit = x.unit;
    let effect: ReasoningLine['effect'] = 'same';
    let verb = 'stays at';
    if (x.value !== null && y.value !== null) {
      const d = y.value - x.value;
      const same = Math.abs(d) <= Math.max(1e-12, 0.005 * Math.abs(x.value - x.offset));
      if (!same) {
        verb = d > 0 ? 'rises from' : 'falls from';
        effect = (d > 0) === (x.better === 'up') ? 'better' : 'worse';
      }
    } else if (x.value !== y.value) {
      verb = 'changes from';
    }
    const u = unit && unit !== '×' ? ` ${unit}` : unit;
    const text =
      verb === 'stays at'
        ? `${x.label} stays at ${fmt(y.value, x.digits)}${u}`
        : `${x.label} ${verb} ${fmt(x.value, x.digits)} to ${fmt(y.value, x.digits)}${u}${effect === 'same' ? '' : ` (${effect})`}`;
    return { key, label: x.label, before: x.value, after: y.value, unit, effect, text };
  });
}

/** The tour step with this id. */
export function tourStep(id: TourStepId): TourStep {
  const s = TOUR_STEPS.find((x) => x.id === id);
  if (!s) throw new Error(`unknown tour step "${id}"`);
  return s;
}

// ---------- honest notes: where the model and the source disagree ----------

/** Rounded for prose: 3 significant digits, no exponent for ordinary magnitudes. */
function p3(x: number): string {
  return Number(x.toPrecision(3)).toLocaleString('en-US', { maximumSignificantDigits: 3 });
}

/** A tumour concentration in mg/g as prose: µg below 0.1 mg. */
function massText(mgPerG: number): string {
  return mgPerG < 0.1 ? `${p3(mgPerG * 1000)} µg` : `${p3(mgPerG)} mg`;
}

/**
 * Why a high-Z element barely changes the dose at the tumour concentration a step reaches, and what would make it matter:
 * from the mixture rule DEF = 1 + Σ (c_i/1000)·(μen/ρ_i ÷ μen/ρ_water − 1) (spectrum-averaged over the step's beam), the
 * concentration that would give a 10 % dose gain is c₁₀ = 100 / (ratio − 1) mg/g. Null when the step carries no high-Z element.
 */
export function highZRealityNote(scores: Scores): string | null {
  const f = scores.formulation as { scenario?: { beam?: string } } | null;
  const beamId = f?.scenario?.beam;
  const z = scores.radiosensitization.highZ.filter((h) => h.mgPerGTumor > 0);
  if (!beamId || !z.length) return null;
  const beam = getBeam(beamId);
  const muWater = spectrumAveragedMuEn(beam, 'water');
  const parts = z.map((h) => {
    const ratio = spectrumAveragedMuEn(beam, h.element) / muWater;
    const needed = ratio > 1 ? 100 / (ratio - 1) : Infinity;
    return { ...h, ratio, needed };
  });
  const main = parts.reduce((a, b) => (b.ratio > a.ratio ? b : a)); // the strongest absorber per gram (Bi over the core's Zn)
  const gainPct = (scores.radiosensitization.doseEnhancementFactor - 1) * 100;
  const lines = [
    `Honestly, in the model: after this dose the tumour holds ${massText(main.mgPerGTumor)} of ${main.element} per gram, so the macroscopic dose rises by only ${p3(gainPct)} %.`,
  ];
  if (Number.isFinite(main.needed)) {
    lines.push(`Per gram, ${main.element} absorbs this beam ${p3(main.ratio)} times as strongly as water; a 10 % dose gain would need about ${p3(main.needed)} mg ${main.element} per gram of tumour, ${p3(main.needed / main.mgPerGTumor)} times what reaches it here.`);
    lines.push('Direct (intratumoral) injection or a kilovolt beam closer to the element’s absorption edges is what would make it matter; the “significant enhancement” reported for such particles is measured in cells and at local concentrations, which the model counts in its local-effect term, not in the macroscopic DEF.');
  } else {
    lines.push(`At this beam ${main.element} absorbs no more per gram than water (ratio ${p3(main.ratio)}), so it cannot raise the macroscopic dose at any concentration.`);
  }
  return lines.join(' ');
}
