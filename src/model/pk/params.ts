// Sourced constants of the time-resolved pharmacokinetics (M3.t): tumour washout, plasma volume, free-drug clearance scaling, hypoxia-relief kinetics, curve window. Override by id, e.g. { 'pk.carrierTumorHalfLifeH': 72 }.
import type { VehicleDrugPk } from '../entities';
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
  'pk.allometricClearanceExponent': param(0.75, '1', 'Boxenbaum, J Pharmacokinet Biopharm 10, 201 (1982); West, Brown & Enquist, Science 276, 122 (1997) (recalled): clearance scales as body mass^0.75 across mammals, so per kg a mouse clears (m_mouse/m_human)^(0.75 − 1) ≈ 7.7× faster than a 70 kg human', 'published', {
    verify: true,
    spread: { kind: 'uniform', min: 0.65, max: 0.85 },
    min: 0.5,
    max: 1,
    label: 'allometric exponent (CL)',
    description: 'Exponent b of CL ∝ body mass^b that scales a free drug\'s human clearance to the mouse',
  }),
  'pk.humanBodyMassKg': param(70, 'kg', 'convention: the 70 kg reference adult of human label clearances (ICRP reference man)', 'assumption', {
    min: 30,
    max: 150,
    label: 'human body mass',
    description: 'Body mass of the adult whose clearance is scaled to the mouse',
  }),
  // ---- #27 (branch gen3): extracellular distribution of particles smaller than the endothelial small pores ----
  'pk.interstitialVolumeMlPerKg': param(183, 'mL/kg', 'Durbin, Clemons, Jeung & Kullgren, Health Phys 63(4) (1992), reference mouse (abstract, read): extracellular water (²²Na space) 232 ± 15 µL/g and plasma volume (¹²⁵I-transferrin) 48.9 ± 4.4 µL/g, so the interstitial (extravascular extracellular) fluid is 232 − 48.9 ≈ 183 µL/g', 'published', {
    min: 10,
    max: 1000,
    label: 'interstitial volume',
    description: 'Interstitial (extracellular, outside plasma) fluid volume per body mass, into which particles below the endothelial small-pore size distribute',
  }),
  'pk.continuousPoreDiameterNm': param(5, 'nm', 'Sarin, J Angiogenes Res 2, 14 (2010) (read: abstract, table 1 and additional file 1): the physiologic upper limit of pore size of non-fenestrated blood capillaries with macula occludens junctions (skin, muscle, adipose tissue, lung) is ≈ 5 nm; the small pores of the classic pore theory ≈ 6 nm', 'published', {
    min: 0.5,
    max: 50,
    label: 'endothelial small-pore size',
    description: 'Diameter of the small pores of continuous endothelium; particles smaller than this distribute into interstitial fluid within minutes, larger ones do not',
  }),
  'pk.tumourInterstitialFraction': param(0.45, '1', 'Jain, Cancer Res 47, 3039 (1987) (recalled, to verify): the interstitial space of tumours is large, ≈ 0.3–0.6 of the tumour volume (normal tissues ≈ 0.1–0.3); the midpoint of that range is taken. Not sampled by the Monte Carlo (none of the three M3.ecf parameters is: a new sampled parameter would shift every formulation\'s random stream; they matter only below the 5 nm pore)', 'published', {
    verify: true,
    min: 0.01,
    max: 0.95,
    label: 'tumour interstitial fraction',
    description: 'Interstitial fluid volume per tumour volume (v_e), the space a sub-pore-size particle fills in the tumour as in any tissue',
  }),
} satisfies ParamSet;

export type PkParamId = keyof typeof PK_PARAMS;

/** Resolved value of a PK parameter with any override applied. */
export function pkp(id: PkParamId, overrides?: Record<string, number>): number {
  return resolveParam(PK_PARAMS[id], overrides?.[id]);
}

/**
 * Apparent volume (L) of a free drug in a mouse of `bodyMassKg` (#27): its human clearance per kg scaled allometrically,
 * CL_mouse = CL_human·(m_mouse/m_human)^(b − 1), over its plasma exit rate k_free = ln2/t½_free, so a free bolus gives
 * plasma AUC = dose/CL; never below the plasma volume. null when the agent has no sourced clearance (the free drug then
 * shares the plasma volume — the equal-volume assumption).
 */
export function freeDrugVolumeL(humanClLPerHPerKg: number | undefined, freeHalfLifeH: number, bodyMassKg: number, overrides?: Record<string, number>): number | null {
  if (humanClLPerHPerKg === undefined || !(humanClLPerHPerKg > 0)) return null;
  const b = pkp('pk.allometricClearanceExponent', overrides);
  const clMouse = humanClLPerHPerKg * Math.pow(bodyMassKg / pkp('pk.humanBodyMassKg', overrides), b - 1);
  const k = Math.LN2 / Math.max(1e-6, freeHalfLifeH);
  const plasma = (pkp('pk.plasmaVolumeMlPerKg', overrides) * bodyMassKg) / 1000;
  return Math.max(plasma, (clMouse / k) * bodyMassKg);
}

/**
 * A free drug's disposition in its vehicle (#27), in a mouse of `bodyMassKg`: the measured clearance per kg scaled from
 * the species it was measured in, CL = CL_s·(m_mouse/m_s)^(b − 1)·m_mouse (L/h; b = pk.allometricClearanceExponent, the
 * same step as the human clearances), and its half-life: the measured terminal half-life when read, else the agent's
 * free-drug half-life `freeHalfLifeH`.
 */
export function vehicleFreeDrugPk(entry: VehicleDrugPk, freeHalfLifeH: number, bodyMassKg: number, overrides?: Record<string, number>): { clearanceLPerH: number; halfLifeH: number } {
  const b = pkp('pk.allometricClearanceExponent', overrides);
  const perKg = entry.clearanceLPerHPerKg.value * Math.pow(bodyMassKg / entry.bodyMassKg, b - 1);
  return { clearanceLPerH: perKg * bodyMassKg, halfLifeH: entry.terminalHalfLifeH?.value ?? freeHalfLifeH };
}
