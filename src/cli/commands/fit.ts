// `fit <data.csv> [--model <id>|all|expr:<expression>] [--model-file model.json]` (contract §4, extended): fits the empirical
// release models (or the user's own model, typed as an expression in t) to a cumulative-release CSV and prints parameters,
// statistics and the lowest-AIC model.
import type { ParsedArgs } from '../args';
import { flagString } from '../args';
import { CliError } from '../errors';
import { readInput } from '../io';
import { importReleaseCsv, type ImportedCurve } from '../../share/csv/release-import';
import {
  CustomModelError,
  RELEASE_MODELS,
  RELEASE_MODEL_IDS,
  fitCustomModel,
  type CustomModelSpec,
  type CustomReleaseFit,
  ReleaseCsvError,
  fitReleaseModels,
  isReleaseModelId,
  parseReleaseCsv,
  weightsFromSpread,
  type ReleaseData,
  type ReleaseFit,
  type ReleaseModelId,
} from '../../model/fitting';

const KNOWN_FLAGS = new Set(['model', 'model-file', 'weighted']);

/** JSON cannot carry ±Infinity/NaN: report them as null explicitly. */
function finiteOrNull(v: number | null): number | null {
  return v !== null && Number.isFinite(v) ? v : null;
}

function present(f: ReleaseFit | CustomReleaseFit) {
  return {
    model: f.model,
    params: f.params,
    sse: f.sse,
    n: f.n,
    r2: finiteOrNull(f.r2),
    r2adj: finiteOrNull(f.r2adj),
    aic: f.aic,
    msc: finiteOrNull(f.msc),
    se: f.se,
    ci95: f.ci95,
    identifiable: f.identifiable,
    ...(f.identifiabilityNotes.length ? { identifiabilityNotes: f.identifiabilityNotes } : {}),
    residuals: f.residuals,
    times: f.times,
    fittedOn: f.fittedOn,
    perfectFit: f.perfectFit,
    ...('interpretation' in f && f.interpretation ? { interpretation: f.interpretation } : {}),
    ...('expression' in f ? { expression: f.expression } : {}),
    equation: f.equation,
    units: f.units,
    conditionNumber: finiteOrNull(f.conditionNumber),
  };
}

export function fitCommand(args: ParsedArgs): unknown {
  for (const name of args.flags.keys())
    if (!KNOWN_FLAGS.has(name)) throw new CliError(`--${name}: unknown option for fit; valid: --model, --model-file, --weighted`);
  const modelArg = flagString(args, 'model') ?? 'all';
  const modelFile = flagString(args, 'model-file');
  // --weighted takes no value: a word after it is the data file (`fit --weighted data.csv`)
  const w = args.flags.get('weighted');
  const weighted = w !== undefined && !(typeof w === 'string' && /^(false|no|0)$/i.test(w));
  const positional = typeof w === 'string' && !/^(true|yes|1|false|no|0)$/i.test(w) ? [w, ...args.positional] : args.positional;
  let ids: ReleaseModelId[];
  let custom: CustomModelSpec | null = null;
  if (modelArg.startsWith('expr:')) {
    ids = [];
    custom = { expression: modelArg.slice(5) };
  } else if (modelArg === 'all') ids = [...RELEASE_MODEL_IDS];
  else if (isReleaseModelId(modelArg)) ids = [modelArg];
  else throw new CliError(`--model: unknown model "${modelArg}"; valid: ${RELEASE_MODEL_IDS.join(', ')}, all, or expr:<expression in t>`);
  if (modelFile) {
    if (custom) throw new CliError('--model expr:… and --model-file both give a model; use one');
    custom = readModelFile(modelFile);
    if (!args.flags.has('model')) ids = [];
  }

  if (positional.length > 1) throw new CliError(`fit: expected one data file, got ${positional.length} (${positional.join(' ')})`);
  const path = positional[0];
  const text = readInput(path, 'fit');
  const minPoints = Math.max(1, ...ids.map((id) => RELEASE_MODELS[id].keys.length));
  let data;
  try {
    data = parseReleaseCsv(text, { minPoints });
  } catch (e) {
    if (!(e instanceof ReleaseCsvError)) throw e;
    // a lab export the app's Calibrate tab reads (several pH curves, SD/SEM or replicate columns, units rows) is read
    // by the same importer here, one fit per curve (walk10 #3); a two-column file keeps the contract's output exactly
    const wide = /header has \d+ columns?/.test(e.message) ? importReleaseCsv(text, { defaultPH: 5.0 }) : null;
    if (wide && !wide.errors.length && wide.curves.length) return fitCurves(wide.curves, wide.messages, ids, custom, weighted, path);
    const extra = wide?.errors.length ? ` (read as a lab sheet instead: ${wide.errors.slice(0, 3).map((x) => x.message).join('; ')})` : '';
    throw new CliError(`${path === '-' ? 'stdin' : path}: ${e.message}${extra}`);
  }
  if (weighted) throw new CliError('--weighted: a two-column file (time, release) has no error bars to weight by; give SD or SEM columns');
  return fitOne(data, ids, custom, path);
}

/** Every curve of a lab sheet fitted as `fit` fits one: `fits` and `best` are the first curve's (highest pH), `curves` all of them. */
function fitCurves(curves: readonly ImportedCurve[], messages: readonly string[], ids: ReleaseModelId[], custom: CustomModelSpec | null, weighted: boolean, path: string) {
  const out = curves.map((c) => {
    const weights = weighted && c.spread ? weightsFromSpread(c.spread.values) : null;
    if (weighted && !weights) throw new CliError(`--weighted: the pH ${c.pH} curve has no positive SD or SEM to weight by`);
    const data: ReleaseData = { t: c.points.map((p) => p[0]), F: c.points.map((p) => p[1]), ...(weights ? { w: weights } : {}) };
    return { pH: c.pH, weighted: !!weights, ...(fitOne(data, ids, custom, `${path} (pH ${c.pH})`) as { fits: unknown[]; best: string | null; skipped: unknown[] }) };
  });
  const note = curves.some((c) => c.spread) && !weighted ? ['fits are unweighted; --weighted weights each point by 1/SD² (or 1/SEM²) from the sheet'] : [];
  return { fits: out[0].fits, best: out[0].best, skipped: out[0].skipped, curves: out, read: [...messages, ...note] };
}

function fitOne(data: ReleaseData, ids: ReleaseModelId[], custom: CustomModelSpec | null, path: string) {
  const { fits, best, skipped } = ids.length ? fitReleaseModels(data, ids) : { fits: [], best: null, skipped: [] };
  const all: (ReleaseFit | CustomReleaseFit)[] = [...fits];
  let bestId: string | null = best;
  if (custom) {
    let cf: CustomReleaseFit;
    try {
      cf = fitCustomModel(custom, data);
    } catch (e) {
      if (e instanceof CustomModelError) throw new CliError(`custom model: ${e.message}`);
      throw e;
    }
    all.push(cf);
    const bestFit = fits.find((f) => f.model === best);
    if (!bestFit || cf.aic < bestFit.aic) bestId = 'custom';
  }
  if (all.length === 0) throw new CliError(`${path}: ${skipped.map((s) => s.reason).join('; ')}`);
  return { fits: all.map(present), best: bestId, skipped };
}

/** A model file: { "expression": "…", "params": [{ "name", "initial", "lower", "upper" }] }. */
function readModelFile(path: string): CustomModelSpec {
  const text = readInput(path, 'fit --model-file');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new CliError(`${path}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const o = raw as { expression?: unknown; params?: unknown };
  if (!o || typeof o !== 'object' || typeof o.expression !== 'string') throw new CliError(`${path}: expression: a string is required (the model in t)`);
  const params: { name: string; initial?: number; lower?: number; upper?: number }[] = [];
  if (o.params !== undefined) {
    if (!Array.isArray(o.params)) throw new CliError(`${path}: params: an array of { name, initial, lower, upper } is expected`);
    o.params.forEach((p: unknown, i: number) => {
      const q = p as Record<string, unknown>;
      if (!q || typeof q !== 'object' || typeof q.name !== 'string') throw new CliError(`${path}: params.${i}.name: a string is required`);
      for (const k of ['initial', 'lower', 'upper'] as const)
        if (q[k] !== undefined && (typeof q[k] !== 'number' || Number.isNaN(q[k]))) throw new CliError(`${path}: params.${i}.${k}: a number is required`);
      params.push({ name: q.name, initial: q.initial as number | undefined, lower: q.lower as number | undefined, upper: q.upper as number | undefined });
    });
  }
  return { expression: o.expression, params };
}
