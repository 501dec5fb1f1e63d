// `outcome <file.json|-|--preset ID> [--schedule …] [--no-cisplatin] [--uncertainty <draws>] [--seed <n>] [--no-curves]` (#16 §3): local control and recurrence of control vs candidate on a clinical schedule, as JSON.
import type { ParsedArgs } from '../args';
import { flagNumber, flagString } from '../args';
import { CliError, issueLine } from '../errors';
import { presetOrFileDocument } from '../io';
import { CATALOG_LOOKUP, isRecord } from '../../engine';
import { OUTCOME_OUTPUTS, outcomeCompleted, outcomeUncertaintyCompleted, resolveSchedule } from '../../engine/outcome';
import { parseFormulation } from '../../schema';

const KNOWN = new Set(['preset', 'schedule', 'cisplatin', 'no-cisplatin', 'uncertainty', 'seed', 'curves', 'no-curves']);

function flagBool(args: ParsedArgs, on: string, off: string, dflt: boolean): boolean {
  const a = args.flags.has(on);
  const b = args.flags.has(off);
  if (a && b) throw new CliError(`--${on}, --${off}: give one of them`);
  for (const [name, has] of [[on, a], [off, b]] as const) {
    const v = args.flags.get(name);
    if (has && v !== true && v !== undefined) throw new CliError(`--${name}: takes no value (got "${String(v)}")`);
  }
  return a ? true : b ? false : dflt;
}

export function outcomeCommand(args: ParsedArgs): unknown {
  for (const k of args.flags.keys()) if (!KNOWN.has(k)) throw new CliError(`--${k}: unknown option; valid: ${[...KNOWN].map((f) => `--${f}`).join(', ')}`);
  const presetId = flagString(args, 'preset');
  const scheduleText = flagString(args, 'schedule');
  const draws = flagNumber(args, 'uncertainty', { default: 0, min: 0, max: 100000, integer: true });
  const seed = flagNumber(args, 'seed', { default: 1, integer: true });
  const cisplatin = flagBool(args, 'cisplatin', 'no-cisplatin', true);
  const curves = flagBool(args, 'curves', 'no-curves', true);
  if (args.positional.length > 1) throw new CliError(`${args.positional[1]}: unexpected argument (outcome takes one file)`);
  let schedule;
  try {
    schedule = resolveSchedule(scheduleText);
  } catch (e) {
    throw new CliError(`--schedule: ${e instanceof Error ? e.message : String(e)}`);
  }
  const file = args.positional[0];
  const doc = presetOrFileDocument('outcome', presetId, file);
  if (!isRecord(doc)) throw new CliError(`(root): expected a formulation object (got ${doc === null ? 'null' : Array.isArray(doc) ? 'an array' : typeof doc})`);
  // a boundary where users' input enters: the schema's strict read (overrides range-checked by name)
  const parsed = parseFormulation(doc, {});
  if (!parsed.ok) throw new CliError(parsed.issues.map((i) => issueLine(i, '')).join('; '));
  const f = parsed.value;
  try {
    const report: Record<string, unknown> = { ...outcomeCompleted(f, CATALOG_LOOKUP, { schedule, cisplatin, curves }) };
    if (draws > 0) {
      const u = outcomeUncertaintyCompleted(f, CATALOG_LOOKUP, { schedule, cisplatin, draws, seed });
      const bands: Record<string, unknown> = {};
      for (const k of OUTCOME_OUTPUTS) bands[k] = u.bands[k];
      report.uncertainty = { draws: u.draws, seed: u.seed, failures: u.failures, bands, sensitivity: Object.fromEntries(OUTCOME_OUTPUTS.map((k) => [k, (u.sensitivity[k] ?? []).slice(0, 8)])) };
    }
    return report;
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(`outcome: ${e.message}`);
    throw e;
  }
}
