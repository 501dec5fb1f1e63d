// Field-by-field equality of the sweep memos' inputs (engine/score.ts): the generic sameInput walks objects key by key and cost ~8 % of a sweep; these compare the known fields directly, and the type checks below fail the build when a field is added to an input and not here.
import type { ReleaseContext, ReleaseRates } from '../model/release';
import type { PayloadDeliveryInput, TargetingInput, TargetingMembrane } from '../model/targeting';

/** Fails to type-check unless `Missing` is never (every key of the input is compared). */
type AllCompared<Missing> = [Missing] extends [never] ? true : { notCompared: Missing };
type Assert<T extends true> = T;

/** Equal by Object.is (0 and −0 differ, NaN equals NaN), key by key over `keys`. */
function sameKeys<T>(a: T, b: T, keys: readonly (keyof T)[]): boolean {
  for (let i = 0; i < keys.length; i++) if (!Object.is(a[keys[i]], b[keys[i]])) return false;
  return true;
}

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
const RELEASE_CONTEXT_KEYS = [
  'free', 'radiusNm', 'vRefNmPerH', 'nH', 'kdPerH', 'nD', 'burstFraction', 'kbPerH', 'mediumFactor', 'leakageFactor', 'kdHighPerH', 'thermoSigma', 'pKa',
  'coordinatedFraction', 'crystallinity', 'surfaceOnly', 'ruleBurstFraction', 'barrier', 'openPH', 'closedPH', 'coreId', 'agentId', 'mode', 'medium',
  'temperatureC', 'membraneCoverage',
] as const satisfies readonly (keyof ReleaseContext)[];
export type ReleaseContextCompared = Assert<AllCompared<Exclude<keyof ReleaseContext, (typeof RELEASE_CONTEXT_KEYS)[number]>>>;

export function sameReleaseContext(a: ReleaseContext, b: ReleaseContext): boolean {
  return a === b || sameKeys(a, b, RELEASE_CONTEXT_KEYS);
}

const RELEASE_RATES_KEYS = ['vNmPerH', 'kdPerH'] as const satisfies readonly (keyof ReleaseRates)[];
export type ReleaseRatesCompared = Assert<AllCompared<Exclude<keyof ReleaseRates, (typeof RELEASE_RATES_KEYS)[number]>>>;

const MEMBRANE_KEYS = ['id', 'fraction', 'prolongationVsRbc', 'cellKind', 'tumorType'] as const satisfies readonly (keyof TargetingMembrane)[];
export type TargetingMembraneCompared = Assert<AllCompared<Exclude<keyof TargetingMembrane, (typeof MEMBRANE_KEYS)[number]>>>;

/** The primitive fields of a targeting input; membranes, lipidShell and overrides are compared below. */
const TARGETING_KEYS = [
  'bareHalfLifeH', 'hydrodynamicDiameterNm', 'coverage', 'peg', 'pegMolecularWeightDa', 'pegDensityPerNm2', 'particlesInjected', 'tumorType', 'route', 'explain',
] as const satisfies readonly (keyof TargetingInput)[];
export type TargetingInputCompared = Assert<AllCompared<Exclude<keyof TargetingInput, (typeof TARGETING_KEYS)[number] | 'membranes' | 'lipidShell' | 'overrides'>>>;

export function sameTargetingInput(a: TargetingInput, b: TargetingInput): boolean {
  if (a === b) return true;
  if (!sameKeys(a, b, TARGETING_KEYS) || !sameOverrides(a.overrides, b.overrides)) return false;
  const la = a.lipidShell;
  const lb = b.lipidShell;
  if (la !== lb && (!la || !lb || !Object.is(la.tmC, lb.tmC) || !Object.is(la.cholesterolMolPct, lb.cholesterolMolPct))) return false;
  const ma = a.membranes;
  const mb = b.membranes;
  if (ma.length !== mb.length) return false;
  for (let i = 0; i < ma.length; i++) if (!sameKeys(ma[i], mb[i], MEMBRANE_KEYS)) return false;
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

const DELIVERY_KEYS = ['agent', 'route', 'tumorDeliveryPctID', 'totalRatePerH', 'releaseInBlood', 'freeTumorDeliveryPctID', 'explain'] as const satisfies readonly (keyof LeakageKey['pd'])[];
export type DeliveryInputCompared = Assert<AllCompared<Exclude<keyof LeakageKey['pd'], (typeof DELIVERY_KEYS)[number]>>>;

export function sameLeakageKey(a: LeakageKey, b: LeakageKey): boolean {
  return sameKeys(a.pd, b.pd, DELIVERY_KEYS) && sameKeys(a.rates, b.rates, RELEASE_RATES_KEYS) && sameReleaseContext(a.blood, b.blood);
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
