// The validation dashboard's checks are the suite's checks: every V1–V9 computed by validationChecks() must pass; plus the helpers.
import { describe, expect, it } from 'vitest';
import { createRng } from '../model/rng';
import { PRESET_IDS } from '../catalog';
import { invariantViolations, inRange, isPhResponsive, randomFormulation, validationChecks, withinRel, VALIDATION_CHECKS } from './validation';
import { presetScores, scoreDraft } from './score';

const checks = validationChecks();

describe('validationChecks (the same function the app dashboard runs)', () => {
  it('returns V1…V9 in order, each with a target, tolerance, value and parts', () => {
    expect(checks.map((c) => c.id)).toEqual(['V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V8', 'V9']);
    expect(VALIDATION_CHECKS.map((c) => c.id)).toEqual(checks.map((c) => c.id));
    for (const c of checks) {
      expect(c.title.length).toBeGreaterThan(5);
      expect(c.target.length).toBeGreaterThan(5);
      expect(c.tolerance.length).toBeGreaterThan(0);
      expect(c.parts.length).toBeGreaterThan(0);
      expect(c.pass).toBe(c.parts.every((p) => p.pass));
    }
  });
  it.each(['V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V8', 'V9'])('%s passes', (id) => {
    const c = checks.find((x) => x.id === id)!;
    const failing = c.parts.filter((p) => !p.pass).map((p) => `${p.label} = ${p.value} (target ${p.target})`);
    expect(failing, `${c.id} ${c.title}: ${c.detail}`).toEqual([]);
    expect(c.pass).toBe(true);
  });
  it('is deterministic (same values on a second run)', () => {
    const again = validationChecks();
    expect(again.map((c) => [c.id, c.value, c.pass])).toEqual(checks.map((c) => [c.id, c.value, c.pass]));
  });
});

describe('check helpers (hand values)', () => {
  it('withinRel and inRange', () => {
    expect(withinRel(1.7563 * 1.0049, 1.7563, 0.005)).toBe(true);
    expect(withinRel(1.7563 * 1.0051, 1.7563, 0.005)).toBe(false);
    expect(withinRel(null, 1, 0.1)).toBe(false);
    expect(withinRel(Number.NaN, 1, 0.1)).toBe(false);
    expect(inRange(80, 80, 100)).toBe(true);
    expect(inRange(100.0001, 80, 100)).toBe(false);
  });
});

describe('V8 invariant detector catches what it should', () => {
  const base = presetScores('izb-ccm');
  const mutate = (f: (s: typeof base) => void) => {
    const s = structuredClone(base);
    f(s);
    return invariantViolations(s);
  };
  it('accepts the real IZB@CCM scores', () => {
    expect(invariantViolations(base)).toEqual([]);
  });
  it('flags NaN, a fraction above 1, a decreasing curve and a pH inversion', () => {
    expect(mutate((s) => (s.targeting.circulationHalfLifeH = Number.NaN)).join()).toMatch(/non-finite targeting.circulationHalfLifeH/);
    expect(mutate((s) => (s.radiosensitization.hypoxicFraction = 1.2)).join()).toMatch(/hypoxicFraction/);
    expect(
      mutate((s) => {
        const pts = s.release.curves[0].points;
        pts[5] = [pts[5][0], pts[4][1] - 0.01];
      }).join(),
    ).toMatch(/decreases/);
    expect(
      mutate((s) => {
        const c74 = s.release.curves.find((c) => c.pH === 7.4)!;
        const c50 = s.release.curves.find((c) => c.pH === 5)!;
        c74.points = c50.points.map(([t, F]) => [t, Math.min(1, F + 0.01)]);
      }).join(),
    ).toMatch(/not faster at lower pH/);
  });
  it('pH-responsive carriers: ZIF-8 and LNP are, gold is not', () => {
    expect(isPhResponsive('zif-8')).toBe(true);
    expect(isPhResponsive('lnp')).toBe(true);
    expect(isPhResponsive('gold')).toBe(false);
  });
  it('random formulations are valid contract §1 input (the schema accepts nearly all of them)', () => {
    const rng = createRng('schema-acceptance');
    let ok = 0;
    for (let i = 0; i < 40; i++) if (scoreDraft(randomFormulation(rng)).ok) ok++;
    expect(ok).toBeGreaterThanOrEqual(32);
  });
});

describe('presets against V5–V7 directly (independent of the check plumbing)', () => {
  it('every preset id scores', () => {
    for (const id of PRESET_IDS) expect(() => presetScores(id)).not.toThrow();
  });
});
