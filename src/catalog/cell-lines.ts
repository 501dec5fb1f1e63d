// In-vitro bench catalog (issue #26): cell lines (LQ α, β, doubling time, volume, plating efficiency, drug IC50s) and plate formats, every value sourced.
import type { Param } from '../model/param';
import { assumed, recalled } from './sourced';

import { CELL_LINE_IDS, PLATE_IDS, type CellLineId, type PlateId } from './cell-line-ids';

export { CELL_LINE_IDS, PLATE_IDS, isCellLineId, isPlateId, type CellLineId, type PlateId } from './cell-line-ids';

export interface CatalogCellLine {
  id: CellLineId;
  name: string;
  species: 'human' | 'mouse';
  tissue: string;
  description: string;
  alphaPerGy: Param;
  betaPerGy2: Param;
  doublingTimeH: Param;
  cellVolumeUm3: Param;
  platingEfficiency: Param;
  /** IC50 (M) and Hill slope per agent id, where published for this line (72 h viability unless said) */
  ic50M: Partial<Record<string, Param>>;
}

const LQ_RANGE = 'assumption: no LQ fit for this line was available to us; chosen inside the published range of its SF2';
const HILL_DEFAULT: Param = assumed(1, '1', 'Hill slope 1 (a single-site dose–response) when none is published', { min: 0.1, max: 5, label: 'Hill slope' });
export const DEFAULT_HILL = HILL_DEFAULT;

export const CELL_LINES: Record<CellLineId, CatalogCellLine> = {
  hela: {
    id: 'hela',
    name: 'HeLa',
    species: 'human',
    tissue: 'cervical adenocarcinoma (HPV-18)',
    description: 'The calibration line of the local effect (Chithrani et al. 2010).',
    alphaPerGy: assumed(0.3, 'Gy⁻¹', 'HeLa LQ α typical of published HeLa X-ray fits (0.2–0.4 Gy⁻¹, recalled); the same value as the local-effect calibration', { min: 1e-3, max: 5, label: 'α' }),
    betaPerGy2: assumed(0.04, 'Gy⁻²', 'HeLa LQ β typical of published fits (0.02–0.06 Gy⁻², recalled)', { min: 0, max: 1, label: 'β' }),
    doublingTimeH: recalled(23, 'h', 'ATCC CCL-2 / Cellosaurus CVCL_0030 doubling time ≈ 23 h', { min: 1, max: 500, label: 'doubling time' }),
    cellVolumeUm3: recalled(3000, 'µm³', 'BioNumbers (HeLa volume 1,200–4,300 µm³, typical ≈ 3,000)', { min: 100, max: 1e5, label: 'cell volume' }),
    platingEfficiency: assumed(0.6, '1', 'HeLa plates efficiently (50–80 % in most clonogenic reports)', { min: 0.001, max: 1, label: 'plating efficiency' }),
    ic50M: {
      cisplatin: recalled(5e-6, 'M', 'HeLa cisplatin IC50 ≈ 1–10 µM at 48–72 h (GDSC / literature range)', { min: 1e-12, max: 1, label: 'IC50 cisplatin' }),
      doxorubicin: recalled(2e-7, 'M', 'HeLa doxorubicin IC50 ≈ 0.1–1 µM at 48–72 h (literature range)', { min: 1e-12, max: 1, label: 'IC50 doxorubicin' }),
    },
  },
  siha: {
    id: 'siha',
    name: 'SiHa',
    species: 'human',
    tissue: 'cervical squamous carcinoma (HPV-16)',
    description: 'Radioresistant cervical line (SF2 ≈ 0.6–0.7).',
    alphaPerGy: assumed(0.15, 'Gy⁻¹', `${LQ_RANGE} (SF2 ≈ 0.6–0.7, recalled)`, { min: 1e-3, max: 5, label: 'α' }),
    betaPerGy2: assumed(0.03, 'Gy⁻²', LQ_RANGE, { min: 0, max: 1, label: 'β' }),
    doublingTimeH: recalled(40, 'h', 'ATCC HTB-35 / Cellosaurus CVCL_0032 (≈ 36–48 h)', { min: 1, max: 500, label: 'doubling time' }),
    cellVolumeUm3: assumed(3500, 'µm³', 'epithelial carcinoma cell of ≈ 19 µm diameter in suspension', { min: 100, max: 1e5, label: 'cell volume' }),
    platingEfficiency: assumed(0.3, '1', 'typical of squamous lines', { min: 0.001, max: 1, label: 'plating efficiency' }),
    ic50M: { cisplatin: recalled(1e-5, 'M', 'SiHa cisplatin IC50 ≈ 5–20 µM at 48–72 h (literature range)', { min: 1e-12, max: 1, label: 'IC50 cisplatin' }) },
  },
  caski: {
    id: 'caski',
    name: 'CaSki',
    species: 'human',
    tissue: 'cervical squamous carcinoma (HPV-16, metastatic)',
    description: 'Cervical line with many HPV-16 copies; intermediate radiosensitivity.',
    alphaPerGy: assumed(0.25, 'Gy⁻¹', `${LQ_RANGE} (SF2 ≈ 0.5, recalled)`, { min: 1e-3, max: 5, label: 'α' }),
    betaPerGy2: assumed(0.04, 'Gy⁻²', LQ_RANGE, { min: 0, max: 1, label: 'β' }),
    doublingTimeH: recalled(45, 'h', 'ATCC CRL-1550 / Cellosaurus CVCL_1100 (≈ 40–50 h)', { min: 1, max: 500, label: 'doubling time' }),
    cellVolumeUm3: assumed(3000, 'µm³', 'as HeLa', { min: 100, max: 1e5, label: 'cell volume' }),
    platingEfficiency: assumed(0.3, '1', 'typical of squamous lines', { min: 0.001, max: 1, label: 'plating efficiency' }),
    ic50M: {},
  },
  'cervical-caf': {
    id: 'cervical-caf',
    name: 'Cervical CAF',
    species: 'human',
    tissue: 'cancer-associated fibroblasts (primary, cervical)',
    description: 'Primary fibroblasts: slow, clone poorly; normal-tissue-like α/β ≈ 3 Gy.',
    alphaPerGy: assumed(0.15, 'Gy⁻¹', 'fibroblast-like α with α/β ≈ 3 Gy (late-responding convention)', { min: 1e-3, max: 5, label: 'α' }),
    betaPerGy2: assumed(0.05, 'Gy⁻²', 'α/β ≈ 3 Gy', { min: 0, max: 1, label: 'β' }),
    doublingTimeH: assumed(60, 'h', 'primary fibroblasts double in 2–3 days at low passage', { min: 1, max: 500, label: 'doubling time' }),
    cellVolumeUm3: assumed(4000, 'µm³', 'spread fibroblast ≈ 2,000–6,000 µm³', { min: 100, max: 1e5, label: 'cell volume' }),
    platingEfficiency: assumed(0.1, '1', 'primary fibroblasts form few colonies', { min: 0.001, max: 1, label: 'plating efficiency' }),
    ic50M: {},
  },
  '4t1': {
    id: '4t1',
    name: '4T1',
    species: 'mouse',
    tissue: 'mammary carcinoma (BALB/c)',
    description: 'The usual syngeneic mouse line of in-vivo nanoparticle work.',
    alphaPerGy: assumed(0.2, 'Gy⁻¹', `${LQ_RANGE} (4T1 SF2 ≈ 0.5–0.6, recalled)`, { min: 1e-3, max: 5, label: 'α' }),
    betaPerGy2: assumed(0.03, 'Gy⁻²', LQ_RANGE, { min: 0, max: 1, label: 'β' }),
    doublingTimeH: recalled(20, 'h', 'ATCC CRL-2539 / Cellosaurus CVCL_0125 (≈ 14–24 h)', { min: 1, max: 500, label: 'doubling time' }),
    cellVolumeUm3: assumed(2000, 'µm³', 'small murine carcinoma cell', { min: 100, max: 1e5, label: 'cell volume' }),
    platingEfficiency: assumed(0.5, '1', 'typical of established murine lines', { min: 0.001, max: 1, label: 'plating efficiency' }),
    ic50M: { doxorubicin: recalled(3e-7, 'M', '4T1 doxorubicin IC50 ≈ 0.1–1 µM at 48–72 h (literature range)', { min: 1e-12, max: 1, label: 'IC50 doxorubicin' }) },
  },
  'mda-mb-231': {
    id: 'mda-mb-231',
    name: 'MDA-MB-231',
    species: 'human',
    tissue: 'breast adenocarcinoma (triple negative)',
    description: 'The line of Jain et al. 2011 (1.9 nm gold, 160 kVp / 6 MV / 15 MV).',
    alphaPerGy: assumed(0.2, 'Gy⁻¹', `${LQ_RANGE} (SF2 ≈ 0.6, recalled)`, { min: 1e-3, max: 5, label: 'α' }),
    betaPerGy2: assumed(0.03, 'Gy⁻²', LQ_RANGE, { min: 0, max: 1, label: 'β' }),
    doublingTimeH: recalled(38, 'h', 'ATCC HTB-26 / Cellosaurus CVCL_0062 (≈ 30–40 h)', { min: 1, max: 500, label: 'doubling time' }),
    cellVolumeUm3: assumed(3500, 'µm³', 'epithelial carcinoma cell', { min: 100, max: 1e5, label: 'cell volume' }),
    platingEfficiency: assumed(0.5, '1', 'typical of established lines', { min: 0.001, max: 1, label: 'plating efficiency' }),
    ic50M: {},
  },
};

/**
 * Viability (cytotoxicity) IC50 per agent in adherent 2-D culture (M, continuous exposure over a 48–72 h assay), used
 * for a cell line that has no value of its own in `ic50M`. Distinct from an agent's fakIc50CellM (target engagement,
 * which sets the FAK occupancy): a FAK inhibitor blocks FAK at ≈ 0.1 µM but hardly kills adherent cells below µM.
 * Kept here, beside the cell lines, so the in-vivo model's parameter set (and its Monte Carlo draws) is unchanged.
 */
export const AGENT_VIABILITY_IC50M: Partial<Record<string, Param>> = {
  in10018: recalled(1e-5, 'M', 'Laszlo et al., J Mol Med 97, 231 (2019): BI 853520 (IN10018) viability IC50 > 5 µM in all 12 adherent mesothelioma lines (abstract); Hirt et al., Oncogenesis 7, 21 (2018): FAK-inhibitor sensitivity is largely confined to anchorage-independent (3-D) growth. 10 µM is taken above the published bound; no value for a cervical line (HeLa, SiHa, CaSki) was found, so every line uses this one', { min: 1e-12, max: 1e-1, label: 'IC50 in10018 (viability, 2-D)' }),
};

export interface CatalogPlate {
  id: PlateId;
  name: string;
  wellAreaCm2: Param;
  /** working volume usually used for particle exposure (mL) */
  mediumVolumeMl: Param;
}

const PLATE_SOURCE = 'Corning / Thermo Fisher cell-culture surface-area tables';
function plate(id: PlateId, name: string, area: number, volume: number): CatalogPlate {
  return {
    id,
    name,
    wellAreaCm2: recalled(area, 'cm²', PLATE_SOURCE, { min: 0.01, max: 1000, label: 'well area' }),
    mediumVolumeMl: assumed(volume, 'mL', `a usual working volume for a ${name}`, { min: 0.001, max: 100, label: 'medium volume' }),
  };
}

export const PLATES: Record<PlateId, CatalogPlate> = {
  '96-well': plate('96-well', '96-well plate', 0.32, 0.1),
  '48-well': plate('48-well', '48-well plate', 0.95, 0.3),
  '24-well': plate('24-well', '24-well plate', 1.9, 0.5),
  '12-well': plate('12-well', '12-well plate', 3.8, 1),
  '6-well': plate('6-well', '6-well plate', 9.5, 2),
  'dish-35mm': plate('dish-35mm', '35 mm dish', 8.8, 2),
  t25: plate('t25', 'T25 flask', 25, 5),
};

/** Every Param of the in-vitro catalog with its dotted path (the provenance audit of this module, kept out of the initial bundle). */
export function cellLineProvenanceAudit(): { path: string; param: Param }[] {
  const out: { path: string; param: Param }[] = [];
  const walk = (x: unknown, path: string): void => {
    if (x && typeof x === 'object' && 'value' in x && 'source' in x && 'unit' in x) out.push({ path, param: x as Param });
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, `${path}.${k}`);
  };
  for (const id of CELL_LINE_IDS) walk(CELL_LINES[id], `cellLines.${id}`);
  for (const id of PLATE_IDS) walk(PLATES[id], `plates.${id}`);
  walk(AGENT_VIABILITY_IC50M, 'agentViabilityIc50M');
  return out;
}
