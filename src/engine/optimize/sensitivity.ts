// Which design variables matter near a chosen candidate: normalised central finite differences (numbers) and one-at-a-time switches (choices), scored through the engine.
import type { DesignProblem } from './problem';

export interface VariableEffect {
  path: string;
  label: string;
  kind: 'number' | 'choice';
  /**
   * Per objective (spec order): the change of the objective, in units of its spread over the front (`scales`),
   * per full searched range of the variable (numbers: central difference of ±`step` of the range, one-sided at a
   * bound), or the largest signed change when the choice is switched to another allowed value (choices). Null when a
   * neighbour does not score (the schema refuses it, or the output does not apply).
   */
  effects: (number | null)[];
  /** The largest |effect| over the objectives (the bar length). */
  magnitude: number;
  /** Choices: the alternative that changed the objectives most. */
  strongestChoice?: string | boolean;
}

/**
 * Local sensitivity of the objectives at genome `x`. `scales[k]`: objective k's spread over the front (or any
 * positive scale; 0 or non-finite → |value at x|, else 1). `step`: half-width of the central difference as a fraction
 * of the searched range (default 0.05; log-scale fields in log space). Sorted by magnitude, largest first.
 */
export function localSensitivity(problem: DesignProblem, x: readonly number[], scales: readonly number[], step = 0.05): VariableEffect[] {
  const objs = problem.spec.objectives;
  const at = problem.evaluate(x);
  const val = (e: ReturnType<DesignProblem['evaluate']>, k: number) => (e.formulation ? e.values[objs[k].output] : null);
  const scale = (k: number) => {
    const s = scales[k];
    if (Number.isFinite(s) && s > 0) return s;
    const v = Math.abs(val(at, k) ?? 0);
    return v > 0 ? v : 1;
  };
  const out: VariableEffect[] = problem.spec.variables.map((v, i) => {
    const g = problem.genes[i];
    if (g.kind === 'real') {
      const span = g.hi - g.lo;
      const up = x.slice();
      const down = x.slice();
      up[i] = Math.min(g.hi, x[i] + step * span);
      down[i] = Math.max(g.lo, x[i] - step * span);
      const eu = problem.evaluate(up);
      const ed = problem.evaluate(down);
      const width = (up[i] - down[i]) / span;
      const effects = objs.map((_, k) => {
        const a = val(eu, k);
        const b = val(ed, k);
        return a === null || b === null || !(width > 0) ? null : (a - b) / width / scale(k);
      });
      return { path: v.path, label: v.field.label, kind: 'number' as const, effects, magnitude: Math.max(0, ...effects.map((e) => Math.abs(e ?? 0))) };
    }
    let best: { effects: (number | null)[]; magnitude: number; choice?: string | boolean } = { effects: objs.map(() => null), magnitude: 0 };
    const choices = v.kind === 'choice' ? v.choices : [];
    for (let c = 0; c < g.n; c++) {
      if (c === x[i]) continue;
      const alt = x.slice();
      alt[i] = c;
      const e = problem.evaluate(alt);
      const effects = objs.map((_, k) => {
        const a = val(e, k);
        const b = val(at, k);
        return a === null || b === null ? null : (a - b) / scale(k);
      });
      const magnitude = Math.max(0, ...effects.map((d) => Math.abs(d ?? 0)));
      if (magnitude > best.magnitude || best.choice === undefined) best = { effects, magnitude, choice: choices[c] };
    }
    return { path: v.path, label: v.field.label, kind: 'choice' as const, effects: best.effects, magnitude: best.magnitude, strongestChoice: best.choice };
  });
  return out.sort((a, b) => b.magnitude - a.magnitude);
}

/** Each objective's spread (max − min) over a front's values: the scales of localSensitivity. */
export function frontScales(objectives: readonly { output: string }[], front: readonly { values: Record<string, number | null> }[]): number[] {
  return objectives.map((o) => {
    const vs = front.map((p) => p.values[o.output]).filter((v): v is number => v !== null && Number.isFinite(v));
    return vs.length ? Math.max(...vs) - Math.min(...vs) : 0;
  });
}
