// Sourced parameters of the in-vitro bench (issue #26): medium, size-dependent internalization, incubator oxygen.
import { param, type Param } from '../param';

export const INVITRO_PARAMS = {
  mediumDensityGPerCm3: param(1.007, 'g/cm³', 'DMEM + 10 % FBS at 37 °C ≈ 1.007 g/cm³ (ISDD/DG input tables, Hinderliter et al. 2010; DeLoid et al. 2017; recalled)', 'published', { verify: true, min: 0.95, max: 1.2, label: 'medium density' }),
  internalizedFractionMax: param(0.05, '1', 'assumption: share of the particles delivered to the cell layer that the cells internalize during the incubation, at the optimal size; ICP-MS studies commonly find a few per cent (1–10 %) of the administered gold in the cells after 24 h (recalled); Chithrani et al., Nano Lett 2006: uptake peaks at ≈ 50 nm', 'assumption', {
    spread: { kind: 'lognormal', gsd: 2 },
    min: 0,
    max: 1,
    label: 'internalized fraction (max)',
  }),
  uptakeOptimumNm: param(50, 'nm', 'Chithrani et al., Nano Lett 6, 662 (2006): HeLa uptake of citrate gold is highest at 50 nm among 14–100 nm (recalled)', 'published', { verify: true, spread: { kind: 'uniform', min: 40, max: 60 }, min: 1, max: 1000, label: 'uptake optimum size' }),
  uptakeWidthLn: param(0.8, '1', 'assumption: log-normal width of the size dependence (14 and 74 nm particles were taken up ≈ 2–3 × less than 50 nm in Chithrani 2006, recalled)', 'assumption', { spread: { kind: 'uniform', min: 0.5, max: 1.2 }, min: 0.05, max: 5, label: 'uptake size width (ln)' }),
  incubatorPO2MmHg: param(150, 'mmHg', 'air with 5 % CO₂ at 37 °C: ≈ 0.2 × (760 − 47 − 38) mmHg ≈ 140–150 mmHg at the surface of a thin medium layer (textbook, assumption about the pericellular value)', 'assumption', { min: 1, max: 200, label: 'incubator pO₂' }),
  cellMassDensityGPerCm3: param(1.0, 'g/cm³', 'assumption: cell density ≈ water (the cell mass of a cell of given volume)', 'assumption', { min: 0.9, max: 1.2, label: 'cell density' }),
} satisfies Record<string, Param>;

export type InvitroParamKey = keyof typeof INVITRO_PARAMS;
