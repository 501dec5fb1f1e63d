// Field-by-field equality (Object.is: 0 and −0 differ, NaN equals NaN) of the sweep memos' inputs (engine/score.ts): the generic sameInput walks objects key by key and cost ~8 % of a sweep. The key lists' type checks fail the build when an input gains a field not listed; memo-keys.test.ts checks that each listed field is compared.
import type { ReleaseContext, ReleaseRates } from '../model/release';
import type { PayloadDeliveryInput, TargetingInput, TargetingMembrane } from '../model/targeting';

/** Fails to type-check unless `Missing` is never (every key of the input is compared). */
type AllCompared<Missing> = [Missing] extends [never] ? true : { notCompared: Missing };
type Assert<T extends true> = T;

/** Overrides: the same object, or the same keys with the same numbers (key order ignored). */
export function sameOverrides(a: Readonly<Record<string, number>> | undefined, b: Readonly<Record<string, number>> | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  let n = 0;
  for (const k in a) {
    if (!Object.prototype.hasOwnProperty.call(b, k) || !Object.is(a[k], b[k])) return false;
    n++;
  }
  for (const k in b) if (Object.prototype.hasOwnProperty.call(b, k)) n--;
  return n === 0;
}

/** Every field of a release context (all primitive). */
export const RELEASE_CONTEXT_KEYS = [
  'free', 'radiusNm', 'vRefNmPerH', 'nH', 'kdPerH', 'nD', 'burstFraction', 'kbPerH', 'mediumFactor', 'leakageFactor', 'kdHighPerH', 'thermoSigma', 'pKa',
  'coordinatedFraction', 'crystallinity', 'surfaceOnly', 'ruleBurstFraction', 'barrier', 'openPH', 'closedPH', 'coreId', 'agentId', 'mode', 'medium',
  'temperatureC', 'membraneCoverage',
] as const satisfies readonly (keyof ReleaseContext)[];
export type ReleaseContextCompared = Assert<AllCompared<Exclude<keyof ReleaseContext, (typeof RELEASE_CONTEXT_KEYS)[number]>>>;

/** Every field of RELEASE_CONTEXT_KEYS, written out (named loads are monomorphic; a loop over the keys is not). */
export function sameReleaseContext(a: ReleaseContext, b: ReleaseContext): boolean {
  return (
    a === b ||
    (Object.is(a.free, b.free) &&
      Object.is(a.radiusNm, b.radiusNm) &&
      Object.is(a.vRefNmPerH, b.vRefNmPerH) &&
      Object.is(a.nH, b.nH) &&
      Object.is(a.kdPerH, b.kdPerH) &&
      Object.is(a.nD, b.nD) &&
      Object.is(a.burstFraction, b.burstFraction) &&
      Object.is(a.kbPerH, b.kbPerH) &&
      Object.is(a.mediumFactor, b.mediumFactor) &&
      Object.is(a.leakageFactor, b.leakageFactor) &&
      Object.is(a.kdHighPerH, b.kdHighPerH) &&
      Object.is(a.thermoSigma, b.thermoSigma) &&
      Object.is(a.pKa, b.pKa) &&
      Object.is(a.coordinatedFraction, b.coordinatedFraction) &&
      Object.is(a.crystallinity, b.crystallinity) &&
      Object.is(a.surfaceOnly, b.surfaceOnly) &&
      Object.is(a.ruleBurstFraction, b.ruleBurstFraction) &&
      Object.is(a.barrier, b.barrier) &&
      Object.is(a.openPH, b.openPH) &&
      Object.is(a.closedPH, b.closedPH) &&
      Object.is(a.coreId, b.coreId) &&
      Object.is(a.agentId, b.agentId) &&
      Object.is(a.mode, b.mode) &&
      Object.is(a.medium, b.medium) &&
      Object.is(a.temperatureC, b.temperatureC) &&
      Object.is(a.membraneCoverage, b.membraneCoverage))
  );
}

export const RELEASE_RATES_KEYS = ['vNmPerH', 'kdPerH'] as const satisfies readonly (keyof ReleaseRates)[];
export type ReleaseRatesCompared = Assert<AllCompared<Exclude<keyof ReleaseRates, (typeof RELEASE_RATES_KEYS)[number]>>>;

export const MEMBRANE_KEYS = ['id', 'fraction', 'prolongationVsRbc', 'cellKind', 'tumorType'] as const satisfies readonly (keyof TargetingMembrane)[];
export type TargetingMembraneCompared = Assert<AllCompared<Exclude<keyof TargetingMembrane, (typeof MEMBRANE_KEYS)[number]>>>;

/** The primitive fields of a targeting input; membranes, lipidShell and overrides are compared below. */
export const TARGETING_KEYS = [
  'bareHalfLifeH', 'hydrodynamicDiameterNm', 'coverage', 'peg', 'pegMolecularWeightDa', 'pegDensityPerNm2', 'particlesInjected', 'tumorType', 'route', 'explain',
] as const satisfies readonly (keyof TargetingInput)[];
export type TargetingInputCompared = Assert<AllCompared<Exclude<keyof TargetingInput, (typeof TARGETING_KEYS)[number] | 'membranes' | 'lipidShell' | 'overrides'>>>;

export function sameTargetingInput(a: TargetingInput, b: TargetingInput): boolean {
  if (a === b) return true;
  const same =
    Object.is(a.bareHalfLifeH, b.bareHalfLifeH) && Object.is(a.hydrodynamicDiameterNm, b.hydrodynamicDiameterNm) && Object.is(a.coverage, b.coverage) &&
    Object.is(a.peg, b.peg) && Object.is(a.pegMolecularWeightDa, b.pegMolecularWeightDa) && Object.is(a.pegDensityPerNm2, b.pegDensityPerNm2) &&
    Object.is(a.particlesInjected, b.particlesInjected) && Object.is(a.tumorType, b.tumorType) && Object.is(a.route, b.route) && Object.is(a.explain, b.explain);
  if (!same || !sameOverrides(a.overrides, b.overrides)) return false;
  const la = a.lipidShell;
  const lb = b.lipidShell;
  if (la !== lb && (!la || !lb || !Object.is(la.tmC, lb.tmC) || !Object.is(la.cholesterolMolPct, lb.cholesterolMolPct))) return false;
  const ma = a.membranes;
  const mb = b.membranes;
  if (ma.length !== mb.length) return false;
  for (let i = 0; i < ma.length; i++) {
    const x = ma[i];
    const y = mb[i];
    if (!Object.is(x.id, y.id) || !Object.is(x.fraction, y.fraction) || !Object.is(x.prolongationVsRbc, y.prolongationVsRbc) || !Object.is(x.cellKind, y.cellKind) || !Object.is(x.tumorType, y.tumorType)) return false;
  }
  return true;
}

/** The lipid shell's fields (compared above by name). */
export type LipidShellCompared = Assert<AllCompared<Exclude<keyof NonNullable<TargetingInput['lipidShell']>, 'tmC' | 'cholesterolMolPct'>>>;

/** A payload's leakage in blood, lean and without a micelle: its delivery input but the F_blood closure, and what F_blood is made of. */
export interface LeakageKey {
  pd: Omit<PayloadDeliveryInput, 'releaseInBlood'> & { releaseInBlood: null };
  rates: ReleaseRates;
  blood: ReleaseContext;
}

export const DELIVERY_KEYS = ['agent', 'route', 'tumorDeliveryPctID', 'totalRatePerH', 'releaseInBlood', 'freeTumorDeliveryPctID', 'explain'] as const satisfies readonly (keyof LeakageKey['pd'])[];
export type DeliveryInputCompared = Assert<AllCompared<Exclude<keyof LeakageKey['pd'], (typeof DELIVERY_KEYS)[number]>>>;

export function sameLeakageKey(a: LeakageKey, b: LeakageKey): boolean {
  const p = a.pd;
  const q = b.pd;
  return (
    Object.is(p.agent, q.agent) && Object.is(p.route, q.route) && Object.is(p.tumorDeliveryPctID, q.tumorDeliveryPctID) && Object.is(p.totalRatePerH, q.totalRatePerH) &&
    Object.is(p.releaseInBlood, q.releaseInBlood) && Object.is(p.freeTumorDeliveryPctID, q.freeTumorDeliveryPctID) && Object.is(p.explain, q.explain) &&
    Object.is(a.rates.vNmPerH, b.rates.vNmPerH) && Object.is(a.rates.kdPerH, b.rates.kdPerH) &&
    sameReleaseContext(a.blood, b.blood)
  );
}
export type LeakageKeyCompared = Assert<AllCompared<Exclude<keyof LeakageKey, 'pd' | 'rates' | 'blood'>>>;

/** The tumour's release average: washout rate, tumour release context and endo-lysosomal share. */
export interface TumourReleaseKey {
  kWash: number;
  tumour: ReleaseContext;
  share: number;
}

export function sameTumourReleaseKey(a: TumourReleaseKey, b: TumourReleaseKey): boolean {
  return Object.is(a.kWash, b.kWash) && Object.is(a.share, b.share) && sameReleaseContext(a.tumour, b.tumour);
}
export type TumourReleaseKeyCompared = Assert<AllCompared<Exclude<keyof TumourReleaseKey, 'kWash' | 'share' | 'tumour'>>>;
