// `f2 <reference.csv> <test.csv>`: the f2 similarity factor (and f1) of two release profiles with its conditions of use
// (shared time points, zero excluded, at most one mean above 85 %, ≥ 3 points; CV limits not checkable from means).
import type { ParsedArgs } from '../args';
import { CliError } from '../errors';
import { readInput } from '../io';
import { assessF2, F2_RULES, parseReleaseCsv, ReleaseCsvError } from '../../model/fitting';

function readProfile(path: string, role: string) {
  const text = readInput(path, `f2 (${role})`);
  try {
    return parseReleaseCsv(text, { minPoints: 1 });
  } catch (e) {
    if (e instanceof ReleaseCsvError) throw new CliError(`${path === '-' ? 'stdin' : path} (${role}): ${e.message}`);
    throw e;
  }
}

export function f2Command(args: ParsedArgs): unknown {
  for (const name of args.flags.keys()) throw new CliError(`--${name}: unknown option for f2 (it takes two CSV files and no options)`);
  if (args.positional.length !== 2) throw new CliError(`f2: expected two release CSV files (reference, test), got ${args.positional.length}`);
  const [a, b] = args.positional;
  if (a === '-' && b === '-') throw new CliError('f2: only one of the two files can be stdin (-)');
  const ref = readProfile(a, 'reference');
  const test = readProfile(b, 'test');
  const why = 'the CSV gives means only';
  const r = assessF2({ t: ref.t, F: ref.F, cvUnknownReason: why }, { t: test.t, F: test.F, cvUnknownReason: why });
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
  };
}
