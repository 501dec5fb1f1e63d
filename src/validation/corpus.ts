// The validation corpus: published measurements the model is judged against (evidence, never input — nothing in the model reads it).
//
// Inclusion rules (docs/validation.md): a number is included only when it was read in the source (or its abstract)
// or is a well-known value recalled with confidence (provenance 'recalled', to verify); never a number we were unsure of.
// `use: 'calibration'` marks numbers that set a catalog parameter (src/catalog/*.ts, MODEL.md): they are counted apart
// from the held-out ones, which alone make the agreement summary.
import type { CorpusRecord } from './schema';

const DOC001 = { authors: 'review (seed doc 001)', journal: 'review of clinically translated anti-tumour nanomedicines', year: null, locator: 'product table' };

// ---------- systems written out (contract §1, partial) ----------

const ZIF8_DOX_POST = { core: { material: 'zif-8', diameterNm: 100 }, payloads: [{ agent: 'doxorubicin', loading: 'post-loaded', feedMassRatio: 0.1 }], coating: null };
const ZIF8_DOX_ONE_POT = { core: { material: 'zif-8', diameterNm: 100 }, payloads: [{ agent: 'doxorubicin', loading: 'one-pot', feedMassRatio: 0.5 }], coating: null };
const ZIF8_5FU_POST = { core: { material: 'zif-8', diameterNm: 100 }, payloads: [{ agent: '5-fluorouracil', loading: 'post-loaded', feedMassRatio: 1.0 }], coating: null };
const PLGA_PEG = { core: { material: 'plga', diameterNm: 100 }, payloads: [], coating: { membranes: [], peg: true } };
const PLGA_RBC = { core: { material: 'plga', diameterNm: 100 }, payloads: [], coating: { membranes: [{ source: 'rbc', fraction: 1 }], membraneToCoreMassRatio: 2, peg: false } };
const P123_PTX = { core: { material: 'polymeric-micelle', diameterNm: 25 }, payloads: [{ agent: 'paclitaxel', loading: 'one-pot', feedMassRatio: 0.1 }], coating: { membranes: [], peg: true } };
const gold = (d: number) => ({ core: { material: 'gold', diameterNm: d }, payloads: [], coating: null });
const NK911 = { core: { material: 'polymeric-micelle', diameterNm: 40 }, payloads: [{ agent: 'doxorubicin', loading: 'one-pot', feedMassRatio: 0.2 }], coating: { membranes: [], peg: true } };
const NK012 = { core: { material: 'polymeric-micelle', diameterNm: 20 }, payloads: [{ agent: 'sn-38', loading: 'conjugated', feedMassRatio: 0.2 }], coating: { membranes: [], peg: true } };
const NC4016 = { core: { material: 'polymeric-micelle', diameterNm: 30 }, payloads: [{ agent: 'oxaliplatin', loading: 'conjugated', feedMassRatio: 0.2 }], coating: { membranes: [], peg: true } };
const DOCETAXEL_PNP = { core: { material: 'plga', diameterNm: 100 }, payloads: [{ agent: 'docetaxel', loading: 'one-pot', feedMassRatio: 0.1 }], coating: null };
const PROTHECAN = { core: { material: 'polymer-conjugate', diameterNm: 15 }, payloads: [{ agent: 'camptothecin', loading: 'conjugated', feedMassRatio: 0.0175 }], coating: { membranes: [], peg: true } };
const ZIF8_DOX_SATURATED = { core: { material: 'zif-8', diameterNm: 100 }, payloads: [{ agent: 'doxorubicin', loading: 'post-loaded', feedMassRatio: 1 }], coating: null };
const HAINFELD_GOLD = { core: { material: 'gold', diameterNm: 1.9 }, payloads: [], coating: null, scenario: { doseMgPerKg: 1000, beam: 'kvp:250:0.3mmCu' } };
const CELLS_ONLY = { core: { material: 'none' }, payloads: [], coating: null };

const CHITHRANI_2010 = { authors: 'Chithrani DB, Jelveh S, Jalali F, et al.', journal: 'Radiat Res 173', year: 2010 };
const JAIN_2011 = { authors: 'Jain S, Coulter JA, Hounsell AR, et al.', journal: 'Int J Radiat Oncol Biol Phys 79', year: 2011, locator: 'abstract' };
const BASSIRI_2019 = { authors: 'Bassiri N, Gray T, David S, et al.', journal: 'Med Phys 47, 260–266', year: 2019, locator: 'abstract (uncorrected film measurements)', via: 'PMC7757512' };
const KELLAND_1988 = { authors: 'Kelland LR, Steel GG', journal: 'Radiother Oncol 13, 225–232', year: 1988, locator: 'abstract' };
const CM_ZIF8 = { authors: 'cellulose-microsphere@ZIF-8 study (authors not identified here)', journal: 'journal not identified (abstract only)', year: null, locator: 'abstract', via: 'discovery.researcher.life topic "Cellulose Microsphere"' };
const TRAN_LEE_2021 = { authors: 'Tran VA, Lee S-W', journal: 'RSC Adv 11', year: 2021, locator: 'abstract', via: 'pubs.rsc.org d0ra10423j' };
const HAMAGUCHI_2005 = { authors: 'Hamaguchi T, Matsumura Y, Suzuki M, et al.', journal: 'Br J Cancer 92', year: 2005, locator: 'abstract' };
const HAN_2006 = { authors: 'Han L-M, Guo J, Zhang L-J, Wang Q-S, Fang X-L', journal: 'Acta Pharmacol Sin 27', year: 2006, locator: 'abstract', via: 'chinaphar.com' };
const HU_2011 = { authors: 'Hu C-MJ, Zhang L, Aryal S, et al.', journal: 'Proc Natl Acad Sci USA 108', year: 2011, locator: 'pharmacokinetics figure' };
const EMBRACE_2021 = { authors: 'Pötter R, Tanderup K, Schmid MP, et al. (EMBRACE Collaborative Group)', journal: 'Lancet Oncol 22', year: 2021, locator: 'abstract', via: 'cancertherapyadvisor.com summary' };

const DOC001_READ = { ...DOC001, locator: 'nanomicelle / nanoparticle / conjugate sections' };
const MORRIS_1999 = { authors: 'Morris M, Eifel PJ, Lu J, et al. (RTOG 90-01)', journal: 'N Engl J Med 340', year: 1999, locator: 'abstract (5-year survival)' };
const CCCMAC_2008 = { authors: 'Chemoradiotherapy for Cervical Cancer Meta-Analysis Collaboration (CCCMAC)', journal: 'J Clin Oncol 26', year: 2008, locator: 'abstract (5-year survival 60 % → 66 %)' };
const OTA_2007 = { authors: 'Ota T, Takeshima N, Tabata T, Hasumi K, Takizawa K', journal: 'Br J Cancer 97, 1058–1062', year: 2007, locator: 'abstract (1495 patients, HDR brachytherapy + external RT alone)', via: 'PMC2360434' };
const UPTAKE_NOTE = 'intracellular gold per cell not reported here: predicted at the model\'s reference uptake (7.6 pg/cell)';

export const CORPUS: readonly CorpusRecord[] = [
  // ---------------- release (MOF) ----------------
  {
    id: 'zif8-dox-paa-ph74-100h',
    system: { formulation: ZIF8_DOX_POST, label: 'DOX adsorbed in ZIF-8 (PAA-decorated; PAA not modelled)' },
    condition: { medium: 'buffer', pH: 7.4, temperatureC: 37, species: 'in-vitro', note: 'particle size not taken from the paper: 100 nm assumed; buffer medium as in the catalog calibration' },
    quantity: { metric: 'release-pct', pH: 7.4, timeH: 100 },
    value: 24.7,
    source: TRAN_LEE_2021,
    provenance: 'read',
    use: 'calibration',
    ifMiss: 'the PAA shell slows release at pH 7.4; the model has no polymer-shell barrier',
  },
  {
    id: 'cm-zif8-dox-ph50-15h',
    system: { formulation: ZIF8_DOX_POST, label: 'DOX in ZIF-8 grown on cellulose microspheres' },
    condition: { medium: 'buffer', pH: 5.0, temperatureC: 37, species: 'in-vitro', note: 'ZIF-8 nanocrystals on micron-size cellulose spheres; 100 nm crystals assumed' },
    quantity: { metric: 'release-pct', pH: 5.0, timeH: 15 },
    value: 63.4,
    source: CM_ZIF8,
    provenance: 'read',
    use: 'calibration',
    ifMiss: 'crystals grown on a cellulose support dissolve more slowly than free nanocrystals',
  },
  {
    id: 'cm-zif8-dox-ph74-15h',
    system: { formulation: ZIF8_DOX_POST, label: 'DOX in ZIF-8 grown on cellulose microspheres' },
    condition: { medium: 'buffer', pH: 7.4, temperatureC: 37, species: 'in-vitro', note: 'as above' },
    quantity: { metric: 'release-pct', pH: 7.4, timeH: 15 },
    value: 37.6,
    source: CM_ZIF8,
    provenance: 'read',
    use: 'calibration',
    ifMiss: 'surface-adsorbed DOX on the cellulose support desorbs at pH 7.4 without any framework dissolution; the model\'s post-loading burst (30 %) is smaller',
  },

  // ---------------- loading / EE ----------------
  { id: 'doxil-ee', system: { preset: 'doxil' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'ee-pct' }, value: 95, range: [90, 100], source: { authors: 'Janssen', journal: 'Doxil prescribing information (approved 1995)', year: null, locator: 'description (EE > 90 %)' }, provenance: 'read', use: 'calibration' },
  { id: 'myocet-ee', system: { preset: 'myocet' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'ee-pct' }, value: 97.5, range: [95, 100], source: { authors: 'Teva', journal: 'Myocet summary of product characteristics (EU 2000)', year: null, locator: 'composition (EE > 95 %, drug:lipid 0.25)' }, provenance: 'read', use: 'calibration' },
  { id: 'abraxane-lc', system: { preset: 'abraxane' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'lc-pct' }, value: 10, range: [8, 12], source: { ...DOC001, locator: 'Abraxane row (paclitaxel:albumin 1:9)' }, provenance: 'read', use: 'calibration' },
  { id: 'xyotax-lc', system: { preset: 'xyotax' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'lc-pct' }, value: 37, range: [34, 40], source: { ...DOC001, locator: 'Xyotax row (loading up to 37 %)' }, provenance: 'read', use: 'calibration' },
  { id: 'mrna-lnp-ee', system: { preset: 'il22bp-lnp' }, condition: { medium: 'buffer', species: 'in-vitro', note: 'typical mRNA-LNP at N/P ≈ 6' }, quantity: { metric: 'ee-pct' }, value: 92.5, range: [90, 95], source: { authors: 'MODEL.md M1 (typical mRNA-LNP)', journal: 'shared/science/MODEL.md', year: null, locator: 'M1 published anchors' }, provenance: 'recalled', use: 'calibration' },
  {
    id: 'zif8-dox-one-pot-lc',
    system: { formulation: ZIF8_DOX_ONE_POT, label: 'DOX@ZIF-8, one-pot' },
    condition: { medium: 'buffer', species: 'in-vitro', note: 'feed 0.5 mg/mg is the catalog\'s assumption' },
    quantity: { metric: 'lc-pct' },
    value: 20,
    source: { authors: 'Zheng H, Zhang Y, Liu L, et al.', journal: 'J Am Chem Soc 138', year: 2016, locator: 'loading (≈ 20 wt %)' },
    provenance: 'recalled',
    use: 'calibration',
  },
  {
    id: 'zif8-5fu-loaded',
    system: { formulation: ZIF8_5FU_POST, label: '5-FU adsorbed in ZIF-8' },
    condition: { medium: 'buffer', species: 'in-vitro', note: 'feed 1.0 mg/mg (soaking in excess drug) is the catalog\'s assumption' },
    quantity: { metric: 'loaded-mg-per-mg' },
    value: 0.66,
    source: { authors: 'Sun C-Y, Qin C, Wang X-L, et al.', journal: 'Dalton Trans 41', year: 2012, locator: 'abstract (660 mg 5-FU per g ZIF-8)' },
    provenance: 'recalled',
    use: 'calibration',
  },
  {
    id: 'genexol-pm-lc',
    system: { preset: 'genexol-pm' },
    condition: { medium: 'buffer', species: 'in-vitro' },
    quantity: { metric: 'lc-pct' },
    value: 16.7,
    source: { authors: 'Samyang', journal: 'Genexol-PM label (Korea 2007)', year: null, locator: 'composition: 30 mg paclitaxel + 150 mg mPEG-PDLLA per vial → 30/180' },
    provenance: 'recalled',
    use: 'held-out',
    ifMiss: 'the generic micelle loading rule (q_max, K per class) is not anchored to a paclitaxel micelle',
  },
  {
    id: 'nk105-lc',
    system: { preset: 'nk105' },
    condition: { medium: 'buffer', species: 'in-vitro', note: 'the preset\'s feed 0.3 is an assumption' },
    quantity: { metric: 'lc-pct' },
    value: 23,
    source: { authors: 'Hamaguchi T, Matsumura Y, Suzuki M, et al.', journal: 'Br J Cancer 92', year: 2005, locator: 'NK105 composition (≈ 23 wt % paclitaxel)' },
    provenance: 'recalled',
    use: 'held-out',
    ifMiss: 'the generic micelle loading rule (q_max, K per class) is not anchored to a paclitaxel micelle',
  },

  {
    id: 'zif8-dox-adsorbed-capacity',
    system: { formulation: ZIF8_DOX_SATURATED, label: 'DOX adsorbed on ZIF-8 (no PAA yet)' },
    condition: { medium: 'buffer', species: 'in-vitro', note: 'feed not taken from the paper: saturation assumed (feed 1 mg/mg); 100 nm crystals assumed' },
    quantity: { metric: 'loaded-mg-per-mg' },
    value: 0.062,
    source: TRAN_LEE_2021,
    provenance: 'read',
    use: 'held-out',
    ifMiss: 'DOX (≈ 1 nm) is excluded from the 0.34 nm pores; the model loads the external surface only (Γ ≈ 1 mg/m², assumption) — a miss means the surface density or the particle size differs',
  },

  // ---------------- hydrodynamic size (the presets' diameters were set from these: calibration) ----------------
  { id: 'doxil-size', system: { preset: 'doxil' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'size-nm' }, value: 87, range: [80, 100], source: { authors: 'Janssen', journal: 'Doxil prescribing information (approved 1995)', year: null, locator: 'description (80–90 nm)' }, provenance: 'read', use: 'calibration' },
  { id: 'myocet-size', system: { preset: 'myocet' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'size-nm' }, value: 150, source: { ...DOC001, locator: 'Myocet row' }, provenance: 'read', use: 'calibration' },
  { id: 'onivyde-size', system: { preset: 'onivyde' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'size-nm' }, value: 100, range: [100, 110], source: { ...DOC001, locator: 'Onivyde row (100 nm)' }, provenance: 'read', use: 'calibration' },
  { id: 'daunoxome-size', system: { preset: 'daunoxome' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'size-nm' }, value: 45, source: { authors: 'Galen', journal: 'DaunoXome label (approved 1996)', year: null, locator: 'description (45 nm)' }, provenance: 'read', use: 'calibration' },
  { id: 'genexol-pm-size', system: { preset: 'genexol-pm' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'size-nm' }, value: 35, range: [20, 50], source: { ...DOC001, locator: 'Genexol-PM row (20–50 nm)' }, provenance: 'read', use: 'calibration' },
  { id: 'nk105-size', system: { preset: 'nk105' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'size-nm' }, value: 85, source: { ...DOC001, locator: 'NK105 row' }, provenance: 'read', use: 'calibration' },
  { id: 'nc-6004-size', system: { preset: 'nc-6004' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'size-nm' }, value: 20, source: { ...DOC001, locator: 'NC-6004 row' }, provenance: 'read', use: 'calibration' },
  { id: 'abraxane-size', system: { preset: 'abraxane' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'size-nm' }, value: 130, source: { ...DOC001, locator: 'Abraxane row' }, provenance: 'read', use: 'calibration' },
  { id: 'feraheme-size', system: { preset: 'feraheme' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'size-nm' }, value: 24, range: [17, 31], source: { authors: 'AMAG', journal: 'Feraheme (ferumoxytol) label (approved 2009)', year: null, locator: 'description (17–31 nm)' }, provenance: 'recalled', use: 'calibration' },
  { id: 'aurolase-size', system: { preset: 'aurolase' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'size-nm' }, value: 150, source: { authors: 'Nanospectra Biosciences', journal: 'AuroShell product description', year: null, locator: 'particle description' }, provenance: 'recalled', use: 'calibration' },
  { id: 'nk911-size', system: { formulation: NK911, label: 'NK911: DOX in PEG–polyaspartate micelles' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'size-nm' }, value: 40, source: { ...DOC001_READ, locator: 'NK911 (40 nm)' }, provenance: 'read', use: 'calibration' },
  { id: 'nk012-size', system: { formulation: NK012, label: 'NK012: SN-38 in PEG–polyamino acid micelles' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'size-nm' }, value: 20, source: { ...DOC001_READ, locator: 'NK012 (20 nm)' }, provenance: 'read', use: 'calibration', ifMiss: 'a micelle\'s reported size already includes its PEG corona; the model adds 8 nm of PEG on top of the core diameter' },
  { id: 'nc-4016-size', system: { formulation: NC4016, label: 'NC-4016: DACH-platinum (oxaliplatin) micelles' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'size-nm' }, value: 30, source: { ...DOC001_READ, locator: 'NC-4016 (30 nm)' }, provenance: 'read', use: 'calibration', ifMiss: 'a micelle\'s reported size already includes its PEG corona; the model adds 8 nm of PEG on top of the core diameter' },
  { id: 'p123-micelle-size', system: { formulation: P123_PTX, label: 'paclitaxel in Pluronic P123 micelles' }, condition: { medium: 'buffer', species: 'in-vitro' }, quantity: { metric: 'size-nm' }, value: 25, source: HAN_2006, provenance: 'read', use: 'calibration' },

  // ---------------- PK: half-lives, AUC ratios, tumour delivery ----------------
  { id: 'plga-peg-half-life', system: { formulation: PLGA_PEG, label: 'PEG-PLGA nanoparticle, 100 nm' }, condition: { medium: 'in-vivo', species: 'mouse' }, quantity: { metric: 'half-life-h' }, value: 15.8, source: HU_2011, provenance: 'recalled', use: 'calibration' },
  { id: 'plga-rbc-half-life', system: { formulation: PLGA_RBC, label: 'RBC-membrane-coated PLGA nanoparticle' }, condition: { medium: 'in-vivo', species: 'mouse' }, quantity: { metric: 'half-life-h' }, value: 39.6, source: HU_2011, provenance: 'recalled', use: 'calibration' },
  { id: 'wilhelm-median-delivery', system: { formulation: PLGA_PEG, label: 'PEG-PLGA nanoparticle, 100 nm' }, condition: { medium: 'in-vivo', species: 'mouse', note: 'median of 224 studies' }, quantity: { metric: 'tumour-pct-id' }, value: 0.7, source: { authors: 'Wilhelm S, Tavares AJ, Dai Q, et al.', journal: 'Nat Rev Mater 1, 16014', year: 2016, locator: 'abstract (median 0.7 % ID)' }, provenance: 'read', use: 'calibration' },
  {
    id: 'nk105-plasma-auc',
    system: { preset: 'nk105' },
    condition: { medium: 'in-vivo', species: 'mouse' },
    quantity: { metric: 'plasma-auc-ratio' },
    value: 90,
    source: { ...HAMAGUCHI_2005, via: 'scite.ai author page (abstract)' },
    provenance: 'read',
    use: 'held-out',
    ifMiss: 'free paclitaxel\'s half-life in the catalog (0.5 h) is an assumption; a one-compartment AUC ratio = t½ ratio ignores the volume difference',
  },
  {
    id: 'nk105-tumour-auc',
    system: { preset: 'nk105' },
    condition: { medium: 'in-vivo', species: 'mouse' },
    quantity: { metric: 'tumour-auc-ratio' },
    value: 25,
    source: { ...HAMAGUCHI_2005, via: 'scite.ai author page (abstract)' },
    provenance: 'read',
    use: 'held-out',
    ifMiss: 'tumour AUC also counts retention time in the tumour, which the model (delivery at one time) does not',
  },
  {
    id: 'p123-auc',
    system: { formulation: P123_PTX, label: 'paclitaxel in Pluronic P123 micelles' },
    condition: { medium: 'in-vivo', species: 'rat', note: 'vs Taxol (Cremophor paclitaxel); ratio assumed species-transferable' },
    quantity: { metric: 'plasma-auc-ratio' },
    value: 2.9,
    source: HAN_2006,
    provenance: 'read',
    use: 'held-out',
    ifMiss: 'Pluronic micelles dissociate below their CMC on dilution in blood; the model treats every PEG-coated micelle as a stable carrier',
  },
  {
    id: 'p123-half-life',
    system: { formulation: P123_PTX, label: 'paclitaxel in Pluronic P123 micelles' },
    condition: { medium: 'in-vivo', species: 'rat', note: 't½β vs Taxol' },
    quantity: { metric: 'half-life-ratio' },
    value: 2.3,
    source: HAN_2006,
    provenance: 'read',
    use: 'held-out',
    ifMiss: 'Pluronic micelles dissociate below their CMC on dilution in blood; the model treats every PEG-coated micelle as a stable carrier',
  },
  {
    id: 'nk911-plasma-auc',
    system: { formulation: NK911, label: 'NK911: DOX in PEG–polyaspartate micelles' },
    condition: { medium: 'in-vivo', species: 'not-stated', note: 'species of the AUC comparison not stated in the review' },
    quantity: { metric: 'plasma-auc-ratio' },
    value: 2,
    source: { ...DOC001_READ, locator: 'NK911: plasma AUC twice that of free doxorubicin' },
    provenance: 'read',
    use: 'held-out',
    ifMiss: 'NK911 is a physically loaded micelle that releases much of its DOX in blood; the model gives every PEG micelle the stealth half-life',
  },
  {
    id: 'nc-4016-plasma-auc',
    system: { formulation: NC4016, label: 'NC-4016: DACH-platinum (oxaliplatin) micelles' },
    condition: { medium: 'in-vivo', species: 'mouse', note: 'preclinical; vs oxaliplatin' },
    quantity: { metric: 'plasma-auc-ratio' },
    value: 1000,
    source: { ...DOC001_READ, locator: 'NC-4016: plasma AUC ≈ 1000× oxaliplatin (preclinical)' },
    provenance: 'read',
    use: 'held-out',
    ifMiss: 'free oxaliplatin (platinum) binds plasma proteins and clears in minutes from plasma water; the catalog free-drug half-life is an assumption',
  },
  {
    id: 'docetaxel-pnp-half-life-ratio',
    system: { formulation: DOCETAXEL_PNP, label: 'Docetaxel-PNP (polymeric nanoparticle; core and size not reported: PLGA 100 nm assumed)' },
    condition: { medium: 'clinical', species: 'human', note: 'phase I, vs Taxotere; ratio taken as species-transferable' },
    quantity: { metric: 'half-life-ratio' },
    value: 1.75,
    range: [1.5, 2],
    source: { ...DOC001_READ, locator: 'Docetaxel-PNP: blood half-life 1.5–2× Taxotere' },
    provenance: 'read',
    use: 'held-out',
    ifMiss: 'a docetaxel nanoparticle that releases its drug within hours behaves mostly like the free drug; the model\'s bare-PLGA half-life is an assumption',
  },
  {
    id: 'abraxane-tumour-ratio',
    system: { preset: 'abraxane' },
    condition: { medium: 'in-vivo', species: 'mouse', note: 'xenografts, equal paclitaxel dose, vs Cremophor paclitaxel' },
    quantity: { metric: 'tumour-auc-ratio' },
    value: 1.33,
    source: { authors: 'Desai N, Trieu V, Yao Z, et al.', journal: 'Clin Cancer Res 12', year: 2006, locator: 'intratumour paclitaxel 33 % higher' },
    provenance: 'recalled',
    use: 'calibration',
  },
  {
    id: 'prothecan-human-half-life',
    system: { formulation: PROTHECAN, label: 'Prothecan (PEG–camptothecin conjugate, ≈ 1.7 % drug)' },
    condition: { medium: 'clinical', species: 'human' },
    quantity: { metric: 'half-life-h' },
    value: 72,
    source: { ...DOC001_READ, locator: 'Prothecan: camptothecin ≈ 1.7 %, plasma half-life up to 72 h' },
    provenance: 'read',
    use: 'held-out',
    caveat: 'human value ("up to"); the model is a mouse',
  },
  {
    id: 'nk105-human-auc',
    system: { preset: 'nk105' },
    condition: { medium: 'clinical', species: 'human', note: 'NK105 150 mg/m² vs conventional paclitaxel 210 mg/m²' },
    quantity: { metric: 'plasma-auc-ratio' },
    value: 15,
    source: { authors: 'Hamaguchi T, et al.', journal: 'Br J Cancer 97, 170–176', year: 2007, locator: 'phase I pharmacokinetics (AUC > 15× conventional paclitaxel), as quoted', via: 'Fujiwara et al., Invest New Drugs 2016 (link.springer.com s10637-016-0381-4)' },
    provenance: 'read',
    use: 'held-out',
    caveat: 'human, unequal doses; the model is a mouse',
  },
  { id: 'doxil-human-half-life', system: { preset: 'doxil' }, condition: { medium: 'clinical', species: 'human' }, quantity: { metric: 'half-life-h' }, value: 45, source: { authors: 'Gabizon A, Catane R, Uziely B, et al.', journal: 'Cancer Res 54', year: 1994, locator: 'pharmacokinetics (t½ 2 h and 45 h)' }, provenance: 'read', use: 'held-out', caveat: 'human value; the model is a mouse' },
  { id: 'feraheme-human-half-life', system: { preset: 'feraheme' }, condition: { medium: 'clinical', species: 'human' }, quantity: { metric: 'half-life-h' }, value: 14.5, range: [14, 15], source: { authors: 'AMAG', journal: 'Feraheme (ferumoxytol) label (approved 2009)', year: null, locator: 'clinical pharmacology' }, provenance: 'read', use: 'held-out', caveat: 'human value; the model is a mouse' },
  {
    id: 'hainfeld-gold-in-tumour',
    system: { formulation: HAINFELD_GOLD, label: '1.9 nm gold nanoparticles, iv' },
    condition: { medium: 'in-vivo', species: 'mouse', note: 'EMT-6 mammary carcinoma, up to 2.7 g Au/kg iv; 250 kVp' },
    quantity: { metric: 'tumour-mg-per-g', element: 'Au', doseMgPerKg: 2700 },
    value: 7,
    source: { authors: 'Hainfeld JF, Slatkin DN, Smilowitz HM', journal: 'Phys Med Biol 49, N309–N315', year: 2004, locator: 'abstract (7 mg Au/g tumour)', via: 'pubmed 15509078' },
    provenance: 'read',
    use: 'held-out',
    ifMiss: 'ultra-small (< 5.5 nm) gold is cleared by the kidneys within minutes, yet reaches high tumour levels early; the model\'s renal-clearance rule and one-compartment delivery cannot reproduce a minutes-scale peak',
  },
  { id: 'nbtxr3-hf-in-tumour', system: { preset: 'nbtxr3' }, condition: { medium: 'clinical', species: 'human', note: '53.3 g/L at 10 % of tumour volume, 80 % retained' }, quantity: { metric: 'tumour-mg-per-g', element: 'Hf' }, value: 3.6, source: { authors: 'Bonvalot S, Rutkowski PL, Thariat J, et al.', journal: 'Lancet Oncol 20, 1148–1159', year: 2019, locator: 'methods (53.3 g/L, 10 % of baseline volume); arithmetic in MODEL.md V7' }, provenance: 'recalled', use: 'calibration' },

  // ---------------- radiosensitization: DEF (phantom) and SER (cells) ----------------
  {
    id: 'bassiri-def-ir192-028',
    system: { formulation: gold(15), label: 'citrate-capped gold nanoparticles in solution' },
    condition: { medium: 'phantom', species: 'in-vitro', beam: 'Ir-192', note: 'EBT3 film in the GNP solution, 0.28 % Au by mass' },
    quantity: { metric: 'def', element: 'Au', mgPerG: 2.8, beam: 'Ir-192' },
    value: 1.013,
    sd: 0.006,
    source: BASSIRI_2019,
    provenance: 'read',
    use: 'held-out',
  },
  {
    id: 'bassiri-def-ir192-056',
    system: { formulation: gold(15), label: 'citrate-capped gold nanoparticles in solution' },
    condition: { medium: 'phantom', species: 'in-vitro', beam: 'Ir-192', note: '0.56 % Au by mass' },
    quantity: { metric: 'def', element: 'Au', mgPerG: 5.6, beam: 'Ir-192' },
    value: 1.024,
    sd: 0.01,
    source: BASSIRI_2019,
    provenance: 'read',
    use: 'held-out',
  },
  {
    id: 'bassiri-def-ir192-077',
    system: { formulation: gold(15), label: 'citrate-capped gold nanoparticles in solution' },
    condition: { medium: 'phantom', species: 'in-vitro', beam: 'Ir-192', note: '0.77 % Au by mass' },
    quantity: { metric: 'def', element: 'Au', mgPerG: 7.7, beam: 'Ir-192' },
    value: 1.032,
    sd: 0.006,
    source: BASSIRI_2019,
    provenance: 'read',
    use: 'held-out',
  },
  {
    id: 'nbtxr3-def-6mv',
    system: { preset: 'nbtxr3' },
    condition: { medium: 'in-vivo', species: 'human', beam: '6MV' },
    quantity: { metric: 'formulation-def' },
    value: 1.005,
    range: [1, 1.01],
    source: { authors: 'MODEL.md V7 (mixture rule with NIST data)', journal: 'shared/science/MODEL.md', year: null, locator: 'validation target V7' },
    provenance: 'read',
    use: 'calibration',
  },
  {
    id: 'chithrani-ser-50nm-105kvp',
    system: { formulation: gold(50), label: '50 nm gold nanoparticles in HeLa cells' },
    condition: { medium: 'cell-culture', species: 'in-vitro', cells: 'HeLa', beam: 'kvp:105:2mmAl' },
    quantity: { metric: 'ser', element: 'Au', beam: 'kvp:105:2mmAl', mCellPg: 7.6 },
    value: 1.66,
    source: { ...CHITHRANI_2010, locator: 'results (REF 1.66 at 105 kVp)' },
    provenance: 'recalled',
    use: 'calibration',
    ifMiss: 'the anchor sets LEF = 1 + s on α only; a D10 ratio from that LEF is smaller than the LEF itself, so the model under-predicts its own anchor',
  },
  {
    id: 'chithrani-ser-50nm-220kvp',
    system: { formulation: gold(50), label: '50 nm gold nanoparticles in HeLa cells' },
    condition: { medium: 'cell-culture', species: 'in-vitro', cells: 'HeLa', beam: 'kvp:220:0.3mmCu' },
    quantity: { metric: 'ser', element: 'Au', beam: 'kvp:220:0.3mmCu', mCellPg: 7.6 },
    value: 1.43,
    source: { ...CHITHRANI_2010, locator: 'abstract (1.43 at 220 kVp)', via: 'review quoting Chithrani 2010' },
    provenance: 'read',
    use: 'calibration',
    ifMiss: 'the anchor sets LEF = 1 + s on α only; a D10 ratio from that LEF is smaller than the LEF itself, so the model under-predicts its own anchor',
  },
  {
    id: 'chithrani-ser-50nm-6mv',
    system: { formulation: gold(50), label: '50 nm gold nanoparticles in HeLa cells' },
    condition: { medium: 'cell-culture', species: 'in-vitro', cells: 'HeLa', beam: '6MV' },
    quantity: { metric: 'ser', element: 'Au', beam: '6MV', mCellPg: 7.6 },
    value: 1.17,
    source: { ...CHITHRANI_2010, locator: 'results (REF 1.17 at 6 MV)' },
    provenance: 'recalled',
    use: 'calibration',
  },
  {
    id: 'chithrani-ser-14nm-220kvp',
    system: { formulation: gold(14), label: '14 nm gold nanoparticles in HeLa cells' },
    condition: { medium: 'cell-culture', species: 'in-vitro', cells: 'HeLa', beam: 'kvp:220:0.3mmCu', note: UPTAKE_NOTE },
    quantity: { metric: 'ser', element: 'Au', beam: 'kvp:220:0.3mmCu', mCellPg: null },
    value: 1.2,
    source: { ...CHITHRANI_2010, locator: 'abstract (14 nm: 1.20)', via: 'review quoting Chithrani 2010' },
    provenance: 'read',
    use: 'held-out',
    ifMiss: 'uptake per cell depends on particle size (most for ≈ 50 nm); the model has no size-dependent cell uptake',
  },
  {
    id: 'chithrani-ser-74nm-220kvp',
    system: { formulation: gold(74), label: '74 nm gold nanoparticles in HeLa cells' },
    condition: { medium: 'cell-culture', species: 'in-vitro', cells: 'HeLa', beam: 'kvp:220:0.3mmCu', note: UPTAKE_NOTE },
    quantity: { metric: 'ser', element: 'Au', beam: 'kvp:220:0.3mmCu', mCellPg: null },
    value: 1.26,
    source: { ...CHITHRANI_2010, locator: 'abstract (74 nm: 1.26)', via: 'review quoting Chithrani 2010' },
    provenance: 'read',
    use: 'held-out',
    ifMiss: 'uptake per cell depends on particle size (most for ≈ 50 nm); the model has no size-dependent cell uptake',
  },
  {
    id: 'jain-ser-160kvp',
    system: { formulation: gold(2), label: '1.9 nm gold nanoparticles in MDA-MB-231 cells' },
    condition: { medium: 'cell-culture', species: 'in-vitro', cells: 'MDA-MB-231', beam: '160kVp', note: UPTAKE_NOTE },
    quantity: { metric: 'ser', element: 'Au', beam: '160kVp', mCellPg: null },
    value: 1.41,
    source: JAIN_2011,
    provenance: 'recalled',
    use: 'held-out',
    ifMiss: 'uptake of 1.9 nm particles differs from the 50 nm reference; the nanoscale effect is not one slope per beam',
  },
  {
    id: 'jain-ser-6mv',
    system: { formulation: gold(2), label: '1.9 nm gold nanoparticles in MDA-MB-231 cells' },
    condition: { medium: 'cell-culture', species: 'in-vitro', cells: 'MDA-MB-231', beam: '6MV', note: UPTAKE_NOTE },
    quantity: { metric: 'ser', element: 'Au', beam: '6MV', mCellPg: null },
    value: 1.29,
    source: JAIN_2011,
    provenance: 'recalled',
    use: 'held-out',
    ifMiss: 'at 6 MV the physical photoabsorption excess is tiny; the measured SER is mostly biological (cell-line specific), which the empirical slope does not capture',
  },

  // ---------------- clonogenic survival of cervical carcinoma cells ----------------
  { id: 'kelland-hx151c-sf2', system: { formulation: CELLS_ONLY, label: 'HX151c cervical carcinoma cells, no particle' }, condition: { medium: 'cell-culture', species: 'in-vitro', cells: 'HX151c', doseGy: 2, note: '150 cGy/min' }, quantity: { metric: 'surviving-fraction', doseGy: 2 }, value: 0.23, source: KELLAND_1988, provenance: 'read', use: 'calibration', ifMiss: 'the default α, β (SF2 0.55) stand for a resistant line; radiosensitive lines need the user\'s own α, β' },
  { id: 'kelland-hx160c-sf2', system: { formulation: CELLS_ONLY, label: 'HX160c cervical carcinoma cells, no particle' }, condition: { medium: 'cell-culture', species: 'in-vitro', cells: 'HX160c', doseGy: 2, note: '150 cGy/min' }, quantity: { metric: 'surviving-fraction', doseGy: 2 }, value: 0.33, source: KELLAND_1988, provenance: 'read', use: 'calibration', ifMiss: 'the default α, β (SF2 0.55) stand for a resistant line; radiosensitive lines need the user\'s own α, β' },
  { id: 'kelland-resistant-sf2', system: { formulation: CELLS_ONLY, label: 'most resistant of five HX cervical lines, no particle' }, condition: { medium: 'cell-culture', species: 'in-vitro', cells: 'HX series (upper end)', doseGy: 2 }, quantity: { metric: 'surviving-fraction', doseGy: 2 }, value: 0.6, source: KELLAND_1988, provenance: 'read', use: 'calibration' },
  {
    id: 'west-biopsy-median-sf2',
    system: { formulation: CELLS_ONLY, label: 'cervical carcinoma biopsies (88 tumours), no particle' },
    condition: { medium: 'cell-culture', species: 'human', cells: 'primary cervical carcinoma (soft-agar assay)', doseGy: 2 },
    quantity: { metric: 'surviving-fraction', doseGy: 2 },
    value: 0.4,
    source: { authors: 'West CML, Davidson SE, Roberts SA, Hunter RD', journal: 'Br J Cancer', year: 1993, locator: 'abstract (median SF2 0.40)', via: 'scilit.com abstract' },
    provenance: 'read',
    use: 'held-out',
  },
  {
    id: 'rantanen-mean-inactivation-dose',
    system: { formulation: CELLS_ONLY, label: 'five cervical carcinoma lines (CaSki, ME-180, HX151c, HX156c, UM-GCC-1), no particle' },
    condition: { medium: 'cell-culture', species: 'in-vitro', cells: 'CaSki, ME-180, HX151c, HX156c, UM-GCC-1' },
    quantity: { metric: 'mean-inactivation-dose-gy' },
    value: 2.1,
    range: [1.7, 2.5],
    source: { authors: 'Rantanen V, et al.', journal: 'J Cancer Res Clin Oncol 121, 230–234', year: 1995, locator: 'abstract (D̄ 1.7–2.5 Gy)' },
    provenance: 'read',
    use: 'held-out',
  },

  // ---------------- clinical: cervical cancer ----------------
  {
    id: 'embrace-i-local-control',
    system: { preset: 'cisplatin-free' },
    condition: { medium: 'clinical', species: 'human', note: 'chemoradiotherapy (weekly cisplatin) + MRI-guided adaptive brachytherapy, FIGO IB–IVB, 1251 patients; median HR-CTV D90 90 Gy EQD2' },
    quantity: { metric: 'local-control-pct', years: 5, eqd2Gy: 90 },
    value: 92,
    source: EMBRACE_2021,
    provenance: 'read',
    use: 'held-out',
    ifMiss: 'the model has no tumour-control probability: the benchmark a sensitizer must improve on',
  },
  {
    id: 'embrace-i-pelvic-control',
    system: { preset: 'cisplatin-free' },
    condition: { medium: 'clinical', species: 'human', note: 'as above; pelvic control' },
    quantity: { metric: 'local-control-pct', years: 5, eqd2Gy: 90 },
    value: 87,
    source: EMBRACE_2021,
    provenance: 'read',
    use: 'held-out',
  },
  { id: 'embrace-i-overall-survival', system: { preset: 'cisplatin-free' }, condition: { medium: 'clinical', species: 'human', note: 'EMBRACE-I, as above' }, quantity: { metric: 'survival-pct', years: 5 }, value: 74, source: EMBRACE_2021, provenance: 'read', use: 'held-out' },
  { id: 'embrace-i-disease-free', system: { preset: 'cisplatin-free' }, condition: { medium: 'clinical', species: 'human', note: 'EMBRACE-I, disease-free survival' }, quantity: { metric: 'survival-pct', years: 5 }, value: 68, source: EMBRACE_2021, provenance: 'read', use: 'held-out' },
  { id: 'rtog9001-crt-survival', system: { preset: 'cisplatin-free' }, condition: { medium: 'clinical', species: 'human', note: 'pelvic RT + cisplatin/5-FU, locally advanced cervical cancer' }, quantity: { metric: 'survival-pct', years: 5 }, value: 73, source: MORRIS_1999, provenance: 'recalled', use: 'held-out' },
  { id: 'rtog9001-rt-survival', system: { formulation: CELLS_ONLY, label: 'extended-field radiotherapy alone (no sensitizer)' }, condition: { medium: 'clinical', species: 'human', note: 'pelvic + para-aortic RT alone' }, quantity: { metric: 'survival-pct', years: 5 }, value: 58, source: MORRIS_1999, provenance: 'recalled', use: 'held-out' },
  { id: 'cccmac-crt-survival', system: { preset: 'cisplatin-free' }, condition: { medium: 'clinical', species: 'human', note: 'individual-patient meta-analysis, chemoradiotherapy arms' }, quantity: { metric: 'survival-pct', years: 5 }, value: 66, source: CCCMAC_2008, provenance: 'recalled', use: 'held-out' },
  { id: 'cccmac-rt-survival', system: { formulation: CELLS_ONLY, label: 'radiotherapy alone (no sensitizer)' }, condition: { medium: 'clinical', species: 'human', note: 'individual-patient meta-analysis, RT-alone arms' }, quantity: { metric: 'survival-pct', years: 5 }, value: 60, source: CCCMAC_2008, provenance: 'recalled', use: 'held-out' },
  { id: 'ota-stage-ib-local-control', system: { formulation: CELLS_ONLY, label: 'radiotherapy alone, FIGO IB squamous cervical carcinoma' }, condition: { medium: 'clinical', species: 'human', note: 'HDR intracavitary brachytherapy + external RT, no sensitizer' }, quantity: { metric: 'local-control-pct', years: 5, eqd2Gy: null }, value: 92.0, source: OTA_2007, provenance: 'read', use: 'held-out' },
  { id: 'ota-stage-ib-survival', system: { formulation: CELLS_ONLY, label: 'radiotherapy alone, FIGO IB squamous cervical carcinoma' }, condition: { medium: 'clinical', species: 'human', note: 'cumulative 5-year survival' }, quantity: { metric: 'survival-pct', years: 5 }, value: 93.5, source: OTA_2007, provenance: 'read', use: 'held-out' },
  { id: 'ota-stage-ii-local-control', system: { formulation: CELLS_ONLY, label: 'radiotherapy alone, FIGO II squamous cervical carcinoma' }, condition: { medium: 'clinical', species: 'human', note: 'HDR intracavitary brachytherapy + external RT, no sensitizer' }, quantity: { metric: 'local-control-pct', years: 5, eqd2Gy: null }, value: 79.4, source: OTA_2007, provenance: 'read', use: 'held-out' },
  { id: 'ota-stage-ii-survival', system: { formulation: CELLS_ONLY, label: 'radiotherapy alone, FIGO II squamous cervical carcinoma' }, condition: { medium: 'clinical', species: 'human', note: 'cumulative 5-year survival' }, quantity: { metric: 'survival-pct', years: 5 }, value: 77.0, source: OTA_2007, provenance: 'read', use: 'held-out' },
  { id: 'ota-stage-iii-iva-local-control', system: { formulation: CELLS_ONLY, label: 'radiotherapy alone, FIGO III/IVA squamous cervical carcinoma' }, condition: { medium: 'clinical', species: 'human', note: 'HDR intracavitary brachytherapy + external RT, no sensitizer' }, quantity: { metric: 'local-control-pct', years: 5, eqd2Gy: null }, value: 64.2, source: OTA_2007, provenance: 'read', use: 'held-out' },
  { id: 'ota-stage-iii-iva-survival', system: { formulation: CELLS_ONLY, label: 'radiotherapy alone, FIGO III/IVA squamous cervical carcinoma' }, condition: { medium: 'clinical', species: 'human', note: 'cumulative 5-year survival' }, quantity: { metric: 'survival-pct', years: 5 }, value: 60.3, source: OTA_2007, provenance: 'read', use: 'held-out' },
  {
    id: 'doc000-recurrence',
    system: { preset: 'cisplatin-free' },
    condition: { medium: 'clinical', species: 'human', note: 'locally advanced cervical cancer after standard radiotherapy: ≈ 30 % recur' },
    quantity: { metric: 'local-control-pct', years: 5, eqd2Gy: null },
    value: 70,
    source: { authors: 'Union Hospital (seed doc 000)', journal: 'patent transfer notice on IZB@CCM', year: null, locator: 'background' },
    provenance: 'read',
    use: 'held-out',
  },
];
