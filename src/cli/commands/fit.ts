// `fit <data.csv> [--model <id>|all]` (contract §4): fits the empirical release models to a cumulative-release CSV and prints parameters, statistics and the lowest-AIC model.
import type { ParsedArgs } from '../args';
import { flagString } from '../args';
import { CliError } from '../errors';
import { readInput } from '../io';
import {
  RELEASE_MODELS,
  RELEASE_MODEL_IDS,
  ReleaseCsvError,
  fitReleaseModels,
  isReleaseModelId,
  parseReleaseCsv,
  type ReleaseFit,
  type ReleaseModelId,
} from '../../model/fitting';

const KNOWN_FLAGS = new Set(['model']);

/** JSON cannot carry ±Infinity/NaN: report them as null explicitly. */
function finiteOrNull(v: number | null): number | null {
  return v !== null && Number.isFinite(v) ? v : null;
}

function present(f: ReleaseFit) {
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
    ...(f.interpretation ? { interpretation: f.interpretation } : {}),
    equation: f.equation,
    units: f.units,
    conditionNumber: finiteOrNull(f.conditionNumber),
  };
}

export function fitCommand(args: ParsedArgs): unknown {
  for (const name of args.flags.keys())
    if (!KNOWN_FLAGS.has(name)) throw new CliError(`--${name}: unknown option for fit; valid: --model`);
  if (args.positional.length > 1) throw new CliError(`fit: expected one data file, got ${args.positional.length} (${args.positional.join(' ')})`);
  const modelArg = flagString(args, 'model') ?? 'all';
  let ids: ReleaseModelId[];
  if (modelArg === 'all') ids = [...RELEASE_MODEL_IDS];
  else if (isReleaseModelId(modelArg)) ids = [modelArg];
  else throw new CliError(`--model: unknown model "${modelArg}"; valid: ${RELEASE_MODEL_IDS.join(', ')}, all`);

  const path = args.positional[0];
  const text = readInput(path, 'fit');
  const minPoints = Math.max(...ids.map((id) => RELEASE_MODELS[id].keys.length));
  let data;
  try {
    data = parseReleaseCsv(text, { minPoints });
  } catch (e) {
    if (e instanceof ReleaseCsvError) throw new CliError(`${path === '-' ? 'stdin' : path}: ${e.message}`);
    throw e;
  }
  const { fits, best, skipped } = fitReleaseModels(data, ids);
  if (fits.length === 0) throw new CliError(`${path}: ${skipped.map((s) => s.reason).join('; ')}`);
  return { fits: fits.map(present), best, skipped };
}
