// M4.1 tumour concentrations: high-Z element (mg/g tumour) from the particle's composition, free drug (mol/L) at the irradiation time.
import { paramRow, type Explanation } from '../param';
import { elementInfo } from '../physics/photon';
import type { Route } from './delivery';
import { TARGETING_PARAMS, tp } from './params';

export interface ParticleComponent {
  /** Mass of this component per particle mass (g/g). */
  shareOfParticle: number;
  /** Element mass fractions of the component's formula (sum 1). */
  elementMassFractions: Record<string, number>;
}

/** High-Z element mass per particle mass: Σ_components share · w_Z, keeping elements with Z ≥ targeting.highZMinZ. */
export function particleHighZFractions(components: ParticleComponent[], overrides?: Record<string, number>): Record<string, number> {
  const minZ = tp('targeting.highZMinZ', overrides);
  const out: Record<string, number> = {};
  for (const c of components) {
    if (!(c.shareOfParticle > 0)) continue;
    const fr = c.elementMassFractions;
    for (const el in fr) {
      const w = fr[el];
      if (atomicNumber(el) < minZ || !(w > 0)) continue;
      out[el] = (out[el] ?? 0) + c.shareOfParticle * w;
    }
  }
  return out;
}

const Z_BY_SYMBOL = new Map<string, number>();
/** Atomic number by symbol (memoized elementInfo; throws for an unknown symbol as elementInfo does). */
function atomicNumber(symbol: string): number {
  let z = Z_BY_SYMBOL.get(symbol);
  if (z === undefined) {
    z = elementInfo(symbol).Z;
    Z_BY_SYMBOL.set(symbol, z);
  }
  return z;
}

export interface TumorPayloadInput {
  agent: string;
  /** Payload mass per particle mass (g/g) = LC/100. */
  shareOfParticle: number;
  molecularWeightGPerMol: number;
  /** % of this payload's injected dose in the tumour: carried inside particles, and arrived already free. */
  carriedPctID: number;
  leakedPctID: number;
  /** Fraction of the carried payload released by the irradiation time: (1 − s)·F_6.5(t) + s·F_5.0(t). */
  releasedByIrradiation: number;
}

/** What a dose in mg/kg counts: carrier (core) material, or whole particles (core + payloads + membrane). */
export type DoseBasis = 'carrier' | 'particle';

export interface TumorDoseInput {
  /** Dose (mg per kg body mass) on `doseBasis`; for a free drug, the drug dose. */
  doseMgPerKg: number;
  /**
   * 'particle' (default here, for direct callers): doseMgPerKg is whole-particle mass. 'carrier': it is carrier (core)
   * mass, and the particle dose is doseMgPerKg · particlePerCarrierMass (the engine's default basis).
   */
  doseBasis?: DoseBasis;
  /** Particle mass per carrier mass, 1 + Σq + c·r_geom (M1); used with doseBasis 'carrier'. Default 1. */
  particlePerCarrierMass?: number;
  tumorMassG: number;
  route: Route;
  intratumoralVolumeFraction: number;
  /**
   * Intratumoral route: particle concentration of the injected suspension (g/L = mg/mL). When given (> 0), the injected
   * particle mass is C_inj · vf · V_tumour (V_tumour in mL = tumour mass in g at 1 g/mL) and doseMgPerKg is not used.
   */
  injectedConcentrationGPerL?: number | null;
  tumorDeliveryPctID: number;
  highZFractions: Record<string, number>;
  payloads: TumorPayloadInput[];
  tumorCellUptakeIndex: number;
  overrides?: Record<string, number>;
  /** Build explanations (default true). */
  explain?: boolean;
}

export interface TumorDoseResult {
  /** Injected particle mass per kg body mass (mg/kg), whatever the dose basis. */
  particleDoseMgPerKg: number;
  highZ: { element: string; mgPerGTumor: number }[];
  /** Intracellular share s = min(1, s0 · U_tumour) and the intracellular mass of each element per cell (pg). */
  intracellularShare: number;
  mCellPg: Record<string, number>;
  /** Particle mass in the tumour (mg/g). */
  particleMgPerGTumor: number;
  /** Free drug concentration at irradiation (mol/L, tissue density 1 g/mL) and total drug (mg/g) per agent. */
  drugs: { agent: string; payloadDoseMgPerKg: number; totalMgPerGTumor: number; freeFraction: number; freeMolar: number }[];
  /** Intratumoral route: injected particle concentration (g/L = mg/mL) that the dose implies. */
  injectedConcentrationGPerL: number | null;
  explanations: Record<string, Explanation[]>;
}

/** Particle dose (mg/kg) from a dose on either basis: carrier → dose · (1 + Σq + c·r_geom); particle → dose. */
export function particleDoseMgPerKg(doseMgPerKg: number, basis: DoseBasis = 'particle', particlePerCarrierMass = 1): number {
  const d = Math.max(0, doseMgPerKg);
  return basis === 'carrier' ? d * Math.max(1, particlePerCarrierMass) : d;
}

/**
 * Dose basis: the particle dose is dose · (1 + Σq + c·r_geom) when the dose counts carrier mass ('carrier') and the dose
 * itself when it counts particles ('particle'); each payload's dose is then particle dose · its share of the particle
 * (= dose · q_i on the carrier basis, so removing one payload leaves the others' doses unchanged).
 * C_Z = dose_particle · m_body · TD · w_Z / m_tumour (mg/g). Intratumoral: the dose (dose · m_body mg) is injected in
 * vf · V_tumour mL, so C_inj = dose · m_body / (vf · m_tumour) g/L and C = C_inj · vf · retention = dose · m_body · TD / m_tumour
 * with TD = retention — the same formula, so every core works through its dose.
 * Drug: C_drug = dose · m_body · LC · PD / m_tumour; free share = (leaked + carried · F_irr) / PD; molar = C (g/L) / MW.
 */
export function tumorConcentrations(input: TumorDoseInput): TumorDoseResult {
  const o = input.overrides;
  const body = tp('targeting.mouseBodyMassKg', o);
  const basis: DoseBasis = input.doseBasis ?? 'particle';
  const m = Math.max(1e-9, input.tumorMassG);
  const vf = input.intratumoralVolumeFraction;
  const cGiven = input.route === 'intratumoral' && input.injectedConcentrationGPerL != null && input.injectedConcentrationGPerL > 0 && vf > 0 ? input.injectedConcentrationGPerL : null;
  // intratumoral with a concentration: injected mg = C (mg/mL) · vf · V_tumour (mL); the dose follows from it
  const particleDose = cGiven !== null ? (cGiven * vf * m) / body : particleDoseMgPerKg(input.doseMgPerKg, basis, input.particlePerCarrierMass ?? 1);
  const injectedMg = particleDose * body;
  const particleMgPerG = (injectedMg * (input.tumorDeliveryPctID / 100)) / m;
  const highZ: { element: string; mgPerGTumor: number }[] = [];
  const hz = input.highZFractions;
  for (const element in hz) if (hz[element] > 0) highZ.push({ element, mgPerGTumor: particleMgPerG * hz[element] });
  const base = tp('targeting.intracellularShareBase', o);
  const share = Math.min(1, base * Math.max(0, input.tumorCellUptakeIndex));
  const cellNg = tp('targeting.cellMassNg', o);
  const mCellPg: Record<string, number> = {};
  for (const h of highZ) mCellPg[h.element] = h.mgPerGTumor * cellNg * share;
  const drugs = input.payloads.map((p) => {
    const pd = p.carriedPctID + p.leakedPctID;
    const totalMgPerG = (injectedMg * p.shareOfParticle * (pd / 100)) / m;
    const fr = Math.min(1, Math.max(0, p.releasedByIrradiation));
    const freeFraction = pd > 0 ? (p.leakedPctID + p.carriedPctID * fr) / pd : 0;
    const freeMolar = p.molecularWeightGPerMol > 0 ? (totalMgPerG * freeFraction) / p.molecularWeightGPerMol : 0;
    return { agent: p.agent, payloadDoseMgPerKg: particleDose * p.shareOfParticle, totalMgPerGTumor: totalMgPerG, freeFraction, freeMolar };
  });
  const injectedConc = cGiven ?? (input.route === 'intratumoral' && vf > 0 ? injectedMg / (vf * m) : null);
  const P = TARGETING_PARAMS;
  const explanations: Record<string, Explanation[]> = input.explain === false ? {} : {
    'radiosensitization.highZ': [
      {
        equation: 'M4.1-element',
        formula:
          (cGiven !== null
            ? 'dose_particle = C_inj·vf·m_tumour/m_body (given concentration; doseMgPerKg not used); '
            : basis === 'carrier'
              ? 'dose_particle = dose_carrier · (1 + Σq + c·r_geom); '
              : 'dose_particle = dose; ') +
          (input.route === 'intratumoral'
            ? 'C_inj = dose_particle·m_body/(vf·m_tumour); C_Z = C_inj·vf·retention·w_Z'
            : 'C_Z = dose_particle · m_body · TD · w_Z / m_tumour'),
        inputs: [
          { name: `dose (${basis} basis)`, value: input.doseMgPerKg, unit: 'mg/kg' },
          ...(basis === 'carrier' ? [{ name: 'particle mass per carrier mass (1 + Σq + c·r_geom)', value: input.particlePerCarrierMass ?? 1, unit: 'g/g' }] : []),
          { name: 'dose_particle', value: particleDose, unit: 'mg/kg' },
          { name: 'TD', value: input.tumorDeliveryPctID, unit: '% ID' },
          { name: 'm_tumour', value: input.tumorMassG, unit: 'g' },
          ...(injectedConc !== null
            ? [
                { name: 'vf', value: vf, unit: '1' },
                { name: 'C_inj', value: injectedConc, unit: 'g/L' },
              ]
            : []),
          ...Object.entries(input.highZFractions).map(([el, w]) => ({ name: `w_${el} (per particle mass)`, value: w, unit: 'g/g' })),
        ],
        params: [paramRow('m_body', P['targeting.mouseBodyMassKg'], body)],
        result: { name: 'Σ C_Z', value: highZ.reduce((a, h) => a + h.mgPerGTumor, 0), unit: 'mg/g' },
        note: cGiven !== null
          ? `Intratumoral injection of a ${cGiven} g/L suspension at ${vf} of the tumour volume: the amount follows the injected volume, so it scales with vf; the retained fraction is TD.`
          : basis === 'carrier'
            ? 'Dose basis "carrier": the dose counts carrier (core) material; payloads and membrane come on top, so each payload\'s dose (dose · q) does not depend on the other payloads — ablations (remove one payload) compare at the same carrier dose.'
            : 'Dose basis "particle": the dose counts whole particles (core + payloads + membrane); adding a payload dilutes the others.',
      },
      {
        equation: 'M4.3-intracellular-mass',
        formula: 'm_cell = C_Z · m_cellmass · min(1, s0 · U_tumour)',
        inputs: [{ name: 'U_tumour', value: input.tumorCellUptakeIndex, unit: '1' }],
        params: [paramRow('s0', P['targeting.intracellularShareBase'], base), paramRow('cell mass', P['targeting.cellMassNg'], cellNg)],
        result: { name: 's', value: share, unit: '1' },
      },
    ],
    'radiosensitization.freeDrug': drugs.map((d) => ({
      equation: 'M4.1-drug',
      formula: 'dose_drug = dose_particle·LC; C_drug = dose_drug·m_body·PD/m_tumour; free = (leaked + carried·F_irr)/PD; [drug] = C·free/MW (1 g/mL tissue)',
      inputs: [
        { name: 'agent', value: d.agent, unit: '' },
        { name: 'dose_drug', value: d.payloadDoseMgPerKg, unit: 'mg/kg' },
        { name: 'C_drug', value: d.totalMgPerGTumor, unit: 'mg/g' },
        { name: 'free fraction', value: d.freeFraction, unit: '1' },
      ],
      params: [],
      result: { name: `[${d.agent}]free`, value: d.freeMolar, unit: 'mol/L' },
    })),
  };
  return { particleDoseMgPerKg: particleDose, highZ, intracellularShare: share, mCellPg, particleMgPerGTumor: particleMgPerG, drugs, injectedConcentrationGPerL: injectedConc, explanations };
}
