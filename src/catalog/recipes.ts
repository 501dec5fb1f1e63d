// Preparation recipes as data (issue #20): the route per core class and loading mode, membrane vesicles, hybrid fusion and coating — every step with a source and a provenance mark.
import { z } from 'zod';
import type { CoreClass, LoadingMode } from '../model/entities';
import type { CoreId } from './cores';
import type { MembraneId } from './membranes';

/**
 * 'published': the step (and its numbers) follow a named publication or label that was read; 'recalled': a named
 * publication, but the numbers are recalled, not re-read from the paper (verify before relying on them); 'assumption':
 * no published recipe here, our choice.
 */
export type RecipeProvenance = 'published' | 'recalled' | 'assumption';

export interface RecipeStep {
  id: string;
  text: string;
  source: string;
  provenance: RecipeProvenance;
}

/** A route: an ordered list of steps with a title. */
export interface RecipeRoute {
  title: string;
  steps: RecipeStep[];
}

/** A sourced number: value, unit, source, provenance. */
export interface RecipeNumber {
  value: number;
  unit: string;
  source: string;
  provenance: RecipeProvenance;
}

/**
 * Metal–ligand stoichiometry of a framework synthesis (ZIF-8 so far): product formula unit, metal salt and ligand with
 * molar masses, ligand:metal molar ratio and metal concentration per solvent variant, the metal → framework yield.
 */
export interface FrameworkStoichiometry {
  productFormula: string;
  productMolarMassGPerMol: RecipeNumber;
  metalSalt: { name: string; molarMassGPerMol: RecipeNumber };
  ligand: { name: string; molarMassGPerMol: RecipeNumber };
  solvents: Record<'water' | 'methanol', { ligandPerMetal: RecipeNumber; metalConcentrationM: RecipeNumber }>;
  /** Fraction of the metal fed that ends up in isolated framework. */
  metalYield: RecipeNumber;
}

/** A salt that supplies a payload element (one element atom per formula unit). */
export interface Precursor {
  name: string;
  molarMassGPerMol: RecipeNumber;
}

/** Lipid composition by mass fraction (sums to 1) and the remote-loading gradient. */
export interface LipidComposition {
  components: { name: string; massFraction: number }[];
  source: string;
  provenance: RecipeProvenance;
}

const step = (id: string, text: string, source: string, provenance: RecipeProvenance): RecipeStep => ({ id, text, source, provenance });
const num = (value: number, unit: string, source: string, provenance: RecipeProvenance): RecipeNumber => ({ value, unit, source, provenance });

const NO_RECIPE = 'no published recipe here (our assumption)';
// Checked 2026-12-07 with the stored reference search (pages, docs, code): neither Pan 2011 nor Cravillon 2009 is in the
// stored corpora, so their amounts stay 'recalled'. Read: Zhang 2018 (Sci. Rep., open access, abstract): in methanol,
// Hmim/Zn 8 gave the best crystallinity, yield and porosity; a UAH undergraduate study (Ling, louis.uah.edu/rceu-hcr/426)
// found ZIF-8 in water at Hmim/Zn 60 but not at 8 or 16 — consistent with the large ligand excess of the aqueous route.
const PAN_2011 = 'Pan Y. et al., Chem. Commun. 2011, 47, 2071 (aqueous ZIF-8: Zn(NO3)2·6H2O 0.585 g in 4 g water + 2-MIM 11.35 g in 40 g water, Zn:Hmim:H2O 1:70:1238; values recalled, not re-read: the paper was not available to check)';
const CRAVILLON_2009 = 'Cravillon J. et al., Chem. Mater. 2009, 21, 1410 (methanol ZIF-8: 2.46 mmol Zn(NO3)2·6H2O in 50 mL + 19.7 mmol 2-MIM in 50 mL, 1:8; values recalled, not re-read)';
const ZHANG_2018 = 'Zhang Y. et al., Sci. Rep. 2018, 8, 9597 (read: in methanol, Hmim/Zn 8 gave the best crystallinity, yield and porosity)';
const ZHENG_2016 = 'Zheng H. et al., J. Am. Chem. Soc. 2016, 138, 962 (one-pot encapsulation of guest molecules during ZIF-8 growth)';
const PATENT = 'doc 000 (Union Hospital patent transfer notice on IZB@CCM: one-pot ZIF-8 co-loading IN10018 and bismuth, homotypic membrane coat; no amounts given)';
const FANG_2014 = 'Fang R. H. et al., Nano Lett. 2014, 14, 2181 (cancer cell membrane: hypotonic lysis, homogenisation, differential centrifugation; coating by extrusion)';
const HU_2011 = 'Hu C.-M. J. et al., PNAS 2011, 108, 10980 (RBC ghosts, vesicles extruded through 400/200/100 nm, fused onto cores by co-extrusion)';
const DEHAINI_2017 = 'Dehaini D. et al., Adv. Mater. 2017, 29, 1606209 (RBC–platelet hybrid membrane: vesicles mixed at a protein weight ratio, fused by sonication at 37 °C)';
const DOXIL_LABEL = 'Doxil prescribing information (per mL: 2 mg doxorubicin HCl, 9.58 mg HSPC, 3.19 mg cholesterol, 3.19 mg MPEG-DSPE; ammonium sulfate)';
const HARAN_1993 = 'Haran G. et al., Biochim. Biophys. Acta 1993, 1151, 201 (ammonium sulfate gradient remote loading, 250 mM)';

/** Zn(mIm)2: 65.38 + 2 × 81.10 (C4H5N2) = 227.6 g/mol. */
export const ZIF8_STOICHIOMETRY: FrameworkStoichiometry = {
  productFormula: 'Zn(C4H5N2)2',
  productMolarMassGPerMol: num(227.6, 'g/mol', 'IUPAC atomic weights: Zn 65.38 + 2 × C4H5N2 81.10', 'published'),
  metalSalt: { name: 'Zinc nitrate hexahydrate, Zn(NO3)2·6H2O', molarMassGPerMol: num(297.5, 'g/mol', 'IUPAC atomic weights', 'published') },
  ligand: { name: '2-Methylimidazole (2-MIM, Hmim)', molarMassGPerMol: num(82.1, 'g/mol', 'IUPAC atomic weights (C4H6N2)', 'published') },
  solvents: {
    water: {
      ligandPerMetal: num(70, 'mol/mol', PAN_2011, 'recalled'),
      metalConcentrationM: num(0.0447, 'mol/L', `${PAN_2011}: 1.97 mmol Zn in ≈ 44 mL`, 'recalled'),
    },
    methanol: {
      ligandPerMetal: num(8, 'mol/mol', `${ZHANG_2018}; ${CRAVILLON_2009}`, 'published'),
      metalConcentrationM: num(0.0246, 'mol/L', `${CRAVILLON_2009}: 2.46 mmol Zn in 100 mL`, 'recalled'),
    },
  },
  metalYield: num(0.5, '1', 'assumption: reported Zn → ZIF-8 yields vary with Hmim/Zn and solvent (Zhang 2018); 50 % chosen, weigh your product', 'assumption'),
};

/** Framework stoichiometry by core id (only ZIF-8 has one here; other cores get a "no published recipe" step). */
export const CORE_STOICHIOMETRY: Partial<Record<CoreId, FrameworkStoichiometry>> = { 'zif-8': ZIF8_STOICHIOMETRY };

/** Precursor salts of element payloads, by agent id (one element atom per formula unit). */
export const PRECURSORS: Partial<Record<string, Precursor>> = {
  bismuth: { name: 'Bismuth nitrate pentahydrate, Bi(NO3)3·5H2O', molarMassGPerMol: num(485.1, 'g/mol', 'IUPAC atomic weights', 'published') },
};

/** Doxil-type lipid composition by mass (label: 9.58 : 3.19 : 3.19 mg/mL). */
export const LIPOSOME_LIPIDS: LipidComposition = {
  components: [
    { name: 'HSPC', massFraction: 9.58 / 15.96 },
    { name: 'Cholesterol', massFraction: 3.19 / 15.96 },
    { name: 'MPEG2000-DSPE', massFraction: 3.19 / 15.96 },
  ],
  source: DOXIL_LABEL,
  provenance: 'published',
};

/** The route of each core class. */
export const CORE_ROUTES: Record<CoreClass, RecipeRoute> = {
  'free-drug': {
    title: 'Free drug (no carrier)',
    steps: [step('dissolve', 'Dissolve the drug in its vehicle at the dosing concentration; no particle is formed.', NO_RECIPE, 'assumption')],
  },
  mof: {
    title: 'Metal–organic framework (one-pot ZIF-8 route where the core is ZIF-8)',
    steps: [
      step('metal-solution', 'Dissolve the zinc nitrate hexahydrate (and any one-pot drug and dopant precursor) in the metal share of the solvent (1/11 of the volume in water, 1/2 in methanol).', `${PAN_2011}; ${CRAVILLON_2009}`, 'recalled'),
      step('ligand-solution', 'Dissolve the 2-methylimidazole in the rest of the solvent.', `${PAN_2011}; ${CRAVILLON_2009}`, 'recalled'),
      step('mix', 'Pour the metal solution into the ligand solution under stirring at room temperature; stir 5 min (water) or 1 h (methanol).', `${PAN_2011}; ${CRAVILLON_2009}`, 'recalled'),
      step('collect', 'Centrifuge (≈ 10 000 g, 10 min), wash twice with the solvent (water for the aqueous route), keep the pellet wet for coating.', `${PAN_2011}`, 'recalled'),
      step('other-mof', 'For a framework other than ZIF-8, follow its own published synthesis; amounts below are for the core mass only.', NO_RECIPE, 'assumption'),
    ],
  },
  inorganic: {
    title: 'Inorganic nanoparticle',
    steps: [step('inorganic', 'Use the preformed inorganic core (commercial or from its own published synthesis); the sheet gives the core mass needed only.', NO_RECIPE, 'assumption')],
  },
  silica: {
    title: 'Mesoporous silica',
    steps: [step('silica', 'Use template-extracted mesoporous silica of the design diameter; the sheet gives the core mass only.', NO_RECIPE, 'assumption')],
  },
  liposome: {
    title: 'Liposome (thin film hydration + extrusion, Doxil-type)',
    steps: [
      step('film', 'Dissolve HSPC, cholesterol and MPEG2000-DSPE (mass ratio 9.58 : 3.19 : 3.19) in chloroform; evaporate to a thin film, dry under vacuum overnight.', DOXIL_LABEL, 'published'),
      step('hydrate', 'Hydrate the film at 60–65 °C (above the HSPC transition) in 250 mM ammonium sulfate.', HARAN_1993, 'published'),
      step('extrude', 'Extrude 10 times through 100 nm polycarbonate membranes at 60–65 °C.', NO_RECIPE, 'assumption'),
    ],
  },
  micelle: {
    title: 'Polymeric micelle',
    steps: [step('micelle', 'Dissolve block copolymer and drug in a water-miscible solvent, add to water under stirring, remove the solvent by dialysis.', NO_RECIPE, 'assumption')],
  },
  polymer: {
    title: 'Polymer nanoparticle (PLGA)',
    steps: [step('nanoprecipitation', 'Nanoprecipitation: polymer and drug in acetone added dropwise to stirred water, solvent evaporated.', NO_RECIPE, 'assumption')],
  },
  albumin: {
    title: 'Albumin nanoparticle',
    steps: [step('albumin', 'High-pressure homogenisation of drug (in chloroform/ethanol) with human serum albumin, then solvent removal (nab technology); parameters not published here.', NO_RECIPE, 'assumption')],
  },
  conjugate: {
    title: 'Polymer–drug conjugate',
    steps: [step('conjugate', 'Covalent coupling of the drug to the polymer backbone by a linker chemistry of choice; no recipe here.', NO_RECIPE, 'assumption')],
  },
  lnp: {
    title: 'Lipid nanoparticle',
    steps: [step('lnp', 'Microfluidic mixing of lipids in ethanol with the payload in acidic buffer, then dialysis; ratios not given here.', NO_RECIPE, 'assumption')],
  },
};

/** How each loading mode enters the route. */
export const LOADING_STEPS: Record<LoadingMode, RecipeStep> = {
  'one-pot': step('one-pot', 'One-pot: dissolve the drug feed with the metal salt before the ligand is added, so the framework grows around it.', `${ZHENG_2016}; ${PATENT}`, 'published'),
  'post-loaded': step('post-loaded', 'Post-loading: stir the washed cores in the drug feed solution for 24 h at room temperature, centrifuge, wash once.', NO_RECIPE, 'assumption'),
  remote: step('remote', 'Remote loading: exchange the external buffer (dialysis or gel filtration against 10 % sucrose/histidine), add the drug and incubate 1 h at 60 °C.', `${HARAN_1993}; ${DOXIL_LABEL}`, 'published'),
  conjugated: step('conjugated', 'Conjugation: couple the drug to the carrier surface or polymer by a linker of choice; purify from the free drug.', NO_RECIPE, 'assumption'),
  complexed: step('complexed', 'Complexation: mix the payload with the ionisable carrier component at its charge ratio; purify.', NO_RECIPE, 'assumption'),
  doped: step('doped', 'Doping: dissolve the element precursor (e.g. Bi(NO3)3·5H2O) with the metal salt; ratio from the design feed (the patent notice gives none).', PATENT, 'assumption'),
};

/** Membrane protein recovered per 10^6 cells of each source (µg). All assumptions: reported yields vary with cell size and method. */
export const MEMBRANE_PROTEIN_UG_PER_1E6_CELLS: Record<MembraneId, RecipeNumber> = {
  hela: num(20, 'µg/10^6 cells', 'assumption: cancer cell membrane protein after hypotonic lysis and centrifugation', 'assumption'),
  siha: num(20, 'µg/10^6 cells', 'assumption: as HeLa', 'assumption'),
  caski: num(20, 'µg/10^6 cells', 'assumption: as HeLa', 'assumption'),
  'caf-cervical': num(30, 'µg/10^6 cells', 'assumption: fibroblasts are larger than HeLa', 'assumption'),
  rbc: num(0.5, 'µg/10^6 cells', 'assumption: ≈ 0.5 pg membrane protein per red cell ghost', 'assumption'),
  platelet: num(0.05, 'µg/10^6 cells', 'assumption: platelets ≈ 1/10 of an RBC membrane', 'assumption'),
  macrophage: num(25, 'µg/10^6 cells', 'assumption: as a cancer cell line', 'assumption'),
  '4t1': num(20, 'µg/10^6 cells', 'assumption: as HeLa', 'assumption'),
};

/** Membrane steps: vesicles per source, hybrid fusion when more than one source, coating. */
export const MEMBRANE_STEPS = {
  vesicles: step('vesicles', 'For each source: harvest the cells, lyse in hypotonic buffer with protease inhibitors, homogenise, centrifuge 3 200 g then 100 000 g, resuspend the membrane pellet; measure protein (BCA).', `${FANG_2014}; ${HU_2011}`, 'published'),
  fusion: step('fusion', 'Hybrid: mix the vesicles at the design fractions (by membrane protein), sonicate 10 min at 37 °C, extrude through 400 nm.', DEHAINI_2017, 'published'),
  coating: step('coating', 'Coating: mix cores and vesicles at the design membrane-to-core mass ratio, co-extrude 11 times through 200 nm polycarbonate (or bath-sonicate 2 min); remove excess vesicles by centrifugation.', `${HU_2011}; ${FANG_2014}`, 'published'),
  proteinAsMembrane: step('protein-basis', 'The design ratio is read as membrane protein mass (how papers report it); lipid mass is not counted.', NO_RECIPE, 'assumption'),
} satisfies Record<string, RecipeStep>;

// ---- zod schema: the recipe book is validated by catalog/recipes.test.ts (every step has a source and a provenance) ----
/** The recipe book's schema, built when called (the tests; not at the app's start-up, #21). */
export function recipeBookSchema() {
  const provenance = z.enum(['published', 'recalled', 'assumption']);
  const stepSchema = z.object({ id: z.string().min(1), text: z.string().min(10), source: z.string().min(5), provenance });
  const numberSchema = z.object({ value: z.number().positive().finite(), unit: z.string().min(1), source: z.string().min(5), provenance });
  return z.object({
    coreRoutes: z.record(z.string(), z.object({ title: z.string().min(1), steps: z.array(stepSchema).min(1) })),
    loadingSteps: z.record(z.string(), stepSchema),
    membraneSteps: z.record(z.string(), stepSchema),
    membraneProtein: z.record(z.string(), numberSchema),
    stoichiometry: z.record(
      z.string(),
      z.object({
        productFormula: z.string(),
        productMolarMassGPerMol: numberSchema,
        metalSalt: z.object({ name: z.string(), molarMassGPerMol: numberSchema }),
        ligand: z.object({ name: z.string(), molarMassGPerMol: numberSchema }),
        solvents: z.record(z.string(), z.object({ ligandPerMetal: numberSchema, metalConcentrationM: numberSchema })),
        metalYield: numberSchema.refine((n) => n.value <= 1, 'yield ≤ 1'),
      }),
    ),
    precursors: z.record(z.string(), z.object({ name: z.string(), molarMassGPerMol: numberSchema })),
    lipids: z.object({
      components: z.array(z.object({ name: z.string(), massFraction: z.number().positive() })).refine((c) => Math.abs(c.reduce((s, x) => s + x.massFraction, 0) - 1) < 1e-9, 'mass fractions sum to 1'),
      source: z.string().min(5),
      provenance,
    }),
  });
}


/** The whole recipe book as one object (what the schema checks). */
export const RECIPE_BOOK = {
  coreRoutes: CORE_ROUTES,
  loadingSteps: LOADING_STEPS,
  membraneSteps: MEMBRANE_STEPS,
  membraneProtein: MEMBRANE_PROTEIN_UG_PER_1E6_CELLS,
  stoichiometry: CORE_STOICHIOMETRY,
  precursors: PRECURSORS,
  lipids: LIPOSOME_LIPIDS,
};
