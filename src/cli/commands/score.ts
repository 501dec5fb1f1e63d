// `score <file.json|-> [--preset <id>] [--uncertainty <draws>] [--seed <n>]` (contract §4): Scores JSON for a formulation, an array for a workspace.
import type { ParsedArgs } from '../args';
import { flagNumber, flagString } from '../args';
import { CliError, issueLine } from '../errors';
import { presetOrFileDocument } from '../io';
import { LIMITS } from '../../schema';
import { CATALOG_LOOKUP, FormulationError, isRecord, scoreFormulation, uncertainty, type EngineScores } from '../../engine';
import { invitroOfCompleted } from '../../engine/invitro';

const KNOWN = new Set(['preset', 'uncertainty', 'seed']);

/** Formulation errors → one line 'path: reason; path: reason'. */
function scoreOne(doc: unknown, draws: number, seed: number, where = ''): EngineScores & { uncertainty?: unknown; invitro?: unknown } {
  // the engine also accepts JSON text; here the file is already parsed, so a string is a wrong value, not more JSON
  if (!isRecord(doc)) throw new CliError(`${where ? where.slice(0, -1) : '(root)'}: expected a formulation object (got ${doc === null ? 'null' : Array.isArray(doc) ? 'an array' : typeof doc})`);
  try {
    // the CLI is a boundary where users' input enters: the schema's strict read (overrides range-checked by name)
    const s: EngineScores & { uncertainty?: unknown; invitro?: unknown } = scoreFormulation(doc, {}, {});
    // scenario.setting 'in-vitro' (issue #26): the plate experiment beside the in-vivo scores (an added key)
    const f = s.formulation;
    if (f.scenario.setting === 'in-vitro') {
      const { explanations: _e, ...iv } = invitroOfCompleted(f, CATALOG_LOOKUP);
      s.invitro = iv;
    }
    if (draws > 0) {
      const u = uncertainty(s.formulation, { draws, seed });
      s.uncertainty = { draws: u.draws, seed: u.seed, failures: u.failures, bands: u.bands, sensitivity: u.sensitivity };
    }
    return s;
  } catch (e) {
    if (e instanceof FormulationError) throw new CliError(e.issues.map((i) => issueLine(i, where)).join('; '));
    if (e instanceof Error) throw new CliError(`${where || 'formulation'}: ${e.message}`);
    throw e;
  }
}

export function scoreCommand(args: ParsedArgs): unknown {
  for (const k of args.flags.keys()) if (!KNOWN.has(k)) throw new CliError(`--${k}: unknown option; valid: --preset, --uncertainty, --seed`);
  const presetId = flagString(args, 'preset');
  const draws = flagNumber(args, 'uncertainty', { default: 0, min: 0, max: 100000, integer: true });
  const seed = flagNumber(args, 'seed', { default: 1, integer: true });
  if (args.positional.length > 1) throw new CliError(`${args.positional[1]}: unexpected argument (score takes one file)`);
  // a preset is a formulation (never a workspace), so it takes the single-formulation path below
  const doc = presetOrFileDocument('score', presetId, args.positional[0]);
  const isWorkspace = Array.isArray(doc) || (isRecord(doc) && (Array.isArray(doc.formulations) || (typeof doc.schema === 'string' && doc.schema.startsWith('nanoplatform.workspace/'))));
  if (!isWorkspace) return scoreOne(doc, draws, seed);
  const list = Array.isArray(doc) ? doc : (doc as Record<string, unknown>).formulations;
  if (!Array.isArray(list)) throw new CliError('formulations: required list of formulations');
  if (list.length === 0) throw new CliError('formulations: the workspace has no formulations');
  const prefix = Array.isArray(doc) ? '' : 'formulations.';
  // the same limit as the app, links and files
  if (list.length > LIMITS.formulations) throw new CliError(`${prefix ? 'formulations' : '(root)'}: at most ${LIMITS.formulations} formulations (got ${list.length})`);
  return list.map((f, i) => scoreOne(f, draws, seed, `${prefix}${i}.`));
}
