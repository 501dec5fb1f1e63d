// `f2 <reference.csv> <test.csv> [--samples N] [--seed S]`: the f2 similarity factor (and f1) of two release profiles with
// its conditions of use; when both files give one column per unit (vessel), the CV limits are checked from the units and
// the bootstrap f2 with its 90 % confidence interval is added (similar when the lower bound is ≥ 50).
import { flagNumber, type ParsedArgs } from '../args';
import { CliError } from '../errors';
import { readInput } from '../io';
import { assessF2, bootstrapF2, BootstrapF2Error, F2_RULES, parseReleaseProfileCsv, ReleaseCsvError } from '../../model/fitting';

const OPTIONS = new Set(['samples', 'seed']);

function readProfile(path: string, role: string) {
  const text = readInput(path, `f2 (${role})`);
  try {
    return parseReleaseProfileCsv(text);
  } catch (e) {
    if (e instanceof ReleaseCsvError) throw new CliError(`${path === '-' ? 'stdin' : path} (${role}): ${e.message}`);
    throw e;
  }
}

export function f2Command(args: ParsedArgs): unknown {
  for (const name of args.flags.keys()) if (!OPTIONS.has(name)) throw new CliError(`--${name}: unknown option for f2 (it takes two CSV files and --samples, --seed for the bootstrap)`);
  if (args.positional.length !== 2) throw new CliError(`f2: expected two release CSV files (reference, test), got ${args.positional.length}`);
  const [a, b] = args.positional;
  if (a === '-' && b === '-') throw new CliError('f2: only one of the two files can be stdin (-)');
  const samples = flagNumber(args, 'samples', { default: 5000, min: 200, max: 100_000, integer: true });
  const seed = flagNumber(args, 'seed', { default: 1, integer: true });
  const ref = readProfile(a, 'reference');
  const test = readProfile(b, 'test');
  const why = 'the CSV gives means only';
  const r = assessF2({ t: ref.t, F: ref.F, sd: ref.sd, cvUnknownReason: why }, { t: test.t, F: test.F, sd: test.sd, cvUnknownReason: why });
  let bootstrap: unknown = null;
  if (ref.units && test.units) {
    try {
      const bs = bootstrapF2({ t: ref.t, units: ref.units }, { t: test.t, units: test.units }, { samples, seed });
      bootstrap = {
        f2: bs.f2, ci90: bs.ci, lowerBoundAtLeast50: bs.similar, mean: bs.bootstrapMean, median: bs.bootstrapMedian,
        samples: bs.samples, seed: bs.seed, unitsReference: bs.unitsReference, unitsTest: bs.unitsTest, times: bs.times, notes: bs.notes,
      };
    } catch (e) {
      if (e instanceof BootstrapF2Error) bootstrap = { error: e.message };
      else throw e;
    }
  } else if (args.flags.has('samples') || args.flags.has('seed')) {
    throw new CliError('--samples/--seed: the bootstrap needs one column per unit (vessel) in both files (time, unit 1, unit 2, …)');
  }
  const read = (p: typeof ref) => ({ timeUnit: p.timeUnit, units: p.unitNames ?? [], skippedAsSummaries: p.skipped, notes: p.notes });
  return {
    f2: r.f2,
    f1: r.f1,
    n: r.n,
    times: r.times,
    applicable: r.applicable,
    similar: r.similar,
    reasons: r.reasons,
    notes: r.notes,
    rules: { minPoints: F2_RULES.minPoints, plateauPct: F2_RULES.plateauPct, cvFirstPct: F2_RULES.cvFirstPct, cvLaterPct: F2_RULES.cvLaterPct, similarF2: F2_RULES.similarF2 },
    ...(bootstrap !== null ? { bootstrap } : {}),
    // what was read from each file: its time unit (times above are in hours), the unit columns and the summary columns skipped
    read: { reference: read(ref), test: read(test) },
  };
}
