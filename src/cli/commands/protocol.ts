// `protocol <file.json|-> | --preset <id> --batch-mg <mg> [--solvent water|methanol] [--format json|md|csv]`: the bench sheet of a formulation (issue #20).
import type { ParsedArgs } from '../args';
import { flagNumber, flagString } from '../args';
import { CliError, issueLine } from '../errors';
import { presetOrFileDocument } from '../io';
import { FormulationError, isRecord, scoreFormulation, type EngineScores as Scores } from '../../engine';
import { PROTOCOL_COLUMNS, ProtocolError, protocolMarkdown, protocolRows, protocolSheet } from '../../engine/protocol';
import { csvText } from '../../model/csv';

const KNOWN = new Set(['preset', 'batch-mg', 'solvent', 'format']);
const FORMATS = ['json', 'md', 'csv'] as const;
const SOLVENTS = ['water', 'methanol'] as const;

function score(doc: unknown): Scores {
  if (!isRecord(doc)) throw new CliError(`(root): expected a formulation object (got ${doc === null ? 'null' : Array.isArray(doc) ? 'an array' : typeof doc})`);
  try {
    return scoreFormulation(doc, {}, {});
  } catch (e) {
    if (e instanceof FormulationError) throw new CliError(e.issues.map((i) => issueLine(i, '')).join('; '));
    throw e;
  }
}

export function protocolCommand(args: ParsedArgs): unknown {
  for (const k of args.flags.keys()) if (!KNOWN.has(k)) throw new CliError(`--${k}: unknown option; valid: --preset, --batch-mg, --solvent, --format`);
  const batchMg = flagNumber(args, 'batch-mg', { default: 10, min: 0, exclusiveMin: true, max: 1e6 });
  const format = flagString(args, 'format') ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
  const solvent = flagString(args, 'solvent') ?? 'water';
  if (!(SOLVENTS as readonly string[]).includes(solvent)) throw new CliError(`--solvent: "${solvent}" is not one of ${SOLVENTS.join(', ')}`);
  const presetId = flagString(args, 'preset');
  const file = args.positional[0];
  if (args.positional.length > 1) throw new CliError(`${args.positional[1]}: unexpected argument (protocol takes one file)`);
  const scores: Scores = score(presetOrFileDocument('protocol', presetId, file));
  let sheet;
  try {
    sheet = protocolSheet(scores, { batchMg, solvent: solvent as (typeof SOLVENTS)[number] });
  } catch (e) {
    if (e instanceof ProtocolError) throw new CliError(e.message);
    throw e;
  }
  if (format === 'md') return protocolMarkdown(sheet);
  if (format === 'csv') return csvText([PROTOCOL_COLUMNS, ...protocolRows(sheet).map((r) => PROTOCOL_COLUMNS.map((c) => r[c]))], { eol: '\n' });
  return sheet;
}
