// M3 for a free drug (no carrier): each payload's mass share of the dose, circulation and tumour delivery as the agents' own (mass-weighted), delivery as free drug.
import type { AgentProps } from '../entities';
import type { Explanation } from '../param';
import type { Route, TargetingResult } from './delivery';
import { tp } from './params';

/**
 * Hydrodynamic diameter the composite score (M5) reads for a free drug: a molecule has no particle size window, so it
 * is scored as a particle inside the window (10–200 nm), i.e. neutral on the size term.
 */
export const FREE_DRUG_SCORED_DIAMETER_NM = 50;

/** One payload's share of the administered mass: its feed ratio (free drug) or its loaded mass per particle mass. */
export interface PayloadShareInput {
  feedMassRatio: number;
  loadedMgPerMgCarrier: number;
}

/**
 * Each payload's mass fraction of what is dosed. Carrier: loaded mass / particle mass per core mass (`perCoreMass` =
 * 1 + total loading + membrane mass per core mass). Free drug: the dose is the drugs themselves, split by feed ratio.
 */
export function payloadMassShares(payloads: readonly PayloadShareInput[], freeDrug: boolean, perCoreMass: number): number[] {
  const np = payloads.length;
  let feedSum = 0;
  for (let i = 0; i < np; i++) feedSum += payloads[i].feedMassRatio;
  const out: number[] = new Array(np);
  for (let i = 0; i < np; i++) {
    const p = payloads[i];
    out[i] = freeDrug ? (feedSum > 0 ? p.feedMassRatio / feedSum : 0) : p.loadedMgPerMgCarrier / perCoreMass;
  }
  return out;
}

/**
 * Circulation and tumour delivery of a free drug: elimination rate k = Σ wᵢ ln2 / t½ᵢ and TD = Σ wᵢ TDᵢ over the agents'
 * own values, weighted by mass share wᵢ (k = ln2 when no agent contributes); intratumoral: TD = 100 × retention.
 * `carrier` is the carrier-based M3 result, of which the other fields are kept.
 */
export function freeDrugTargeting(
  carrier: TargetingResult,
  agents: readonly AgentProps[],
  shares: readonly number[],
  route: Route,
  overrides: Record<string, number> | undefined,
  explain: boolean,
): TargetingResult {
  let tw = 0;
  let kw = 0;
  for (let i = 0; i < agents.length; i++) {
    tw += shares[i] * agents[i].freeTumorDeliveryPctID.value;
    kw += shares[i] * (Math.LN2 / agents[i].freeHalfLifeH.value);
  }
  const kTot = kw > 0 ? kw : Math.LN2;
  const td = route === 'intratumoral' ? 100 * tp('targeting.intratumoralRetention', overrides) : tw;
  return {
    ...carrier,
    circulationHalfLifeH: Math.LN2 / kTot,
    tumorDeliveryPctID: td,
    rates: { ...carrier.rates, total: kTot },
    explanations: !explain ? carrier.explanations : { ...carrier.explanations, 'targeting.tumorDeliveryPctID': [freeDrugExplanation(agents, td)] },
  };
}

function freeDrugExplanation(agents: readonly AgentProps[], td: number): Explanation {
  return {
    equation: 'M3.free-drug',
    formula: 'free drug: t½ and TD are the agents’ own (mass-weighted)',
    inputs: agents.map((a) => ({ name: `TD_free(${a.id})`, value: a.freeTumorDeliveryPctID.value, unit: '% ID' })),
    params: agents.map((a) => ({ name: `t½ free(${a.id})`, value: a.freeHalfLifeH.value, unit: 'h', source: a.freeHalfLifeH.source, provenance: a.freeHalfLifeH.provenance })),
    result: { name: 'TD', value: td, unit: '% ID' },
  };
}

/** One free-drug payload's delivery: all of it circulates as free drug (leaked fraction 1), all of it is released. */
export interface FreeDrugDelivery {
  leakedInBloodFraction: 1;
  carriedPctID: 0;
  leakedPctID: number;
  payloadDeliveryPctID: number;
  released: 1;
}

/** Delivery of a free-drug payload: its own TD (intravenous) or the injection's retained share (intratumoral, `tumorDeliveryPctID`). */
export function freeDrugDelivery(agent: AgentProps, route: Route, tumorDeliveryPctID: number): FreeDrugDelivery {
  const td = route === 'intratumoral' ? tumorDeliveryPctID : agent.freeTumorDeliveryPctID.value;
  return { leakedInBloodFraction: 1, carriedPctID: 0, leakedPctID: td, payloadDeliveryPctID: td, released: 1 };
}
