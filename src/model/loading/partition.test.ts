// M1.partition (#27): hand-derived EE of drugs in forming polymer particles, capacity sharing, and property tests (EE in [0, 1], monotone in logP and feed).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AgentProps, PartitionRule, PrepMethod } from '../entities';
import { param, type Param } from '../param';
import { core, rule } from './test-fixtures';
import { computeLoading, partitionEE, usesPartition } from './index';

const a = (value: number, unit: string): Param => param(value, unit, 'test input', 'assumption');

const PART: PartitionRule = {
  aqueousMlPerMg: { nanoprecipitation: a(1, 'mL/mg'), 'single-emulsion': a(0.4, 'mL/mg'), 'double-emulsion': a(0.4, 'mL/mg') },
  innerRetention: a(0.5, '1'),
  defaultMethod: 'single-emulsion',
};

function drug(logP: number | undefined, sw: number | undefined, id = 'drug'): AgentProps {
  return {
    id, name: id, description: 'test drug', kind: 'small-molecule', formula: null,
    molecularWeightGPerMol: a(500, 'g/mol'), minDimensionNm: a(1, 'nm'), affinityClass: 'moderate',
    freeHalfLifeH: a(0.5, 'h'), freeTumorDeliveryPctID: a(0.1, '% ID'), leakageFactor: a(1, '1'),
    ...(logP !== undefined ? { logP: a(logP, '1') } : {}),
    ...(sw !== undefined ? { aqueousSolubilityMgPerMl: a(sw, 'mg/mL') } : {}),
  };
}

// a PLGA-like polymer particle: ρ = 1.25 g/cm³ → v_p = 1/(1000·1.25) = 8e-4 mL/mg; capacity 0.15 mg/mg
const polymer = core('poly', { coreClass: 'polymer', densityGPerCm3: a(1.25, 'g/cm³'), poreApertureNm: null, loading: { 'one-pot': { ...rule(0.15, 2, 10, 0.5), partition: PART } } });
const geometry = { coreDiameterNm: 100, coreMassG: 1e-15, membraneMassPerCoreMass: 0 };

describe('M1.partition, hand-derived', () => {
  it('a poorly soluble drug is limited by what the water can dissolve: EE = 1 − S_w V / f', () => {
    // logP 4, S_w 0.005 mg/mL, nanoprecipitation V = 1 mL/mg, f = 0.1: partition keeps V/(V + 1e4·8e-4) = 1/9 = 0.111 in
    // water, but the water dissolves only 0.005·1/0.1 = 0.05 of the feed → EE = 0.95
    const pe = partitionEE(drug(4, 0.005), PART, 'nanoprecipitation', 0.1, 1.25);
    expect(pe.lostByPartition).toBeCloseTo(1 / 9, 12);
    expect(pe.lostBySolubility).toBeCloseTo(0.05, 12);
    expect(pe.ee).toBeCloseTo(0.95, 12);
  });
  it('a soluble drug is limited by its partition: EE = K v_p / (V + K v_p)', () => {
    // logP 3, S_w 10 mg/mL, single emulsion V = 0.4: K v_p = 1000·8e-4 = 0.8 → EE = 0.8/1.2 = 2/3
    expect(partitionEE(drug(3, 10), PART, undefined, 0.1, 1.25).ee).toBeCloseTo(2 / 3, 12);
  });
  it('double emulsion keeps ε of the inner phase: EE = ε + (1 − ε)·EE_single', () => {
    // logP −1, S_w 10: K v_p = 0.1·8e-4 = 8e-5 → EE_single = 8e-5/0.40008 = 2.0e-4; EE = 0.5 + 0.5·2.0e-4
    const single = 8e-5 / (0.4 + 8e-5);
    expect(partitionEE(drug(-1, 10), PART, 'double-emulsion', 0.1, 1.25).ee).toBeCloseTo(0.5 + 0.5 * single, 12);
  });
  it('computeLoading: q = f·EE below capacity; above it every partition payload is scaled to share q_max', () => {
    const one = computeLoading({ core: polymer, geometry, payloads: [{ agent: drug(4, 0.005), mode: 'one-pot', feedMassRatio: 0.1, method: 'nanoprecipitation' }] });
    expect(one.payloads[0].ruleOrigin).toBe('partition');
    expect(one.payloads[0].loadedMgPerMgCarrier).toBeCloseTo(0.095, 12);
    expect(one.payloads[0].loadingCapacityPct).toBeCloseTo((100 * 0.095) / 1.095, 10);
    // two drugs at f = 0.2 each, EE 0.975 each (S_w V / f = 0.005/0.2 = 0.025): Σ f·EE = 0.39 > 0.15 → scale 0.15/0.39
    const two = computeLoading({ core: polymer, geometry, payloads: [{ agent: drug(4, 0.005, 'd1'), mode: 'one-pot', feedMassRatio: 0.2, method: 'nanoprecipitation' }, { agent: drug(4, 0.005, 'd2'), mode: 'one-pot', feedMassRatio: 0.2, method: 'nanoprecipitation' }] });
    expect(two.totalLoadedMgPerMgCarrier).toBeCloseTo(0.15, 12);
    expect(two.payloads[0].encapsulationEfficiencyPct).toBeCloseTo((100 * 0.075) / 0.2, 10);
  });
  it('an agent without logP or solubility keeps the class affinity (Langmuir)', () => {
    expect(usesPartition(polymer, drug(undefined, 1), 'one-pot')).toBe(false);
    const r = computeLoading({ core: polymer, geometry, payloads: [{ agent: drug(undefined, undefined), mode: 'one-pot', feedMassRatio: 0.1 }] });
    expect(r.payloads[0].ruleOrigin).toBe('rule');
  });
});

describe('M1.partition, properties', () => {
  const methods: PrepMethod[] = ['nanoprecipitation', 'single-emulsion', 'double-emulsion'];
  const arb = fc.record({
    logP: fc.double({ min: -4, max: 8, noNaN: true }),
    lsw: fc.double({ min: -7, max: 3, noNaN: true }),
    f: fc.double({ min: 1e-4, max: 10, noNaN: true }),
    m: fc.constantFrom(...methods),
  });
  it('EE in [0, 1], LC in [0, 100], no NaN over the domain', () => {
    fc.assert(
      fc.property(arb, ({ logP, lsw, f, m }) => {
        const r = computeLoading({ core: polymer, geometry, payloads: [{ agent: drug(logP, 10 ** lsw), mode: 'one-pot', feedMassRatio: f, method: m }] });
        const p = r.payloads[0];
        return Number.isFinite(p.encapsulationEfficiencyPct) && p.encapsulationEfficiencyPct >= 0 && p.encapsulationEfficiencyPct <= 100 + 1e-9 && p.loadingCapacityPct >= 0 && p.loadingCapacityPct <= 100;
      }),
    );
  });
  it('a more lipophilic or less soluble drug never loads worse (below capacity)', () => {
    fc.assert(
      fc.property(arb, fc.double({ min: 0, max: 3, noNaN: true }), ({ logP, lsw, f, m }, d) => {
        const base = partitionEE(drug(logP, 10 ** lsw), PART, m, f, 1.25).ee;
        return partitionEE(drug(logP + d, 10 ** lsw), PART, m, f, 1.25).ee >= base - 1e-12 && partitionEE(drug(logP, 10 ** (lsw - d)), PART, m, f, 1.25).ee >= base - 1e-12;
      }),
    );
  });
  it('a larger drug:polymer ratio never lowers EE before capacity (less of it fits in the water)', () => {
    fc.assert(fc.property(arb, fc.double({ min: 1, max: 10, noNaN: true }), ({ logP, lsw, f, m }, k) => partitionEE(drug(logP, 10 ** lsw), PART, m, f * k, 1.25).ee >= partitionEE(drug(logP, 10 ** lsw), PART, m, f, 1.25).ee - 1e-12));
  });
});
