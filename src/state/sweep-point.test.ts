// A sweep point opened as a candidate (Explore's click) is the formulation the sweep scored: the candidate's scores,
// through the app's own evaluation, equal the sweep's row exactly — also where membrane fractions are renormalised.
import { describe, expect, it } from 'vitest';
import { planSweep } from '../model/sweep';
import { scoreCandidate, sweepPointFormulation, sweepResults } from '../engine';
import { useStore } from './store';
import { evaluateCandidate } from './evaluate';

type Obj = Record<string, unknown>;

function openAsCandidate(base: Obj, paths: string[], values: unknown[]) {
  // exactly what Explore's makeCandidate does
  const { id: _id, ...rest } = sweepPointFormulation(base, paths, values) as Obj;
  const id = useStore.getState().addCandidate(rest, 'sweep point');
  return useStore.getState().candidates.find((c) => c.id === id)!;
}

function baseOf(draft: Obj): Obj {
  const id = useStore.getState().addCandidate(draft, 'base');
  const ev = evaluateCandidate(useStore.getState().candidates.find((c) => c.id === id)!);
  if (ev.status !== 'ok') throw new Error(`base does not score: ${JSON.stringify(ev)}`);
  return ev.formulation as Obj;
}

function expectSameAsSweep(base: Obj, vary: Obj) {
  const p = planSweep({ base, vary });
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  const plan = p.value;
  const paths = plan.axes.map((a) => a.path);
  let scored = 0;
  for (let k = 0; k < plan.total; k++) {
    const o = scoreCandidate(plan, k);
    const ev = evaluateCandidate(openAsCandidate(base, paths, o.values));
    if (o.results === null) {
      expect(ev.status, `point ${JSON.stringify(o.values)}: ${o.error}`).toBe('invalid');
      continue;
    }
    expect(ev.status, `point ${JSON.stringify(o.values)}`).toBe('ok');
    if (ev.status === 'ok') expect(sweepResults(ev.scores)).toEqual(o.results);
    scored++;
  }
  return scored;
}

describe('Explore: a sweep point opened as a candidate scores exactly as in the sweep', () => {
  const izb = () => structuredClone(useStore.getState().candidates[0].draft) as Obj;

  it('one membrane fraction and the core diameter (IZB@CCM, two membranes)', () => {
    const n = expectSameAsSweep(baseOf(izb()), {
      'coating.membranes.0.fraction': { from: 0.05, to: 1, steps: 4 },
      'core.diameterNm': { from: 20, to: 300, steps: 3, scale: 'log' },
    });
    expect(n).toBe(12);
  });

  it('two fraction axes of a three-membrane coat (renormalised by their sum; a 0 % membrane dropped)', () => {
    const d = izb();
    d.coating = { membranes: [{ source: 'hela', fraction: 0.5 }, { source: 'caf-cervical', fraction: 0.3 }, { source: 'rbc', fraction: 0.2 }], membraneToCoreMassRatio: 1, peg: false };
    const n = expectSameAsSweep(baseOf(d), {
      'coating.membranes.0.fraction': [0.1, 0.6, 1],
      'coating.membranes.2.fraction': [0, 0.4],
      'scenario.doseMgPerKg': [5, 20],
    });
    expect(n).toBe(12);
  });
});
