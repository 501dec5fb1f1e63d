// `dose-enhancement --element <Sym> --mg-per-g <n> --beam <beam> [--tissue water|soft-tissue]` (contract §4): macroscopic DEF.
import type { ParsedArgs } from '../args';
import { flagNumber, flagString } from '../args';
import { CliError } from '../errors';
import { doseEnhancementFactor, getBeam, normalizeElementSymbol, type TissueId } from '../../model/physics';

const KNOWN_FLAGS = new Set(['element', 'mg-per-g', 'beam', 'tissue']);

export function doseEnhancementCommand(args: ParsedArgs): unknown {
  for (const k of args.flags.keys()) if (!KNOWN_FLAGS.has(k)) throw new CliError(`--${k}: unknown option; valid: ${[...KNOWN_FLAGS].map((f) => `--${f}`).join(', ')}`);
  if (args.positional.length) throw new CliError(`${args.positional[0]}: unexpected argument (dose-enhancement takes only options)`);
  const elRaw = flagString(args, 'element', true);
  const element = normalizeElementSymbol(elRaw);
  if (!element) throw new CliError(`--element: unknown element "${elRaw}"; use a chemical symbol H…U (Z 1–92)`);
  const mgPerG = flagNumber(args, 'mg-per-g', { required: true, min: 0, max: 1000 });
  const beamId = flagString(args, 'beam', true);
  try {
    getBeam(beamId);
  } catch (e) {
    throw new CliError(`--beam: ${(e as Error).message}`);
  }
  const tissue = flagString(args, 'tissue') ?? 'water';
  if (tissue !== 'water' && tissue !== 'soft-tissue') throw new CliError(`--tissue: "${tissue}" is not valid; use water or soft-tissue`);
  const r = doseEnhancementFactor({ elements: { [element]: mgPerG }, beam: beamId, tissue: tissue as TissueId });
  const pe = r.perElement[0];
  return {
    doseEnhancementFactor: r.def,
    element,
    mgPerG,
    beam: r.beam,
    tissue,
    meanEnergyMeV: r.meanEnergyMeV,
    energyFluenceMeanEnergyMeV: r.energyFluenceMeanEnergyMeV,
    muEnRatio: pe.muEnRatio,
    mgPerGFor1Pct: pe.mgPerGFor1Pct,
    explanation: r.explanation,
  };
}
