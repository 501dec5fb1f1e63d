// `fit-survival <data.csv>` (contract §4): LQ fit (−ln S = αD + βD², no intercept) of clonogenic survival data.
import type { ParsedArgs } from '../args';
import { CliError } from '../errors';
import { readInput } from '../io';
import { fitSurvival, parseSurvivalCsv, SurvivalDataError } from '../../model/radiobiology';

export function fitSurvivalCommand(args: ParsedArgs): unknown {
  for (const k of args.flags.keys()) throw new CliError(`--${k}: unknown option (fit-survival takes only a CSV path)`);
  if (args.positional.length > 1) throw new CliError(`${args.positional[1]}: unexpected extra argument (fit-survival takes one CSV path)`);
  const path = args.positional[0];
  const text = readInput(path, 'data.csv');
  try {
    const fit = fitSurvival(parseSurvivalCsv(text));
    return {
      alpha: fit.alpha,
      beta: fit.beta,
      alphaSE: fit.alphaSE,
      betaSE: fit.betaSE,
      r2: fit.r2,
      n: fit.n,
      sse: fit.sse,
      alphaBetaGy: fit.alphaBetaGy,
      warnings: fit.warnings,
    };
  } catch (e) {
    if (e instanceof SurvivalDataError) throw new CliError(`${path}: ${e.message}`);
    throw e;
  }
}
