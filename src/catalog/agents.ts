// Payload agents (contract §5): identity, molecular data, MOF affinity class, free-drug pharmacokinetics and high-Z element.
//
// Affinity classes (MODEL.md M1): agents that coordinate the Zn²⁺ node of a MOF (N-heterocycles, carboxylates, phosphates,
// and metal ions that take part in the lattice) are 'strong'; hydrophobic non-coordinating agents 'moderate'; charged or
// polar non-coordinating agents (Pt complexes) 'weak'.
// Molecular weights are computed from the formula with NIST atomic masses (tested) unless the agent has no formula.
// Free-drug mouse half-lives and tumour deliveries are rough: most are assumptions (marked) to be replaced by the user's data;
// tumour delivery of a free drug is a tumour-exposure equivalent (see FREE_TD_WHY), so carriers and free drug compare on one footing.
import type { AffinityClass, AgentKind, AgentProps } from '../model/entities';
import { param, type Param } from '../model/param';
import { assumed, published, recalled, tabulated } from './sourced';

export const AGENT_IDS = [
  'in10018',
  'bismuth',
  'cisplatin',
  'oxaliplatin',
  'doxorubicin',
  'daunorubicin',
  'paclitaxel',
  'docetaxel',
  'irinotecan',
  'sn-38',
  'camptothecin',
  '5-fluorouracil',
  'mitoxantrone',
  'mrna',
  'sirna',
] as const;

export type AgentId = (typeof AGENT_IDS)[number];

/** Catalog extension of AgentProps: other names, a biochemical IC50 beside the cellular one, the drug class for menus. */
export interface CatalogAgent extends AgentProps {
  aliases: string[];
  /** Mechanism class shown in menus (e.g. 'FAK inhibitor', 'anthracycline'). */
  drugClass: string;
  /** FAK inhibitors: biochemical (enzyme) IC50, mol/L. The model uses the cellular value fakIc50CellM. */
  fakIc50BiochemM?: Param;
}

const G_MOL = 'g/mol';
const NM = 'nm';
const H = 'h';
const PCT = '% ID';
const ONE = '1';

/** Molecular weight from the formula (NIST atomic masses; tested against the formula). */
const mw = (v: number, formula: string): Param =>
  tabulated(v, G_MOL, `computed from ${formula} with NIST atomic masses (shared/data/nist-xaamdi/element_properties.csv)`, { label: 'MW' });
const minDim = (v: number, why: string): Param => assumed(v, NM, why, { spread: { kind: 'lognormal', gsd: 1.3 }, min: 0.05, max: 100, label: 'smallest dimension' });
const freeT = (p: Param): Param => ({ ...p, min: 0.001, max: 1000, label: 'free t½', description: 'Plasma half-life of the free drug in mice' });
/** Molar mass: from a hydrogen atom to a ≈ 10 MDa nucleic acid or protein complex (override range). */
const molarMass = (p: Param): Param => ({ ...p, min: 1, max: 1e7 });
const freeTD = (p: Param): Param => ({ ...p, min: 0, max: 100, label: 'free tumour delivery', description: 'Share of an iv dose of the free drug reaching the tumour' });
const leak = (v: number, why: string): Param => assumed(v, ONE, why, { spread: { kind: 'lognormal', gsd: 1.5 }, min: 0, max: 100, label: 'leakage factor' });

/**
 * Free-drug tumour delivery is an exposure equivalent: the % of an iv bolus that, held in the tumour the way a particle's
 * payload is, would give the free drug's tumour AUC (the model's TD for particles is a cumulative uptake, so the two must
 * be on one footing). Free small molecules reach the tumour within minutes at a few % ID/g but wash out as fast as plasma
 * clears, so their exposure is several-fold to > 10× below a PEG liposome's (≈ 0.7 % ID for a 100 nm PEG particle,
 * Wilhelm 2016): Doxil vs free doxorubicin, 4–16× higher drug levels in malignant effusions of patients (Gabizon et al.,
 * Cancer Res 54, 987 (1994)) and several-fold higher tumour doxorubicin in mice (Papahadjopoulos et al., PNAS 88, 11460
 * (1991); Gabizon et al. 1994) — recalled, to verify. Hence ≈ 0.05–0.15 % ID; the value per drug is our assumption.
 */
const FREE_TD_WHY =
  'tumour-exposure equivalent of a free iv bolus; PEG liposomes give a several-fold to > 10× higher tumour drug exposure than the free drug (Doxil vs doxorubicin: Gabizon et al., Cancer Res 54, 987 (1994); Papahadjopoulos et al., PNAS 88, 11460 (1991); recalled, to verify), so ≈ 0.05–0.15 % ID against the ≈ 0.7 % ID of a PEG particle';
const FAST_TD_WHY = `${FREE_TD_WHY}; cleared within minutes (rapid metabolism or lactone opening), so at the low end`;
/** "Small molecules clear in minutes": the plasma (distribution) half-life that governs how fast a free bolus leaves the blood. */
const MINUTES_WHY = 'a free small molecule leaves mouse plasma within minutes (distribution into tissues); the terminal phase holds little of the dose';

/** m² of body surface per kg of a 70 kg, 1.73 m² adult: turns label clearances in L/h/m² into L/h/kg. */
const M2_PER_KG = 1.73 / 70;
/** Human plasma clearance of the free drug (L/h/kg), from a label or paper value in L/h/m² (#27, the PK model's denominator). */
const humanCl = (lPerHPerM2: number, source: string, read: boolean): Param =>
  (read ? published : recalled)(lPerHPerM2 * M2_PER_KG, 'L/h/kg', `${source}; ${lPerHPerM2} L/h/m² × 1.73 m²/70 kg`, { min: 1e-4, max: 100, label: 'CL free (human)', description: 'Plasma clearance of the free drug in humans, per kg; scaled to the mouse allometrically' });
/** Bond cleavage in plasma of a micelle-conjugated drug (#27, M3.micelle-stability), h⁻¹. */
const cleavage = (v: number, why: string): Param =>
  assumed(v, 'h⁻¹', why, { spread: { kind: 'lognormal', gsd: 3 }, min: 0, max: 100, label: 'k_cl (conjugate bond)', description: 'Cleavage rate of the drug–polymer bond in plasma at 37 °C (conjugated micelles)' });
const PT_CARBOXYLATE_WHY =
  'Pt(II)–carboxylate coordination in the core of PEG–poly(glutamate/aspartate) micelles is exchanged by chloride in plasma over days (NC-6004: sustained Pt release in 150 mM NaCl, Nishiyama et al., Cancer Res 63, 8977 (2003); DACHPt micelles: Cabral et al., J Control Release 101, 223 (2005); recalled, no rate read): t½ ≈ 70 h taken';

/**
 * Terminal (β) half-life of unformulated paclitaxel in plasma (#27, branch pk5): the slow tissue-redistribution phase of
 * a two-compartment disposition, the terminal phase of paclitaxel released from a carrier. No read source gives the α/β
 * disposition of Cremophor-free paclitaxel in rodents (docs/validation.md, pk5 search log), so it is fitted on the
 * calibration-side record of the same rats whose plasma AUC ratio set the Pluronic extraction rate: t½β of paclitaxel in
 * Pluronic P105 micelles 4.9× Taxol's (Arch Pharm Res 31, 530–538 (2008), abstract read; corpus p105-half-life). The
 * micelle loses its paclitaxel within about an hour in the model, so the ratio's numerator is the released drug's β phase:
 * t½β = 4.9 × Taxol's terminal t½ in mice (0.908 h, Eiseman et al. 1994, calibration) = 4.448 h
 * (scripts/fit-free-terminal-half-life.ts). The rat ratio is taken as species-transferable (the record's assumption).
 * Not sampled by the Monte Carlo (a new sampled parameter would shift every paclitaxel formulation's random stream).
 */
const PTX_FREE_TERMINAL = param(
  4.44839765,
  'h',
  'fitted: t½β ratio 4.9 of paclitaxel in Pluronic P105 micelles vs Taxol in rats (Arch Pharm Res 31, 530–538 (2008), abstract read; corpus record p105-half-life, calibration) × Taxol\'s terminal t½ in mice 0.908 h (Eiseman et al., Cancer Chemother Pharmacol 34, 465 (1994); calibration records eiseman-ptx-clearance-male/-female) (scripts/fit-free-terminal-half-life.ts); the ratio is assumed species-transferable',
  'fitted',
  { min: 0.01, max: 1000, label: 't½β free (unformulated)', description: 'Terminal (β) half-life in plasma of the unformulated free drug: the slow phase of its two-compartment disposition, the terminal phase of drug released from a carrier' },
);

/** log10 octanol–water partition coefficient (neutral form), recalled; a ±0.5 spread covers the usual scatter of reported values. */
const logP = (v: number, source: string): Param =>
  recalled(v, '1', source, { spread: { kind: 'uniform', min: v - 0.5, max: v + 0.5 }, min: -10, max: 15, label: 'logP' });
/** Aqueous solubility near 25 °C (mg/mL) of the form used in preparation, recalled. */
const solubility = (v: number, source: string): Param =>
  recalled(v, 'mg/mL', source, { spread: { kind: 'lognormal', gsd: 2 }, min: 1e-9, max: 1e4, label: 'S_w' });

function agent(
  id: AgentId,
  name: string,
  drugClass: string,
  kind: AgentKind,
  formula: string | null,
  molecularWeightGPerMol: Param,
  minDimensionNm: Param,
  affinityClass: AffinityClass,
  freeHalfLifeH: Param,
  freeTumorDeliveryPctID: Param,
  leakageFactor: Param,
  description: string,
  extra: Partial<CatalogAgent> = {},
): CatalogAgent {
  return {
    id,
    name,
    description,
    kind,
    formula,
    molecularWeightGPerMol: molarMass(molecularWeightGPerMol),
    minDimensionNm,
    affinityClass,
    freeHalfLifeH: freeT(freeHalfLifeH),
    freeTumorDeliveryPctID: freeTD(freeTumorDeliveryPctID),
    leakageFactor,
    aliases: [],
    drugClass,
    ...extra,
  };
}

export const AGENTS: Record<AgentId, CatalogAgent> = {
  in10018: agent(
    'in10018',
    'IN10018 (ifebemtinib)',
    'FAK inhibitor',
    'small-molecule',
    'C29H28N4O2',
    // Vendor formula and weight agree with each other (C29H28N4O2 → 464.6 g/mol) but could not be cross-checked against
    // a primary source; the seeds (doc 000) name the drug without a structure.
    { ...mw(464.6, 'C29H28N4O2'), source: 'vendor data sheet: C29H28N4O2, 464.6 g/mol (MODEL.md M4.4; not cross-checked, the seeds give no structure)', provenance: 'published', verify: true, spread: { kind: 'lognormal', gsd: 1.1 } },
    minDim(0.7, 'aromatic kinase inhibitor, cross-section of a ring system ≈ 0.7 nm'),
    'strong',
    assumed(1, H, `${MINUTES_WHY}; no iv mouse PK of IN10018 found (it is dosed orally, with a plasma half-life of hours)`),
    assumed(0.1, PCT, `${FREE_TD_WHY}; doc 000: "struggle to achieve ideal accumulation concentrations"`),
    leak(1, 'typical small molecule'),
    'A small-molecule inhibitor of focal adhesion kinase (FAK), developed by InxMed (BI 853520). In IZB@CCM it calms cancer-associated fibroblasts, thinning the extracellular matrix and relieving hypoxia (IZB@CCM patent notice).',
    {
      aliases: ['ifebemtinib', 'BI 853520'],
      fakIc50BiochemM: recalled(1e-9, 'mol/L', 'vendor data (FAK IC50 ≈ 1 nM, biochemical; REFERENCE-SYSTEMS.md)', { min: 1e-12, max: 1e-3, label: 'IC50 (enzyme)' }),
      fakIc50CellM: assumed(1e-7, 'mol/L', 'cellular IC50 0.1 µM, ≈ 100× the enzyme value (MODEL.md M4.4)', { min: 1e-12, max: 1e-3, label: 'IC50 (cellular)', description: 'FAK occupancy O = C/(C + IC50)' }),
    },
  ),
  bismuth: agent(
    'bismuth',
    'Bismuth',
    'high-Z radiosensitizer',
    'element',
    'Bi',
    tabulated(208.98037, G_MOL, 'NIST atomic mass of Bi (shared/data/nist-xaamdi/element_properties.csv)', { label: 'MW' }),
    minDim(0.2, 'Bi³⁺ ion (ionic radius ≈ 0.1 nm) or a small Bi cluster'),
    'strong',
    assumed(1, H, 'soluble bismuth salts leave the blood within hours'),
    assumed(0.05, PCT, 'free Bi³⁺ binds plasma proteins and is cleared by the kidneys; exposure equivalent as for free drugs, at the low end'),
    leak(0.5, 'lattice-bound Bi leaves mainly when the carrier dissolves'),
    'Bismuth (Z = 83), counted as elemental Bi. Its atoms absorb X-rays far more than tissue and release electrons that damage nearby DNA: a physical radiosensitizer ("amplifier", IZB@CCM patent notice).',
    { highZElement: 'Bi' },
  ),
  cisplatin: agent(
    'cisplatin',
    'Cisplatin',
    'platinum alkylating-like agent',
    'small-molecule',
    'Pt(NH3)2Cl2',
    mw(300.05, 'Pt(NH3)2Cl2'),
    minDim(0.3, 'square-planar complex ≈ 0.3 nm thick'),
    'weak',
    recalled(0.4, H, 'free (ultrafilterable) cisplatin is cleared from mouse plasma within tens of minutes (standard pharmacology)'),
    assumed(0.1, PCT, FREE_TD_WHY),
    leak(1, 'typical small molecule'),
    'The standard radiosensitizing chemotherapy for cervical cancer (concurrent chemoradiotherapy). It cross-links DNA; systemic toxicity and resistance limit it (IZB@CCM patent notice).',
    { aliases: ['CDDP'], highZElement: 'Pt', conjugateCleavagePerH: cleavage(0.01, PT_CARBOXYLATE_WHY), logP: logP(-2.19, 'cisplatin log P −2.19 (DrugBank / PubChem experimental value)'), aqueousSolubilityMgPerMl: solubility(2.53, 'cisplatin ≈ 2.5 mg/mL in water at 25 °C (Merck Index)') },
  ),
  oxaliplatin: agent(
    'oxaliplatin',
    'Oxaliplatin',
    'platinum agent',
    'small-molecule',
    'C8H14N2O4Pt',
    mw(397.29, 'C8H14N2O4Pt'),
    minDim(0.4, 'diaminocyclohexane platinum complex'),
    'weak',
    assumed(0.5, H, 'free platinum is cleared within tens of minutes'),
    assumed(0.1, PCT, FREE_TD_WHY),
    leak(1, 'typical small molecule'),
    'A third-generation platinum drug (colorectal cancer). Liposomal oxaliplatin (Lipoxal) is in trials (clinical nanomedicine review).',
    {
      highZElement: 'Pt',
      conjugateCleavagePerH: cleavage(0.01, `${PT_CARBOXYLATE_WHY} (the DACH-Pt of oxaliplatin is held the same way)`),
      freeClearanceHumanLPerHPerKg: humanCl(32.1, 'intact oxaliplatin in blood ultrafiltrate, 85 mg/m² over 2 h: CL 32.1 ± 4.2 L/h/m², t½ 14.1 min, V_ss 0.26 L/kg (Ehrsson, Wallin & Yachnin, Med Oncol 19, 261 (2002), abstract read)', true),
    },
  ),
  doxorubicin: agent(
    'doxorubicin',
    'Doxorubicin',
    'anthracycline',
    'small-molecule',
    'C27H29NO11',
    mw(543.52, 'C27H29NO11'),
    minDim(0.8, 'planar anthraquinone ≈ 0.8 × 1.5 nm in cross-section'),
    'strong',
    assumed(0.15, H, `${MINUTES_WHY}: free doxorubicin's distribution half-life is ≈ 5–10 min (Gabizon et al. 1994, recalled)`),
    assumed(0.1, PCT, `${FREE_TD_WHY}; 0.1 % ID puts Doxil ≈ 6–7× above free doxorubicin`),
    leak(1, 'typical small molecule'),
    'An anthracycline that intercalates into DNA; cardiotoxic when free. Weak base, so it can be gradient-loaded into liposomes (Doxil) and coordinates Zn²⁺ in ZIF-8 (clinical nanomedicine review).',
    { aliases: ['DOX', 'adriamycin'], freeClearanceHumanLPerHPerKg: humanCl(30.7, 'doxorubicin label (Pfizer, clinical pharmacology, read): plasma clearance 324–809 mL/min/m², geometric mean 512 mL/min/m²', true), logP: logP(1.27, 'doxorubicin log P 1.27 (DrugBank experimental value)'), aqueousSolubilityMgPerMl: solubility(10, 'doxorubicin·HCl ≈ 10 mg/mL in water') },
  ),
  daunorubicin: agent(
    'daunorubicin',
    'Daunorubicin',
    'anthracycline',
    'small-molecule',
    'C27H29NO10',
    mw(527.52, 'C27H29NO10'),
    minDim(0.8, 'as doxorubicin'),
    'strong',
    assumed(0.15, H, `${MINUTES_WHY} (as doxorubicin)`),
    assumed(0.1, PCT, `${FREE_TD_WHY} (as doxorubicin)`),
    leak(1, 'typical small molecule'),
    'An anthracycline close to doxorubicin; liposomal daunorubicin (DaunoXome) treats AIDS-related Kaposi\'s sarcoma (clinical nanomedicine review).',
  ),
  paclitaxel: agent(
    'paclitaxel',
    'Paclitaxel',
    'taxane',
    'small-molecule',
    'C47H51NO14',
    mw(853.91, 'C47H51NO14'),
    minDim(1.0, 'bulky taxane ring system ≈ 1 nm'),
    'moderate',
    assumed(0.5, H, `${MINUTES_WHY}; free paclitaxel's terminal half-life in mice is a few hours but most of the dose leaves plasma in the first hour`),
    assumed(0.1, PCT, `${FREE_TD_WHY}; nab-paclitaxel gave ≈ 33 % more tumour paclitaxel than Cremophor paclitaxel at equal dose in xenografts (Desai et al., Clin Cancer Res 12, 1317 (2006), recalled), i.e. albumin-bound ≈ free`),
    leak(1, 'typical small molecule'),
    'A taxane that freezes microtubules. Very poorly soluble, so it needs a carrier: Cremophor (Taxol), albumin (Abraxane), micelles (Genexol-PM, NK105) or a polymer conjugate (Xyotax) (clinical nanomedicine review).',
    { aliases: ['PTX', 'Taxol'], freeClearanceHumanLPerHPerKg: humanCl(17, 'Taxol label, phase 3 table (read): total-body clearance 12.2–23.8 L/h/m² after 3- and 24-h infusions of 135–175 mg/m², geometric mean ≈ 17 L/h/m²', true), logP: logP(3.96, 'paclitaxel log P 3.96 (DrugBank)'), aqueousSolubilityMgPerMl: solubility(0.0003, 'paclitaxel ≈ 0.3 µg/mL in water (reported 0.3–1 µg/mL)'), freeTerminalHalfLifeH: PTX_FREE_TERMINAL },
  ),
  docetaxel: agent(
    'docetaxel',
    'Docetaxel',
    'taxane',
    'small-molecule',
    'C43H53NO14',
    mw(807.88, 'C43H53NO14'),
    minDim(1.0, 'as paclitaxel'),
    'moderate',
    assumed(0.5, H, `${MINUTES_WHY} (as paclitaxel)`),
    assumed(0.1, PCT, `${FREE_TD_WHY} (as paclitaxel)`),
    leak(1, 'typical small molecule'),
    'A taxane related to paclitaxel (Taxotere); carried by BIND-014 and Docetaxel-PNP in trials (clinical nanomedicine review).',
    {
      freeClearanceHumanLPerHPerKg: humanCl(21, 'Taxotere label, clinical pharmacology: total-body clearance ≈ 21 L/h/m² (recalled, to verify)', false),
      logP: logP(4.1, 'docetaxel log P ≈ 4.1 (computed values ≈ 2.4)'),
      aqueousSolubilityMgPerMl: solubility(0.005, 'docetaxel ≈ 5 µg/mL in water (reported 3–25 µg/mL)'),
    },
  ),
  irinotecan: agent(
    'irinotecan',
    'Irinotecan',
    'topoisomerase I inhibitor',
    'small-molecule',
    'C33H38N4O6',
    mw(586.69, 'C33H38N4O6'),
    minDim(0.8, 'camptothecin ring system'),
    'strong',
    assumed(0.5, H, `${MINUTES_WHY}; free irinotecan is also converted to SN-38 and cleared within about an hour`),
    assumed(0.1, PCT, FREE_TD_WHY),
    leak(1, 'typical small molecule'),
    'A camptothecin prodrug (converted to SN-38). Weak base: Onivyde gradient-loads it into liposomes with sucrose octasulfate (clinical nanomedicine review).',
    { aliases: ['CPT-11'], freeClearanceHumanLPerHPerKg: humanCl(13.3, 'Camptosar label, clinical pharmacology: irinotecan clearance ≈ 13.3 L/h/m² at 125 mg/m² (recalled, to verify)', false) },
  ),
  'sn-38': agent(
    'sn-38',
    'SN-38',
    'topoisomerase I inhibitor',
    'small-molecule',
    'C22H20N2O5',
    mw(392.41, 'C22H20N2O5'),
    minDim(0.7, 'planar camptothecin core'),
    'strong',
    assumed(0.5, H, 'free SN-38 is rapidly glucuronidated and cleared'),
    assumed(0.05, PCT, FAST_TD_WHY),
    leak(1, 'typical small molecule'),
    'The active metabolite of irinotecan, ≈ 100–1000× more potent but insoluble; NK012 micelles carry it (clinical nanomedicine review).',
    { conjugateCleavagePerH: cleavage(0.035, 'SN-38 ester-linked to the core block of NK012 is released by hydrolysis at pH 7.4 over about a day (Koizumi et al., Cancer Res 66, 10048 (2006): ≈ 57 % in 24 h in PBS at 37 °C, recalled, to verify): −ln(0.43)/24 h') },
  ),
  camptothecin: agent(
    'camptothecin',
    'Camptothecin',
    'topoisomerase I inhibitor',
    'small-molecule',
    'C20H16N2O4',
    mw(348.35, 'C20H16N2O4'),
    minDim(0.7, 'planar pentacyclic ring system'),
    'strong',
    assumed(0.5, H, 'the lactone opens and the drug is cleared within an hour'),
    assumed(0.05, PCT, FAST_TD_WHY),
    leak(1, 'typical small molecule'),
    'The parent topoisomerase I inhibitor; carried by CRLX101 and the PEG conjugate Prothecan (≈ 1.7 % camptothecin) (clinical nanomedicine review).',
    { aliases: ['CPT'], logP: logP(1.74, 'camptothecin log P 1.74 (PubChem)'), aqueousSolubilityMgPerMl: solubility(0.0025, 'camptothecin ≈ 2.5 µg/mL in water') },
  ),
  '5-fluorouracil': agent(
    '5-fluorouracil',
    '5-Fluorouracil',
    'antimetabolite',
    'small-molecule',
    'C4H3FN2O2',
    mw(130.08, 'C4H3FN2O2'),
    minDim(0.37, 'pyrimidine ring thickness ≈ 0.37 nm, small enough to pass ZIF-8\'s flexing window (cf. 660 mg/g post-loading, anchors.ts)'),
    'strong',
    recalled(0.25, H, '5-FU plasma half-life of 10–20 min (standard pharmacology)'),
    assumed(0.05, PCT, FAST_TD_WHY),
    leak(1, 'typical small molecule'),
    'A small pyrimidine antimetabolite that blocks thymidylate synthase; given with Onivyde in pancreatic cancer (clinical nanomedicine review).',
    { aliases: ['5-FU'], logP: logP(-0.89, '5-fluorouracil log P −0.89 (Hansch et al., DrugBank experimental)'), aqueousSolubilityMgPerMl: solubility(12.2, '5-fluorouracil ≈ 12 mg/mL in water at 25 °C (Merck Index)') },
  ),
  mitoxantrone: agent(
    'mitoxantrone',
    'Mitoxantrone',
    'anthracenedione',
    'small-molecule',
    'C22H28N4O6',
    mw(444.49, 'C22H28N4O6'),
    minDim(0.7, 'planar anthraquinone core'),
    'strong',
    assumed(0.25, H, `${MINUTES_WHY}: free mitoxantrone leaves plasma quickly into tissues`),
    assumed(0.1, PCT, FREE_TD_WHY),
    leak(1, 'typical small molecule'),
    'An anthracenedione DNA intercalator; DHAD-PBCA nanoparticles carry it for liver cancer (clinical nanomedicine review).',
    { aliases: ['DHAD'] },
  ),
  mrna: agent(
    'mrna',
    'mRNA',
    'nucleic acid (protein expression)',
    'nucleic-acid',
    null,
    assumed(3.5e5, G_MOL, '≈ 1,100-nucleotide transcript (IL-22BP open reading frame ≈ 0.8 kb + UTRs + poly(A)) × ≈ 320 g/mol per nucleotide', { spread: { kind: 'lognormal', gsd: 1.5 }, label: 'MW' }),
    minDim(2, 'folded single-stranded RNA with double-stranded stems ≈ 2 nm across'),
    'strong',
    assumed(0.05, H, 'naked mRNA is degraded by serum RNases within minutes'),
    assumed(0.01, PCT, 'naked mRNA rarely reaches tumours intact'),
    leak(0.1, 'a large polyanion does not diffuse out of an intact LNP'),
    'Messenger RNA that makes the cell produce a protein (in il22bp-lnp: IL-22 binding protein, which blocks IL-22 and slows tumour growth, mRNA-LNP trial report). It needs a carrier: an LNP protects it and helps it escape endosomes.',
  ),
  sirna: agent(
    'sirna',
    'siRNA',
    'nucleic acid (gene silencing)',
    'nucleic-acid',
    null,
    recalled(13300, G_MOL, 'a 21-bp siRNA duplex ≈ 13.3 kDa (standard)', { label: 'MW' }),
    minDim(2, 'A-form RNA double helix ≈ 2 nm in diameter'),
    'strong',
    recalled(0.1, H, 'naked siRNA is filtered by the kidneys within minutes'),
    assumed(0.01, PCT, 'naked siRNA rarely reaches tumours intact'),
    leak(0.1, 'a polyanion does not diffuse out of an intact carrier'),
    'A short double-stranded RNA that silences one gene. CALAA-01 was the first targeted siRNA nanomedicine in trials (clinical nanomedicine review).',
  ),
};

/** True when `id` is a catalog agent id. */
export function isAgentId(id: string): id is AgentId {
  return (AGENT_IDS as readonly string[]).includes(id);
}
