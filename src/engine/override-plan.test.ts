// scoreWithPlan (Monte Carlo draws: one key plan, many value sets) must give exactly what scoreCompleted gives for the
// same overrides: entity paths, radiobiology keys, non-finite values (ignored for entities), fixed user overrides, and
// the fall-backs (a formulation with its own overrides or release calibrations).
import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS } from '../catalog';
import { createRng } from '../model/rng';
import { drawOverrides, drawSamples } from '../model/uncertainty';
import { completeFormulation } from '../schema';
import { CATALOG_LOOKUP } from './catalog-lookup';
import { overridePlan, scoreWithPlan } from './override-plan';
import { scoreCompleted } from './score';
import type { CompletedFormulation } from './types';
import { outputsOf, uncertainParams } from './uncertainty';

const completed = (id: (typeof PRESET_IDS)[number]) => completeFormulation(PRESETS[id].formulation);

describe('scoreWithPlan', () => {
  it('equals scoreCompleted for sampled draws of every preset (lean and full), key plan from the first draw', () => {
    for (const id of PRESET_IDS) {
      const f = completed(id);
      const params = uncertainParams(f, CATALOG_LOOKUP);
      const samples = drawSamples(params, 4, id);
      const plan = overridePlan(drawOverrides(params, samples[0]));
      for (const lean of [true, false]) {
        for (const row of samples) {
          const o = drawOverrides(params, row);
          expect(scoreWithPlan(f, CATALOG_LOOKUP, { lean }, o, plan), id).toEqual(scoreCompleted(f, CATALOG_LOOKUP, { lean, overrides: drawOverrides(params, row) }));
        }
      }
    }
  });

  it('outputs-only draws (no t50, no warning texts) give the same Monte Carlo outputs as full lean scoring', () => {
    for (const id of PRESET_IDS) {
      const f = completed(id);
      const params = uncertainParams(f, CATALOG_LOOKUP);
      const samples = drawSamples(params, 3, `${id}/outputs`);
      const plan = overridePlan(drawOverrides(params, samples[0]));
      for (const row of samples) {
        const quick = scoreWithPlan(f, CATALOG_LOOKUP, { lean: true }, drawOverrides(params, row), plan, true);
        expect(outputsOf(quick), id).toEqual(outputsOf(scoreCompleted(f, CATALOG_LOOKUP, { lean: true, overrides: drawOverrides(params, row) })));
        expect(quick.warnings).toEqual([]);
      }
    }
  });

  it('non-finite values, unknown keys and radiobiology keys are read as scoreCompleted reads them', () => {
    const f = completed('izb-ccm');
    const rng = createRng(5);
    const keys = ['core.release.vRefNmPerH', 'agent.in10018.freeHalfLifeH', 'membrane.hela.prolongationVsRbc', 'radiobiology.hypoxicFraction', 'localEffect.mRefPg', 'targeting.uMax', 'core.nope.x', 'unknown'];
    const plan = overridePlan(Object.fromEntries(keys.map((k) => [k, 1])));
    for (let d = 0; d < 20; d++) {
      const o: Record<string, number> = {};
      for (const k of keys) o[k] = rng.next() < 0.2 ? NaN : 0.2 + rng.next();
      o['radiobiology.hypoxicFraction'] = Math.min(1, o['radiobiology.hypoxicFraction']);
      if (!Number.isFinite(o['radiobiology.hypoxicFraction'])) o['radiobiology.hypoxicFraction'] = 0.3;
      let a: unknown;
      let b: unknown;
      try {
        a = scoreWithPlan(f, CATALOG_LOOKUP, { lean: true }, o, plan);
      } catch (e) {
        a = String(e);
      }
      try {
        b = scoreCompleted(f, CATALOG_LOOKUP, { lean: true, overrides: { ...o } });
      } catch (e) {
        b = String(e);
      }
      expect(a).toEqual(b);
    }
  });

  it('falls back to scoreCompleted for a formulation with its own overrides or release calibrations', () => {
    const base = completed('doxil');
    const o = { 'targeting.uMax': 4, 'core.release.kdPerH': 0.01 };
    const plan = overridePlan(o);
    const own: CompletedFormulation = { ...base, overrides: { 'targeting.uMax': 2, 'geometry.eta': 0.5 } };
    expect(scoreWithPlan(own, CATALOG_LOOKUP, {}, o, plan)).toEqual(scoreCompleted(own, CATALOG_LOOKUP, { overrides: o }));
    const cal: CompletedFormulation = { ...base, calibrations: { release: [{ core: base.core.material, params: { vRefNmPerH: 2 } }] } };
    expect(scoreWithPlan(cal, CATALOG_LOOKUP, {}, o, plan)).toEqual(scoreCompleted(cal, CATALOG_LOOKUP, { overrides: o }));
  });
});
