// MODEL.md V6 (release part) and V8 against the catalog: IZB@CCM-like ZIF-8 with a full hybrid membrane, the membrane ablation, ThermoDox, and invariants over every core.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
/* eslint-disable @typescript-eslint/no-restricted-imports -- validation tests read the catalog data the model is scored on (the model code itself never imports it) */
import { CORES } from '../../catalog/cores';
import { AGENTS } from '../../catalog/agents';
import { LOADING_ANCHORS } from '../../catalog/anchors';
/* eslint-enable @typescript-eslint/no-restricted-imports */
import { computeGeometry } from '../geometry';
import { computeLoading } from '../loading';
import type { LoadingMode, Medium } from '../entities';
import { computeRelease, makeReleaseContext, releaseFraction } from './index';

/** IZB@CCM as in contract §1: ZIF-8 120 nm, IN10018 0.2 + Bi 0.3 one-pot, HeLa + CAF membrane 1:1 at 1.0 w/w. */
function izb(membrane: boolean, medium: Medium = 'buffer') {
  const core = CORES['zif-8'];
  const g = computeGeometry({ core, diameterNm: 120, coating: membrane ? { membranes: [{ fraction: 0.5 }, { fraction: 0.5 }], membraneToCoreMassRatio: 1, peg: false } : null });
  const payloads = [
    { agent: AGENTS.in10018, mode: 'one-pot' as LoadingMode, feedMassRatio: 0.2 },
    { agent: AGENTS.bismuth, mode: 'one-pot' as LoadingMode, feedMassRatio: 0.3 },
  ];
  const L = computeLoading({ core, geometry: g, payloads, anchors: LOADING_ANCHORS });
  return computeRelease({
    core,
    diameterNm: 120,
    membraneCoverage: g.membraneCoverage,
    medium,
    temperatureC: 37,
    payloads: payloads.map((p, i) => ({ agent: p.agent, mode: p.mode, loadedMgPerMgCarrier: L.payloads[i].loadedMgPerMgCarrier })),
    circulationHalfLifeH: 10,
  });
}

describe('V6 release: IZB@CCM-like ZIF-8 120 nm with a full membrane', () => {
  const r = izb(true);
  it('aggregates are over the drug (IN10018), bismuth reported separately', () => {
    expect(r.aggregateOver).toBe('drugs');
    expect(r.byPayload.find((p) => p.agent === 'bismuth')?.element).toBe(true);
    expect(r.releasedAt24hPct).toEqual(r.byPayload.find((p) => p.agent === 'in10018')?.releasedAt24hPct);
  });
  it('selectivity index > 3', () => expect(r.selectivityIndex!).toBeGreaterThan(3));
  it('pH 7.4 release at 24 h < 20 %', () => expect(r.releasedAt24hPct['7.4']).toBeLessThan(20));
  it('t50 at pH 5.0 < 12 h', () => {
    expect(r.t50h['5.0']).not.toBeNull();
    expect(r.t50h['5.0']!).toBeLessThan(12);
  });
  it('tumour pH 6.5 lies between blood and lysosome', () => {
    expect(r.releasedAt24hPct['6.5']).toBeGreaterThan(r.releasedAt24hPct['7.4']);
    expect(r.releasedAt24hPct['6.5']).toBeLessThan(r.releasedAt24hPct['5.0']);
  });
  it('removing the membrane raises pH 7.4 leakage (24 h and premature)', () => {
    const bare = izb(false);
    expect(bare.releasedAt24hPct['7.4']).toBeGreaterThan(r.releasedAt24hPct['7.4']);
    expect(bare.prematureLeakagePct).toBeGreaterThan(r.prematureLeakagePct);
  });
  it('phosphate and serum media erode ZIF-8 faster at pH 7.4 than plain buffer', () => {
    expect(izb(true, 'pbs').releasedAt24hPct['7.4']).toBeGreaterThan(r.releasedAt24hPct['7.4']);
    expect(izb(true, 'serum').releasedAt24hPct['7.4']).toBeGreaterThan(r.releasedAt24hPct['7.4']);
  });
});

describe('ThermoDox: thermosensitive liposome, doxorubicin remote-loaded', () => {
  const at = (T: number) => makeReleaseContext({ core: CORES['thermosensitive-liposome'], agent: AGENTS.doxorubicin, mode: 'remote', diameterNm: 100, membraneCoverage: 0, medium: 'buffer', temperatureC: T });
  it('releases most of its drug within 10 min above 42 °C', () => {
    expect(releaseFraction(10 / 60, 7.4, at(42.5))).toBeGreaterThan(0.8);
    expect(releaseFraction(10 / 60, 7.4, at(43))).toBeGreaterThan(0.9);
  });
  it('releases slowly at 37 °C (< 10 % in 1 h) and its t50 is > 100× longer than at 43 °C', () => {
    expect(releaseFraction(1, 7.4, at(37))).toBeLessThan(0.1);
    const r = (T: number) =>
      computeRelease({ core: CORES['thermosensitive-liposome'], diameterNm: 100, membraneCoverage: 0, medium: 'buffer', temperatureC: T, payloads: [{ agent: AGENTS.doxorubicin, mode: 'remote', loadedMgPerMgCarrier: 0.12 }], circulationHalfLifeH: 1, explain: false, curves: false });
    const t37 = r(37).t50h['7.4'];
    const t43 = r(43).t50h['7.4']!;
    expect(t37 === null || t37 > 100 * t43).toBe(true);
  });
  it('an ordinary liposome does not respond to heat', () => {
    const c = (T: number) => makeReleaseContext({ core: CORES.liposome, agent: AGENTS.doxorubicin, mode: 'remote', diameterNm: 100, membraneCoverage: 0, medium: 'buffer', temperatureC: T });
    expect(releaseFraction(1, 7.4, c(43))).toBe(releaseFraction(1, 7.4, c(37)));
  });
});

describe('V8 invariants over every catalog core', () => {
  const pairs = Object.values(CORES).flatMap((c) => [...new Set([...(Object.keys(c.loading) as LoadingMode[]), ...(Object.keys(c.release.burstFraction) as LoadingMode[])])].map((m) => [c.id, m] as const));
  const agentIds = Object.keys(AGENTS) as (keyof typeof AGENTS)[];
  it('F ∈ [0, 1], finite, non-decreasing in t, and not slower at lower pH for acid-responsive carriers (pH 4.5–7.5, 25–45 °C, 0–72 h, all media)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.constantFrom(...agentIds),
        fc.double({ min: 5, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom<Medium>('buffer', 'pbs', 'serum'),
        fc.double({ min: 25, max: 45, noNaN: true }),
        fc.double({ min: 4.5, max: 7.5, noNaN: true }),
        fc.double({ min: 4.5, max: 7.5, noNaN: true }),
        fc.double({ min: 0, max: 72, noNaN: true }),
        fc.double({ min: 0, max: 72, noNaN: true }),
        ([coreId, mode], agentId, d, cov, medium, T, pH1, pH2, t1, t2) => {
          const core = CORES[coreId as keyof typeof CORES];
          const ctx = makeReleaseContext({ core, agent: AGENTS[agentId], mode, diameterNm: d, membraneCoverage: cov, medium, temperatureC: T });
          const [ta, tb] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const [lowPH, highPH] = pH1 <= pH2 ? [pH1, pH2] : [pH2, pH1];
          const Fa = releaseFraction(ta, highPH, ctx);
          const Fb = releaseFraction(tb, highPH, ctx);
          for (const F of [Fa, Fb]) {
            expect(Number.isFinite(F)).toBe(true);
            expect(F).toBeGreaterThanOrEqual(0);
            expect(F).toBeLessThanOrEqual(1);
          }
          expect(Fb).toBeGreaterThanOrEqual(Fa - 1e-12);
          if (core.acidResponsive) expect(releaseFraction(tb, lowPH, ctx)).toBeGreaterThanOrEqual(Fb - 1e-12);
        },
      ),
      { numRuns: 3000 },
    );
  });
  it('acid-responsive carriers release strictly more at pH 5.0 than at 7.4 after 24 h', () => {
    for (const core of Object.values(CORES).filter((c) => c.acidResponsive)) {
      const ctx = makeReleaseContext({ core, agent: AGENTS.doxorubicin, mode: 'one-pot', diameterNm: 100, membraneCoverage: 0, medium: 'buffer', temperatureC: 37 });
      expect(releaseFraction(24, 5.0, ctx), core.id).toBeGreaterThan(releaseFraction(24, 7.4, ctx));
    }
  });
  it('scored outputs have no NaN for any core with any of its modes', () => {
    for (const [coreId, mode] of pairs) {
      const core = CORES[coreId as keyof typeof CORES];
      const r = computeRelease({ core, diameterNm: core.defaultDiameterNm.value, membraneCoverage: 0.5, medium: 'serum', temperatureC: 37, payloads: [{ agent: AGENTS.cisplatin, mode, loadedMgPerMgCarrier: 0.1 }, { agent: AGENTS.bismuth, mode, loadedMgPerMgCarrier: 0.1 }], circulationHalfLifeH: 5 });
      const nums = [...Object.values(r.releasedAt24hPct), r.prematureLeakagePct, ...r.curves.flatMap((c) => c.points.flat())];
      expect(nums.every(Number.isFinite), `${coreId}/${mode}`).toBe(true);
      for (const t of Object.values(r.t50h)) expect(t === null || (t >= 0 && t <= 72)).toBe(true);
      expect(r.selectivityIndex === null || Number.isFinite(r.selectivityIndex)).toBe(true);
    }
  });
});
