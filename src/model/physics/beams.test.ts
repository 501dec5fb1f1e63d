// Tests of beam parsing and spectra: normalisation, hand-computed Kramers spectra, filter attenuation from NIST, catalog.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BEAMS, getBeam, kramersSpectrum, parseBeam } from './beams';
import { muOverRho } from './photon';

const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

describe('beam ids (contract §1)', () => {
  it('named beams (case-insensitive), mono and kvp forms', () => {
    expect(parseBeam('225kVp').spec).toEqual({ kind: 'kvp', kVp: 225, filters: [{ element: 'Cu', thicknessMm: 0.3 }] });
    expect(parseBeam('160kvp').spec).toEqual({ kind: 'kvp', kVp: 160, filters: [{ element: 'Cu', thicknessMm: 0.5 }, { element: 'Al', thicknessMm: 2 }] });
    expect(parseBeam('6mv').id).toBe('6MV');
    expect(parseBeam('co-60').id).toBe('Co-60');
    expect(parseBeam('Ir-192').spec).toEqual({ kind: 'tabulated', table: 'Ir-192' });
    expect(parseBeam('mono:0.1').spec).toEqual({ kind: 'mono', energyMeV: 0.1 });
    expect(parseBeam('mono:1e-1').id).toBe('mono:0.1');
    expect(parseBeam('kvp:120:0.5mmCu+2mmAl').spec).toEqual({ kind: 'kvp', kVp: 120, filters: [{ element: 'Cu', thicknessMm: 0.5 }, { element: 'Al', thicknessMm: 2 }] });
    expect(parseBeam('kvp:80:2mmAl').id).toBe('kvp:80:2mmAl');
    expect(parseBeam('kvp:80:none').spec).toEqual({ kind: 'kvp', kVp: 80, filters: [] });
  });
  it('unknown or malformed beams throw an Error naming the valid forms', () => {
    for (const bad of ['9MV', 'mono:', 'mono:abc', 'mono:0', 'mono:25', 'kvp:10:none', 'kvp:100', 'kvp:100:2cmAl', 'kvp:100:2mmXx', 'kvp:x:2mmAl', '']) {
      expect(() => parseBeam(bad), bad).toThrow(/valid forms: mono:<MeV>/);
    }
  });
  it('catalog: every BEAMS id parses and has a source and provenance', () => {
    expect(BEAMS.map((b) => b.id)).toEqual(['160kVp', '225kVp', 'Ir-192', 'Co-60', '6MV']);
    for (const b of BEAMS) {
      expect(getBeam(b.id).id).toBe(b.id);
      expect(b.source.length).toBeGreaterThan(10);
      expect(['data', 'published', 'assumption']).toContain(b.provenance);
    }
  });
});

describe('spectra', () => {
  it('normalised fluence and energy fluence; Ψ = E·Φ; means consistent', () => {
    for (const id of ['160kVp', '225kVp', 'Ir-192', 'Co-60', '6MV', 'mono:0.3', 'kvp:50:none']) {
      const s = getBeam(id).spectrum;
      expect(sum(s.fluence)).toBeCloseTo(1, 12);
      expect(sum(s.energyFluence)).toBeCloseTo(1, 12);
      let m = 0;
      for (let i = 0; i < s.fluence.length; i++) m += s.fluence[i] * s.energiesMeV[i];
      expect(s.meanEnergyMeV).toBeCloseTo(m, 12);
      // Ψ_i / Φ_i ∝ E_i
      expect((s.energyFluence[0] / s.fluence[0]) * s.meanEnergyMeV).toBeCloseTo(s.energiesMeV[0], 10);
      expect(s.energyFluenceMeanEnergyMeV).toBeGreaterThanOrEqual(s.meanEnergyMeV - 1e-15);
    }
  });
  it('6 MV Mohan mean energy 1.90 MeV (shared README); Ir-192 keeps only lines ≥ 0.1 MeV; Co-60 lines within 0.01–1.34 MeV', () => {
    expect(getBeam('6MV').spectrum.meanEnergyMeV).toBeCloseTo(1.9, 2);
    expect(Math.min(...getBeam('Ir-192').spectrum.energiesMeV)).toBeGreaterThanOrEqual(0.1);
    const co = getBeam('Co-60').spectrum.energiesMeV;
    expect(Math.min(...co)).toBeGreaterThanOrEqual(0.01);
    expect(Math.max(...co)).toBeLessThanOrEqual(1.335);
  });
  it('unfiltered Kramers spectrum equals the hand formula Φ ∝ (Emax − E)/E on 1 keV bins from 10 keV', () => {
    const s = getBeam('kvp:50:none').spectrum;
    const E: number[] = [];
    const w: number[] = [];
    for (let k = 10; k < 50; k++) {
      E.push((k + 0.5) / 1000);
      w.push((50 - (k + 0.5)) / (k + 0.5));
    }
    const W = w.reduce((a, b) => a + b, 0);
    expect(s.energiesMeV.length).toBe(40);
    E.forEach((e, i) => {
      expect(s.energiesMeV[i]).toBeCloseTo(e, 15);
      expect(s.fluence[i]).toBeCloseTo(w[i] / W, 14);
    });
  });
  it('filter attenuation: filtered/unfiltered fluence ratio ∝ exp(−μ/ρ·ρ·t) with NIST μ/ρ and ρ(Cu) = 8.96 g/cm³', () => {
    const a = getBeam('kvp:225:none').spectrum;
    const b = getBeam('225kVp').spectrum;
    const i = 90; // 100.5 keV
    const j = 190; // 200.5 keV
    const r = (s: typeof a, k: number) => s.fluence[k];
    const measured = r(b, i) / r(a, i) / (r(b, j) / r(a, j));
    const want = Math.exp(-(muOverRho('Cu', a.energiesMeV[i]) - muOverRho('Cu', a.energiesMeV[j])) * 8.96 * 0.03);
    expect(measured).toBeCloseTo(want, 10);
  });
  it('property: more filter → harder beam (mean energy rises); spectra finite and normalised', () => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 400 }), fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0.01, max: 2, noNaN: true }), (kv, t, dt) => {
        const s1 = kramersSpectrum(kv, [{ element: 'Cu', thicknessMm: t }]);
        const s2 = kramersSpectrum(kv, [{ element: 'Cu', thicknessMm: t + dt }]);
        return (
          s2.meanEnergyMeV > s1.meanEnergyMeV &&
          Math.abs(sum(s1.fluence) - 1) < 1e-9 &&
          [...s1.fluence, ...s1.energyFluence].every((x) => Number.isFinite(x) && x >= 0)
        );
      }),
      { numRuns: 60 },
    );
  });
  it('a very thick filter still gives a normalised (hard) spectrum, no underflow to NaN', () => {
    const s = getBeam('kvp:100:100mmPb').spectrum;
    expect(sum(s.fluence)).toBeCloseTo(1, 12);
    expect(Number.isFinite(s.meanEnergyMeV)).toBe(true);
  });
  it('cached: the same object for the same id and for an equivalent canonical id', () => {
    expect(getBeam('225kVp')).toBe(getBeam('225kVp'));
    expect(getBeam('mono:0.1')).toBe(getBeam('mono:1e-1'));
  });
});
