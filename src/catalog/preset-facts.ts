// Each reference system's published facts (text, source, read or recalled), apart from the presets' numbers so the first
// screen does not carry their text: the Library tab and the presets checks load them (`PRESET_FACTS[id]`).
import { DOC001, type PresetFact, type PresetId } from './presets';

const DOC000 = 'doc 000 (Union Hospital patent transfer notice on IZB@CCM)';
const DOC002 = 'doc 002 (IL-22BP/LNP clinical trial record)';

const read = (text: string, source: string): PresetFact => ({ text, source, status: 'read' });
const recalledFact = (text: string, source: string): PresetFact => ({ text, source, status: 'recalled' });

const IZB_FACTS: PresetFact[] = [
  read('Dual targeting of cervical tumour cells and cancer-associated fibroblasts by a hybrid (cancer cell + CAF) membrane coat', DOC000),
  read('ZIF-8 disintegrates in the slightly acidic tumour microenvironment and releases its payload', DOC000),
  read('Bismuth (high atomic number) amplifies X-ray absorption in the tumour', DOC000),
  read('IN10018 inhibits CAFs, reduces extracellular matrix deposition and relieves hypoxia', DOC000),
  read('About 30 % of patients with locally advanced cervical cancer recur after standard radiotherapy (radioresistance)', DOC000),
  { text: 'Particle size is not disclosed: 120 nm assumed; membrane ratio 1:1 assumed', source: 'REFERENCE-SYSTEMS.md (assumption)', status: 'read' },
];

export const PRESET_FACTS: Record<PresetId, PresetFact[]> = {
  'izb-ccm': IZB_FACTS,
  'izb-bare': [read('The membrane confers homotypic targeting and immune evasion; without it the particle relies on EPR alone', DOC000)],
  'iz-ccm': [read('Bi directly enhances radiation-induced damage; removing it leaves only biological remodelling', DOC000)],
  'zb-ccm': [read('IN10018 disrupts the CAF protective network; without it hypoxia and matrix remain', DOC000)],
  nbtxr3: [
    read('Functionalized hafnium oxide nanoparticles, 50 nm', 'Bonvalot et al., Lancet Oncol 2019'),
    read('Injected intratumorally at 53.3 g/L, 10 % of baseline tumour volume (phase I escalated 2.5–20 %)', 'Bonvalot et al., Lancet Oncol 2019'),
    read('Physical sensitization only; relies on intratumoral injection and lacks active targeting', DOC000),
    read('Soft-tissue sarcoma trial: preoperative radiotherapy 50 Gy in 25 fractions', 'Bonvalot et al., Lancet Oncol 2019'),
  ],
  doxil: [
    read('First nanomedicine approved by the FDA (1995); ovarian cancer, metastatic breast cancer, AIDS-related Kaposi\'s sarcoma', DOC001),
    read('2 mg/mL doxorubicin HCl; MPEG-DSPE 3.19, HSPC 9.58, cholesterol 3.19 mg/mL → drug:lipid ≈ 0.125 w/w', 'Doxil label'),
    read('Size 80–90 nm (≈ 87 nm); > 90 % of the drug encapsulated', 'Doxil label'),
    read('Human half-lives ≈ 2 h and 45 h', 'Gabizon et al. 1994'),
  ],
  myocet: [
    read('Non-PEGylated liposomal doxorubicin, 150 nm; metastatic breast cancer (Europe, Canada)', DOC001),
    read('EE > 95 %, drug:lipid 0.25:1', 'Myocet label'),
    recalledFact('Egg phosphatidylcholine : cholesterol 55 : 45 (mol), a fluid-phase lipid (T_m ≈ −10 °C) held by cholesterol', 'Myocet label'),
  ],
  onivyde: [
    read('Irinotecan liposome, 100 nm, given with 5-fluorouracil and leucovorin for pancreatic cancer', DOC001),
    recalledFact('≈ 110 nm; 4.3 mg/mL irinotecan with DSPC 6.81, cholesterol 2.22, MPEG-DSPE 0.12 mg/mL → drug:lipid ≈ 0.47 w/w', 'Onivyde label'),
  ],
  daunoxome: [
    read('Liposomal daunorubicin for AIDS-related Kaposi\'s sarcoma', DOC001),
    read('45 nm DSPC/cholesterol (2:1) liposomes; the review\'s "50 μm" is a typo', 'DaunoXome label'),
    recalledFact('DSPC main transition ≈ 55 °C: a gel-phase bilayer at body temperature; 2:1 DSPC:cholesterol = 33 mol % cholesterol', 'Avanti Polar Lipids data'),
    recalledFact('50 mg daunorubicin with 753 mg DSPC and 180 mg cholesterol per vial → drug:lipid ≈ 0.054 w/w', 'DaunoXome label'),
  ],
  thermodox: [
    read('Heat-sensitive doxorubicin liposome (phase III) for hepatocellular carcinoma and breast cancer', DOC001),
    read('With radiofrequency ablation, at 40–45 °C the bilayer opens and releases doxorubicin', DOC001),
    read('Releases when heated past ≈ 39.5–42 °C', 'REFERENCE-SYSTEMS.md'),
    { text: 'Size ≈ 100 nm and drug:lipid 0.05 assumed', source: 'REFERENCE-SYSTEMS.md (assumption)', status: 'read' },
  ],
  'genexol-pm': [
    read('Self-assembled PEG–polylactic acid micelles, 20–50 nm; metastatic breast cancer (Korea)', DOC001),
    recalledFact('30 mg paclitaxel with 150 mg mPEG-PDLLA per vial (1:5)', 'Genexol-PM label'),
  ],
  nk105: [
    read('Paclitaxel-loaded PEG–polyaspartic acid micelle, 85 nm; breast and gastric cancer', DOC001),
    read('Fewer neutropenia side effects; overall response rate 25 % in phase II', DOC001),
    { text: 'Feed ratio 0.3 assumed (paclitaxel content ≈ 23 wt %, recalled)', source: 'assumption', status: 'recalled' },
  ],
  'nc-6004': [
    read('Cisplatin-loaded PEG–polyamino acid micelles, 20 nm, for pancreatic cancer', DOC001),
    read('Disease control rate 64.7 % (phase II); higher tolerated dose (cisplatin toxicity only at 120 mg/m²)', DOC001),
    { text: 'Pt is coordinated to the polyglutamate carboxylates (modelled as "conjugated"); feed ratio 0.3 assumed', source: 'assumption', status: 'recalled' },
  ],
  abraxane: [
    read('Paclitaxel-bound albumin nanoparticle, ≈ 130 nm; pancreatic cancer and metastatic breast cancer', DOC001),
    read('No Cremophor EL; maximum tolerated dose ≈ 50 % higher than Taxol', DOC001),
    read('≈ 10 wt % paclitaxel (1:9 with albumin)', DOC001),
    { text: 'Dissociates quickly in blood into albumin–paclitaxel complexes', source: 'REFERENCE-SYSTEMS.md', status: 'recalled' },
  ],
  xyotax: [
    read('Conjugate of polyglutamic acid (Mw 17,000 g/mol) with paclitaxel; drug loading up to 37 %', DOC001),
    read('Good pharmacokinetics; active against non-small cell lung cancer and ovarian cancer models', DOC001),
    { text: 'Size ≈ 10–20 nm assumed for a conjugate', source: 'REFERENCE-SYSTEMS.md (assumption)', status: 'read' },
  ],
  feraheme: [
    read('Semi-synthetic superparamagnetic iron oxide; iron-deficiency anaemia in chronic kidney disease; MRI angiography', DOC001),
    recalledFact('Core–shell 17–31 nm', 'ferumoxytol label'),
    read('Half-life 14–15 h in humans', 'ferumoxytol label'),
    { text: 'The polyglucose sorbitol carboxymethylether shell is modelled as a stealth (PEG-like) coat', source: 'assumption', status: 'read' },
  ],
  aurolase: [
    read('PEG-modified silica–gold nanoparticle for photothermal therapy of metastatic lung cancer', DOC001),
    recalledFact('≈ 150 nm (120 nm silica core, ≈ 15 nm gold shell)', 'Nanospectra Biosciences'),
  ],
  'il22bp-lnp': [
    read('Phase I: refractory advanced solid tumours (soft-tissue sarcoma, head and neck squamous cell carcinoma, melanoma) after second-line failure', DOC002),
    read('IL-22BP blocks IL-22 activity and impedes tumour cell proliferation', DOC002),
    read('Tumours close to major blood vessels or the trachea are excluded', DOC002),
    { text: 'Intratumoral route inferred from that exclusion; size ≈ 80–100 nm assumed', source: 'REFERENCE-SYSTEMS.md (assumption)', status: 'read' },
  ],
  'free-in10018': [
    read('FAK IC50 ≈ 1 nM (vendor data)', 'REFERENCE-SYSTEMS.md'),
    read('Clinically oral; MTD 200 mg once daily', 'REFERENCE-SYSTEMS.md'),
    read('Off-target risk and poor intratumoral accumulation when given free', DOC000),
    { text: 'Modelled iv for comparison with the nanoparticle', source: 'assumption', status: 'read' },
  ],
  'cisplatin-free': [
    read('Standard concurrent chemoradiotherapy for locally advanced cervical cancer', DOC000),
    read('Severe systemic toxicity and increasingly prevalent drug resistance', DOC000),
    { text: 'Mouse dose 5 mg/kg assumed (typical tolerated single iv dose)', source: 'assumption', status: 'read' },
  ],
};
