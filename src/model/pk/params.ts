// Sourced constants of the time-resolved pharmacokinetics (M3.t): tumour washout, plasma volume, hypoxia-relief kinetics, curve window. Override by id, e.g. { 'pk.carrierTumorHalfLifeH': 72 }.
import { param, resolveParam, type ParamSet } from '../param';

const LAGINHA_2005 =
  'Laginha et al., Clin Cancer Res 11, 6944 (2005), table of tumour PK in orthotopic 4T1 mice at 9 mg/kg (read): tumour t½ of total doxorubicin 151 h (Doxil), 78 h (DOPC liposome), 25 h (free doxorubicin)';

export const PK_PARAMS = {
  'pk.carrierTumorHalfLifeH': param(150, 'h', `${LAGINHA_2005}; applied to every carrier as the retention of particles in the tumour (assumption beyond PEG liposomes)`, 'assumption', {
    spread: { kind: 'lognormal', gsd: 2 },
    min: 1,
    max: 5000,
    label: 'carrier t½ in tumour',
    description: 'Half-life of carrier-bound payload and particles in the tumour (washout of the particles themselves)',
  }),
  'pk.freeTumorHalfLifeH': param(25, 'h', `${LAGINHA_2005}; applied to every released or free payload (assumption beyond doxorubicin, which binds DNA; many small molecules wash out faster)`, 'assumption', {
    spread: { kind: 'lognormal', gsd: 2 },
    min: 0.1,
    max: 1000,
    label: 'free drug t½ in tumour',
    description: 'Half-life of released or free drug in the tumour (washout back to blood)',
  }),
  'pk.intratumoralDepotHalfLifeH': param(2000, 'h', 'assumption from Bonvalot et al., Clin Cancer Res 23, 908 (2017): intratumoral NBTXR3 stays in the tumour through a 5-week radiotherapy course (recalled, to verify); an injected depot does not wash out like extravasated particles (its early loss is the retention)', 'assumption', {
    verify: true,
    spread: { kind: 'lognormal', gsd: 2 },
    min: 1,
    max: 1e5,
    label: 'intratumoral depot t½',
    description: 'Half-life of carrier-bound payload and particles injected into the tumour (intratumoral route)',
  }),
  'pk.plasmaVolumeMlPerKg': param(40, 'mL/kg', 'Diehl et al., J Appl Toxicol 21, 15 (2001): mouse circulating blood volume 72 mL/kg (63–80), × (1 − haematocrit 0.45) ≈ 40 mL/kg plasma (recalled, to verify)', 'published', {
    verify: true,
    spread: { kind: 'uniform', min: 35, max: 45 },
    min: 10,
    max: 200,
    label: 'plasma volume',
    description: 'Plasma volume per body mass that turns amounts in plasma into concentrations',
  }),
  'pk.hypoxiaReliefOnsetH': param(24, 'h', 'assumption: FAK inhibition relieves hypoxia by remodelling the CAF matrix and normalising vessels, which takes about a day to build (vascular normalisation windows of 1–5 days, Jain, Science 307, 58 (2005); recalled)', 'assumption', {
    spread: { kind: 'uniform', min: 6, max: 72 },
    min: 0.1,
    max: 500,
    label: 'hypoxia relief onset t½',
    description: 'Half-time with which hypoxia relief follows a rise in FAK occupancy',
  }),
  'pk.hypoxiaReliefDecayH': param(48, 'h', 'assumption: the relieved matrix and vessels revert over days once the drug is gone (normalisation window closes in ≈ 2–5 days, Jain 2005; recalled)', 'assumption', {
    spread: { kind: 'uniform', min: 12, max: 120 },
    min: 0.1,
    max: 1000,
    label: 'hypoxia relief decay t½',
    description: 'Half-time with which hypoxia relief fades after FAK occupancy falls',
  }),
  'pk.curveWindowH': param(336, 'h', 'convention (display): concentration–time curves over two weeks after the first injection (AUCs are to infinity)', 'assumption', {
    min: 1,
    max: 5000,
    label: 'curve window',
    description: 'Length of the concentration–time curves',
  }),
  'pk.leakageWindowH': param(24, 'h', 'convention (definition, #16 §2): premature leakage is the release in serum at 37 °C, pH 7.4, within this fixed window — the same for every carrier, so circulating longer is not penalised, leaking faster is', 'assumption', {
    min: 1,
    max: 500,
    label: 'leakage window',
    description: 'Fixed time over which premature leakage (release in blood) is read',
  }),
  'pk.maxLeakRatePerH': param(100, 'h⁻¹', 'convention (numerical cap): a payload released within about a minute in blood is treated as leaking at 100 h⁻¹ (all of it leaves the carrier before the carrier leaves the blood)', 'assumption', {
    min: 1,
    max: 1e4,
    label: 'leak rate cap',
    description: 'Largest in-blood leak rate (h⁻¹) the compartment model uses',
  }),
} satisfies ParamSet;

export type PkParamId = keyof typeof PK_PARAMS;

/** Resolved value of a PK parameter with any override applied. */
export function pkp(id: PkParamId, overrides?: Record<string, number>): number {
  return resolveParam(PK_PARAMS[id], overrides?.[id]);
}
