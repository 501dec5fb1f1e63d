// `optimize <spec.json|-> [--seed N] [--generations G] [--shard i/n] [--format json|csv]` and `optimize merge <a.json> <b.json> …`: inverse design (NSGA-II) and the merge of island fronts.
import type { ParsedArgs } from '../args';
import { flagNumber, flagShard, flagString } from '../args';
import { CliError } from '../errors';
import { parseJsonInput, readInput } from '../io';
import { frontCsv, mergeResults, optimize, OptimizeSpecError, parseOptimizeResult, OPTIMIZE_LIMITS, type OptimizeResult } from '../../engine/optimize';
import { fieldAt } from '../../schema';

const KNOWN = new Set(['seed', 'generations', 'shard', 'format']);
const MERGE_KNOWN = new Set(['format']);

function format(args: ParsedArgs): 'json' | 'csv' {
  const f = flagString(args, 'format') ?? 'json';
  if (f !== 'json' && f !== 'csv') throw new CliError(`--format: must be json or csv, got ${f}`);
  return f;
}

const out = (r: OptimizeResult, f: 'json' | 'csv') => (f === 'csv' ? frontCsv(r) : JSON.stringify(r, null, 2));

/** 'variables.core.diameterNm.to (Core diameter): …': a spec issue with the label of the field it frees. */
function specIssueLine(path: string, message: string): string {
  const m = /^variables\.(.+?)(\.(from|to|choices|scale)(\.\d+)?)?$/.exec(path);
  const f = m ? fieldAt(m[1]) : undefined;
  return `${path || '(root)'}${f && !message.includes(f.label) ? ` (${f.label})` : ''}: ${message}`;
}

export function optimizeCommand(args: ParsedArgs): string {
  if (args.positional[0] === 'merge') return mergeCommand(args);
  for (const k of args.flags.keys()) if (!KNOWN.has(k)) throw new CliError(`--${k}: unknown option; valid: --seed N, --generations G, --shard i/n, --format json|csv`);
  if (args.positional.length > 1) throw new CliError(`${args.positional[1]}: unexpected argument (optimize takes one spec file; "optimize merge a.json b.json …" merges fronts)`);
  const file = args.positional[0];
  if (!file) throw new CliError('optimize: missing spec file argument (a path, or - for standard input)');
  const f = format(args);
  const shard = flagShard(args);
  const seedText = flagString(args, 'seed');
  const seed = seedText === undefined ? undefined : flagNumber(args, 'seed', { integer: true });
  const generations = args.flags.has('generations') ? flagNumber(args, 'generations', { integer: true, min: 0, max: OPTIMIZE_LIMITS.generations }) : undefined;
  const spec = parseJsonInput(readInput(file, 'optimize'), file === '-' ? 'stdin' : file);
  try {
    return out(optimize(spec, { shard, seed, generations }), f);
  } catch (e) {
    if (e instanceof OptimizeSpecError) throw new CliError(e.issues.map((i) => specIssueLine(i.path, i.message)).join('; '));
    throw e;
  }
}

function mergeCommand(args: ParsedArgs): string {
  for (const k of args.flags.keys()) if (!MERGE_KNOWN.has(k)) throw new CliError(`--${k}: unknown option; valid: --format json|csv`);
  const files = args.positional.slice(1);
  if (!files.length) throw new CliError('optimize merge: needs one or more result files (from optimize … --shard i/n)');
  const f = format(args);
  const results = files.map((file) => {
    const r = parseOptimizeResult(parseJsonInput(readInput(file, 'optimize merge'), file === '-' ? 'stdin' : file), file);
    if (!r.ok) throw new CliError(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    return r.value;
  });
  const m = mergeResults(results);
  if (!m.ok) throw new CliError(m.issues.map((i) => `${files[Number(i.path.split('.')[0]) - 1] ?? ''}: ${i.message}`).join('; '));
  return out(m.value, f);
}
