// Explanations of M3.t: the compartment equations with their rates, the delivery advantage over free drug, the exposure at the first fraction.
import { paramRow, type Explanation } from '../param';
import type { PkModel } from './model';
import { PK_PARAMS, pkp } from './params';
import type { FractionExposure } from './fraction-exposure';

const COMPARTMENTS =
  'dPc/dt = −(k_c + k_leak)Pc; dPf/dt = k_leak·Pc − k_f·Pf; dTc/dt = k_t·Pc − (k_rel + k_wc)Tc; dTf/dt = k_tf·Pf + k_rel·Tc − k_wf·Tf; ' +
  'k_leak = k_c·L/(1 − L), k_rel = k_wc·R/(1 − R), k_tf = k_f·TD_free; AUC₀^∞ = −A⁻¹x₀ (exact)';

/** One explanation per payload: its rates, AUCs and the ratio to the same dose of free drug. */
export function pkExplanations(pk: PkModel, o?: Record<string, number>): Explanation[] {
  return pk.payloads.map((p, i) => {
    const inp = pk.input.payloads[i];
    const r = p.rates;
    return {
      equation: 'M3.t-compartments',
      formula: COMPARTMENTS,
      inputs: [
        { name: 'agent', value: p.agent, unit: '' },
        { name: 'L (leaked in blood: serum, 37 °C)', value: inp.leakedInBloodFraction, unit: '1' },
        { name: 'R (released in tumour before washout)', value: inp.releasedInTumorFraction, unit: '1' },
        { name: 'k_c', value: r.carrierExit, unit: 'h⁻¹' },
        { name: 'k_t', value: r.carrierToTumor, unit: 'h⁻¹' },
        { name: 'k_leak', value: r.leakInBlood, unit: 'h⁻¹' },
        { name: 'k_f (free drug)', value: r.freePlasmaExit, unit: 'h⁻¹' },
        { name: 'k_tf', value: r.freeToTumor, unit: 'h⁻¹' },
        { name: 'k_rel', value: r.releaseInTumor, unit: 'h⁻¹' },
        { name: 'dose', value: inp.doseMg, unit: 'mg per injection' },
        { name: 'tumour AUC (total)', value: p.auc.tumorTotal, unit: 'mg·h/g' },
        { name: 'tumour AUC, same dose of free drug', value: p.freeDrugAuc.tumorTotal, unit: 'mg·h/g' },
        { name: 'plasma AUC (total)', value: p.auc.plasmaTotal, unit: 'mg·h/L' },
        { name: 'plasma AUC, same dose of free drug', value: p.freeDrugAuc.plasmaTotal, unit: 'mg·h/L' },
        ...(inp.vehicle ? [{ name: 'free drug in its vehicle: CL', value: inp.vehicle.clearanceLPerH, unit: 'L/h' }, { name: 'free drug in its vehicle: t½', value: inp.vehicle.halfLifeH, unit: 'h' }] : []),
      ],
      params: [
        paramRow('t½ carrier in tumour', PK_PARAMS['pk.carrierTumorHalfLifeH'], pkp('pk.carrierTumorHalfLifeH', o)),
        paramRow('t½ free drug in tumour', PK_PARAMS['pk.freeTumorHalfLifeH'], pkp('pk.freeTumorHalfLifeH', o)),
        paramRow('plasma volume', PK_PARAMS['pk.plasmaVolumeMlPerKg'], pkp('pk.plasmaVolumeMlPerKg', o)),
      ],
      result: { name: `tumour AUC ratio vs free drug (${p.agent})`, value: p.aucRatio.tumorTotal ?? 'n/a', unit: '1' },
      note: `Delivery advantage = AUC(carrier)/AUC(same dose of free drug), both by these equations: tumour ${fmt(p.aucRatio.tumorTotal)}×, plasma ${fmt(p.aucRatio.plasmaTotal)}×.${inp.vehicle ? ' The free drug is given in its vehicle (payloads[].freeDrugVehicle): its own clearance and half-life (plasma AUC = dose/CL); drug released from the carrier is unformulated.' : ''} A mouse-scale compartment model, not a PBPK model.`,
    };
  });
}

function fmt(x: number | null): string {
  return x === null ? 'n/a (the free drug gives no exposure)' : x.toPrecision(3);
}

/** The exposure the first fraction sees (what the headline SER reads). */
export function exposureExplanation(e: FractionExposure, o?: Record<string, number>): Explanation {
  const params = [paramRow('t½ carrier in tumour', PK_PARAMS['pk.carrierTumorHalfLifeH'], pkp('pk.carrierTumorHalfLifeH', o))];
  if (e.hypoxiaReliefFactor !== undefined)
    params.push(
      paramRow('relief onset t½', PK_PARAMS['pk.hypoxiaReliefOnsetH'], pkp('pk.hypoxiaReliefOnsetH', o)),
      paramRow('relief decay t½', PK_PARAMS['pk.hypoxiaReliefDecayH'], pkp('pk.hypoxiaReliefDecayH', o)),
    );
  return {
    equation: 'M3.t-exposure',
    formula: 'C_Z(t_irr), C_free(t_irr) from the compartments (particles wash out of the tumour, released drug faster); dR/dt = k_on/off·(O(t) − R) for the hypoxia relief',
    inputs: [
      { name: 't_irr (first fraction)', value: e.tH, unit: 'h' },
      ...Object.entries(e.elementsMgPerG).map(([el, v]) => ({ name: `C_${el}(t_irr)`, value: v, unit: 'mg/g' })),
      ...(e.hypoxiaReliefFactor !== undefined ? [{ name: 'O_h (lagged occupancy driving hypoxia relief)', value: e.hypoxiaReliefFactor, unit: '1' }] : []),
    ],
    params,
    result: { name: '[drug]free(t_irr)', value: e.freeDrugM, unit: 'mol/L' },
    note: 'The SER reads these concentrations at the first fraction; later fractions (scores.pk.fractions) see their own.',
  };
}
