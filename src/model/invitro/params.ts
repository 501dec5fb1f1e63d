// Sourced parameters of the in-vitro bench (issue #26): medium, size-dependent and saturable internalization, drug exposure, cell-layer binding capacity, incubator oxygen.
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
  uptakeMaxParticlesPerCell: param(6160, 'particles/cell', 'Chithrani et al., Nano Lett 6, 662 (2006): HeLa take up at most ≈ 6,160 citrate gold particles of 50 nm per cell (saturation of the uptake kinetics; ≈ 3,000 for 14 nm and ≈ 2,600 for 74 nm; recalled): the plateau of the saturable uptake at the optimal size, scaled for size by the same log-normal factor as f_int', 'published', { verify: true, spread: { kind: 'lognormal', gsd: 1.5 }, min: 1, max: 1e9, label: 'max uptake (particles/cell)' }),
  ic50ExposureH: param(72, 'h', 'assumption: catalog viability IC50s are for continuous exposure over a 48–72 h assay; a shorter or time-varying exposure is compared through its concentration × time (Haber’s rule, C_eq = AUC / t_ref)', 'assumption', { min: 1, max: 336, label: 'IC50 exposure time' }),
  drugCellPartition: param(10, '1', 'assumption: intracellular/medium concentration ratio of a small lipophilic drug at equilibrium (kinase inhibitors accumulate 1–100 ×); only the cells’ share of the well’s drug depends on it (cells are < 0.1 % of the medium volume)', 'assumption', { spread: { kind: 'lognormal', gsd: 3 }, min: 0.01, max: 1e4, label: 'cell/medium partition' }),
  jammingCoverage: param(0.547, '1', 'random sequential adsorption jamming limit of hard discs on a plane (Feder, J Theor Biol 87, 237 (1980); recalled): the largest area fraction a monolayer of particles bound at the cell layer can cover — the default binding capacity of the Langmuir cell layer', 'published', { verify: true, min: 0.01, max: 1, label: 'monolayer jamming coverage' }),
  cellBindingKdUgPerMl: param(1, 'µg/mL', 'assumption: the value the In vitro tab proposes for the Langmuir cell layer’s dissociation constant when you switch it on (the bench is absorbing, as ISDD, unless you give one). The DG model takes K_D as a user-defined input (DeLoid et al., Part Fibre Toxicol 12, 32 (2015): Fig. 4 varies it at C₀ = 0.1 mg/mL in a 3 mm column; Nat Protoc 12, 355 (2017)); no measured particle–cell K_D was found — its spread covers reversible binding from strong (0.01 µg/mL, ≈ absorbing at usual doses) to weak (100 µg/mL, above most administered concentrations)', 'assumption', {
    spread: { kind: 'lognormal', gsd: 10 },
    min: 0,
    max: 1e5,
    label: 'cell-layer K_D (proposed)',
  }),
  incubatorPO2MmHg: param(150, 'mmHg', 'air with 5 % CO₂ at 37 °C: ≈ 0.2 × (760 − 47 − 38) mmHg ≈ 140–150 mmHg at the surface of a thin medium layer (textbook, assumption about the pericellular value)', 'assumption', { min: 1, max: 200, label: 'incubator pO₂' }),
  cellMassDensityGPerCm3: param(1.0, 'g/cm³', 'assumption: cell density ≈ water (the cell mass of a cell of given volume)', 'assumption', { min: 0.9, max: 1.2, label: 'cell density' }),
} satisfies Record<string, Param>;

export type InvitroParamKey = keyof typeof INVITRO_PARAMS;
