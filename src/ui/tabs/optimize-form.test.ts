// The Optimize tab's form: its spec parses, survives a link round trip into the form, and a front point opened as the tab opens it (the app's own store and evaluation) scores exactly as reported.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../catalog';
import { resolveFormulation } from '../../engine';
import { optimize, outputValue, parseOptimizeSpec } from '../../engine/optimize';
import { useStore } from '../../state/store';
import { evaluateCandidate } from '../../state/evaluate';
import { defaultForm, formOfSpec, specOf, variableOptions } from './optimize-form';

const base = resolveFormulation(PRESETS['izb-ccm'].formulation);

describe('Optimize form', () => {
  it('the default form is a valid spec: the design defaults freed, three objectives, a size window', () => {
    const form = defaultForm(base);
    const spec = specOf(base, form, variableOptions(base));
    const p = parseOptimizeSpec(spec);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.value.variables.map((v) => v.path)).toEqual(['core.diameterNm', 'payloads.0.feedMassRatio', 'payloads.1.feedMassRatio', 'coating.membranes.0.fraction', 'coating.membranes.1.fraction', 'coating.membraneToCoreMassRatio', 'coating.peg']);
    // every offered option, freed alone with its default range, is a valid variable
    for (const o of variableOptions(base)) {
      const one = { ...form, variables: { [o.path]: { on: true, from: o.from, to: o.to } } };
      const r = parseOptimizeSpec(specOf(base, one, variableOptions(base)));
      const okAlone = r.ok || (o.path.includes('membranes') && o.path.endsWith('fraction'));
      expect(okAlone, `${o.path}: ${r.ok ? '' : r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`).toBe(true);
    }
  });

  it('a spec read back into the form gives the same spec', () => {
    const form = { ...defaultForm(base), population: 12, seed: 7, robust: true, draws: 32 };
    form.variables = { ...form.variables, 'core.material': { on: true }, 'core.diameterNm': { on: true, from: 40, to: 150 } };
    const spec = specOf(base, form, variableOptions(base));
    expect(specOf(base, formOfSpec(spec, base), variableOptions(base))).toEqual(spec);
  });

  it('outcome settings go into the spec only when an objective or limit is an outcome output, and read back into the form', () => {
    const plain = specOf(base, defaultForm(base), variableOptions(base));
    expect('outcome' in plain).toBe(false);
    const form = { ...defaultForm(base), objectives: [{ output: 'outcome.localControlGain', direction: 'max' as const }], outcome: { schedule: 'ebrt45-hdr6x5', cisplatin: false, localControlWeight: 3 } };
    const spec = specOf(base, form, variableOptions(base));
    // the weight is sent only with the ranking value
    expect(spec.outcome).toEqual({ schedule: 'ebrt45-hdr6x5', cisplatin: false });
    expect(parseOptimizeSpec(spec).ok).toBe(true);
    const ranked = { ...form, constraints: [{ output: 'ranking.withLocalControl', min: 40 }] };
    const spec2 = specOf(base, ranked, variableOptions(base));
    expect(spec2.outcome).toEqual({ schedule: 'ebrt45-hdr6x5', cisplatin: false, localControlWeight: 3 });
    expect(specOf(base, formOfSpec(spec2, base), variableOptions(base))).toEqual(spec2);
  });

  it('a front point opened in the builder (the store, the app evaluation) scores to the reported values', () => {
    const spec = { ...specOf(base, { ...defaultForm(base), population: 8, generations: 3 }, variableOptions(base)) };
    const r = optimize(spec);
    expect(r.front.length).toBeGreaterThan(0);
    for (const p of r.front) {
      const { id: _id, ...rest } = p.formulation as typeof p.formulation & { id?: string };
      const id = useStore.getState().addCandidate(rest, 'optimum');
      const ev = evaluateCandidate(useStore.getState().candidates.find((c) => c.id === id)!);
      expect(ev.status).toBe('ok');
      if (ev.status !== 'ok') continue;
      for (const [k, v] of Object.entries(p.values)) expect(outputValue(ev.scores, k)).toBe(v);
    }
  });
});
