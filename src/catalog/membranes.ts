// Cell-membrane sources for biomimetic coats (contract §5): cell kind, tumour type (homotypic targeting), markers and the
// half-life prolongation each membrane gives relative to the red-blood-cell membrane (MODEL.md M3).
import type { CellKind, MembraneProps } from '../model/entities';
import type { Param } from '../model/param';
import { assumed, recalled } from './sourced';

export const MEMBRANE_IDS = ['hela', 'siha', 'caski', 'caf-cervical', 'rbc', 'platelet', 'macrophage', '4t1'] as const;
export type MembraneId = (typeof MEMBRANE_IDS)[number];

/** Catalog extension: species of origin and what the coat is for, for menus and explanations. */
export interface CatalogMembrane extends MembraneProps {
  species: 'human' | 'mouse';
  /** What this membrane is used for in one phrase (e.g. 'homotypic targeting of cervical cancer cells'). */
  role: string;
}

const prolong = (p: Param): Param => ({
  ...p,
  min: 0,
  max: 2,
  label: 'prolongation vs RBC',
  description: 'Half-life gain of this coat relative to the RBC membrane\'s gain over a bare particle (RBC = 1)',
});

const CANCER_PROLONG = 'CD47-bearing cancer-cell membranes prolong circulation ≈ 0.6× as much as RBC membrane (MODEL.md M3)';

function membrane(
  id: MembraneId,
  name: string,
  cellKind: CellKind,
  tumorType: string | null,
  species: 'human' | 'mouse',
  markers: string[],
  prolongationVsRbc: Param,
  role: string,
  description: string,
): CatalogMembrane {
  return { id, name, description, cellKind, tumorType, markers, prolongationVsRbc: prolong(prolongationVsRbc), species, role };
}

export const MEMBRANES: Record<MembraneId, CatalogMembrane> = {
  hela: membrane(
    'hela',
    'HeLa cervical cancer cell membrane',
    'cancer',
    'cervical',
    'human',
    ['CD47', 'N-cadherin', 'galectin-3', 'EpCAM'],
    assumed(0.6, '1', CANCER_PROLONG),
    'homotypic targeting of cervical cancer cells',
    'Membrane from HeLa cells, a human cervical adenocarcinoma line (HPV-18). Cancer cells recognise and stick to their own kind ("homotypic targeting"), so particles wearing this membrane are taken up more by cervical tumour cells; its CD47 also says "don\'t eat me" to macrophages.',
  ),
  siha: membrane(
    'siha',
    'SiHa cervical cancer cell membrane',
    'cancer',
    'cervical',
    'human',
    ['CD47', 'E-cadherin', 'EpCAM'],
    assumed(0.6, '1', CANCER_PROLONG),
    'homotypic targeting of cervical squamous carcinoma',
    'Membrane from SiHa cells, a human cervical squamous cell carcinoma line (HPV-16). Same idea as HeLa membrane: cancer cells bind cells like themselves.',
  ),
  caski: membrane(
    'caski',
    'CaSki cervical cancer cell membrane',
    'cancer',
    'cervical',
    'human',
    ['CD47', 'E-cadherin', 'EpCAM'],
    assumed(0.6, '1', CANCER_PROLONG),
    'homotypic targeting of metastatic cervical carcinoma',
    'Membrane from CaSki cells, a human cervical epidermoid carcinoma line (HPV-16) taken from a metastasis.',
  ),
  'caf-cervical': membrane(
    'caf-cervical',
    'Cervical cancer-associated fibroblast membrane',
    'caf',
    'cervical',
    'human',
    ['FAP', 'α-SMA', 'PDGFR-β', 'vimentin'],
    assumed(0.3, '1', 'fibroblast membranes carry less CD47 than cancer cells: ≈ 0.3× the RBC prolongation (MODEL.md M3)'),
    'targeting of cancer-associated fibroblasts (CAFs)',
    'Membrane from fibroblasts grown out of cervical tumours. CAFs build the dense matrix that blocks drugs and starves the tumour of oxygen; a CAF-membrane coat steers particles to them (the second target of IZB@CCM, IZB@CCM patent notice).',
  ),
  rbc: membrane(
    'rbc',
    'Red blood cell membrane',
    'blood',
    null,
    'mouse',
    ['CD47', 'CD59', 'glycophorin'],
    recalled(1, '1', 'reference by definition: RBC-membrane-coated PLGA t½ 39.6 h vs 15.8 h PEG (Hu et al., PNAS 2011)', { spread: { kind: 'lognormal', gsd: 1 } }),
    'long circulation (immune evasion)',
    'Membrane from red blood cells, which live for months in blood. Its CD47 "self" marker hides particles from macrophages, giving the longest circulation of the natural coats (Hu et al. 2011). It does not target tumours.',
  ),
  platelet: membrane(
    'platelet',
    'Platelet membrane',
    'blood',
    null,
    'mouse',
    ['CD47', 'P-selectin', 'GPIb', 'CD55', 'CD59'],
    assumed(0.8, '1', 'platelet membranes also carry CD47 and complement regulators; prolongation close to RBC\'s'),
    'long circulation and adhesion to damaged vessels and circulating tumour cells',
    'Membrane from platelets, the blood cells that seal damaged vessels. Its P-selectin binds some tumour cells and leaky tumour vessels.',
  ),
  macrophage: membrane(
    'macrophage',
    'Macrophage membrane',
    'immune',
    null,
    'mouse',
    ['CD47', 'CD45', 'α4 integrin', 'LFA-1'],
    assumed(0.5, '1', 'macrophage membranes evade other macrophages less well than RBC membranes'),
    'homing to inflamed tissue and tumours',
    'Membrane from macrophages, immune cells that migrate into tumours; their α4 integrin binds VCAM-1 on inflamed tumour vessels.',
  ),
  '4t1': membrane(
    '4t1',
    '4T1 breast cancer cell membrane',
    'cancer',
    'breast',
    'mouse',
    ['CD47', 'N-cadherin', 'galectin-3'],
    assumed(0.6, '1', CANCER_PROLONG),
    'homotypic targeting of triple-negative breast cancer (mouse model)',
    'Membrane from 4T1 cells, a mouse triple-negative breast cancer line that spreads like late human breast cancer; the classic model for cancer-membrane-coated particles.',
  ),
};

/** True when `id` is a catalog membrane id. */
export function isMembraneId(id: string): id is MembraneId {
  return (MEMBRANE_IDS as readonly string[]).includes(id);
}
