// Test inputs for the M0–M2 unit tests: small hand-written carrier and agent entities with round numbers (not catalog data; the catalog is tested separately against the validation targets).
import type { AffinityClass, AgentProps, CoreProps, LoadingRule, ReleaseProps } from '../entities';
import { param, type Param } from '../param';

const a = (value: number, unit: string): Param => param(value, unit, 'test input', 'assumption');

export function rule(qmax: number, kStrong = 20, kModerate = 5, kWeak = 1, sizeExclusion = false): LoadingRule {
  return { qmaxMgPerMg: a(qmax, 'mg/mg'), affinityK: { strong: a(kStrong, '1'), moderate: a(kModerate, '1'), weak: a(kWeak, '1') }, sizeExclusion };
}

export function releaseProps(over: Partial<Record<'vRef' | 'nH' | 'kd' | 'nD' | 'kb' | 'pbs' | 'serum', number>> & { burst?: Partial<Record<string, number>> } = {}): ReleaseProps {
  const burst = over.burst ?? { 'one-pot': 0.03, 'post-loaded': 0.2 };
  return {
    vRefNmPerH: a(over.vRef ?? 0.08, 'nm/h'),
    nH: a(over.nH ?? 0.6, '1'),
    kdPerH: a(over.kd ?? 0.002, 'h⁻¹'),
    nD: a(over.nD ?? 0, '1'),
    burstFraction: Object.fromEntries(Object.entries(burst).map(([k, v]) => [k, a(v as number, '1')])),
    kbPerH: a(over.kb ?? 2, 'h⁻¹'),
    mediumFactor: { pbs: a(over.pbs ?? 3, '1'), serum: a(over.serum ?? 2, '1') },
  };
}

export function core(id: string, over: Partial<CoreProps> = {}): CoreProps {
  return {
    id,
    name: id,
    description: 'test carrier',
    coreClass: 'mof',
    formula: 'Zn(C4H5N2)2',
    densityGPerCm3: a(0.92, 'g/cm³'),
    poreApertureNm: a(0.34, 'nm'),
    defaultDiameterNm: a(120, 'nm'),
    loading: { 'one-pot': rule(0.4), 'post-loaded': { ...rule(0.6), sizeExclusion: true }, doped: rule(0.3) },
    release: releaseProps(),
    bareHalfLifeH: a(1, 'h'),
    acidResponsive: true,
    ...over,
  };
}

export const ZIF8 = core('zif-8-test');
export const HFO2 = core('hfo2-test', {
  coreClass: 'inorganic',
  formula: 'HfO2',
  densityGPerCm3: a(9.68, 'g/cm³'),
  poreApertureNm: null,
  loading: { doped: rule(0.1) },
  release: releaseProps({ vRef: 0, nH: 0, kd: 0, burst: {} }),
  acidResponsive: false,
});
export const THERMO_LIPOSOME = core('tsl-test', {
  coreClass: 'liposome',
  formula: null,
  densityGPerCm3: a(0.3, 'g/cm³'),
  poreApertureNm: null,
  loading: { remote: rule(0.5, 200, 200, 200) },
  release: { ...releaseProps({ vRef: 0, nH: 0, kd: 0.004, burst: { remote: 0.01 }, pbs: 1, serum: 1.5 }), thermo: { kdHighPerH: a(30, 'h⁻¹'), transitionC: a(41.5, '°C'), widthC: a(0.5, '°C') } },
  acidResponsive: false,
});
export const LNP = core('lnp-test', {
  coreClass: 'lnp',
  formula: null,
  densityGPerCm3: a(1.0, 'g/cm³'),
  poreApertureNm: null,
  loading: { complexed: rule(0.1, 100, 100, 100) },
  release: { ...releaseProps({ vRef: 0, nH: 0, kd: 0.005, burst: { complexed: 0.02 }, pbs: 1, serum: 1.2 }), ionizablePKa: a(6.4, 'pH') },
  acidResponsive: true,
});
export const FREE = core('none-test', { coreClass: 'free-drug', formula: null, densityGPerCm3: a(1.3, 'g/cm³'), poreApertureNm: null, loading: {}, acidResponsive: false });

export function agent(id: string, affinityClass: AffinityClass, over: Partial<AgentProps> = {}): AgentProps {
  return {
    id,
    name: id,
    description: 'test agent',
    kind: 'small-molecule',
    formula: null,
    molecularWeightGPerMol: a(464.6, 'g/mol'),
    minDimensionNm: a(0.8, 'nm'),
    affinityClass,
    freeHalfLifeH: a(2, 'h'),
    freeTumorDeliveryPctID: a(0.1, '%'),
    leakageFactor: a(1, '1'),
    ...over,
  };
}

export const DRUG = agent('drug-test', 'strong');
export const SMALL_DRUG = agent('small-drug-test', 'moderate', { minDimensionNm: a(0.3, 'nm'), molecularWeightGPerMol: a(130.08, 'g/mol') });
export const BI = agent('bi-test', 'strong', { kind: 'element', formula: 'Bi', molecularWeightGPerMol: a(208.98, 'g/mol'), minDimensionNm: a(0.3, 'nm'), highZElement: 'Bi' });
