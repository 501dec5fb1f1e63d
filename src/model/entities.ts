// The shapes of catalog entries as the model consumes them (cores, agents, membrane sources, loading anchors).
// The catalog (src/catalog) provides the data; the model depends only on these types.
import type { Param } from './param';

export type LoadingMode = 'one-pot' | 'post-loaded' | 'remote' | 'conjugated' | 'complexed' | 'doped';
export const LOADING_MODES = ['one-pot', 'post-loaded', 'remote', 'conjugated', 'complexed', 'doped'] as const satisfies readonly LoadingMode[];
/** How a polymer particle is made (#27 loading by partitioning): solvent displacement, oil-in-water or water-in-oil-in-water emulsion. */
export type PrepMethod = 'nanoprecipitation' | 'single-emulsion' | 'double-emulsion';
export const PREP_METHODS = ['nanoprecipitation', 'single-emulsion', 'double-emulsion'] as const satisfies readonly PrepMethod[];

/** MOF one-pot affinity classes (MODEL.md M1): strong = coordinates the metal node; moderate = hydrophobic; weak = charged non-coordinating. */
export type AffinityClass = 'strong' | 'moderate' | 'weak';

export type CoreClass =
  | 'free-drug'
  | 'mof'
  | 'inorganic'
  | 'silica'
  | 'liposome'
  | 'micelle'
  | 'polymer'
  | 'albumin'
  | 'conjugate'
  | 'lnp';

export type Medium = 'buffer' | 'pbs' | 'serum';

/** Competitive-Langmuir capacity and affinity for one carrier and loading mode (MODEL.md M1). */
export interface LoadingRule {
  /** Capacity q_max, mg payload per mg carrier. */
  qmaxMgPerMg: Param;
  /** Affinity K (dimensionless, at the standard carrier concentration) per affinity class of the agent. */
  affinityK: Record<AffinityClass, Param>;
  /** For post-loading: size exclusion applies when the agent's smallest dimension exceeds the pore aperture. */
  sizeExclusion?: boolean;
  /**
   * Polymer particles formed around the drug (#27): EE from the drug's partition between the polymer and the aqueous
   * phase of the preparation, its aqueous solubility and the drug:polymer ratio, instead of one K per class. Used for
   * agents that carry logP and an aqueous solubility; others keep the class K.
   */
  partition?: PartitionRule;
}

/** Preparation-dependent partitioning of a drug into a forming polymer particle (docs/model/loading.md, M1.partition). */
export interface PartitionRule {
  /** Aqueous volume the drug can escape into, per mg polymer (mL/mg), by preparation method. */
  aqueousMlPerMg: Record<PrepMethod, Param>;
  /** Double emulsion: fraction of the inner aqueous phase (with its dissolved drug) that stays inside the particles. */
  innerRetention: Param;
  /** Method assumed when a payload does not say. */
  defaultMethod: PrepMethod;
}

/** Carrier release kinetics (MODEL.md M2): burst + first-order leakage + shrinking-sphere erosion. */
export interface ReleaseProps {
  /** Surface recession velocity at pH 7.4, 37 °C, in buffer (nm/h); 0 for carriers that do not dissolve. */
  vRefNmPerH: Param;
  /** pH sensitivity of erosion: v(pH) = v_ref · 10^(n_H · (7.4 − pH)). */
  nH: Param;
  /** First-order leakage through the intact carrier at pH 7.4, 37 °C (h⁻¹). */
  kdPerH: Param;
  /** pH sensitivity of leakage: k_d(pH) = k_d · 10^(n_D · (7.4 − pH)) (0 = pH-independent). */
  nD: Param;
  /** Burst fraction F_b by loading mode (surface-bound payload). Missing mode = 0. */
  burstFraction: Partial<Record<LoadingMode, Param>>;
  /** Burst rate k_b (h⁻¹). */
  kbPerH: Param;
  /** Thermosensitive liposomes: k_d(T) = k_low + (k_high − k_low)/(1 + e^(−(T − T_m)/w)). */
  thermo?: { kdHighPerH: Param; transitionC: Param; widthC: Param };
  /** LNPs: rate ∝ protonated fraction 1/(1 + 10^(pH − pKa)) of the ionizable lipid. */
  ionizablePKa?: Param;
  /** Erosion/leakage multipliers of the release medium relative to buffer. */
  mediumFactor: { pbs: Param; serum: Param };
  /**
   * Drug–framework interaction (#27, frameworks): the share of the non-burst payload coordinated to the framework by
   * the agent's affinity class; it leaves only as the framework dissolves, the rest (physically trapped) also diffuses out
   * with k_d. Absent = 0 (every payload leaks). Doped payloads count as coordinated (1).
   */
  coordinatedFraction?: Record<AffinityClass, Param>;
}

export interface CoreProps {
  id: string;
  name: string;
  description: string;
  coreClass: CoreClass;
  /** Chemical formula of the carrier material for element mass fractions ('Zn(C4H5N2)2', 'HfO2'); null when it has no element of interest. */
  formula: string | null;
  densityGPerCm3: Param;
  /** Pore aperture (nm); null for dense or non-porous carriers. */
  poreApertureNm: Param | null;
  /** The widest aperture the framework admits: a flexing window (ZIF-8 swings open from 0.34 to ≈ 0.4 nm) or the larger of two window types (MIL-100(Fe): 0.55 and 0.86 nm); absent = poreApertureNm. */
  poreApertureFlexNm?: Param | null;
  /** Specific pore volume (cm³/g), where known. */
  poreVolumeCm3PerG?: Param | null;
  defaultDiameterNm: Param;
  /** Loading modes the carrier can do, with their Langmuir parameters. A mode missing here is rejected by the schema. */
  loading: Partial<Record<LoadingMode, LoadingRule>>;
  release: ReleaseProps;
  /** Blood half-life of the bare (uncoated, un-PEGylated) ≈100 nm particle in mice (h). */
  bareHalfLifeH: Param;
  /** true for carriers that dissolve/degrade in acid (ZIF-8), i.e. v_ref > 0 and n_H > 0. */
  acidResponsive: boolean;
  /**
   * Lipid surface (#27, optional): a liposome bilayer or the lipid shell of a lipid–polymer hybrid. When present, the
   * uncoated particle's half-life comes from its rigidity (main phase-transition temperature, cholesterol) instead of
   * bareHalfLifeH. A formulation may give its own core.lipidTmC / core.cholesterolMolPct.
   */
  lipidShell?: { tmC: Param; cholesterolMolPct: Param } | null;
  /**
   * Micelles (#27, optional): critical micelle concentration of the copolymer at 37 °C (mg/L). Below it, in blood, the
   * micelles fall apart and release their physically entrapped payload (M3.micelle-stability).
   */
  micelleCmcMgPerL?: Param;
}

/**
 * A micelle-forming block copolymer (#27, M3.micelle-stability): its CMC, and the rate at which serum proteins extract a
 * physically entrapped drug of the reference log P from its core (kinetic stability). null = not known: the core's M2
 * serum release stands.
 */
export interface CopolymerProps {
  id: string;
  name: string;
  description: string;
  cmcMgPerL: Param;
  serumExtractionPerH: Param | null;
  note?: string;
}

/**
 * A drug's plasma disposition in one free-drug vehicle (#27, M3.t comparator), as measured in one species: clearance
 * (L/h/kg) after an iv bolus of doseMgPerKg, and where read the terminal half-life (h).
 */
export interface VehicleDrugPk {
  species: 'mouse' | 'rat';
  /** Body mass of the species the clearance was measured in (kg), for the allometric step to the model's mouse. */
  bodyMassKg: number;
  doseMgPerKg: number;
  clearanceLPerHPerKg: Param;
  terminalHalfLifeH?: Param;
}

/**
 * The vehicle a free drug is injected in (#27): e.g. Cremophor EL/ethanol (Taxol), polysorbate 80/ethanol (Taxotere),
 * saline (none). Per agent, the measured disposition of that drug in this vehicle; an agent without an entry is the
 * unformulated drug (its allometric clearance) in this vehicle too.
 */
export interface VehicleProps {
  id: string;
  name: string;
  description: string;
  freeDrugPk: Readonly<Record<string, VehicleDrugPk>>;
  note?: string;
}

export type AgentKind = 'small-molecule' | 'element' | 'nucleic-acid';

export interface AgentProps {
  id: string;
  name: string;
  description: string;
  kind: AgentKind;
  /** Molecular formula (for element fractions, e.g. cisplatin → Pt); for `bismuth`, 'Bi'. */
  formula: string | null;
  molecularWeightGPerMol: Param;
  /** Smallest molecular dimension (nm), for size exclusion in post-loading. */
  minDimensionNm: Param;
  affinityClass: AffinityClass;
  /** Free-drug plasma half-life in mice (h). */
  freeHalfLifeH: Param;
  /** Fraction of an iv dose of the free drug reaching the tumour (% ID). */
  freeTumorDeliveryPctID: Param;
  /** Multiplier on the carrier's leakage rate for this agent (1 = typical small molecule). */
  leakageFactor: Param;
  /** Octanol–water partition coefficient (log10) of the neutral drug; polymer partitioning (M1.partition). */
  logP?: Param;
  /** Aqueous solubility (mg/mL, ≈ 25 °C) of the form used in preparation; polymer partitioning (M1.partition). */
  aqueousSolubilityMgPerMl?: Param;
  /**
   * Cleavage rate (h⁻¹) in plasma at 37 °C of the bond that holds this drug in a conjugated micelle (#27, optional;
   * M3.micelle-stability): Pt–carboxylate coordination, ester … Absent: the carrier's M2 serum release applies.
   */
  conjugateCleavagePerH?: Param;
  /**
   * Plasma clearance of the free drug in humans (L/h/kg), the PK model's denominator (#27, optional): scaled to the
   * mouse allometrically, it sets the free drug's volume V = CL/k_free so that a free bolus gives AUC = dose/CL.
   */
  freeClearanceHumanLPerHPerKg?: Param;
  /**
   * Terminal (β) half-life (h) in plasma of the unformulated free drug, the slow tissue-redistribution phase of a
   * two-compartment disposition (#27 pk5, optional): the terminal phase of drug released from a carrier. Never shorter
   * than t½_free (a peripheral compartment only slows the terminal phase). Absent: one compartment (t½_free).
   */
  freeTerminalHalfLifeH?: Param;
  /** FAK inhibitors: cellular IC50 (mol/L) used for occupancy (MODEL.md M4.4). */
  fakIc50CellM?: Param;
  /** Element whose atoms act as a high-Z radiosensitizer (e.g. 'Bi', 'Pt'), if any. */
  highZElement?: string;
}

export type CellKind = 'cancer' | 'caf' | 'blood' | 'immune';

export interface MembraneProps {
  id: string;
  name: string;
  description: string;
  cellKind: CellKind;
  /** Tumour type the cells come from ('cervical', 'breast'), for homotypic targeting; null for blood/immune cells. */
  tumorType: string | null;
  /** Notable surface markers, e.g. ['CD47', 'N-cadherin']. */
  markers: string[];
  /** Half-life prolongation relative to RBC membrane's (RBC = 1; MODEL.md M3: cancer-cell ≈ 0.6, CAF ≈ 0.3). */
  prolongationVsRbc: Param;
}

/** A published loading anchor that overrides the generic rule for one carrier–agent–mode (MODEL.md M1 anchors). */
export interface LoadingAnchor {
  core: string;
  agent: string;
  mode: LoadingMode;
  qmaxMgPerMg: Param;
  affinityK: Param;
}

/** A user calibration of loading (fitted from measured feed/EE/LC points), carried in the formulation. */
export interface LoadingCalibration {
  core: string;
  agent: string;
  mode: LoadingMode;
  qmaxMgPerMg: number;
  affinityK: number;
}
