// M2 release: analytic limits, t50 by bisection, membrane/pH/temperature/LNP behaviour, aggregation, invariants (V8) on test carriers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CoreProps, LoadingMode, Medium } from '../entities';
import { BI, core, DRUG, FREE, HFO2, LNP, releaseProps, THERMO_LIPOSOME, ZIF8, agent } from '../loading/test-fixtures';
import { param } from '../param';
import { computeRelease, halfTime, makeReleaseContext, membraneWeight, protonatedFraction, releaseFraction } from './index';

const ctxOf = (c: CoreProps, over: Partial<{ d: number; cov: number; medium: Medium; T: number; mode: LoadingMode }> = {}) =>
  makeReleaseContext({ core: c, agent: DRUG, mode: over.mode ?? 'one-pot', diameterNm: over.d ?? 120, membraneCoverage: over.cov ?? 0, medium: over.medium ?? 'buffer', temperatureC: over.T ?? 37 });

describe('analytic limits', () => {
  it('pure erosion: F = 1 − (1 − v t/r)³ and t50 = r(1 − 0.5^(1/3))/v', () => {
    const c = core('erode', { release: releaseProps({ vRef: 1, nH: 0, kd: 0, burst: {} }) });
    const ctx = ctxOf(c, { d: 100 });
    // v = 1 nm/h, r = 50 nm: F(10 h) = 1 − 0.8³ = 0.488
    expect(releaseFraction(10, 7.4, ctx)).toBeCloseTo(0.488, 12);
    expect(releaseFraction(50, 7.4, ctx)).toBe(1);
    expect(releaseFraction(60, 7.4, ctx)).toBe(1);
    const r = computeRelease({ core: c, diameterNm: 100, membraneCoverage: 0, medium: 'buffer', temperatureC: 37, payloads: [{ agent: DRUG, mode: 'one-pot', loadedMgPerMgCarrier: 0.1 }], circulationHalfLifeH: 1 });
    expect(r.t50h['7.4']).toBeCloseTo(50 * (1 - Math.cbrt(0.5)), 5);
  });
  it('pure leakage: t50 = ln 2 / k_d; pH dependence 10^(n_D ΔpH)', () => {
    const c = core('leak', { release: releaseProps({ vRef: 0, nH: 0, kd: 0.05, nD: 0.5, burst: {} }) });
    const r = computeRelease({ core: c, diameterNm: 100, membraneCoverage: 0, medium: 'buffer', temperatureC: 37, payloads: [{ agent: DRUG, mode: 'one-pot', loadedMgPerMgCarrier: 0.1 }], circulationHalfLifeH: 2 });
    expect(r.t50h['7.4']).toBeCloseTo(Math.LN2 / 0.05, 5);
    expect(r.t50h['5.0']).toBeCloseTo(Math.LN2 / (0.05 * 10 ** (0.5 * 2.4)), 5);
    expect(r.releasedAt24hPct['7.4']).toBeCloseTo(100 * (1 - Math.exp(-1.2)), 9);
    // premature leakage: in blood (serum ×2 in the fixture, 37 °C) over the fixed 24 h window, whatever the view's medium
    expect(r.prematureLeakagePct).toBeCloseTo(100 * (1 - Math.exp(-0.05 * 2 * 24)), 9);
  });
  it('burst: F_b (1 − e^(−k_b t)) on top of the rest', () => {
    // no aperture: the post-loaded drug is in the pores (M2.surface does not apply)
    const c = core('burst', { poreApertureNm: null, release: releaseProps({ vRef: 0, nH: 0, kd: 0, kb: 2, burst: { 'post-loaded': 0.2 } }) });
    expect(releaseFraction(1, 7.4, ctxOf(c, { mode: 'post-loaded' }))).toBeCloseTo(0.2 * (1 - Math.exp(-2)), 12);
    expect(releaseFraction(1, 7.4, ctxOf(c, { mode: 'one-pot' }))).toBe(0);
  });
  it('M2.surface (#27): a post-loaded drug wider than the widest aperture desorbs its non-coordinated share with the burst', () => {
    // F_b = 0.2, k_b = 2 h⁻¹, no erosion, leakage k_d = 0.01 h⁻¹ (which must NOT act on a surface-only payload)
    const p1 = (v: number, unit = '1') => param(v, unit, 'test input', 'assumption');
    const rel = (phi: number) => ({ ...releaseProps({ vRef: 0, nH: 0, kd: 0.01, kb: 2, burst: { 'post-loaded': 0.2 } }), coordinatedFraction: { strong: p1(phi), moderate: p1(phi), weak: p1(phi) } });
    // DRUG's smallest dimension (0.8 nm, fixture) exceeds the 0.34 nm aperture; the rule declares size exclusion
    for (const phi of [0, 0.25, 1]) {
      const ctx = ctxOf(core('surf', { release: rel(phi) }), { mode: 'post-loaded' });
      expect(ctx.surfaceOnly).toBe(true);
      const fb = 0.2 + 0.8 * (1 - phi);
      expect(ctx.burstFraction).toBeCloseTo(fb, 15);
      // hand-derived: F(t) = F_b'(1 − e^(−2t)); the coordinated rest stays (no erosion) — k_d does not act on it
      expect(releaseFraction(3, 7.4, ctx)).toBeCloseTo(fb * (1 - Math.exp(-6)), 12);
      expect(releaseFraction(500, 7.4, ctx)).toBeCloseTo(fb, 12);
    }
    // a flexing aperture wide enough admits the drug: the pores hold it, the rule's burst and k_d apply as before
    const flex = core('flex', { poreApertureFlexNm: p1(5, 'nm'), release: rel(0) });
    const ctxFlex = ctxOf(flex, { mode: 'post-loaded' });
    expect(ctxFlex.surfaceOnly).toBe(false);
    expect(releaseFraction(3, 7.4, ctxFlex)).toBeCloseTo(0.2 * (1 - Math.exp(-6)) + 0.8 * (1 - Math.exp(-0.03)), 12);
    // one-pot payloads are never surface-only
    expect(ctxOf(core('surf1', { release: rel(0) }), { mode: 'one-pot' }).surfaceOnly).toBe(false);
  });
  it('M2.surface property: F_b\' ∈ [F_b, 1], non-increasing in φ; F finite in [0, 1] and more coordination never releases more', () => {
    const p1 = (v: number) => param(v, '1', 'test input', 'assumption');
    const mk = (phi: number, fb: number, vRef: number, kd: number) =>
      ctxOf(core('prop', { release: { ...releaseProps({ vRef, nH: 0.5, kd, kb: 2, burst: { 'post-loaded': fb } }), coordinatedFraction: { strong: p1(phi), moderate: p1(phi), weak: p1(phi) } } }), { mode: 'post-loaded' });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }), fc.constantFrom(5, 6.5, 7.4), (a, b, fb, vRef, kd, t, pH) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const cLo = mk(lo, fb, vRef, kd);
        const cHi = mk(hi, fb, vRef, kd);
        expect(cLo.burstFraction).toBeGreaterThanOrEqual(fb - 1e-15);
        expect(cLo.burstFraction).toBeLessThanOrEqual(1 + 1e-15);
        expect(cHi.burstFraction).toBeLessThanOrEqual(cLo.burstFraction + 1e-15);
        const fLo = releaseFraction(t, pH, cLo);
        const fHi = releaseFraction(t, pH, cHi);
        expect(Number.isFinite(fLo) && fLo >= 0 && fLo <= 1 + 1e-12).toBe(true);
        expect(fHi).toBeLessThanOrEqual(fLo + 1e-12);
      }),
      { numRuns: 300 },
    );
  });
  it('halfTime bisects to 1e-6 h and returns null when 50 % is not reached', () => {
    expect(halfTime((t) => t / 100)).toBeCloseTo(50, 5);
    expect(halfTime((t) => t / 200)).toBeNull();
  });
});

describe('membrane, medium, temperature, LNP', () => {
  it('membrane weight: 0 at ≤ 5.5, 1 at ≥ 7.4, monotone between', () => {
    expect(membraneWeight(5.0, 5.5, 7.4)).toBe(0);
    expect(membraneWeight(5.5, 5.5, 7.4)).toBe(0);
    expect(membraneWeight(7.4, 5.5, 7.4)).toBe(1);
    expect(membraneWeight(6.45, 5.5, 7.4)).toBeCloseTo(0.5, 12);
    for (let p = 5.5; p < 7.4; p += 0.01) expect(membraneWeight(p + 0.01, 5.5, 7.4)).toBeGreaterThanOrEqual(membraneWeight(p, 5.5, 7.4));
  });
  it('full coat halves v and k_d at pH 7.4 and has no effect at pH 5.0', () => {
    const bare = ctxOf(ZIF8);
    const coated = ctxOf(ZIF8, { cov: 1 });
    const nb = core('no-burst', { release: releaseProps({ burst: {} }) });
    const b2 = ctxOf(nb);
    const c2 = ctxOf(nb, { cov: 1 });
    // half the rates at pH 7.4 = same F at twice the time
    expect(releaseFraction(20, 7.4, c2)).toBeCloseTo(releaseFraction(10, 7.4, b2), 12);
    expect(releaseFraction(5, 5.0, coated)).toBe(releaseFraction(5, 5.0, bare));
    expect(releaseFraction(24, 7.4, coated)).toBeLessThan(releaseFraction(24, 7.4, bare));
  });
  it('PBS and serum erode ZIF-8 faster than buffer at pH 7.4', () => {
    const f = (m: Medium) => releaseFraction(24, 7.4, ctxOf(ZIF8, { medium: m }));
    expect(f('pbs')).toBeGreaterThan(f('buffer'));
    expect(f('serum')).toBeGreaterThan(f('buffer'));
  });
  it('thermosensitive liposome: fast above 42 °C, slow at 37 °C', () => {
    const at = (T: number, t: number) => releaseFraction(t, 7.4, ctxOf(THERMO_LIPOSOME, { T, mode: 'remote', d: 100 }));
    expect(at(43, 0.25)).toBeGreaterThan(0.8); // 15 min
    expect(at(37, 1)).toBeLessThan(0.05);
    expect(at(37, 24)).toBeLessThan(0.2);
    expect(at(42, 0.5)).toBeGreaterThan(at(41, 0.5));
  });
  it('LNP: rate ∝ protonated fraction; the explanation states the 1–2 % cytosolic escape', () => {
    const ctx = makeReleaseContext({ core: LNP, agent: DRUG, mode: 'complexed', diameterNm: 90, membraneCoverage: 0, medium: 'buffer', temperatureC: 37 });
    const ratio = protonatedFraction(5.0, 6.4) / protonatedFraction(7.4, 6.4);
    const F74 = releaseFraction(2, 7.4, ctx);
    const F50 = releaseFraction(2, 5.0, ctx);
    expect(F50).toBeGreaterThan(F74);
    const fb = 0.02 * (1 - Math.exp(-4));
    expect((F50 - fb) / 0.98).toBeCloseTo(1 - Math.exp(-0.005 * ratio * 2), 12);
    const r = computeRelease({ core: LNP, diameterNm: 90, membraneCoverage: 0, medium: 'buffer', temperatureC: 37, payloads: [{ agent: DRUG, mode: 'complexed', loadedMgPerMgCarrier: 0.05 }], circulationHalfLifeH: 5 });
    expect(r.explanations.some((e) => /1–2 %/.test(e.note ?? ''))).toBe(true);
  });
});

describe('outputs and aggregation', () => {
  const pl = (a = DRUG, q = 0.1, mode: LoadingMode = 'one-pot') => ({ agent: a, mode, loadedMgPerMgCarrier: q });
  it('curves: 49 points at pH 7.4, 6.5, 5.0 from 0 to 72 h including 24 h', () => {
    const r = computeRelease({ core: ZIF8, diameterNm: 120, membraneCoverage: 1, medium: 'buffer', temperatureC: 37, payloads: [pl()], circulationHalfLifeH: 10 });
    expect(r.curves.map((c) => c.pH)).toEqual([7.4, 6.5, 5.0]);
    for (const c of r.curves) {
      expect(c.points.length).toBe(49);
      expect(c.points[0]).toEqual([0, 0]);
      expect(c.points[48][0]).toBe(72);
      expect(c.points[16][0]).toBe(24);
      expect(c.points[16][1] * 100).toBeCloseTo(r.releasedAt24hPct[c.pH === 7.4 ? '7.4' : c.pH === 6.5 ? '6.5' : '5.0'], 10);
    }
    expect(r.selectivityIndex).toBeCloseTo(r.releasedAt24hPct['5.0'] / r.releasedAt24hPct['7.4'], 12);
  });
  it('drug aggregates exclude bismuth but byPayload reports it; weights are loaded masses', () => {
    const leaky = agent('leaky', 'moderate', { leakageFactor: { value: 20, unit: '1', source: 't', provenance: 'assumption' } });
    const r = computeRelease({ core: ZIF8, diameterNm: 120, membraneCoverage: 0, medium: 'buffer', temperatureC: 37, payloads: [pl(DRUG, 0.1), pl(BI, 0.3), pl(leaky, 0.3)], circulationHalfLifeH: 10 });
    expect(r.aggregateOver).toBe('drugs');
    expect(r.byPayload.map((p) => p.agent)).toEqual([DRUG.id, BI.id, 'leaky']);
    expect(r.byPayload[1].element).toBe(true);
    const expected = 0.25 * r.byPayload[0].releasedAt24hPct['7.4'] + 0.75 * r.byPayload[2].releasedAt24hPct['7.4'];
    expect(r.releasedAt24hPct['7.4']).toBeCloseTo(expected, 10);
    // t50 of the aggregate solves the weighted equation
    const t = r.t50h['7.4'];
    if (t !== null) {
      const c0 = makeReleaseContext({ core: ZIF8, agent: DRUG, mode: 'one-pot', diameterNm: 120, membraneCoverage: 0, medium: 'buffer', temperatureC: 37 });
      const c2 = makeReleaseContext({ core: ZIF8, agent: leaky, mode: 'one-pot', diameterNm: 120, membraneCoverage: 0, medium: 'buffer', temperatureC: 37 });
      expect(0.25 * releaseFraction(t, 7.4, c0) + 0.75 * releaseFraction(t, 7.4, c2)).toBeCloseTo(0.5, 5);
    }
  });
  it('only bismuth: aggregates fall back to element payloads', () => {
    const r = computeRelease({ core: ZIF8, diameterNm: 120, membraneCoverage: 0, medium: 'buffer', temperatureC: 37, payloads: [pl(BI, 0.3)], circulationHalfLifeH: 10 });
    expect(r.aggregateOver).toBe('elements');
  });
  it('no payload: carrier dissolution only, not applicable; non-dissolving carrier → selectivity null', () => {
    const r = computeRelease({ core: HFO2, diameterNm: 50, membraneCoverage: 0, medium: 'buffer', temperatureC: 37, payloads: [], circulationHalfLifeH: 10 });
    expect(r.applicable).toBe(false);
    expect(r.releasedAt24hPct['7.4']).toBe(0);
    expect(r.selectivityIndex).toBeNull();
    expect(r.t50h['5.0']).toBeNull();
  });
  it('free drug: F ≡ 1, t50 = 0, selectivity 1, premature leakage 100 %', () => {
    const r = computeRelease({ core: FREE, diameterNm: 1, membraneCoverage: 0, medium: 'buffer', temperatureC: 37, payloads: [pl()], circulationHalfLifeH: 1 });
    expect(r.t50h['7.4']).toBe(0);
    expect(r.selectivityIndex).toBe(1);
    expect(r.prematureLeakagePct).toBe(100);
  });
  it('curves: false skips the curves but keeps the numbers', () => {
    const args = { core: ZIF8, diameterNm: 120, membraneCoverage: 1, medium: 'buffer' as Medium, temperatureC: 37, payloads: [pl()], circulationHalfLifeH: 10 };
    const a = computeRelease(args);
    const b = computeRelease({ ...args, curves: false, explain: false });
    expect(b.curves).toEqual([]);
    expect(b.releasedAt24hPct).toEqual(a.releasedAt24hPct);
    expect(b.t50h).toEqual(a.t50h);
  });
});

describe('V8 invariants on the test carriers', () => {
  const cores = [ZIF8, HFO2, THERMO_LIPOSOME, LNP, FREE];
  const modes: LoadingMode[] = ['one-pot', 'post-loaded', 'remote', 'complexed', 'doped'];
  it('F ∈ [0, 1], non-decreasing in t, faster at lower pH for acid-responsive carriers, finite', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cores),
        fc.constantFrom(...modes),
        fc.double({ min: 5, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom<Medium>('buffer', 'pbs', 'serum'),
        fc.double({ min: 25, max: 45, noNaN: true }),
        fc.double({ min: 4.5, max: 7.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 72, noNaN: true }),
        fc.double({ min: 0, max: 72, noNaN: true }),
        (c, mode, d, cov, medium, T, pH, dpH, t1, t2) => {
          const ctx = ctxOf(c, { d, cov, medium, T, mode });
          const [a, b] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const Fa = releaseFraction(a, pH, ctx);
          const Fb = releaseFraction(b, pH, ctx);
          for (const F of [Fa, Fb]) {
            expect(Number.isFinite(F)).toBe(true);
            expect(F).toBeGreaterThanOrEqual(0);
            expect(F).toBeLessThanOrEqual(1);
          }
          expect(Fb).toBeGreaterThanOrEqual(Fa - 1e-12);
          if (c.acidResponsive) expect(releaseFraction(b, pH - dpH, ctx)).toBeGreaterThanOrEqual(Fb - 1e-12);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
