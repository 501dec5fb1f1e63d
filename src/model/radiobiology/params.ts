// Sourced parameters of the radiobiology model (MODEL.md M4.4–M4.7); each can be overridden by key.
import { param, type Param } from '../physics';

export const RADIOBIOLOGY_PARAMS = {
  alphaPerGy: param(0.25, 'Gy⁻¹', 'assumption: cervical carcinoma default with α/β = 10 Gy (clinical convention) and SF2 0.55, inside the 0.23–0.6 range of five HX cervical lines (Kelland & Steel, Radiother Oncol 1988); no published α for HeLa/SiHa/CaSki found', 'assumption', { spread: { kind: 'lognormal', gsd: 1.5 }, min: 1e-4, max: 5, label: 'α' }),
  betaPerGy2: param(0.025, 'Gy⁻²', 'assumption: α/β = 10 Gy with the default α', 'assumption', { spread: { kind: 'lognormal', gsd: 1.5 }, min: 0, max: 1, label: 'β' }),
  hypoxicFraction: param(0.3, '1', 'assumption: cervical tumours, median pO₂ ≈ 9 mmHg', 'assumption', { spread: { kind: 'uniform', min: 0.1, max: 0.5 }, min: 0, max: 1, label: 'hypoxic fraction' }),
  pO2OxicMmHg: param(20, 'mmHg', 'assumption: oxic compartment of a two-compartment tumour', 'assumption', { spread: { kind: 'uniform', min: 10, max: 40 }, min: 0, max: 160, label: 'oxic pO₂' }),
  pO2HypoxicMmHg: param(2, 'mmHg', 'assumption: hypoxic compartment (radiobiological hypoxia < 2.5 mmHg)', 'assumption', { spread: { kind: 'uniform', min: 0.5, max: 5 }, min: 0, max: 160, label: 'hypoxic pO₂' }),
  omfM: param(3, '1', 'Alper & Howard-Flanders, Radiat Res 1956: maximum oxygen enhancement ratio ≈ 3 for photons', 'published', { spread: { kind: 'uniform', min: 2.5, max: 3.5 }, min: 1, max: 5, label: 'OER max m' }),
  omfKMmHg: param(3, 'mmHg', 'Inaniwa et al., Phys Med Biol 2021 (K = 3 mmHg in the Alper–Howard-Flanders form)', 'published', { verify: true, spread: { kind: 'uniform', min: 2, max: 5 }, min: 0.01, max: 50, label: 'OMF K' }),
  epsFak: param(0.2, '1', 'assumption: relative α gain at full FAK occupancy', 'assumption', { spread: { kind: 'uniform', min: 0, max: 0.5 }, min: 0, max: 5, label: 'ε_FAK' }),
  rhoFak: param(0.5, '1', "assumption: relative hypoxia relief at full FAK occupancy and CAF uptake (CAF/ECM remodelling, the patent's claim)", 'assumption', { spread: { kind: 'uniform', min: 0, max: 0.8 }, min: 0, max: 1, label: 'ρ_FAK' }),
  ic50M: param(1e-7, 'M', 'assumption: cellular IC50 of IN10018 0.1 µM (biochemical IC50 1 nM, vendor data)', 'assumption', { spread: { kind: 'lognormal', gsd: 3 }, min: 1e-12, max: 1e-3, label: 'cellular IC50' }),
  alphaBetaEqd2Gy: param(10, 'Gy', 'assumption: clinical convention α/β = 10 Gy for tumour EQD2', 'assumption', { min: 0.1, max: 100, label: 'α/β for EQD2' }),
} satisfies Record<string, Param>;

export type RadiobiologyParamKey = keyof typeof RADIOBIOLOGY_PARAMS;
