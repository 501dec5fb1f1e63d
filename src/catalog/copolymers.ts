// Block copolymers that form micelle cores (#27): each with its own CMC and serum kinetic stability (extraction of physically entrapped drug by serum proteins), read by M3.micelle-stability.
import type { CopolymerProps } from '../model/entities';
import { backSolved, recalled } from './sourced';

export const COPOLYMER_IDS = ['peg-pdlla', 'peg-pasp-phenylbutyl', 'peg-pasp-dox', 'peg-pglu', 'pluronic-p105', 'pluronic-p123'] as const;
export type CopolymerId = (typeof COPOLYMER_IDS)[number];

export function isCopolymerId(x: string): x is CopolymerId {
  return (COPOLYMER_IDS as readonly string[]).includes(x);
}

const MG_L = 'mg/L';
const PER_H = 'h⁻¹';
const CMC_EXTRA = { spread: { kind: 'lognormal' as const, gsd: 3 }, min: 1e-3, max: 1e5, label: 'CMC', description: 'Critical micelle concentration of the copolymer at 37 °C' };
const KEX_EXTRA = { min: 0, max: 1e3, label: 'k_ex', description: 'Serum extraction rate of a physically entrapped drug of the reference log P from the micelle core, 37 °C' };

/** PEG–polyester / PEG–poly(amino acid) CMC (the class value the polymeric-micelle core also uses). */
const classCmc = (who: string) =>
  recalled(10, MG_L, `CMC of PEG–polyester and PEG–poly(amino acid) block copolymers ≈ 10⁻⁷–10⁻⁶ M, i.e. ≈ 1–20 mg/L for 10–20 kDa copolymers (Kwon & Kataoka, Adv Drug Deliv Rev 16, 295 (1995); Torchilin, J Control Release 73, 137 (2001)); class value for ${who}`, CMC_EXTRA);

/**
 * Pluronic (PEO–PPO–PEO) cores: the PPO block is a liquid above its T_g (≈ −70 °C) and exchanges drug with serum
 * proteins fast. One rate for the class, fitted on the calibration-side record of paclitaxel in Pluronic P105 micelles
 * (rats, vs Taxol: plasma AUC 5.3×; Arch Pharm Res 31, 530 (2008), abstract read) through the model's own plasma AUC
 * ratio (M3.t) against the same dose of paclitaxel in Cremophor EL/ethanol (#27, src/catalog/vehicles.ts).
 */
const PLURONIC_KEX = backSolved(
  0.656566724,
  PER_H,
  'the plasma AUC ratio 5.3 of paclitaxel in Pluronic P105 micelles vs Taxol in rats (Arch Pharm Res 31, 530–538 (2008), abstract read; corpus record p105-auc, calibration): k_ex solved so that M3.t gives 5.3 at 10 mg/kg against paclitaxel in Cremophor EL/ethanol (the vehicle\'s clearance from Eiseman et al. 1994, calibration records eiseman-ptx-clearance-male/-female) (scripts/fit-micelle-extraction.ts); before the vehicle (#27, branch pk2) it was 2.477 h⁻¹ against the unformulated drug',
  KEX_EXTRA,
);

export const COPOLYMERS: Record<CopolymerId, CopolymerProps> = {
  'peg-pdlla': {
    id: 'peg-pdlla',
    name: 'mPEG–PDLLA (Genexol-PM type)',
    description: 'Methoxy-PEG–poly(D,L-lactide) diblock (e.g. 2000–1750 g/mol): an amorphous, water-plasticised polyester core that holds paclitaxel by hydrophobic contact only.',
    cmcMgPerL: classCmc('mPEG–PDLLA'),
    serumExtractionPerH: null,
    note: 'In-vivo FRET shows PEG–PDLLA micelles losing their lipophilic cargo within minutes to hours of injection (Chen et al., Langmuir 24, 5213 (2008), recalled), but no calibration-side record sets a rate: the core\'s M2 serum release stands.',
  },
  'peg-pasp-phenylbutyl': {
    id: 'peg-pasp-phenylbutyl',
    name: 'PEG–polyaspartate, 4-phenyl-1-butanol ester (NK105 type)',
    description: 'PEG–poly(aspartic acid) with about half of the carboxyls esterified by 4-phenyl-1-butanol: an aromatic core built to hold paclitaxel by hydrophobic and π–π contact.',
    cmcMgPerL: classCmc('PEG–poly(amino acid) ester cores'),
    serumExtractionPerH: null,
    note: 'A strongly interacting core: no serum extraction beyond the core\'s M2 serum release (Hamaguchi et al., Br J Cancer 92 (2005), abstract read: leakage from the micelle minimal; no rate). The aromatic core\'s extra hold on paclitaxel (π–π contact) is not in the model: the drug–core partition (#27 pk4) uses log P only, and paclitaxel is its reference drug.',
  },
  'peg-pasp-dox': {
    id: 'peg-pasp-dox',
    name: 'PEG–polyaspartate with conjugated doxorubicin (NK911 type)',
    description: 'PEG–poly(aspartic acid) with part of the carboxyls amide-bonded to doxorubicin; free doxorubicin is entrapped physically by π–π stacking with the bound drug.',
    cmcMgPerL: classCmc('PEG–poly(amino acid) cores'),
    serumExtractionPerH: null,
    note: 'No measured serum release rate of the physically entrapped doxorubicin: the core\'s M2 serum release stands, with the drug–core partition (#27 pk4: doxorubicin, log P 1.27, leaves ≈ 490× faster than the reference paclitaxel). π-stacking with the conjugated doxorubicin would hold it longer; no rate for that was found.',
  },
  'peg-pglu': {
    id: 'peg-pglu',
    name: 'PEG–poly(glutamic acid) (NC-6004 / NC-4016 type)',
    description: 'PEG–poly(L-glutamic acid): the carboxyls coordinate platinum (cisplatin, DACH-Pt), which cross-links the core.',
    cmcMgPerL: classCmc('PEG–poly(glutamic acid)'),
    serumExtractionPerH: null,
    note: 'Coordinated drug leaves by ligand exchange (the agent\'s conjugateCleavagePerH), not by extraction.',
  },
  'pluronic-p105': {
    id: 'pluronic-p105',
    name: 'Pluronic P105 (PEO37–PPO56–PEO37)',
    description: 'Poloxamer 335: a PEO–PPO–PEO triblock (≈ 6.5 kDa) whose liquid PPO core holds hydrophobic drugs loosely.',
    cmcMgPerL: recalled(40, MG_L, 'Pluronic P105 CMC ≈ 6.2·10⁻⁶ M at 37 °C (Batrakova & Kabanov, J Control Release 130, 98 (2008), table) × 6500 g/mol', CMC_EXTRA),
    serumExtractionPerH: PLURONIC_KEX,
  },
  'pluronic-p123': {
    id: 'pluronic-p123',
    name: 'Pluronic P123 (PEO20–PPO70–PEO20)',
    description: 'Poloxamer 403: a PEO–PPO–PEO triblock (≈ 5.75 kDa) with a longer PPO block than P105; a liquid PPO core.',
    cmcMgPerL: recalled(25, MG_L, 'Pluronic P123 CMC ≈ 4.4·10⁻⁶ M at 37 °C (Batrakova & Kabanov, J Control Release 130, 98 (2008), table) × 5750 g/mol', CMC_EXTRA),
    serumExtractionPerH: PLURONIC_KEX,
  },
};

export function getCopolymer(id: string): CopolymerProps {
  if (!isCopolymerId(id)) throw new Error(`unknown copolymer "${id}"; valid ids: ${COPOLYMER_IDS.join(', ')}`);
  return COPOLYMERS[id];
}
