// The user's own release model (measurements.releaseModel) in files and links: round trips, canonical form, a bad
// expression or parameter named by its field path (nothing decoded, the workspace left alone), designs without it unchanged.
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog';
import { parseFormulation, parseWorkspace, type Workspace } from '../schema';
import { exportWorkspaceJson, importWorkspaceJson, reportModel } from './files';
import { decodeLink, encodeLink } from './link';

const izb = () => structuredClone(PRESETS['izb-ccm'].formulation) as unknown as Record<string, unknown>;
const ws = (formulations: unknown[]) => ({ schema: 'nanoplatform.workspace/1', formulations });
const MODEL = { expression: 'Fmax * (1 - exp(-(k*t)^b))', params: [{ name: 'Fmax', initial: 90, lower: 0, upper: 110 }, { name: 'k', initial: 0.1, lower: 0 }, { name: 'b', lower: 0.1, upper: 5 }] };
const CURVE = { pH: 5, points: [[0, 0], [1, 20], [4, 52], [24, 88]] };
const withModel = (releaseModel: unknown, release: unknown[] = [CURVE]) => ws([{ ...izb(), measurements: { release, releaseModel } }]);
const modelOf = (w: Workspace) => (w.formulations[0] as { measurements?: { releaseModel?: unknown } }).measurements?.releaseModel;
const mustParse = (doc: unknown): Workspace => {
  const r = parseWorkspace(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('measurements.releaseModel', () => {
  it('JSON file → import and link → decode give back the same model, expression trimmed, bounds exactly as typed', () => {
    const w = mustParse(withModel({ ...MODEL, expression: `  ${MODEL.expression} `, params: [...MODEL.params, { name: 'b', lower: 0.1, upper: 5 }].slice(0, 3) }));
    expect(modelOf(w)).toEqual(MODEL);
    const file = importWorkspaceJson(exportWorkspaceJson(w), 'w.json');
    expect(file.ok && modelOf(file.workspace)).toEqual(MODEL);
    const link = decodeLink(encodeLink(w));
    if (!link.ok) throw new Error(link.error.message);
    expect(modelOf(link.workspace)).toEqual(MODEL);
    // canonical: a fixed point
    expect(encodeLink(link.workspace)).toBe(encodeLink(w));
    // close bounds survive (no rounding that would merge them)
    const tight = mustParse(withModel({ expression: 'k*t', params: [{ name: 'k', lower: 1.0000001, upper: 1.0000002 }] }));
    const back = decodeLink(encodeLink(tight));
    expect(back.ok && modelOf(back.workspace)).toEqual({ expression: 'k*t', params: [{ name: 'k', lower: 1.0000001, upper: 1.0000002 }] });
  });

  it('a model with no measured curves is kept on its own; a design without it links exactly as before', () => {
    const w = mustParse(ws([{ ...izb(), measurements: { releaseModel: { expression: 'k*t' } } }]));
    expect(modelOf(w)).toEqual({ expression: 'k*t' });
    const plain = mustParse(ws([izb()]));
    const empty = mustParse(ws([{ ...izb(), measurements: {} }]));
    expect(encodeLink(empty)).toBe(encodeLink(plain));
  });

  it('a bad expression or parameter is refused naming the field and the position', () => {
    const issues = (releaseModel: unknown) => {
      const r = parseFormulation({ ...izb(), measurements: { releaseModel } });
      if (r.ok) throw new Error('accepted');
      return r.issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(issues({ expression: 'k*t + foo(t)' })).toEqual(['measurements.releaseModel.expression: unknown function "foo" at position 7; allowed: exp, log, log10, sqrt, abs, tanh, min, max, pow']);
    expect(issues({ expression: '100*t' })[0]).toMatch(/^measurements\.releaseModel\.expression: the model has no parameters/);
    expect(issues({ expression: 'k*t', params: [{ name: 'q' }] })).toEqual(['measurements.releaseModel.params.0.name: "q" is not a parameter of the model (its parameters: k)']);
    expect(issues({ expression: 'k*t', params: [{ name: 'k', lower: 3, upper: 1 }] })[0]).toMatch(/^measurements\.releaseModel\.params\.0\.upper: k: the upper bound must be above the lower bound/);
    expect(issues({ expression: 'k*t', params: [{ name: 'k; drop', lower: 0 }] })[0]).toMatch(/^measurements\.releaseModel\.params\.0\.name: parameter names start with a letter/);
    expect(issues({ expression: 42 })[0]).toMatch(/^measurements\.releaseModel\.expression: /);
    expect(issues({ expression: 'k*t+'.repeat(130) + 'k' })[0]).toMatch(/^measurements\.releaseModel\.expression: must be at most 500 characters/);
  });

  it('a link carrying a bad model is refused with the field path (the receiving workspace is not touched: nothing decoded)', () => {
    const body = JSON.stringify(withModel({ expression: 'Fmax*(1-exp(-k*t)) + import(t)' }));
    const r = decodeLink('#w=' + LZString.compressToEncodedURIComponent(body));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid');
      expect(r.error.message).toBe('formulations.0.measurements.releaseModel.expression: unknown function "import" at position 22; allowed: exp, log, log10, sqrt, abs, tanh, min, max, pow');
    }
    const file = importWorkspaceJson(body, 'bad.json');
    expect(file.ok).toBe(false);
    if (!file.ok) expect(JSON.stringify(file)).toContain('formulations.0.measurements.releaseModel.expression');
  });

  it('a grammar error the lexical gate leaves to the full one: the link opens with the design and data kept, and compiling names the problem', async () => {
    const w = mustParse(withModel({ expression: 'Fmax*(1-exp(-k*t)) +' }));
    expect(modelOf(w)).toEqual({ expression: 'Fmax*(1-exp(-k*t)) +' });
    const { checkModelExpression } = await import('../model/fitting/expression-syntax');
    const r = checkModelExpression('Fmax*(1-exp(-k*t)) +');
    expect(!r.ok && r.problem.message).toMatch(/^the model ends too early at position 21/);
  });

  it('the printable report names the model and its bounds', () => {
    const w = mustParse(withModel(MODEL));
    const rows = reportModel(w, [null]).candidates[0].inputs;
    expect(rows.find((r) => r.label === 'Own release model')?.value).toBe('F(t) = Fmax * (1 - exp(-(k*t)^b)) (Fmax: 0 … 110, start 90; k: 0 … ∞, start 0.1; b: 0.1 … 5)');
  });
});
