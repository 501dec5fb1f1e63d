// Carrier cores (contract §5): composition, density, pores, default size, loading rules (MODEL.md M1) and release kinetics (M2).
//
// Ownership: after the first commit the `loading` and `release` blocks belong to the Model I engineer (loading and
// release), who tunes them; the rest (identity, composition, density, pores, size, half-life) stays with the catalog.
//
// Conventions
// - Densities are *particle* (envelope) densities: mass of carrier material per particle volume, because the model
//   computes m_core = ρ·πd³/6. For crystalline MOFs that is the crystal density of the empty framework (pores count as
//   volume); for liposomes it is lipid mass per vesicle volume (the aqueous interior counts as volume, not mass), so that
//   "mg per mg carrier" means mg per mg lipid, the drug:lipid ratio papers report.
// - Loading K values are dimensionless affinities at the standard carrier concentration (M1). The affinity classes are
//   defined for MOF one-pot loading (strong = coordinates the metal node, moderate = hydrophobic, weak = charged,
//   non-coordinating); for other carriers the same three classes are mapped to that carrier's mechanism as stated in the
//   rule's description (assumption).
// - `none` (free drug): a trivial rule with qmax = K = 1000, so the whole feed counts as "loaded" (EE ≈ 1 − 1/(K·qmax)
//   ≈ 99.9999 %) and a burst fraction of 1 with k_b = 100 h⁻¹ releases it at once: the free drug *is* the formulation.
//   Every loading mode maps to that rule, so the mode never blocks a free-drug comparison. Use the numerically stable
//   Langmuir root q = 2·K·qmax·f / (A + √(A² − 4K²·qmax·f)) with such large K.
import type { AffinityClass, CoreProps, LoadingMode, LoadingRule, PartitionRule, PrepMethod, ReleaseProps } from '../model/entities';
import { param, type Param } from '../model/param';
import { assumed, published, recalled, tabulated } from './sourced';

export const CORE_IDS = [
  'none',
  'zif-8',
  'zif-90',
  'mil-100-fe',
  'uio-66',
  'hf-mof',
  'bi-mof',
  'hfo2',
  'gold',
  'bi2s3',
  'mesoporous-silica',
  'liposome',
  'thermosensitive-liposome',
  'plga',
  'polymeric-micelle',
  'albumin',
  'polymer-conjugate',
  'iron-oxide',
  'lnp',
  'silica-gold-nanoshell',
  'lipid-polymer-hybrid',
] as const;

export type CoreId = (typeof CORE_IDS)[number];

/** Catalog core: the model's CoreProps (poreApertureFlexNm, the widest window the framework admits — a flexing window or the larger of two window types — moved there in #27: M2 reads it). */
export type CatalogCore = CoreProps;

// ---------- shared pieces ----------

const NM = 'nm';
const G_CM3 = 'g/cm³';
const MG_MG = 'mg/mg';
const ONE = '1';
const PER_H = 'h⁻¹';
const NM_H = 'nm/h';
const H = 'h';

function kSet(strong: Param, moderate: Param, weak: Param): Record<AffinityClass, Param> {
  return { strong, moderate, weak };
}

function rule(qmax: Param, affinityK: Record<AffinityClass, Param>, sizeExclusion?: boolean): LoadingRule {
  return sizeExclusion === undefined ? { qmaxMgPerMg: qmax, affinityK } : { qmaxMgPerMg: qmax, affinityK, sizeExclusion };
}

const qmax = (v: number, why: string): Param =>
  assumed(v, MG_MG, why, { min: 1e-6, max: 1e4, label: 'q_max', description: 'Loading capacity, mg payload per mg carrier' });
const kAff = (v: number, cls: AffinityClass, why: string): Param =>
  assumed(v, ONE, why, { min: 1e-6, max: 1e7, label: `K (${cls})`, description: `Langmuir affinity for ${cls}-class agents` });

/** MODEL.md M1 default MOF affinities K = 20 / 5 / 1 (assumption). */
function mofK(mode: string): Record<AffinityClass, Param> {
  return kSet(
    kAff(20, 'strong', `MODEL.md M1 default for ${mode} MOF loading of agents that coordinate the metal node (N-heterocycles, carboxylates, phosphates)${mode === 'post-loaded' ? '; read check (#27 load5): as K_L = K/c_ref = 20 mL/mg (M1.isotherm) it sits at the low end of the one read association constant of a coordinating drug, DOX on MIL-100(Fe), (1.1–1.8)·10⁴ M⁻¹ = 20.2–33.1 mL/mg at 543.5 g/mol (Anand et al., J Phys Chem B 118, 8532 (2014), abstract)' : ''}`),
    kAff(5, 'moderate', `MODEL.md M1 default for ${mode} MOF loading of hydrophobic, non-coordinating agents`),
    kAff(1, 'weak', `MODEL.md M1 default for ${mode} MOF loading of charged, non-coordinating agents`),
  );
}

/** Lattice doping of a dense solid (oxide, sulfide): dopant ions substitute if they fit the lattice (assumption). */
function latticeK(): Record<AffinityClass, Param> {
  return kSet(
    kAff(20, 'strong', 'metal ions that substitute in the lattice during synthesis'),
    kAff(1, 'moderate', 'organic molecules do not dope an inorganic lattice'),
    kAff(1, 'weak', 'organic molecules do not dope an inorganic lattice'),
  );
}

/** Surface-only adsorption on a dense particle: K by class (assumption). qmax comes from the surface rule (6Γ/(ρd)) in the model. */
function surfaceK(): Record<AffinityClass, Param> {
  return kSet(
    kAff(10, 'strong', 'surface adsorption of coordinating/chelating agents on oxide or metal surfaces'),
    kAff(3, 'moderate', 'surface adsorption of hydrophobic agents'),
    kAff(1, 'weak', 'surface adsorption of charged non-coordinating agents'),
  );
}

function rate(v: number, unit: string, why: string, label: string, description: string): Param {
  return assumed(v, unit, why, { min: 0, max: 1e4, label, description });
}
const vRef = (v: number, why: string): Param =>
  rate(v, NM_H, why, 'v_ref', 'Surface recession velocity at pH 7.4, 37 °C, buffer');
const nH = (v: number, why: string): Param =>
  rate(v, ONE, why, 'n_H', 'pH sensitivity of erosion, v = v_ref·10^(n_H(7.4 − pH))');
const kd = (v: number, why: string): Param =>
  rate(v, PER_H, why, 'k_d', 'First-order leakage rate at pH 7.4, 37 °C');
const nD = (v: number, why: string): Param =>
  rate(v, ONE, why, 'n_D', 'pH sensitivity of leakage, k_d(pH) = k_d·10^(n_D(7.4 − pH))');
/** A burst fraction: a uniform spread from half to 1.5× the value (capped at 1); 0 and 1 are exact conventions. */
const burst = (v: number, why: string): Param =>
  v > 0 && v < 1
    ? assumed(v, ONE, why, { min: 0, max: 1, label: 'F_b', description: 'Burst fraction (surface-bound payload)', spread: { kind: 'uniform', min: v / 2, max: Math.min(1, v * 1.5) } })
    : param(v, ONE, `assumption: ${why}`, 'assumption', { min: 0, max: 1, label: 'F_b', description: 'Burst fraction (surface-bound payload)' });
const kb = (v: number, why: string): Param =>
  rate(v, PER_H, why, 'k_b', 'Burst release rate');
const medium = (pbs: number, serum: number, why: string): ReleaseProps['mediumFactor'] => ({
  pbs: assumed(pbs, ONE, `${why} (phosphate buffer vs plain buffer)`, { min: 0, max: 1e3, label: 'PBS factor', description: 'Erosion/leakage multiplier in PBS' }),
  serum: assumed(serum, ONE, `${why} (serum proteins vs plain buffer)`, { min: 0, max: 1e3, label: 'serum factor', description: 'Erosion/leakage multiplier in serum' }),
});

const NON_DISSOLVING = 'the carrier does not dissolve on the time scale of days (MODEL.md M2: v = 0)';
/** Lipid surface (#27): main transition T_m and cholesterol of a bilayer or lipid shell (its rigidity sets the bare half-life). */
const lipidShell = (tmC: number, tmWhy: string, chol: number, cholWhy: string) => ({
  tmC: recalled(tmC, '°C', tmWhy, { min: -30, max: 90, label: 'T_m', description: 'Main phase-transition temperature of the phospholipid' }),
  cholesterolMolPct: published(chol, 'mol %', cholWhy, { min: 0, max: 60, label: 'χ cholesterol', description: 'Cholesterol, mol % of the lipid' }),
});
const LIPID_SHELL_BARE_NOTE = ' — not used: the lipid surface (lipidShell) sets the uncoated half-life from its rigidity (#27)';

const halfLife = (v: number, why: string): Param =>
  assumed(v, H, why, { min: 0.01, max: 1000, label: 't½ bare', description: 'Blood half-life of the bare ≈100 nm particle in mice' });
const diameter = (v: number, source: Param['source'] | null, why: string): Param =>
  source === null
    ? assumed(v, NM, why, { min: 0.1, max: 5000, label: 'd', description: 'Default core diameter' })
    : published(v, NM, source, { min: 0.1, max: 5000, label: 'd', description: 'Default core diameter' });

// Crystal densities computed from unit cells: ρ = Z·M / (N_A·a³).  N_A = 6.02214076e23 mol⁻¹.
// ZIF-8: I-43m, a = 17.01 Å, Z = 12 Zn(C4H5N2)2 (M = 227.6 g/mol) → 12·227.6 / (6.022e23 · 4.922e-21 cm³) = 0.92 g/cm³.

/** Override range of a pore aperture: from sub-nm framework windows (ZIF-8 0.34 nm) to large mesopores (50 nm, IUPAC upper limit of mesopores). */
const PORE_APERTURE_RANGE = { min: 0.1, max: 50 } as const;

// ---------- the catalog ----------

const FREE_RULE = (): LoadingRule =>
  rule(
    assumed(1000, MG_MG, 'free-drug convention: capacity far above any feed, so EE ≈ 100 % (the model handles free drug explicitly, M1.free-drug: EE 100 %, LC 100 %; this rule only makes every mode valid)', { spread: { kind: 'lognormal', gsd: 1 }, min: 1, max: 1e4, label: 'q_max' }),
    kSet(
      assumed(1000, ONE, 'free-drug convention: the whole feed counts as loaded', { spread: { kind: 'lognormal', gsd: 1 }, min: 1e-6, max: 1e7, label: 'K (strong)' }),
      assumed(1000, ONE, 'free-drug convention: the whole feed counts as loaded', { spread: { kind: 'lognormal', gsd: 1 }, min: 1e-6, max: 1e7, label: 'K (moderate)' }),
      assumed(1000, ONE, 'free-drug convention: the whole feed counts as loaded', { spread: { kind: 'lognormal', gsd: 1 }, min: 1e-6, max: 1e7, label: 'K (weak)' }),
    ),
  );

function mofLoading(oneP: number, post: number, doped: number, name: string): Partial<Record<LoadingMode, LoadingRule>> {
  return {
    'one-pot': rule(qmax(oneP, `${name} one-pot encapsulation capacity; DOX@ZIF-8 reaches ≈ 0.25 mg/mg (20 wt %, Zheng et al. JACS 2016)`), mofK('one-pot'), false),
    'post-loaded': rule(qmax(post, `${name} pore filling: below the pore volume × drug density; 5-FU in ZIF-8 reaches 0.66 mg/mg (Sun et al. 2012)`), mofK('post-loaded'), true),
    doped: rule(qmax(doped, `${name} lattice doping of a foreign metal (e.g. Bi³⁺ substituting at nodes), up to ≈ 1:2 by mass`), mofK('doped'), false),
  };
}


/**
 * Drug–framework interaction of a MOF (#27): agents of the 'strong' class coordinate the metal nodes and leave only as
 * the framework dissolves; 'moderate' (hydrophobic) and 'weak' (charged) agents are physically trapped in pores or on
 * the surface and also diffuse out with k_d (assumption, following the class definitions of MODEL.md M1).
 */
const PHI = { min: 0, max: 1, description: 'Share of the payload coordinated to the framework' };
const MOF_COORDINATION = (): Record<AffinityClass, Param> =>
  kSet(
    assumed(1, ONE, 'node-coordinating agents leave only with the framework', { ...PHI, label: 'φ_coord (strong)', spread: { kind: 'uniform', min: 0.7, max: 1 } }),
    assumed(0, ONE, 'non-coordinating agents are trapped and diffuse out', { ...PHI, label: 'φ_coord (moderate)' }),
    assumed(0, ONE, 'non-coordinating agents are trapped and diffuse out', { ...PHI, label: 'φ_coord (weak)' }),
  );

const ZIF8_RELEASE: ReleaseProps = {
  // #27: v_ref fitted (scripts/fit-mof-release.ts) to the CALIBRATION release records of the frozen split only —
  // zif8-dox-paa-ph74-100h (Tran & Lee 2021), cm-zif8-dox-ph50-15h, cm-zif8-dox-ph74-15h, cm-zif8-dox-tumour-medium-72h
  // (Zhang et al. 2024) — by least squares under V6 (IZB@CCM t50 at pH 5.0 ≤ 11 h, i.e. v(5.0) ≥ 1.05 nm/h), with n_H
  // kept at its prior 0.7 (two pH values with pH 7.4 points that only bound v_ref from above do not identify n_H).
  // The optimum sits on the V6 bound: v_ref = 0.022 nm/h → v(5.0) = 0.022·10^(0.7·2.4) = 1.05 nm/h; a 100 nm particle then
  // dissolves 50 % of its volume (x = 0.206) at pH 5.0 in 0.206·50/1.05 = 9.8 h, and erodes 1 − (1 − 0.022·24/50)³ = 3.1 %
  // in 24 h at pH 7.4. Fitted: 38.8 / 77.6 / 31.4 / 100 % vs measured 24.7 / 63.4 / 37.6 / 81.2 %.
  vRefNmPerH: param(0.022, NM_H, 'fitted (#27, scripts/fit-mof-release.ts) to the calibration records zif8-dox-paa-ph74-100h, cm-zif8-dox-ph50-15h, cm-zif8-dox-ph74-15h, cm-zif8-dox-tumour-medium-72h, bounded by V6 (docs/model/release.md)', 'fitted', { min: 0, max: 1e4, label: 'v_ref', description: 'Surface recession velocity at pH 7.4, 37 °C, buffer', spread: { kind: 'lognormal', gsd: 1.5 } }),
  nH: nH(0.7, 'ZIF-8 dissolution accelerates ≈ 50× from pH 7.4 to 5.0 (DOX in ZIF-8 grown on cellulose microspheres: 63.4 % at pH 5.0 vs 37.6 % at pH 7.4 after 15 h, Zhang Z, Wang Y, Wu S, Yuan H, Luo X, J Drug Deliv Sci Technol (2024) 106263, abstract); chosen so a 100 nm particle releases > 80 % in 24 h at pH 5.0'),
  kdPerH: kd(0.002, 'diffusion of encapsulated drug through the intact ZIF-8 framework is slow (aperture 0.34 nm)'),
  nD: nD(0.5, 'protonation of imidazolate loosens the framework before it dissolves'),
  burstFraction: {
    'one-pot': burst(0.05, 'a few % of one-pot payload sits on the surface'),
    'post-loaded': burst(0.3, 'post-loaded payload partly adsorbed near the surface'),
    doped: burst(0.02, 'lattice-doped atoms leave only when the lattice dissolves'),
  },
  kbPerH: kb(2, 'surface-bound payload desorbs within about an hour'),
  mediumFactor: medium(10, 4, 'phosphate and bicarbonate erode ZIF-8 at pH 7.4 and serum proteins dissolve it (Velásquez-Hernández et al., CrystEngComm 2019; Luzuriaga et al. 2019; Wang et al., Micropor Mesopor Mater 2018); factors not measured here'),
  coordinatedFraction: MOF_COORDINATION(),
};

function mofRelease(v: number, n: number, k: number, why: string, pbs: number, serum: number): ReleaseProps {
  return {
    vRefNmPerH: vRef(v, why),
    nH: n > 0 ? nH(n, why) : assumed(0, ONE, `${why}: no acid-triggered dissolution`, { min: 0, max: 5, label: 'n_H' }),
    kdPerH: kd(k, 'leakage through the intact framework'),
    nD: nD(0.3, 'modest acid acceleration of leakage'),
    burstFraction: {
      'one-pot': burst(0.05, 'a few % of one-pot payload sits on the surface'),
      'post-loaded': burst(0.3, 'post-loaded payload partly adsorbed near the surface'),
      doped: burst(0.02, 'lattice-doped atoms leave only when the lattice dissolves'),
    },
    kbPerH: kb(2, 'surface-bound payload desorbs within about an hour'),
    mediumFactor: medium(pbs, serum, 'phosphate competes for the metal nodes of carboxylate/imidazolate MOFs'),
    coordinatedFraction: MOF_COORDINATION(),
  };
}

function inertRelease(kdVal: number, kdWhy: string, bursts: Partial<Record<LoadingMode, [number, string]>>, pbs = 1, serum = 1.5): ReleaseProps {
  const burstFraction: ReleaseProps['burstFraction'] = {};
  for (const [mode, [v, why]] of Object.entries(bursts) as [LoadingMode, [number, string]][]) burstFraction[mode] = burst(v, why);
  return {
    vRefNmPerH: assumed(0, NM_H, NON_DISSOLVING, { min: 0, max: 1e4, label: 'v_ref' }),
    nH: assumed(0, ONE, NON_DISSOLVING, { min: 0, max: 5, label: 'n_H' }),
    kdPerH: kd(kdVal, kdWhy),
    nD: assumed(0, ONE, 'leakage taken as pH-independent', { min: 0, max: 5, label: 'n_D' }),
    burstFraction,
    kbPerH: kb(2, 'surface-bound payload desorbs within about an hour'),
    mediumFactor: medium(pbs, serum, 'proteins displace surface-adsorbed payload'),
  };
}

const LIPO_DENSITY_WHY =
  'lipid mass per vesicle volume for a ≈ 90 nm unilamellar vesicle (bilayer 5 nm, lipid ≈ 1.0 g/cm³): 1 − (40/45)³ ≈ 0.30; the aqueous core counts as volume, not mass';

const LIPOSOME_LOADING = (): Partial<Record<LoadingMode, LoadingRule>> => ({
  // Remote (ammonium sulfate / citrate / sucrose octasulfate gradient): amphipathic weak bases accumulate and precipitate
  // inside. Class mapping: strong = weak-base amine that precipitates with the counter-ion (doxorubicin, daunorubicin,
  // irinotecan, mitoxantrone are in the 'strong' class), moderate/weak load poorly.
  remote: rule(
    qmax(0.5, 'drug:lipid capacity of gradient loading (≥ 0.25 w/w reached by Myocet; 0.5 assumed)'),
    kSet(
      kAff(200, 'strong', 'gradient loading of amphipathic weak bases is near-quantitative (Doxil EE > 90 % at 0.125 w/w; see anchors.ts)'),
      kAff(5, 'moderate', 'hydrophobic non-basic drugs do not accumulate in a pH gradient'),
      kAff(0.5, 'weak', 'charged drugs that are not weak bases do not cross the bilayer'),
    ),
  ),
  // Passive: drug dissolved in the hydration buffer is trapped in the aqueous core or partitions into the bilayer.
  'post-loaded': rule(
    qmax(0.1, 'passive entrapment: aqueous-core volume and bilayer partitioning limit capacity'),
    kSet(
      kAff(1, 'strong', 'passive entrapment of polar agents: EE of a few to ~15 %'),
      kAff(5, 'moderate', 'hydrophobic agents partition into the bilayer'),
      kAff(0.5, 'weak', 'charged agents are trapped only in the aqueous volume'),
    ),
  ),
});

const LIPOSOME_RELEASE = (): ReleaseProps => ({
  ...inertRelease(0.004, 'gradient-loaded liposomes retain drug for days in buffer (Doxil-type, drug precipitated as sulfate gel)', {
    remote: [0.02, 'little unencapsulated drug after gradient loading and purification'],
    'post-loaded': [0.1, 'drug bound to the outer leaflet'],
  }, 1, 2),
  nD: nD(0.1, 'mild acid acceleration of leakage (assumption)'),
});

/**
 * M1.partition for polyester particles (PLGA, PLA, PEG–PLA): the aqueous volume a drug can escape into per mg polymer in
 * common protocols (assumptions, each with the protocol arithmetic) and the inner-phase retention of a double emulsion.
 */
const V_DESC = { min: 0.001, max: 1000, description: 'Aqueous volume per mg polymer during particle formation' };
const POLYESTER_PARTITION = (defaultMethod: PrepMethod): PartitionRule => ({
  aqueousMlPerMg: {
    nanoprecipitation: assumed(1, 'mL/mg', '≈ 10 mg polymer in 1 mL acetone into ≈ 10 mL water (typical protocols; docs/model/loading.md)', { ...V_DESC, label: 'V (nanoprecipitation)' }),
    'single-emulsion': assumed(0.4, 'mL/mg', '≈ 50 mg polymer in 2 mL DCM emulsified in ≈ 20 mL water (typical protocols)', { ...V_DESC, label: 'V (single emulsion)' }),
    'double-emulsion': assumed(0.4, 'mL/mg', 'outer aqueous phase as the single emulsion', { ...V_DESC, label: 'V (double emulsion)' }),
  },
  innerRetention: assumed(0.5, '1', 'W/O/W keeps ≈ 30–70 % of a small hydrophilic drug', { spread: { kind: 'uniform', min: 0.3, max: 0.7 }, min: 0, max: 1, label: 'ε', description: 'Share of the inner aqueous phase kept (double emulsion)' }),
  defaultMethod,
});

/**
 * The loading rules of a PLGA particle (plain PLGA and the PLGA core of a lipid–polymer hybrid share them): one-pot
 * encapsulation by M1.partition (the Langmuir rule stays for agents without logP/S_w), surface adsorption post-loaded.
 * `defaultMethod`: how the carrier is usually made, used when a payload does not say.
 */
function plgaLoading(defaultMethod: PrepMethod): CatalogCore['loading'] {
  return {
    'one-pot': {
      ...rule(qmax(0.15, 'emulsion encapsulation in PLGA rarely exceeds ≈ 10–15 wt %'), kSet(kAff(2, 'strong', 'polar agents leak to the water phase during emulsification'), kAff(10, 'moderate', 'hydrophobic agents stay in the polymer phase'), kAff(0.5, 'weak', 'charged agents partition to water'))),
      partition: POLYESTER_PARTITION(defaultMethod),
    },
    'post-loaded': rule(qmax(0.01, 'surface adsorption only on a dense polymer particle'), surfaceK(), true),
  };
}

/** The release block of a PLGA matrix (plain PLGA and the hybrid's PLGA core): slow hydrolysis, diffusion over days, a burst. */
function plgaRelease(): ReleaseProps {
  return {
    vRefNmPerH: vRef(0.005, 'PLGA erodes over weeks'),
    nH: assumed(0, ONE, 'acid autocatalysis of hydrolysis neglected', { min: 0, max: 5, label: 'n_H' }),
    kdPerH: kd(0.01, 'diffusion from the glassy polymer matrix over days'),
    nD: assumed(0, ONE, 'diffusion taken as pH-independent', { min: 0, max: 5, label: 'n_D' }),
    burstFraction: { 'one-pot': burst(0.15, 'PLGA particles typically show a 10–30 % burst'), 'post-loaded': burst(0.6, 'surface-adsorbed payload') },
    kbPerH: kb(1, 'burst within a few hours'),
    mediumFactor: medium(1, 1.5, 'proteins extract surface drug'),
  };
}

export const CORES: Record<CoreId, CatalogCore> = {
  none: {
    id: 'none',
    name: 'Free drug (no carrier)',
    description: 'No carrier: the agent is given as a free drug, for comparison. Loading is 100 % by convention and the drug is "released" at once.',
    coreClass: 'free-drug',
    formula: null,
    densityGPerCm3: assumed(1.0, G_CM3, 'nominal; free drug has no carrier mass (unused except for molecule counts)', { spread: { kind: 'lognormal', gsd: 1 }, min: 0.1, max: 25 }),
    poreApertureNm: null,
    defaultDiameterNm: assumed(1, NM, 'molecular size of a small-molecule drug (≈ 1 nm)', { min: 0.1, max: 5000, label: 'd' }),
    loading: {
      'one-pot': FREE_RULE(),
      'post-loaded': FREE_RULE(),
      remote: FREE_RULE(),
      conjugated: FREE_RULE(),
      complexed: FREE_RULE(),
      doped: FREE_RULE(),
    },
    release: {
      vRefNmPerH: assumed(0, NM_H, 'free drug: no carrier to erode', { min: 0, max: 1e4 }),
      nH: assumed(0, ONE, 'free drug: no carrier to erode', { min: 0, max: 5 }),
      kdPerH: assumed(100, PER_H, 'free-drug convention: released at once (the model sets F ≡ 1 for free drug, M2.free-drug)', { spread: { kind: 'lognormal', gsd: 1 }, min: 0, max: 1e4 }),
      nD: assumed(0, ONE, 'free drug: no pH dependence', { min: 0, max: 5 }),
      burstFraction: Object.fromEntries(
        (['one-pot', 'post-loaded', 'remote', 'conjugated', 'complexed', 'doped'] as const).map((m) => [
          m,
          assumed(1, ONE, 'free-drug convention: all of the dose is free', { spread: { kind: 'lognormal', gsd: 1 }, min: 0, max: 1 }),
        ]),
      ),
      kbPerH: assumed(100, PER_H, 'free-drug convention: released at once (t½ ≈ 25 s)', { spread: { kind: 'lognormal', gsd: 1 }, min: 0, max: 1e4 }),
      mediumFactor: {
        pbs: assumed(1, ONE, 'free drug: medium irrelevant', { spread: { kind: 'lognormal', gsd: 1 }, min: 0, max: 1e3 }),
        serum: assumed(1, ONE, 'free drug: medium irrelevant', { spread: { kind: 'lognormal', gsd: 1 }, min: 0, max: 1e3 }),
      },
    },
    bareHalfLifeH: assumed(1, H, 'placeholder only: a free drug follows its own free half-life (agents.ts), not a carrier\'s', { min: 0.01, max: 1000 }),
    acidResponsive: false,
  },

  'zif-8': {
    id: 'zif-8',
    name: 'ZIF-8 (zinc 2-methylimidazolate MOF)',
    description:
      'A zeolitic metal–organic framework of Zn²⁺ and 2-methylimidazolate. Stable at neutral pH, it falls apart in acid (tumour interstitium pH ≈ 6.5, lysosomes ≈ 5), releasing its cargo. Drugs can be trapped while the crystals form (one-pot).',
    coreClass: 'mof',
    formula: 'Zn(C4H5N2)2',
    densityGPerCm3: published(0.92, G_CM3, 'computed from the crystal structure (I-43m, a = 17.01 Å, Z = 12): Wong-Ng et al., Powder Diffraction 2012 (MODEL.md M0)', {
      spread: { kind: 'lognormal', gsd: 1.05 },
      min: 0.1,
      max: 25,
      label: 'ρ',
      description: 'Density of the empty framework',
    }),
    poreApertureNm: published(0.34, NM, 'Park et al., PNAS 2006 (sodalite 6-ring window 3.4 Å)', { verify: true, spread: { kind: 'uniform', min: 0.34, max: 0.42 }, ...PORE_APERTURE_RANGE, label: 'pore aperture' }),
    poreApertureFlexNm: recalled(0.4, NM, 'ZIF-8 linker swing admits molecules up to ≈ 4 Å (MODEL.md M1)', { ...PORE_APERTURE_RANGE, label: 'flexible aperture' }),
    poreVolumeCm3PerG: recalled(0.636, 'cm³/g', 'Park et al., PNAS 2006 (micropore volume from N₂ adsorption)', { min: 0.01, max: 5, label: 'pore volume' }),
    defaultDiameterNm: diameter(100, null, 'typical ZIF-8 nanocrystals for drug delivery are 50–200 nm'),
    loading: mofLoading(0.3, 0.4, 0.5, 'ZIF-8'),
    release: ZIF8_RELEASE,
    bareHalfLifeH: halfLife(1, 'bare MOF nanoparticles are opsonized and cleared by the liver and spleen within about an hour (MODEL.md M3)'),
    acidResponsive: true,
  },

  'zif-90': {
    id: 'zif-90',
    name: 'ZIF-90 (zinc imidazolate-2-carboxaldehyde MOF)',
    description: 'A ZIF-8 relative with an aldehyde on each linker (sodalite topology). Acid-degradable like ZIF-8; its aldehydes allow covalent post-modification and ATP-triggered release.',
    coreClass: 'mof',
    formula: 'Zn(C4H3N2O)2',
    // I-43m, a = 17.27 Å, Z = 12, M = 255.5 g/mol → 12·255.5/(6.022e23·5.151e-21) = 0.99 g/cm³.
    densityGPerCm3: recalled(0.99, G_CM3, 'computed from the unit cell (I-43m, a = 17.27 Å, Z = 12; Morris et al., JACS 2008)', { min: 0.1, max: 25, label: 'ρ' }),
    poreApertureNm: recalled(0.35, NM, 'Morris et al., JACS 2008 (sodalite window ≈ 3.5 Å)', { ...PORE_APERTURE_RANGE, label: 'pore aperture' }),
    defaultDiameterNm: diameter(100, null, 'typical MOF nanocrystal size for drug delivery'),
    loading: mofLoading(0.3, 0.4, 0.5, 'ZIF-90'),
    release: mofRelease(0.04, 0.7, 0.002, 'assumed like ZIF-8 (same Zn–imidazolate bond, acid-labile)', 10, 4),
    bareHalfLifeH: halfLife(1, 'bare MOF nanoparticles are cleared within about an hour (MODEL.md M3)'),
    acidResponsive: true,
  },

  'mil-100-fe': {
    id: 'mil-100-fe',
    name: 'MIL-100(Fe) (iron trimesate MOF)',
    description: 'A mesoporous iron(III) carboxylate framework with large cages (2.5–2.9 nm) and windows of 0.55 and 0.86 nm; biodegradable, slowly eroded by phosphate.',
    coreClass: 'mof',
    formula: 'Fe3O(OH)(H2O)2(C9H3O6)2',
    densityGPerCm3: assumed(0.75, G_CM3, 'framework density estimated from the MTN cell (Fd-3m, a ≈ 73 Å, 272 Fe₃O trimers per cell); not confirmed', {
      spread: { kind: 'lognormal', gsd: 1.3 },
      min: 0.1,
      max: 25,
      label: 'ρ',
    }),
    poreApertureNm: recalled(0.55, NM, 'Horcajada et al., Nat Mater 2010 (pentagonal windows 5.5 Å, hexagonal 8.6 Å)', { ...PORE_APERTURE_RANGE, label: 'pore aperture' }),
    // #27 load5: the large (2.9 nm) cages open through 0.86 nm hexagonal windows, so a drug narrower than that enters the
    // framework; read support: doxorubicin (0.8 nm) is entrapped in MIL-100(Fe) nanoparticles and coordinates the Fe(III)
    // sites of its structural unit (Anand et al., J Phys Chem B 118, 8532 (2014), abstract read).
    poreApertureFlexNm: recalled(0.86, NM, 'Horcajada et al., Nat Mater 2010 (the large cages open through hexagonal windows of 8.6 Å); doxorubicin (0.8 nm) is entrapped in MIL-100(Fe) and binds its Fe(III) sites 1:1 per Fe3O(OH)(H2O)2[BTC]2 unit (Anand et al., J Phys Chem B 118, 8532 (2014), abstract read)', { ...PORE_APERTURE_RANGE, label: 'widest window' }),
    defaultDiameterNm: diameter(150, null, 'MIL-100(Fe) nanoparticles of Horcajada et al. are ≈ 150–200 nm'),
    loading: mofLoading(0.3, 0.4, 0.2, 'MIL-100(Fe)'),
    release: mofRelease(0.02, 0.3, 0.005, 'iron carboxylate frameworks erode slowly and are only mildly acid-sensitive', 20, 5),
    bareHalfLifeH: halfLife(1, 'bare MOF nanoparticles are cleared within about an hour (MODEL.md M3)'),
    acidResponsive: true,
  },

  'uio-66': {
    id: 'uio-66',
    name: 'UiO-66 (zirconium terephthalate MOF)',
    description: 'A very robust Zr₆-oxo-cluster framework; it does not dissolve in acid, but phosphate slowly strips its linkers.',
    coreClass: 'mof',
    formula: 'Zr6O4(OH)4(C8H4O4)6',
    // Fm-3m, a = 20.75 Å, Z = 4 clusters of M = 1664 g/mol → 4·1664/(6.022e23·8.934e-21) = 1.24 g/cm³.
    densityGPerCm3: recalled(1.24, G_CM3, 'computed from the unit cell (Fm-3m, a = 20.75 Å, Z = 4; Cavka et al., JACS 2008)', { min: 0.1, max: 25, label: 'ρ' }),
    poreApertureNm: recalled(0.6, NM, 'Cavka et al., JACS 2008 (triangular windows ≈ 6 Å)', { ...PORE_APERTURE_RANGE, label: 'pore aperture' }),
    defaultDiameterNm: diameter(100, null, 'typical MOF nanocrystal size for drug delivery'),
    loading: mofLoading(0.2, 0.3, 0.2, 'UiO-66'),
    release: mofRelease(0.002, 0, 0.003, 'Zr–carboxylate bonds are acid-stable', 30, 5),
    bareHalfLifeH: halfLife(1, 'bare MOF nanoparticles are cleared within about an hour (MODEL.md M3)'),
    acidResponsive: false,
  },

  'hf-mof': {
    id: 'hf-mof',
    name: 'Hf-MOF (UiO-66(Hf), hafnium terephthalate)',
    description: 'The hafnium analogue of UiO-66: a high-Z (Hf, Z = 72) framework used as a radiosensitizing carrier (Hf-MOFs of the Lin group). Acid-stable.',
    coreClass: 'mof',
    formula: 'Hf6O4(OH)4(C8H4O4)6',
    // Same cell as UiO-66 (a ≈ 20.7 Å, Z = 4), M = 2188 g/mol → 4·2188/(6.022e23·8.934e-21) = 1.63 g/cm³.
    densityGPerCm3: assumed(1.63, G_CM3, 'computed from the UiO-66 cell (a = 20.75 Å, Z = 4) with Hf in place of Zr (isostructural)', {
      spread: { kind: 'lognormal', gsd: 1.05 },
      min: 0.1,
      max: 25,
      label: 'ρ',
    }),
    poreApertureNm: recalled(0.6, NM, 'isostructural with UiO-66 (Cavka et al., JACS 2008)', { ...PORE_APERTURE_RANGE, label: 'pore aperture' }),
    defaultDiameterNm: diameter(100, null, 'typical MOF nanocrystal size for drug delivery'),
    loading: mofLoading(0.2, 0.3, 0.2, 'Hf-MOF'),
    release: mofRelease(0.002, 0, 0.003, 'Hf–carboxylate bonds are acid-stable', 30, 5),
    bareHalfLifeH: halfLife(1, 'bare MOF nanoparticles are cleared within about an hour (MODEL.md M3)'),
    acidResponsive: false,
  },

  'bi-mof': {
    id: 'bi-mof',
    name: 'Bi-MOF (bismuth trimesate)',
    description: 'A bismuth carboxylate framework (e.g. CAU-17-type Bi–BTC): the carrier itself is the high-Z sensitizer (Bi, Z = 83). Partly acid-labile.',
    coreClass: 'mof',
    formula: 'Bi(C9H3O6)',
    densityGPerCm3: assumed(2.2, G_CM3, 'no crystal density found for nanoscale Bi–BTC; estimated between dense Bi salts and open MOFs', {
      spread: { kind: 'lognormal', gsd: 1.3 },
      min: 0.1,
      max: 25,
      label: 'ρ',
    }),
    poreApertureNm: assumed(0.5, NM, 'small channels of Bi–BTC frameworks', { ...PORE_APERTURE_RANGE, label: 'pore aperture' }),
    defaultDiameterNm: diameter(100, null, 'typical MOF nanocrystal size for drug delivery'),
    loading: mofLoading(0.2, 0.2, 0.2, 'Bi-MOF'),
    release: mofRelease(0.02, 0.5, 0.003, 'bismuth carboxylates dissolve faster in acid', 10, 4),
    bareHalfLifeH: halfLife(1, 'bare MOF nanoparticles are cleared within about an hour (MODEL.md M3)'),
    acidResponsive: true,
  },

  hfo2: {
    id: 'hfo2',
    name: 'Hafnium oxide (HfO₂)',
    description: 'Dense crystalline hafnium oxide (NBTXR3 is 50 nm functionalized HfO₂). A pure physical radiosensitizer: it absorbs X-rays strongly and does not dissolve.',
    coreClass: 'inorganic',
    formula: 'HfO2',
    densityGPerCm3: recalled(9.68, G_CM3, 'CRC Handbook of Chemistry and Physics (monoclinic HfO₂)', { spread: { kind: 'lognormal', gsd: 1.03 }, min: 0.1, max: 25, label: 'ρ' }),
    poreApertureNm: null,
    defaultDiameterNm: diameter(50, 'Bonvalot et al., Lancet Oncol 2019 (NBTXR3 is 50 nm HfO₂)', 'NBTXR3 size'),
    loading: {
      'post-loaded': rule(qmax(0.01, 'external surface only: (6/(ρd))·Γ with Γ ≈ 1 mg/m² (MODEL.md M1) is ≈ 0.012 mg/mg at 50 nm'), surfaceK(), true),
      doped: rule(qmax(0.05, 'dopant ions (e.g. lanthanides) substituted in the oxide lattice, a few wt %'), latticeK(), false),
    },
    release: inertRelease(0.01, 'desorption of surface-bound payload from a non-dissolving oxide', {
      'post-loaded': [0.5, 'surface-adsorbed payload'],
      doped: [0, 'lattice atoms do not leave a non-dissolving oxide'],
    }),
    bareHalfLifeH: halfLife(1, 'bare inorganic nanoparticles are cleared by the liver and spleen within about an hour'),
    acidResponsive: false,
  },

  gold: {
    id: 'gold',
    name: 'Gold nanoparticle',
    description: 'Solid gold (Z = 79), the classic high-Z radiosensitizer (Hainfeld 2004; Chithrani 2010). Drugs attach to its surface by adsorption or gold–thiol bonds.',
    coreClass: 'inorganic',
    formula: 'Au',
    densityGPerCm3: tabulated(19.32, G_CM3, 'NIST, NISTIR 5632 Table 1 (element density), via shared/data/nist-xaamdi/element_properties.csv', { min: 0.1, max: 25, label: 'ρ' }),
    poreApertureNm: null,
    defaultDiameterNm: diameter(50, 'Chithrani et al., Radiat Res 2010 (50 nm gold in HeLa cells)', 'reference size of the local-effect data (MODEL.md M4.3)'),
    loading: {
      'post-loaded': rule(qmax(0.006, 'external surface only: (6/(ρd))·Γ with Γ ≈ 1 mg/m² at 50 nm is 0.0062 mg/mg'), surfaceK(), true),
      conjugated: rule(
        qmax(0.006, 'one monolayer of thiol-linked drug: same surface limit as adsorption'),
        kSet(kAff(100, 'strong', 'gold–thiol bond formation is near-quantitative below saturation'), kAff(100, 'moderate', 'as strong'), kAff(100, 'weak', 'as strong')),
      ),
    },
    release: inertRelease(0.005, 'desorption from a non-dissolving metal surface', {
      'post-loaded': [0.5, 'surface-adsorbed payload'],
      conjugated: [0.02, 'covalently bound; released only by thiol exchange (glutathione)'],
    }),
    bareHalfLifeH: halfLife(1, 'bare inorganic nanoparticles are cleared by the liver and spleen within about an hour'),
    acidResponsive: false,
  },

  bi2s3: {
    id: 'bi2s3',
    name: 'Bismuth sulfide (Bi₂S₃)',
    description: 'Bismuth sulfide nanorods or dots: a high-Z (Bi, Z = 83) radiosensitizer and CT contrast agent; practically insoluble.',
    coreClass: 'inorganic',
    formula: 'Bi2S3',
    densityGPerCm3: recalled(6.78, G_CM3, 'CRC Handbook of Chemistry and Physics (bismuthinite)', { spread: { kind: 'lognormal', gsd: 1.03 }, min: 0.1, max: 25, label: 'ρ' }),
    poreApertureNm: null,
    defaultDiameterNm: diameter(50, null, 'typical Bi₂S₃ nanoparticle size'),
    loading: {
      'post-loaded': rule(qmax(0.018, 'external surface only: (6/(ρd))·Γ with Γ ≈ 1 mg/m² at 50 nm is 0.018 mg/mg'), surfaceK(), true),
      doped: rule(qmax(0.05, 'dopant substituted in the sulfide lattice, a few wt %'), latticeK(), false),
    },
    release: inertRelease(0.01, 'desorption of surface-bound payload from a non-dissolving sulfide', {
      'post-loaded': [0.5, 'surface-adsorbed payload'],
      doped: [0, 'lattice atoms do not leave a non-dissolving solid'],
    }),
    bareHalfLifeH: halfLife(1, 'bare inorganic nanoparticles are cleared within about an hour'),
    acidResponsive: false,
  },

  'mesoporous-silica': {
    id: 'mesoporous-silica',
    name: 'Mesoporous silica (MCM-41 type)',
    description: 'Amorphous silica with ordered 2–3 nm channels that soak up drugs after synthesis; dissolves slowly to silicic acid.',
    coreClass: 'silica',
    formula: 'SiO2',
    // Envelope density from skeletal 2.2 g/cm³ and pore volume 0.9 cm³/g: 1/(1/2.2 + 0.9) = 0.74 g/cm³.
    densityGPerCm3: assumed(0.74, G_CM3, 'envelope density of MCM-41 from skeletal silica 2.2 g/cm³ and pore volume 0.9 cm³/g: 1/(1/2.2 + 0.9)', {
      spread: { kind: 'lognormal', gsd: 1.2 },
      min: 0.1,
      max: 25,
      label: 'ρ',
    }),
    poreApertureNm: recalled(2.5, NM, 'MCM-41 channels 2–3 nm (Kresge et al., Nature 1992)', { ...PORE_APERTURE_RANGE, label: 'pore aperture' }),
    poreVolumeCm3PerG: assumed(0.9, 'cm³/g', 'MCM-41 pore volume ≈ 0.7–1.0 cm³/g', { min: 0.01, max: 5, label: 'pore volume' }),
    defaultDiameterNm: diameter(100, null, 'typical MSN size for drug delivery'),
    loading: {
      'post-loaded': rule(qmax(0.4, 'pore filling: 0.9 cm³/g × drug ≈ 1.3 g/cm³, about one third filled'), kSet(kAff(5, 'strong', 'silanol hydrogen bonding'), kAff(3, 'moderate', 'hydrophobic adsorption in pores'), kAff(3, 'weak', 'cations bind deprotonated silanols')), true),
      conjugated: rule(qmax(0.1, 'silane-linked drug: limited by surface silanols'), kSet(kAff(50, 'strong', 'coupling chemistry near-quantitative below saturation'), kAff(50, 'moderate', 'as strong'), kAff(50, 'weak', 'as strong'))),
    },
    release: {
      vRefNmPerH: vRef(0.01, 'amorphous silica dissolves over days to weeks at pH 7.4'),
      nH: assumed(0, ONE, 'silica dissolves faster at higher, not lower, pH; taken as pH-independent', { min: 0, max: 5, label: 'n_H' }),
      kdPerH: kd(0.03, 'diffusion out of open 2–3 nm channels'),
      nD: assumed(0, ONE, 'diffusion taken as pH-independent', { min: 0, max: 5, label: 'n_D' }),
      burstFraction: { 'post-loaded': burst(0.3, 'drug near the pore mouths'), conjugated: burst(0.02, 'covalently bound') },
      kbPerH: kb(2, 'pore-mouth payload leaves within about an hour'),
      mediumFactor: medium(1, 2, 'serum proteins accelerate silica dissolution'),
    },
    bareHalfLifeH: halfLife(1, 'bare silica nanoparticles are cleared within about an hour'),
    acidResponsive: false,
  },

  liposome: {
    id: 'liposome',
    name: 'Liposome',
    description: 'A lipid bilayer vesicle with a water core (HSPC/cholesterol, as in Doxil). Weak-base drugs are pulled inside by a pH or ammonium-sulfate gradient (remote loading) and stay there for days.',
    coreClass: 'liposome',
    formula: null,
    densityGPerCm3: assumed(0.3, G_CM3, LIPO_DENSITY_WHY, { spread: { kind: 'lognormal', gsd: 1.3 }, min: 0.01, max: 25, label: 'ρ (lipid per vesicle volume)' }),
    poreApertureNm: null,
    defaultDiameterNm: diameter(100, null, 'extruded liposomes are typically 80–120 nm'),
    loading: LIPOSOME_LOADING(),
    release: LIPOSOME_RELEASE(),
    bareHalfLifeH: halfLife(2, 'conventional (non-PEG) liposomes are cleared by the liver and spleen within hours' + LIPID_SHELL_BARE_NOTE),
    acidResponsive: false,
    lipidShell: lipidShell(
      52,
      'HSPC (hydrogenated soy PC, Doxil\'s phospholipid) main transition ≈ 52 °C (Avanti data; recalled)',
      38,
      'Doxil label (read): HSPC 9.58, cholesterol 3.19, MPEG-DSPE 3.19 mg/mL → 12.2 : 8.2 : 1.1 mM, cholesterol ≈ 38 mol %',
    ),
  },

  'thermosensitive-liposome': {
    id: 'thermosensitive-liposome',
    name: 'Thermosensitive liposome',
    description: 'A lysolipid-containing liposome (ThermoDox type) whose bilayer turns leaky at its melting transition (≈ 41.5 °C): mild heating releases the drug within seconds to minutes.',
    coreClass: 'liposome',
    formula: null,
    densityGPerCm3: assumed(0.3, G_CM3, LIPO_DENSITY_WHY, { spread: { kind: 'lognormal', gsd: 1.3 }, min: 0.01, max: 25, label: 'ρ (lipid per vesicle volume)' }),
    poreApertureNm: null,
    defaultDiameterNm: diameter(100, null, 'ThermoDox-type liposomes ≈ 100 nm (REFERENCE-SYSTEMS.md)'),
    loading: LIPOSOME_LOADING(),
    release: {
      ...LIPOSOME_RELEASE(),
      kdPerH: kd(0.02, 'lysolipid bilayers leak somewhat at 37 °C'),
      thermo: {
        kdHighPerH: assumed(60, PER_H, 'release within seconds to minutes above T_m (t½ ≈ 40 s)', { min: 0, max: 1e5, label: 'k_d above T_m' }),
        transitionC: recalled(41.5, '°C', 'DPPC-based lysolipid liposome transition (ThermoDox releases at ≈ 39.5–42 °C; MODEL.md M2)', {
          spread: { kind: 'normal', sd: 0.5 },
          min: 30,
          max: 60,
          label: 'T_m',
        }),
        widthC: assumed(0.5, '°C', 'sharpness of the gel–liquid transition (MODEL.md M2)', { spread: { kind: 'lognormal', gsd: 1.5 }, min: 0.01, max: 10, label: 'w' }),
      },
    },
    bareHalfLifeH: halfLife(2, 'conventional (non-PEG) liposomes are cleared within hours' + LIPID_SHELL_BARE_NOTE),
    acidResponsive: false,
    lipidShell: lipidShell(
      41.5,
      'DPPC-based lysolipid bilayer (ThermoDox type): the release transition T_m of this core (MODEL.md M2)',
      0,
      'ThermoDox-type bilayers are DPPC : MSPC : DSPE-PEG without cholesterol (Needham et al., Cancer Res 60, 1197 (2000); recalled)',
    ),
  },

  plga: {
    id: 'plga',
    name: 'PLGA nanoparticle',
    description: 'A solid particle of poly(lactic-co-glycolic acid), a biodegradable polyester; hydrophobic drugs are trapped while it forms and diffuse out over days as it slowly hydrolyses.',
    coreClass: 'polymer',
    formula: null,
    densityGPerCm3: recalled(1.3, G_CM3, 'PLGA 50:50 bulk density ≈ 1.3 g/cm³ (polymer supplier data)', { min: 0.1, max: 25, label: 'ρ' }),
    poreApertureNm: null,
    defaultDiameterNm: diameter(100, null, 'MODEL.md V4 reference particle (PLGA 100 nm)'),
    loading: plgaLoading('single-emulsion'),
    release: plgaRelease(),
    bareHalfLifeH: halfLife(1, 'bare PLGA particles are cleared within minutes to hours (Hu et al., PNAS 2011 show them far below PEG and RBC-coated ones)'),
    acidResponsive: false,
  },

  'lipid-polymer-hybrid': {
    id: 'lipid-polymer-hybrid',
    name: 'Lipid–polymer hybrid nanoparticle',
    description: 'A PLGA core wrapped in a lipid monolayer (lecithin, often with DSPE-PEG), made in one step by nanoprecipitation into a lipid dispersion: the polymer holds and slowly releases the drug, the lipid shell faces the blood (Zhang et al., ACS Nano 2, 1696 (2008)).',
    coreClass: 'polymer',
    formula: null,
    densityGPerCm3: recalled(1.3, G_CM3, 'PLGA 50:50 bulk density ≈ 1.3 g/cm³ (polymer supplier data)', { min: 0.1, max: 25, label: 'ρ' }),
    poreApertureNm: null,
    defaultDiameterNm: diameter(100, null, 'lipid–PLGA hybrids are typically 60–120 nm (Zhang et al. 2008; recalled)'),
    // The PLGA core holds and releases the drug: PLGA's loading and release blocks; made by nanoprecipitation into the
    // lipid dispersion (Zhang et al. 2008), so a payload without a method partitions as in nanoprecipitation.
    loading: plgaLoading('nanoprecipitation'),
    release: plgaRelease(),
    bareHalfLifeH: halfLife(1, 'bare PLGA core' + LIPID_SHELL_BARE_NOTE),
    acidResponsive: false,
    lipidShell: lipidShell(
      -5,
      'soybean/egg lecithin, the usual shell lipid: a fluid bilayer lipid, T_m below 0 °C (recalled); give core.lipidTmC for a DSPC or DPPC shell',
      0,
      'lecithin/DSPE-PEG shells of Zhang et al. 2008 carry no cholesterol (recalled)',
    ),
  },

  'polymeric-micelle': {
    id: 'polymeric-micelle',
    name: 'Polymeric micelle',
    description: 'Self-assembled block copolymer (e.g. PEG–polylactide, PEG–polyaspartate) with a hydrophobic core that holds the drug and a PEG shell; 10–200 nm.',
    coreClass: 'micelle',
    formula: null,
    densityGPerCm3: assumed(1.1, G_CM3, 'hydrated amphiphilic block copolymer assembly', { spread: { kind: 'lognormal', gsd: 1.2 }, min: 0.1, max: 25, label: 'ρ' }),
    poreApertureNm: null,
    defaultDiameterNm: diameter(40, null, 'clinical micelles are 20–85 nm (doc 001)'),
    loading: {
      'one-pot': rule(qmax(0.4, 'micelle cores hold up to ≈ 25–30 wt % drug'), kSet(kAff(5, 'strong', 'polar/coordinating agents bind core carboxylates'), kAff(20, 'moderate', 'hydrophobic agents co-assemble into the core'), kAff(1, 'weak', 'charged agents stay in water'))),
      conjugated: rule(qmax(0.5, 'drug bound to the core-forming block (e.g. Pt–carboxylate in NC-6004, SN-38 ester in NK012)'), kSet(kAff(100, 'strong', 'binding near-quantitative below saturation'), kAff(100, 'moderate', 'as strong'), kAff(100, 'weak', 'as strong'))),
    },
    release: {
      vRefNmPerH: assumed(0, NM_H, 'micelles dissociate rather than erode; dissociation is folded into k_d', { min: 0, max: 1e4, label: 'v_ref' }),
      nH: assumed(0, ONE, 'no erosion term', { min: 0, max: 5, label: 'n_H' }),
      kdPerH: kd(0.03, 'drug diffuses out of and with dissociating micelles over a day'),
      nD: nD(0.2, 'mild acid acceleration (protonation of core blocks)'),
      burstFraction: { 'one-pot': burst(0.1, 'drug at the core–shell interface'), conjugated: burst(0.02, 'covalently bound') },
      kbPerH: kb(2, 'burst within about an hour'),
      mediumFactor: medium(1, 3, 'serum proteins extract drug from and dissociate micelles'),
    },
    bareHalfLifeH: halfLife(2, 'micelles always carry a PEG shell; a "bare" micelle core is cleared within hours'),
    acidResponsive: false,
    micelleCmcMgPerL: recalled(10, 'mg/L', 'CMC of PEG–polyester and PEG–poly(amino acid) block copolymers (the micelles of Genexol-PM, NK105, NC-6004) ≈ 10⁻⁷–10⁻⁶ M, i.e. ≈ 1–20 mg/L for 10–20 kDa copolymers (Kwon & Kataoka, Adv Drug Deliv Rev 16, 295 (1995); Torchilin, J Control Release 73, 137 (2001); recalled, to verify); Pluronic micelles (e.g. P123) sit one to two orders higher — give the copolymer\'s own value', { spread: { kind: 'lognormal', gsd: 3 }, min: 1e-3, max: 1e5, label: 'CMC', description: 'Critical micelle concentration of the copolymer at 37 °C' }),
  },

  albumin: {
    id: 'albumin',
    name: 'Albumin nanoparticle (nab)',
    description: 'Human serum albumin with hydrophobic drug bound to it, pressed into ≈ 130 nm particles (Abraxane). They come apart quickly in blood into drug–albumin complexes.',
    coreClass: 'albumin',
    formula: null,
    densityGPerCm3: recalled(1.35, G_CM3, 'protein partial specific density ≈ 1.35 g/cm³ (Fischer et al., Protein Sci 2004)', { min: 0.1, max: 25, label: 'ρ' }),
    poreApertureNm: null,
    defaultDiameterNm: diameter(130, 'doc 001 (Abraxane ≈ 130 nm)', 'Abraxane size'),
    loading: {
      'one-pot': rule(qmax(0.3, 'albumin binds several hydrophobic drug molecules per 66 kDa protein'), kSet(kAff(20, 'strong', 'drugs with albumin binding sites'), kAff(30, 'moderate', 'hydrophobic drugs bind albumin\'s fatty-acid sites'), kAff(1, 'weak', 'charged drugs bind weakly'))),
    },
    release: {
      vRefNmPerH: assumed(0, NM_H, 'disassembly is folded into k_d', { min: 0, max: 1e4, label: 'v_ref' }),
      nH: assumed(0, ONE, 'no erosion term', { min: 0, max: 5, label: 'n_H' }),
      kdPerH: kd(0.5, 'nab particles disassemble on dilution into albumin–drug complexes within hours'),
      nD: assumed(0, ONE, 'pH-independent', { min: 0, max: 5, label: 'n_D' }),
      burstFraction: { 'one-pot': burst(0.5, 'loosely bound drug leaves on dilution') },
      kbPerH: kb(10, 'within minutes'),
      mediumFactor: medium(1, 10, 'endogenous albumin and lipoproteins take up the drug at once (Abraxane dissociates quickly in blood)'),
    },
    bareHalfLifeH: halfLife(1, 'particles disassemble and are cleared within about an hour'),
    acidResponsive: false,
  },

  'polymer-conjugate': {
    id: 'polymer-conjugate',
    name: 'Polymer–drug conjugate',
    description: 'Drug molecules tied by covalent (e.g. ester) bonds to a soluble polymer such as poly(L-glutamic acid) (Xyotax, Mw 17,000). Released as the bonds hydrolyse or are cut by lysosomal enzymes.',
    coreClass: 'conjugate',
    formula: null,
    densityGPerCm3: assumed(1.4, G_CM3, 'polypeptide density ≈ 1.35–1.4 g/cm³', { spread: { kind: 'lognormal', gsd: 1.1 }, min: 0.1, max: 25, label: 'ρ' }),
    poreApertureNm: null,
    defaultDiameterNm: diameter(15, null, 'a drug-laden polymer coil, ≈ 10–20 nm (REFERENCE-SYSTEMS.md)'),
    loading: {
      conjugated: rule(qmax(1.0, 'conjugation limited by available carboxylates; up to 37 wt % paclitaxel on PGA (doc 001)'), kSet(kAff(112, 'strong', 'coupling near-quantitative below saturation (see anchors.ts, Xyotax)'), kAff(112, 'moderate', 'as strong'), kAff(112, 'weak', 'as strong'))),
    },
    release: {
      vRefNmPerH: assumed(0, NM_H, 'a soluble polymer does not erode; cleavage is folded into k_d', { min: 0, max: 1e4, label: 'v_ref' }),
      nH: assumed(0, ONE, 'no erosion term', { min: 0, max: 5, label: 'n_H' }),
      kdPerH: kd(0.005, 'ester hydrolysis in plasma over days'),
      nD: nD(0.3, 'lysosomal cathepsin B cleavage of PGA speeds release at low pH'),
      burstFraction: { conjugated: burst(0.01, 'traces of unconjugated drug') },
      kbPerH: kb(2, 'free drug leaves at once'),
      mediumFactor: medium(1, 2, 'plasma esterases'),
    },
    bareHalfLifeH: halfLife(3, 'a ≈ 40 kDa conjugate escapes renal filtration only partly'),
    acidResponsive: false,
  },

  'iron-oxide': {
    id: 'iron-oxide',
    name: 'Iron oxide (magnetite)',
    description: 'Superparamagnetic magnetite nanocrystals (Feraheme has a carbohydrate shell); used for iron replacement, MRI and magnetic hyperthermia.',
    coreClass: 'inorganic',
    formula: 'Fe3O4',
    densityGPerCm3: recalled(5.17, G_CM3, 'CRC Handbook of Chemistry and Physics (magnetite)', { spread: { kind: 'lognormal', gsd: 1.03 }, min: 0.1, max: 25, label: 'ρ' }),
    poreApertureNm: null,
    defaultDiameterNm: diameter(20, null, 'ferumoxytol-type iron oxide core–shell ≈ 17–31 nm (REFERENCE-SYSTEMS.md, recalled)'),
    loading: {
      'post-loaded': rule(qmax(0.06, 'external surface only: (6/(ρd))·Γ with Γ ≈ 1 mg/m² at 20 nm is 0.058 mg/mg'), surfaceK(), true),
      doped: rule(qmax(0.1, 'dopant metals (Mn, Zn, Gd) substituted in the spinel lattice'), latticeK(), false),
    },
    release: inertRelease(0.01, 'desorption of surface-bound payload from a non-dissolving oxide', {
      'post-loaded': [0.5, 'surface-adsorbed payload'],
      doped: [0, 'lattice atoms do not leave a non-dissolving solid'],
    }),
    bareHalfLifeH: halfLife(1, 'bare iron oxide particles are cleared by liver macrophages within about an hour'),
    acidResponsive: false,
  },

  lnp: {
    id: 'lnp',
    name: 'Lipid nanoparticle (ionizable lipid)',
    description: 'An mRNA/siRNA carrier of ionizable lipid, helper lipid, cholesterol and PEG-lipid. The ionizable lipid is neutral in blood and positive in endosomes, where it helps the nucleic acid escape (only ≈ 1–2 % does).',
    coreClass: 'lnp',
    formula: null,
    densityGPerCm3: assumed(1.0, G_CM3, 'lipid/nucleic-acid core ≈ 1.0 g/cm³', { spread: { kind: 'lognormal', gsd: 1.1 }, min: 0.1, max: 25, label: 'ρ' }),
    poreApertureNm: null,
    defaultDiameterNm: diameter(90, null, 'mRNA-LNPs are ≈ 80–100 nm'),
    loading: {
      complexed: rule(
        qmax(0.1, 'nucleic acid per lipid mass at full charge neutralisation (N/P ≈ 3); see anchors.ts'),
        kSet(
          kAff(229.5, 'strong', 'polyanions (phosphate backbone) complex with the protonated ionizable lipid; set by the mRNA-LNP anchor (anchors.ts)'),
          kAff(2, 'moderate', 'neutral hydrophobic small molecules dissolve in the lipid core'),
          kAff(5, 'weak', 'small charged molecules complex weakly'),
        ),
      ),
    },
    release: {
      vRefNmPerH: assumed(0, NM_H, 'LNPs do not erode; release is folded into k_d', { min: 0, max: 1e4, label: 'v_ref' }),
      nH: assumed(0, ONE, 'no erosion term', { min: 0, max: 5, label: 'n_H' }),
      kdPerH: kd(0.005, 'release rate at pH 7.4 (the ionizable lipid is ≈ 9 % protonated there); scaled by the protonated fraction'),
      nD: assumed(0, ONE, 'pH dependence carried by the ionizable-lipid term instead', { min: 0, max: 5, label: 'n_D' }),
      burstFraction: { complexed: burst(0.05, 'nucleic acid at the surface (EE < 100 %)') },
      kbPerH: kb(2, 'within about an hour'),
      ionizablePKa: assumed(6.4, ONE, 'apparent pKa of clinical ionizable lipids is 6.2–6.7 (MODEL.md M2)', { spread: { kind: 'normal', sd: 0.2 }, min: 4, max: 9, label: 'pKa' }),
      mediumFactor: medium(1, 2, 'serum lipoproteins exchange lipids with LNPs'),
    },
    bareHalfLifeH: halfLife(0.5, 'PEG-lipid sheds within minutes; apolipoprotein E coats the LNP and the liver takes it up'),
    acidResponsive: false,
  },

  'silica-gold-nanoshell': {
    id: 'silica-gold-nanoshell',
    name: 'Silica–gold nanoshell',
    description: 'A silica bead (≈ 120 nm) with a thin gold shell (≈ 15 nm) tuned to absorb near-infrared light and heat tumours (AuroLase); also high-Z.',
    coreClass: 'inorganic',
    // Composition of a 120 nm silica core (2.0 g/cm³) with a 15 nm gold shell (19.32 g/cm³), radius 60 → 75 nm:
    // V_core = 4/3·π·60³ = 9.05e5 nm³, V_shell = 4/3·π·(75³ − 60³) = 8.62e5 nm³; masses 1.81e6 : 1.666e7 (·1e-21 g)
    // → Au mass fraction 0.902; mol Au : mol SiO₂ = (0.902/196.97) : (0.098/60.08) = 2.81 : 1 → formula Au2.81SiO2.
    // Mean density = (1.81e6 + 1.666e7)/(1.767e6) = 10.45 g/cm³.
    formula: 'Au2.81SiO2',
    densityGPerCm3: assumed(10.45, G_CM3, 'volume-weighted mean of a 120 nm Stöber-silica core (2.0 g/cm³) and a 15 nm gold shell (19.32 g/cm³, NIST)', {
      spread: { kind: 'lognormal', gsd: 1.15 },
      min: 0.1,
      max: 25,
      label: 'ρ',
    }),
    poreApertureNm: null,
    defaultDiameterNm: diameter(150, null, 'AuroLase nanoshells ≈ 150 nm (REFERENCE-SYSTEMS.md, recalled)'),
    loading: {
      'post-loaded': rule(qmax(0.004, 'external surface only: (6/(ρd))·Γ with Γ ≈ 1 mg/m² at 150 nm is 0.0038 mg/mg'), surfaceK(), true),
    },
    release: inertRelease(0.005, 'desorption from a non-dissolving gold surface', { 'post-loaded': [0.5, 'surface-adsorbed payload'] }),
    bareHalfLifeH: halfLife(1, 'bare inorganic nanoparticles are cleared within about an hour'),
    acidResponsive: false,
  },
};

/** True when `id` is a catalog core id. */
export function isCoreId(id: string): id is CoreId {
  return (CORE_IDS as readonly string[]).includes(id);
}
