// #27 through the engine: the dose enters liver saturation as a particle count (mg/kg, core density and size), and the surface composition fields reach M3.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog';
import { completeFormulation } from '../schema';
import { CATALOG_LOOKUP } from './catalog-lookup';
import { scoreFormulation } from './index';
import { uncertainParams, uncertaintyCompleted } from './uncertainty';

const gold = (dose: number, extra: Record<string, unknown> = {}) => ({ core: { material: 'gold', diameterNm: 50 }, payloads: [], coating: { membranes: [], peg: true }, scenario: { doseMgPerKg: dose }, ...extra });

function particles(s: ReturnType<typeof scoreFormulation>): number {
  const e = s.explanations['targeting.tumorDeliveryPctID'].find((x) => x.equation === 'M3.dose-saturation');
  const n = e?.inputs.find((i) => i.name === 'N')?.value;
  return typeof n === 'number' ? n : NaN;
}

describe('dose in particles', () => {
  it('50 nm gold at 1000 mg/kg in a 20 g mouse: N = 0.02 g / (19.32 g/cm³ · π/6 · (50 nm)³) ≈ 1.58·10¹³', () => {
    const m = 19.32 * (Math.PI / 6) * (50e-7) ** 3; // g per core
    expect(0.02 / m).toBeCloseTo(1.58e13, -11);
    expect(particles(scoreFormulation(gold(1000))) / (0.02 / m)).toBeCloseTo(1, 12);
  });
  it('tumour delivery and circulation rise with the particle dose above ≈ 10¹² particles, not below', () => {
    const td = [1, 10, 100, 1000].map((d) => scoreFormulation(gold(d)).targeting.tumorDeliveryPctID);
    for (let i = 1; i < td.length; i++) expect(td[i]).toBeGreaterThanOrEqual(td[i - 1]);
    expect(td[1] / td[0]).toBeLessThan(1.01); // 1.6·10¹¹ particles: below the threshold
    expect(td[3] / td[0]).toBeGreaterThan(5); // 1.6·10¹³: Kupffer cells overwhelmed
  });
  it('on the particle basis the count uses the whole particle mass (here the same: no payload)', () => {
    const a = particles(scoreFormulation(gold(100)));
    const b = particles(scoreFormulation(gold(100, { scenario: { doseMgPerKg: 100, doseBasis: 'particle' } })));
    expect(b / a).toBeCloseTo(1, 9);
  });
  it('polymer conjugates and micelles do not saturate the liver (no particle count)', () => {
    const s = scoreFormulation({ core: { material: 'polymer-conjugate' }, payloads: [{ agent: 'paclitaxel' }], coating: null, scenario: { doseMgPerKg: 1000 } });
    expect(particles(s)).toBe(0);
  });
});

describe('surface composition fields', () => {
  it('a DSPC/cholesterol liposome without PEG outlives an egg-PC one, and both are valid documents', () => {
    const lipo = (tm: number, chol: number) => scoreFormulation({ core: { material: 'liposome', diameterNm: 100, lipidTmC: tm, cholesterolMolPct: chol }, payloads: [{ agent: 'doxorubicin', loading: 'remote' }], coating: null, scenario: { doseMgPerKg: 1 } });
    const rigid = lipo(55, 33).targeting.circulationHalfLifeH;
    const fluid = lipo(-10, 0).targeting.circulationHalfLifeH;
    expect(rigid).toBeGreaterThan(5);
    expect(fluid).toBeLessThan(1);
  });
  it('longer and denser PEG never shortens circulation; the lipid–polymer hybrid with PEG circulates like the V4 reference', () => {
    const f = (mw?: number, sigma?: number) => scoreFormulation({ core: { material: 'plga', diameterNm: 100 }, payloads: [], coating: { membranes: [], peg: true, pegMolecularWeightDa: mw, pegDensityPerNm2: sigma }, scenario: { doseMgPerKg: 1 } }).targeting.circulationHalfLifeH;
    expect(f(5000)).toBeGreaterThan(f());
    expect(f(2000, 0.3)).toBeGreaterThan(f());
    expect(f(2000, 0.01)).toBeLessThan(f());
    const hybrid = scoreFormulation({ core: { material: 'lipid-polymer-hybrid' }, payloads: [], coating: { membranes: [], peg: true }, scenario: { doseMgPerKg: 1 } });
    expect(hybrid.targeting.circulationHalfLifeH).toBeGreaterThan(10);
  });
});

describe('tumour delivery as a distribution', () => {
  it('the Monte Carlo samples the EPR variability; the tumour % ID band spans about the meta-analyses\' scatter (p95/p5 > 10)', () => {
    const f = completeFormulation(PRESETS.doxil.formulation);
    expect(uncertainParams(f, CATALOG_LOOKUP).map((p) => p.id)).toContain('targeting.eprVariability');
    const b = uncertaintyCompleted(f, CATALOG_LOOKUP, { draws: 120, seed: 3 }).bands['targeting.tumorDeliveryPctID'];
    expect(b.p95 / b.p5).toBeGreaterThan(10);
    expect(b.p5).toBeLessThan(b.p50);
  });
});
