// Free-drug vehicles (#27): what a free drug is injected in (Taxol's Cremophor EL/ethanol, Taxotere's polysorbate 80/ethanol, saline), each with the measured plasma disposition of the drugs given in it — the comparator of a carrier's AUC ratio (M3.t).
import type { VehicleProps } from '../model/entities';
import { param } from '../model/param';
import { published } from './sourced';

export const VEHICLE_IDS = ['none', 'cremophor-el-ethanol', 'polysorbate-80-ethanol'] as const;
export type VehicleId = (typeof VEHICLE_IDS)[number];

export function isVehicleId(x: string): x is VehicleId {
  return (VEHICLE_IDS as readonly string[]).includes(x);
}

const CL = 'L/h/kg';
const CL_EXTRA = { min: 1e-4, max: 100, label: 'CL in vehicle', description: 'Plasma clearance of the drug injected iv in this vehicle, per kg of the species it was measured in' };
const T_EXTRA = { min: 0.01, max: 1000, label: 't½ terminal in vehicle', description: 'Terminal plasma half-life of the drug injected iv in this vehicle' };

/**
 * Paclitaxel in Cremophor EL/ethanol, CD2F1 mice, 22.5 mg/kg iv bolus: Eiseman JL, Eddington ND, Leslie J, et al.,
 * Cancer Chemother Pharmacol 34, 465–471 (1994), abstract read (acnpsearch.tweb-dev.unibo.it): clearance 3.25 mL/min/kg
 * (males) and 4.54 mL/min/kg (females), terminal t½ 69 and 43 min. The value is the geometric mean of the two sexes
 * (corpus records `eiseman-ptx-clearance-male`, `-female`, calibration): √(0.195 · 0.2724) L/h/kg and √(69 · 43) min.
 * The abstract we read is cut before it names the vehicle; the NCI clinical formulation (Cremophor EL/ethanol 1:1,
 * diluted in saline) is recalled. The mice's mass is not in the abstract: the model's mouse (0.02 kg), so no allometric step.
 */
const EISEMAN_1994 = 'Eiseman JL, Eddington ND, Leslie J, et al., Cancer Chemother Pharmacol 34, 465–471 (1994), abstract read: paclitaxel 22.5 mg/kg iv in CD2F1 mice, CL 3.25 (male) and 4.54 (female) mL/min/kg, terminal t½ 69 and 43 min; vehicle: the clinical Cremophor EL/ethanol formulation (recalled: the abstract we read is cut before it names it)';
const PTX_CREMOPHOR_CL = param(
  Math.sqrt(0.195 * 0.2724),
  CL,
  `${EISEMAN_1994}; geometric mean of the two sexes, √(0.195 · 0.2724) L/h/kg (corpus records eiseman-ptx-clearance-male/-female, calibration)`,
  'fitted',
  { ...CL_EXTRA, spread: { kind: 'lognormal', gsd: 1.2 } },
);
const PTX_CREMOPHOR_T = param(Math.sqrt(69 * 43) / 60, 'h', `${EISEMAN_1994}; geometric mean of the two sexes, √(69 · 43) min`, 'fitted', { ...T_EXTRA, spread: { kind: 'lognormal', gsd: 1.2 } });

export const VEHICLES: Record<VehicleId, VehicleProps> = {
  none: {
    id: 'none',
    name: 'none (saline or 5 % glucose)',
    description: 'The drug dissolved in saline or glucose without a solubiliser (e.g. doxorubicin·HCl, oxaliplatin): the unformulated free drug at its own clearance (the agent\'s human clearance scaled allometrically to the mouse).',
    freeDrugPk: {},
  },
  'cremophor-el-ethanol': {
    id: 'cremophor-el-ethanol',
    name: 'Cremophor EL / ethanol (Taxol)',
    description: 'Polyoxyl 35 castor oil and dehydrated ethanol 1:1, diluted in saline: the vehicle of Taxol. Cremophor micelles entrap paclitaxel in plasma and lower its clearance (van Tellingen et al., Br J Cancer 81, 330 (1999), abstract read: the unbound fraction falls as Cremophor rises; in mice the non-linear paclitaxel PK "results from Cremophor EL").',
    freeDrugPk: {
      paclitaxel: { species: 'mouse', bodyMassKg: 0.02, doseMgPerKg: 22.5, clearanceLPerHPerKg: PTX_CREMOPHOR_CL, terminalHalfLifeH: PTX_CREMOPHOR_T },
    },
    note: 'Cremophor\'s effect is dose-dependent (non-linear in mice and patients); the clearance is the one measured at 22.5 mg/kg and is used at every dose.',
  },
  'polysorbate-80-ethanol': {
    id: 'polysorbate-80-ethanol',
    name: 'polysorbate 80 / ethanol (Taxotere)',
    description: 'Polysorbate 80 (Tween 80) with an ethanol diluent: the vehicle of Taxotere. Polysorbate micelles hold docetaxel far less than Cremophor holds paclitaxel (van Zuylen, Verweij & Sparreboom, Invest New Drugs 19, 125 (2001), abstract read: entrapment in vehicle micelles changes free-drug clearance, mainly for Cremophor).',
    freeDrugPk: {
      docetaxel: {
        species: 'rat',
        bodyMassKg: 0.25,
        doseMgPerKg: 20,
        clearanceLPerHPerKg: published(3.57, CL, 'iv Taxotere 20 mg/kg in rats: CLt 3.57 ± 0.18 L/h/kg, AUC 5608.66 h·ng/mL (Int J Nanomedicine 7, 3537–3545 (2012), doi 10.2147/IJN.S32880, table 3, read via PMC3405895; authors not read); rat body mass 0.25 kg assumed for the allometric step', CL_EXTRA),
      },
    },
  },
};

export function getVehicle(id: string): VehicleProps {
  if (!isVehicleId(id)) throw new Error(`unknown vehicle "${id}"; valid ids: ${VEHICLE_IDS.join(', ')}`);
  return VEHICLES[id];
}
