// M3.ecf (#27): extracellular distribution of sub-pore particles — hand-derived volumes and concentrations, and properties (finite, monotone in size, non-negative, mass balance).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extracellularDistribution } from './extracellular';
import { pharmacokinetics, type PkInput } from './model';

const body = 0.02; // kg
const mT = 0.3; // g tumour

describe('M3.ecf hand-derived', () => {
  it('1.9 nm gold in a 20 g mouse with a 0.3 g tumour: Φ = (1 − 1.9/5)² = 0.3844, V_d = 0.8 + 0.3844·(3.66 + 0.135) mL', () => {
    const r = extracellularDistribution({ hydrodynamicDiameterNm: 1.9, bodyMassKg: body, tumorMassG: mT });
    expect(r.partition).toBeCloseTo(0.3844, 12);
    expect(r.plasmaL * 1000).toBeCloseTo(0.8, 12); // 40 mL/kg × 0.02 kg
    expect(r.interstitialL * 1000).toBeCloseTo(3.66, 12); // 183 mL/kg × 0.02 kg (Durbin 1992: 232 − 48.9 µL/g)
    expect(r.tumourInterstitialL * 1000).toBeCloseTo(0.135, 12); // 0.45 × 0.3 mL
    const vd = 0.8 + 0.3844 * (3.66 + 0.135); // 2.2588 mL
    expect(r.distributionVolumeL * 1000).toBeCloseTo(vd, 10);
    expect(r.plasmaShare).toBeCloseTo(0.8 / vd, 12);
    expect(r.tumourShare).toBeCloseTo((0.3844 * 0.135) / vd, 12);
    expect(r.plasmaShare + r.interstitialShare + r.tumourShare).toBeCloseTo(1, 12);
  });
  it('at or above the 5 nm pore nothing distributes: Φ = 0, V_d = V_p, all in plasma', () => {
    for (const d of [5, 5.5, 108]) {
      const r = extracellularDistribution({ hydrodynamicDiameterNm: d, bodyMassKg: body, tumorMassG: mT });
      expect(r.partition).toBe(0);
      expect(r.distributionVolumeL).toBe(r.plasmaL);
      expect(r.plasmaShare).toBe(1);
      expect(r.tumourShare).toBe(0);
    }
  });
  it('54 mg of 1.9 nm gold (2.7 g/kg) cleared at 1.4 h⁻¹: at t = 2 min plasma = 54·e^(−1.4/30)/V_d, tumour = v_e·Φ·plasma', () => {
    const r = extracellularDistribution({ hydrodynamicDiameterNm: 1.9, bodyMassKg: body, tumorMassG: mT });
    const input: PkInput = {
      route: 'iv', freeDrug: false, carrierExitRatePerH: 1.4, carrierTumorRatePerH: 0, intratumoralRetention: 0.8, particleDoseMg: 54, particleHighZ: { Au: 1 },
      payloads: [], tumorMassG: mT, bodyMassKg: body, curves: false, extracellular: { plasmaShare: r.plasmaShare, tumourShare: r.tumourShare },
    };
    const pk = pharmacokinetics(input);
    const t = 2 / 60;
    const plasmaMgPerMl = (54 * Math.exp(-1.4 * t)) / (r.distributionVolumeL * 1000); // 51.54 mg / 2.2588 mL = 22.82 mg/mL
    expect(plasmaMgPerMl).toBeCloseTo(22.817, 2);
    // tumour mg/g = v_e·Φ·C_plasma (tissue 1 g/mL): 0.45 × 0.3844 × 22.82 = 3.95 mg/g
    expect(pk.tumorAt(t).elementsMgPerG.Au).toBeCloseTo(0.45 * 0.3844 * plasmaMgPerMl, 10);
    expect(pk.tumorExposureAt(t, []).elementsMgPerG.Au).toBeCloseTo(0.45 * 0.3844 * plasmaMgPerMl, 10);
    // plasma AUC = dose/(V_d·k) and tumour AUC = v_e·Φ·dose/(V_d·k)
    const aucP = 54 / (r.distributionVolumeL * 1.4); // mg·h/L
    expect(pk.elements[0].aucPlasma).toBeCloseTo(aucP, 8);
    expect(pk.elements[0].aucTumor).toBeCloseTo((0.45 * 0.3844 * aucP) / 1000, 10);
  });
});

describe('M3.ecf properties', () => {
  const domain = fc.record({
    d: fc.double({ min: 0.1, max: 1000, noNaN: true }),
    body: fc.double({ min: 0.01, max: 0.05, noNaN: true }),
    tumour: fc.double({ min: 0.001, max: 5, noNaN: true }),
  });
  it('finite, shares in [0, 1] summing to 1, a larger particle never distributes more', () => {
    fc.assert(
      fc.property(domain, fc.double({ min: 0, max: 100, noNaN: true }), ({ d, body: b, tumour }, dd) => {
        const a = extracellularDistribution({ hydrodynamicDiameterNm: d, bodyMassKg: b, tumorMassG: tumour });
        const big = extracellularDistribution({ hydrodynamicDiameterNm: d + dd, bodyMassKg: b, tumorMassG: tumour });
        for (const v of [a.partition, a.distributionVolumeL, a.plasmaShare, a.interstitialShare, a.tumourShare]) expect(Number.isFinite(v) && v >= 0).toBe(true);
        expect(a.plasmaShare + a.interstitialShare + a.tumourShare).toBeCloseTo(1, 12);
        expect(big.partition).toBeLessThanOrEqual(a.partition);
        expect(big.distributionVolumeL).toBeLessThanOrEqual(a.distributionVolumeL + 1e-18);
        expect(big.tumourShare).toBeLessThanOrEqual(a.tumourShare + 1e-15);
      }),
    );
  });
  it('concentrations ≥ 0 and mass balance: plasma + interstitial + tumour + eliminated = dose at every t', () => {
    fc.assert(
      fc.property(domain, fc.double({ min: 0.01, max: 5, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 48, noNaN: true }), ({ d, body: b, tumour }, kc, share, t) => {
        const r = extracellularDistribution({ hydrodynamicDiameterNm: d, bodyMassKg: b, tumorMassG: tumour });
        const kt = share * kc;
        const pk = pharmacokinetics({
          route: 'iv', freeDrug: false, carrierExitRatePerH: kc, carrierTumorRatePerH: kt, intratumoralRetention: 0.8, particleDoseMg: 1, particleHighZ: { Au: 1 },
          payloads: [], tumorMassG: tumour, bodyMassKg: b, curves: false, extracellular: { plasmaShare: r.plasmaShare, tumourShare: r.tumourShare },
        });
        const s = pk.stateAt(t);
        const c = pk.tumorAt(t).elementsMgPerG.Au;
        expect(Number.isFinite(c) && c >= 0).toBe(true);
        // central amount Pp = plasma + body interstitial + tumour interstitial (shares sum to 1); the tumour holds its EPR part Tp + share·Pp
        const central = s.particles[0];
        expect(central * (r.plasmaShare + r.interstitialShare + r.tumourShare)).toBeCloseTo(central, 12);
        expect(c * tumour).toBeCloseTo(s.particles[1] + r.tumourShare * central, 10);
        // eliminated = dose − central − EPR-retained ≥ 0 (nothing is created)
        expect(1 - central - s.particles[1]).toBeGreaterThanOrEqual(-1e-12);
      }),
    );
  });
  it('a particle at or above the pore size gives the same PK to the bit as without the mechanism', () => {
    const r = extracellularDistribution({ hydrodynamicDiameterNm: 20, bodyMassKg: body, tumorMassG: mT });
    const base: PkInput = { route: 'iv', freeDrug: false, carrierExitRatePerH: 0.05, carrierTumorRatePerH: 0.0004, intratumoralRetention: 0.8, particleDoseMg: 1, particleHighZ: { Au: 1 }, payloads: [], tumorMassG: mT, bodyMassKg: body };
    const a = pharmacokinetics(base);
    const b = pharmacokinetics({ ...base, extracellular: { plasmaShare: r.plasmaShare, tumourShare: r.tumourShare } });
    expect(b.elements).toEqual(a.elements);
    expect(b.curves).toEqual(a.curves);
    expect(b.tumorAt(24)).toEqual(a.tumorAt(24));
  });
});
