// Sourced constants of the targeting and circulation sub-model (MODEL.md M3, M4.1). Override by id, e.g. { 'targeting.uMax': 4 }.
import { param, resolveParam, type ParamSet } from '../param';

const HU_2011 =
  'Hu et al., PNAS 108, 10980 (2011), PMC3131364: elimination half-life of RBC-membrane-coated PLGA 39.6 h vs PEG-lipid-PLGA 15.8 h in mice (recalled, to verify)';
const WILHELM_2016 = 'Wilhelm et al., Nat Rev Mater 1, 16014 (2016): median tumour delivery of 224 studies';

export const TARGETING_PARAMS = {
  'targeting.pegHalfLifeH': param(15.8, 'h', HU_2011, 'published', {
    verify: true,
    spread: { kind: 'lognormal', gsd: 1.15 },
    min: 0.1,
    max: 500,
    label: 't½ PEG',
    description: 'Blood half-life of a ≈100 nm PEG-coated particle in mice',
  }),
  'targeting.rbcHalfLifeH': param(39.6, 'h', HU_2011, 'published', {
    verify: true,
    spread: { kind: 'lognormal', gsd: 1.15 },
    min: 0.1,
    max: 500,
    label: 't½ RBC membrane',
    description: 'Blood half-life of a ≈100 nm particle fully coated with RBC membrane in mice',
  }),
  'targeting.refHydrodynamicDiameterNm': param(
    108,
    'nm',
    'assumption: the surface half-lives above apply at the hydrodynamic size of the V4 reference particle (100 nm PLGA + 8 nm PEG brush)',
    'assumption',
    { min: 10, max: 1000, label: 'reference size', description: 'Size at which the surface half-lives hold (size factor = 1)' },
  ),
  'targeting.mpsDiameterNm': param(
    200,
    'nm',
    'assumption from Li et al., Cells 8, 881 (2019) (RBC-coated PLGA 80–200 nm: circulation falls and liver uptake rises with size) and Wilhelm 2016 (MPS clearance rises above ≈ 150–200 nm)',
    'assumption',
    { spread: { kind: 'uniform', min: 150, max: 250 }, min: 50, max: 2000, label: 'd_MPS', description: 'Size where liver/spleen filtration doubles the clearance of a small particle' },
  ),
  'targeting.mpsExponent': param(3, '1', 'assumption: steepness of size-driven liver/spleen filtration (hepatic sinusoid fenestrae ≈ 100–150 nm)', 'assumption', {
    spread: { kind: 'uniform', min: 2, max: 4 },
    min: 0.5,
    max: 8,
    label: 'n_MPS',
    description: 'Exponent of the size term S(d) = [1 + (d/d_MPS)^n]/[1 + (d_ref/d_MPS)^n]',
  }),
  'targeting.renalCutoffNm': param(5.5, 'nm', 'Choi et al., Nat Biotechnol 25, 1165 (2007): renal filtration threshold of quantum dots, d_h ≈ 5.5 nm', 'published', {
    spread: { kind: 'uniform', min: 5, max: 6 },
    min: 1,
    max: 20,
    label: 'renal cutoff',
    description: 'Hydrodynamic diameter below which kidneys filter particles',
  }),
  'targeting.renalWidthNm': param(0.5, 'nm', 'assumption: width of the logistic renal-filtration switch around the cutoff', 'assumption', {
    min: 0.05,
    max: 5,
    label: 'renal switch width',
    description: 'Logistic width of renal filtration around the cutoff',
  }),
  'targeting.renalRatePerH': param(
    1.4,
    'h⁻¹',
    'assumption shaped by Choi et al. 2007: sub-5.5 nm quantum dots mostly in urine within 4 h (renal t½ ≈ 0.5 h)',
    'assumption',
    { spread: { kind: 'lognormal', gsd: 1.5 }, min: 0, max: 100, label: 'k_renal', description: 'Renal elimination rate of a fully filterable particle' },
  ),
  'targeting.referenceDeliveryPctID': param(0.7, '% ID', `${WILHELM_2016}: 0.7 % ID for the calibration particle (PLGA 100 nm, PEG-only, t½ 15.8 h)`, 'published', {
    spread: { kind: 'lognormal', gsd: 1.3 },
    min: 0.001,
    max: 50,
    label: 'reference TD',
    description: 'Tumour delivery of the calibration particle; sets k_EPR',
  }),
  'targeting.eprPoreDiameterNm': param(
    500,
    'nm',
    'assumption from Hobbs et al., PNAS 95, 4607 (1998): tumour vessel pore cutoff 380–780 nm in most tumours',
    'assumption',
    { spread: { kind: 'uniform', min: 380, max: 780 }, min: 50, max: 5000, label: 'EPR pore size', description: 'Size at which extravasation into the tumour halves' },
  ),
  'targeting.activeTargetingGain': param(0.5, '1', 'Wilhelm 2016 (recalled): actively targeted 0.9 vs passive 0.6 % ID, R_t = 1 + 0.5·g', 'published', {
    verify: true,
    spread: { kind: 'uniform', min: 0.2, max: 0.8 },
    min: 0,
    max: 5,
    label: 'active targeting gain',
    description: 'Maximum relative rise of tumour uptake from homotypic membrane',
  }),
  'targeting.uMax': param(3, '1', 'assumption: homotypic membrane coats raise uptake several-fold (e.g. Fang et al., Nano Lett 14, 2181 (2014); to verify)', 'assumption', {
    verify: true,
    spread: { kind: 'uniform', min: 2, max: 5 },
    min: 1,
    max: 20,
    label: 'U_max',
    description: 'Maximum cell-uptake index of a fully matching membrane coat',
  }),
  'targeting.hillK': param(0.25, '1', 'assumption: matching-membrane fraction giving half the saturating effect', 'assumption', {
    spread: { kind: 'uniform', min: 0.1, max: 0.5 },
    min: 0.01,
    max: 10,
    label: 'Hill K',
    description: 'Half-saturation fraction of the Hill function g(x)',
  }),
  'targeting.hillN': param(1, '1', 'assumption: Hill coefficient of g(x) (1 = hyperbolic saturation)', 'assumption', {
    spread: { kind: 'uniform', min: 0.7, max: 2 },
    min: 0.2,
    max: 5,
    label: 'Hill n',
    description: 'Hill coefficient of g(x)',
  }),
  // ---- #27 clearance by composition: PEG regime, bilayer rigidity ----
  'targeting.pegFloryMonomerNm': param(0.35, 'nm', 'de Gennes scaling of end-grafted chains (Macromolecules 13, 1069 (1980)): R_F = a·N^(3/5), a ≈ 0.35 nm per ethylene-oxide unit (the value used for PEG-lipids, e.g. Kenworthy et al., Biophys J 68, 1921 (1995); recalled)', 'published', {
    verify: true,
    min: 0.1,
    max: 1,
    label: 'a (PEG monomer)',
    description: 'Monomer length of the Flory radius R_F = a·N^(3/5) of a PEG chain (N = M/44 g/mol)',
  }),
  'targeting.pegRefMolecularWeightDa': param(2000, 'g/mol', 'DSPE-PEG2000, the PEG-lipid of the reference particles (Hu et al. 2011 PEG-lipid–PLGA, calibration record plga-peg-half-life; Doxil)', 'published', {
    min: 100,
    max: 50000,
    label: 'M_PEG,ref',
    description: 'PEG chain mass of the reference particle whose half-life is t½ PEG',
  }),
  'targeting.pegRefDensityPerNm2': param(
    0.088,
    'nm⁻²',
    'Doxil-type surface: 5.3 mol % MPEG-DSPE of the lipid (label: MPEG-DSPE 3.19, HSPC 9.58, cholesterol 3.19 mg/mL) over ≈ 0.6 nm² per lipid (assumption) → σ ≈ 0.088 chains/nm², grafting distance ≈ 3.8 nm ≈ R_F(2 kDa) 3.5 nm: the mushroom–brush transition',
    'assumption',
    { min: 1e-4, max: 2, label: 'σ_ref', description: 'PEG grafting density of the reference particle whose half-life is t½ PEG' },
  ),
  'targeting.pegRefBareHalfLifeH': param(1, 'h', 'assumption: the reference particle\'s uncoated core, bare PLGA ≈ 1 h (cores.ts; Hu et al. 2011 show it far below PEG and RBC-coated PLGA); sets how far PEG denser or longer than the reference extends t½ PEG', 'assumption', {
    min: 0.01,
    max: 100,
    label: 't_bare,ref',
    description: 'Bare half-life of the reference particle; beyond the reference PEG, ln k_PEG falls by (s_rel − 1)·ln(t½ PEG/t_bare,ref)',
  }),
  'targeting.pegHalfCoverage': param(1, '1', 'assumption after Perry et al., Nano Lett 12, 5304 (2012) (PEG on PRINT particles: protein binding and macrophage uptake fall as σ·πR_F² passes 1, the mushroom–brush transition; recalled): the shielding s = Γ/(Γ + Γ½), Γ = σ·π·R_F²', 'assumption', {
    spread: { kind: 'uniform', min: 0.5, max: 2 },
    min: 0.05,
    max: 20,
    label: 'Γ½',
    description: 'PEG surface coverage Γ = σ·π·R_F² at which half the PEG shielding is reached',
  }),
  'targeting.fluidBilayerHalfLifeH': param(0.5, 'h', 'recalled: fluid (egg PC, no cholesterol) liposomes are opsonised and lose lipid to HDL within minutes to an hour in mice (Senior & Gregoriadis, Life Sci 30, 2123 (1982); Allen & Cleland, BBA 597, 418 (1980)); to verify', 'published', {
    verify: true,
    spread: { kind: 'lognormal', gsd: 1.5 },
    min: 0.01,
    max: 100,
    label: 't½ fluid bilayer',
    description: 'Blood half-life of a ≈100 nm non-PEG liposome with a fluid bilayer and no cholesterol (mice)',
  }),
  'targeting.rigidBilayerHalfLifeH': param(8, 'h', 'recalled: non-PEG DSPC/cholesterol (2:1) and sphingomyelin/cholesterol liposomes ≈ 100 nm circulate for hours in mice, ≈ 5–10 % of the dose still in blood at 24 h (Gabizon & Papahadjopoulos, PNAS 85, 6949 (1988); Allen et al., BBA 981, 27 (1989)) vs ≈ 1 % for PC/cholesterol without PEG (Woodle et al., BBA 1105, 193 (1992), abstract read); to verify', 'published', {
    verify: true,
    spread: { kind: 'lognormal', gsd: 1.5 },
    min: 0.01,
    max: 200,
    label: 't½ rigid bilayer',
    description: 'Blood half-life of a ≈100 nm non-PEG liposome with a gel-phase (high-Tm) bilayer and ≥ 33 mol % cholesterol (mice)',
  }),
  'targeting.bilayerTransitionWidthC': param(5, '°C', 'assumption: width of the logistic gel-phase switch s_T = 1/(1 + e^(−(T_m − 37 °C)/w)) (main transitions of saturated PCs are sharp, ≈ 1 °C, but a lipid mixture with cholesterol broadens them)', 'assumption', {
    spread: { kind: 'uniform', min: 2, max: 10 },
    min: 0.1,
    max: 50,
    label: 'w_T',
    description: 'Width of the gel-phase switch around body temperature',
  }),
  'targeting.cholesterolSaturationMolPct': param(33, 'mol %', 'recalled: ≈ 30–33 mol % cholesterol makes a liquid-ordered bilayer and stops lipid loss to plasma HDL (Senior & Gregoriadis 1982; the 2:1 PC:cholesterol of DaunoXome); assumption that the benefit saturates there', 'assumption', {
    min: 1,
    max: 60,
    label: 'χ_sat',
    description: 'Cholesterol fraction at which its stabilisation of the bilayer is complete',
  }),
  // ---- #27 dose-dependent clearance: Kupffer-cell saturation ----
  'targeting.mpsSaturationParticles': param(2e12, 'particles', 'fitted on the calibration record ouyang-dose-threshold-delivery with f_sat kept at 0.95: with the saturation following the circulating count in time (#27, pk branch), the largest round N_50 that puts the record inside its measured range (6.5 % ID; 5·10¹² gave 2.7 %); before, at the injected count, 5·10¹² placed ≈ 10 % slower uptake at ≈ 1.7·10¹² particles: Ouyang et al., Nat Mater 19, 1362 (2020), abstract read — 1 trillion particles per mouse is the threshold above which Kupffer-cell uptake is overwhelmed', 'fitted', {
    spread: { kind: 'lognormal', gsd: 2 },
    min: 1e8,
    max: 1e16,
    label: 'N_50',
    description: 'Particles per mouse at which liver (Kupffer-cell) uptake falls to half its low-dose rate',
  }),
  'targeting.mpsSaturationHill': param(2, '1', 'assumption: Ouyang et al. 2020 report a threshold (delivery flat at ≈ 0.7 % ID below 10¹², rising above), so the switch is steeper than hyperbolic', 'assumption', {
    spread: { kind: 'uniform', min: 1, max: 3 },
    min: 0.5,
    max: 6,
    label: 'h_sat',
    description: 'Hill exponent of liver-uptake saturation φ(N) = 1/(1 + (N/N_50)^h)',
  }),
  'targeting.mpsSaturableShare': param(0.95, '1', 'fitted on the calibration record ouyang-dose-threshold-delivery (6–12 % ID at ≈ 1.6·10¹³ PEG-gold particles of 50 nm, vs 0.82 % ID at low dose) as the smallest round share that puts the record inside its measured range (6.1 % ID): the share of liver/spleen clearance that is Kupffer-cell uptake and saturates; the rest does not. The liver takes most injected particles (Tsoi et al., Nat Mater 15, 1212 (2016), recalled)', 'fitted', {
    spread: { kind: 'uniform', min: 0.9, max: 0.98 },
    min: 0,
    max: 1,
    label: 'f_sat',
    description: 'Share of liver/spleen clearance that saturates at high particle dose',
  }),
  // ---- #27 tumour delivery as a distribution ----
  'targeting.eprVariability': param(1, '1', 'Wilhelm et al., Nat Rev Mater 1, 16014 (2016) (median 0.7 % ID over 232 data sets, spread over ≈ 2 orders of magnitude between tumour models; recalled) and Cheng et al., ACS Nano 14, 3075 (2020) (median ≈ 0.7–0.8 % ID in a larger PBPK-analysed set; recalled): a multiplicative factor on k_EPR, 1 at the median; its lognormal GSD 2.5 puts the 5–95 % range at ≈ 0.2–4.5 × the median', 'published', {
    verify: true,
    spread: { kind: 'lognormal', gsd: 2.5 },
    min: 0.01,
    max: 100,
    label: 'EPR variability',
    description: 'Tumour-to-tumour factor on passive extravasation (1 = the meta-analyses\' median); the Monte Carlo samples it',
  }),
  'targeting.brainTumourPoreDiameterNm': param(
    12,
    'nm',
    'Sarin et al., J Transl Med 6, 80 (2008): functionalised PAMAM dendrimers smaller than ≈ 11.7–11.9 nm cross the blood–brain tumour barrier of orthotopic RG-2 gliomas in rats, larger ones do not (abstract, read); Hobbs et al., PNAS 95, 4607 (1998): the same tumours grown in the cranium have a smaller pore cutoff than the 200 nm – 1.2 µm of subcutaneous ones (abstract, read). Taken as the size at which extravasation halves (the smooth E(d_h) of M3), an approximation of a sharp cutoff',
    'published',
    { min: 1, max: 5000, label: 'EPR pore size (brain)', description: 'Size at which extravasation into a tumour in the brain halves (blood–brain tumour barrier)' },
  ),
  'targeting.intratumoralRetention': param(0.8, '1', 'assumption (MODEL.md M3): retained fraction of an intratumoral injection (NBTXR3 stays in the tumour)', 'assumption', {
    spread: { kind: 'uniform', min: 0.5, max: 0.95 },
    min: 0,
    max: 1,
    label: 'intratumoral retention',
    description: 'Fraction of an intratumoral injection that stays in the tumour',
  }),
  'targeting.mouseBodyMassKg': param(0.02, 'kg', 'assumption: a 20 g mouse (MODEL.md M4.1)', 'assumption', {
    min: 0.01,
    max: 0.05,
    label: 'body mass',
    description: 'Mouse body mass that converts mg/kg to mg',
  }),
  'targeting.intracellularShareBase': param(0.5, '1', 'assumption (MODEL.md M4.3): share of tumour particles inside cells for a bare particle; × uptake index, capped at 1', 'assumption', {
    spread: { kind: 'uniform', min: 0.2, max: 0.8 },
    min: 0,
    max: 1,
    label: 'intracellular share',
    description: 'Share of tumour particles inside cells at uptake index 1',
  }),
  'targeting.cellMassNg': param(3, 'ng', 'assumption (MODEL.md M4.3): mass of one tumour cell', 'assumption', {
    spread: { kind: 'uniform', min: 1.5, max: 4.5 },
    min: 0.1,
    max: 50,
    label: 'cell mass',
    description: 'Mass of a tumour cell (m_cell = C_Z · cell mass · intracellular share)',
  }),
  'targeting.micelleExtractionReferenceLogP': param(3.96, '1', 'paclitaxel log P 3.96 (DrugBank): the drug every copolymer serum-extraction rate in the catalog was observed with (#27), and the drug the class micelle serum leak k_d is read for (drug–core partition, #27 pk4)', 'published', {
    min: -5,
    max: 10,
    label: 'log P_ref',
    description: 'Log P of the drug the copolymers\' serum extraction rates refer to',
  }),
  'targeting.micelleExtractionPartitionExponent': param(1, '1', 'assumption (#27): partition-limited exchange — a drug leaves a liquid micelle core at a rate inversely proportional to its core/serum partition coefficient, taken as its octanol/water K_ow (γ = 1); no record sets γ (not sampled by the Monte Carlo). It scales a copolymer\'s extraction rate and, since #27 pk4, the drug–core partition leak of any physically entrapped micelle payload less hydrophobic than the reference, k_d·(10^(γΔ log P) − 1)', 'assumption', {
    min: 0,
    max: 3,
    label: 'γ (extraction vs log P)',
    description: 'k_ex(drug) = k_ex,copolymer · 10^(γ(log P_ref − log P)); k_part = k_d,serum · max(0, 10^(γ(log P_ref − log P)) − 1)',
  }),
  'targeting.highZMinZ': param(26, '1', 'assumption: elements from iron (Z = 26) up count as radiosensitizing metals for C_Z and the metal dose', 'assumption', {
    min: 9,
    max: 92,
    label: 'high-Z threshold',
    description: 'Lowest atomic number counted as a high-Z element',
  }),
} satisfies ParamSet;

export type TargetingParamId = keyof typeof TARGETING_PARAMS;

/** Resolved value of a targeting parameter with any override applied. */
export function tp(id: TargetingParamId, overrides?: Record<string, number>): number {
  return resolveParam(TARGETING_PARAMS[id], overrides?.[id]);
}
