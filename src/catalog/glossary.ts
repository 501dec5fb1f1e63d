// Glossary: short definitions of the terms the app shows, in words a student understands (from the seeds and MODEL.md).

export interface GlossaryEntry {
  term: string;
  /** Expansion of an abbreviation, if it is one. */
  expansion?: string;
  definition: string;
  /** Where the definition comes from. */
  source: string;
}

export const GLOSSARY: GlossaryEntry[] = [
  { term: 'CAF', expansion: 'cancer-associated fibroblast', definition: 'A fibroblast recruited and reprogrammed by a tumour. CAFs build a dense extracellular matrix that blocks drugs and causes hypoxia, making radiotherapy less effective.', source: 'doc 000' },
  { term: 'FAK', expansion: 'focal adhesion kinase', definition: 'A signalling enzyme that links cells to their surroundings (the matrix and stroma). Blocking it with an inhibitor such as IN10018 calms CAFs and reduces matrix deposition.', source: 'doc 000' },
  { term: 'EPR', expansion: 'enhanced permeability and retention', definition: 'Leaky tumour vessels and poor lymphatic drainage let nanoparticles enter tumours and stay there (Matsumura & Maeda, 1986). It is stronger in mice than in patients; the median nanoparticle delivers ≈ 0.7 % of the dose to the tumour.', source: 'doc 001; Wilhelm et al. 2016' },
  { term: 'ZIF-8', expansion: 'zeolitic imidazolate framework-8', definition: 'A metal–organic framework of zinc ions and 2-methylimidazole. Stable at neutral pH, it dissolves in acid, so it releases drugs in tumours and lysosomes.', source: 'doc 000; MODEL.md M2' },
  { term: 'MOF', expansion: 'metal–organic framework', definition: 'A porous crystal built from metal ions or clusters joined by organic linkers. Drugs can sit in its pores or be trapped as the crystal grows.', source: 'MODEL.md M1' },
  { term: 'OER', expansion: 'oxygen enhancement ratio', definition: 'How much more radiation dose hypoxic cells need than well-oxygenated cells for the same kill (about 3 for X-rays). Oxygen "fixes" radiation damage to DNA.', source: 'MODEL.md M4.5 (Alper–Howard-Flanders)' },
  { term: 'OMF', expansion: 'oxygen modification factor', definition: 'The fraction of the fully oxic radiosensitivity a cell keeps at a given oxygen pressure: OMF = (m p + K)/(p + K)/m with m = 3 and K = 3 mmHg.', source: 'MODEL.md M4.5' },
  { term: 'LQ', expansion: 'linear–quadratic model', definition: 'Cell survival after a dose D: S = exp(−αD − βD²). α counts single-hit kills, β two-hit kills; α/β (Gy) tells how sensitive a tissue is to fraction size.', source: 'MODEL.md M4.6' },
  { term: 'SF2', expansion: 'surviving fraction at 2 Gy', definition: 'The fraction of cells that survive a single 2 Gy dose, a standard measure of radiosensitivity.', source: 'MODEL.md M4.7' },
  { term: 'DEF', expansion: 'dose enhancement factor', definition: 'How much more energy the tissue absorbs because it contains a heavy element, averaged over the beam spectrum (mixture rule with NIST data). Only kV beams and mg/g concentrations give a sizeable DEF.', source: 'MODEL.md M4.2' },
  { term: 'LEF', expansion: 'local enhancement factor', definition: 'An empirical factor on α for nanoparticles inside cells, beyond the macroscopic DEF: secondary electrons from the particle deposit dose very close to it.', source: 'MODEL.md M4.3 (Chithrani et al. 2010)' },
  { term: 'SER', expansion: 'sensitizer enhancement ratio', definition: 'The dose for 10 % survival without the sensitizer divided by that with it. SER 1.3 means the same kill with 1/1.3 of the dose.', source: 'MODEL.md M4.7' },
  { term: 'EQD2', expansion: 'equivalent dose in 2 Gy fractions', definition: 'The dose, given in 2 Gy fractions, that would have the same effect as the actual schedule: EQD2 = n d (d + α/β)/(2 + α/β). The app reports the extra EQD2 the sensitizer is worth.', source: 'MODEL.md M4.7' },
  { term: 'BED', expansion: 'biologically effective dose', definition: 'BED = n d (1 + d/(α/β)): a schedule\'s effect expressed as if given in infinitely small fractions.', source: 'MODEL.md M4.7' },
  { term: 'desirability', definition: 'A score from 0 to 1 for one response (e.g. loading) between stated limits; the overall score is the weighted geometric mean of all of them (Derringer & Suich, 1980), so one poor response pulls the whole design down.', source: 'MODEL.md M5' },
  { term: 'homotypic targeting', definition: 'Cancer cells stick to cells of their own kind. A particle coated with a tumour cell\'s membrane inherits its adhesion molecules and is taken up more by the same cancer.', source: 'doc 000; MODEL.md M3' },
  { term: 'CD47', definition: 'A "don\'t eat me" protein on cell surfaces that tells macrophages to leave the cell alone. Membrane coats that carry it circulate longer.', source: 'MODEL.md M3' },
  { term: 'hypoxia', definition: 'Low oxygen in parts of a tumour (cervical tumours: median ≈ 9 mmHg). Hypoxic cells need about three times the radiation dose.', source: 'doc 000; MODEL.md M4.5' },
  { term: 'EE', expansion: 'encapsulation efficiency', definition: 'The share of the drug fed into the preparation that ends up in the particles (loaded ÷ fed).', source: 'MODEL.md M1' },
  { term: 'LC', expansion: 'loading capacity', definition: 'Drug mass as a percentage of the whole particle\'s mass (drug ÷ (carrier + drugs + coat)).', source: 'MODEL.md M1' },
  { term: 't50', definition: 'The time by which half of the payload has been released (empty if not reached in 72 h).', source: 'MODEL.md M2' },
  { term: 'selectivity index', definition: 'Release at 24 h at pH 5.0 (lysosome) divided by release at pH 7.4 (blood): how much more the carrier releases where it should.', source: 'contract §2' },
  { term: 'Langmuir isotherm', definition: 'Loading that rises with feed and saturates at a capacity q_max; the affinity K sets how fast. With several drugs they compete for the same capacity.', source: 'MODEL.md M1' },
  { term: 'remote loading', definition: 'Loading a weak-base drug into pre-formed liposomes with a pH or ammonium-sulfate gradient: the drug crosses the bilayer uncharged, becomes charged inside and is trapped (Doxil).', source: 'MODEL.md M1' },
  { term: 'one-pot', definition: 'Encapsulating the drug while the carrier forms (e.g. ZIF-8 crystals growing around the drug).', source: 'contract §1' },
  { term: 'PEG', expansion: 'polyethylene glycol', definition: 'A water-loving polymer grafted on particles to hide them from blood proteins and macrophages, prolonging circulation (Allen, 1987).', source: 'doc 001' },
  { term: 'high-Z', definition: 'Elements of high atomic number (Bi 83, Au 79, Hf 72, Pt 78) that absorb X-rays much more strongly than soft tissue, especially at kV energies.', source: 'MODEL.md M4.2' },
  { term: 'kVp', expansion: 'kilovolt peak', definition: 'The maximum photon energy of an X-ray tube spectrum (e.g. 225 kVp for small-animal irradiators).', source: 'MODEL.md M4.2' },
  { term: 'CCRT', expansion: 'concurrent chemoradiotherapy', definition: 'Radiotherapy given together with chemotherapy (cisplatin), the standard for locally advanced cervical cancer.', source: 'doc 000' },
  { term: 'LNP', expansion: 'lipid nanoparticle', definition: 'A particle of ionizable lipid, helper lipid, cholesterol and PEG-lipid that carries mRNA or siRNA; the ionizable lipid turns positive in endosomes and helps the cargo escape.', source: 'doc 002; MODEL.md M2' },
  { term: '% ID', expansion: 'percent of injected dose', definition: 'The share of the injected amount found in an organ, here the tumour.', source: 'MODEL.md M3' },
];
