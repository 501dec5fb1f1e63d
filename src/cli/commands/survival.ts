// `survival --alpha <Gy^-1> --beta <Gy^-2> [--def <n>] [--dose <Gy>] [--fractions <n>]` (contract §4): LQ survival, SF2, D10, BED, EQD2.
import type { ParsedArgs } from '../args';
import { flagNumber } from '../args';
import { CliError } from '../errors';
import { lqSchedule } from '../../model/radiobiology';

const KNOWN_FLAGS = new Set(['alpha', 'beta', 'def', 'dose', 'fractions']);

export function survivalCommand(args: ParsedArgs): unknown {
  for (const k of args.flags.keys()) if (!KNOWN_FLAGS.has(k)) throw new CliError(`--${k}: unknown option; valid: ${[...KNOWN_FLAGS].map((f) => `--${f}`).join(', ')}`);
  if (args.positional.length) throw new CliError(`${args.positional[0]}: unexpected argument (survival takes only options)`);
  const alpha = flagNumber(args, 'alpha', { required: true, min: 0, exclusiveMin: true });
  const beta = flagNumber(args, 'beta', { required: true, min: 0, exclusiveMin: true });
  const def = flagNumber(args, 'def', { default: 1, min: 0, exclusiveMin: true });
  const dose = flagNumber(args, 'dose', { default: 2, min: 0 });
  const fractions = flagNumber(args, 'fractions', { default: 25, min: 1, integer: true });
  const r = lqSchedule({ alphaPerGy: alpha, betaPerGy2: beta, def, doseGy: dose, fractions });
  return {
    sf2: r.sf2,
    d10Gy: r.d10Gy,
    survival: r.survival,
    bedGy: r.bedGy,
    eqd2Gy: r.eqd2Gy,
    alphaBetaGy: alpha / beta,
    def,
    doseGy: dose,
    fractions,
    effectiveDoseGy: r.effectiveDoseGy,
  };
}
