// `presets` (contract §4): the catalog's reference formulations as [{ id, name, summary }].
import type { ParsedArgs } from '../args';
import { CliError } from '../errors';
import { PRESET_LIST } from '../../catalog';

export function presetsCommand(args: ParsedArgs): unknown {
  if (args.positional.length) throw new CliError(`${args.positional[0]}: unexpected argument (presets takes none)`);
  for (const k of args.flags.keys()) throw new CliError(`--${k}: unknown option (presets takes none)`);
  return PRESET_LIST.map(({ id, name, summary }) => ({ id, name, summary }));
}
