// `sweep <sweep.json|-> [--shard i/n] [--header|--no-header] [--threads n|auto]` (contract §4): score the cartesian product, CSV on stdout, one row per candidate.
import type { ParsedArgs } from '../args';
import { flagNumber, flagShard, flagString } from '../args';
import { CliError } from '../errors';
import { parseJsonInput, readInput } from '../io';
import { runSweepParallel, sweepThreads } from '../parallel-sweep';
import { sweepWorkerEntry } from '../sweep-worker-id';
import { runSweep } from '../../engine/sweep';
import { planSweep, shardRange } from '../../model/sweep';
import { FORMULATION_FIELDS, isFormulationPath } from '../../schema';

const KNOWN = new Set(['shard', 'header', 'no-header', 'threads']);

/** `--threads n|auto` (default auto): threads in all, 1 = no worker; auto = one per core (≤ 4), none for small sweeps. */
function flagThreads(args: ParsedArgs): number | 'auto' {
  if (flagString(args, 'threads') === 'auto') return 'auto';
  return args.flags.has('threads') ? flagNumber(args, 'threads', { integer: true, min: 1, max: 64 }) : 'auto';
}

/**
 * The header row is printed for the whole sweep and for shard 1 only, so `cat shard-*.csv` is the whole sweep's CSV;
 * `--header` forces it on every shard, `--no-header` drops it.
 */
export async function sweepCommand(args: ParsedArgs): Promise<string> {
  for (const k of args.flags.keys()) if (!KNOWN.has(k)) throw new CliError(`--${k}: unknown option; valid: --shard i/n, --header, --no-header, --threads n|auto`);
  if (args.positional.length > 1) throw new CliError(`${args.positional[1]}: unexpected argument (sweep takes one file)`);
  const file = args.positional[0];
  if (!file) throw new CliError('sweep: missing file argument (a path, or - for standard input)');
  const shard = flagShard(args);
  const threadsRequested = flagThreads(args);
  const text = readInput(file, 'sweep');
  const spec = parseJsonInput(text, file === '-' ? 'stdin' : file);
  // a varied path the schema does not know would be dropped as an unknown key: every row the same, in silence
  const vary = spec !== null && typeof spec === 'object' ? (spec as { vary?: unknown }).vary : undefined;
  if (vary !== null && typeof vary === 'object' && !Array.isArray(vary)) {
    const unknown = Object.keys(vary).filter((k) => !isFormulationPath(k));
    if (unknown.length) {
      const numbers = FORMULATION_FIELDS.filter((f) => f.kind === 'number').map((f) => f.path.replace('*', 'N'));
      throw new CliError(unknown.map((k) => `vary.${k}: not a field of the formulation`).join('; ') + ` (number fields: ${numbers.join(', ')}; or overrides.<parameter id>)`);
    }
  }
  const header = args.flags.has('no-header') ? false : args.flags.has('header') ? true : shard.i === 1;
  // rows of this shard: several threads only when a worker can start (registered entry) and the sweep is large enough
  const plan = planSweep(spec);
  const range = plan.ok ? shardRange(plan.value.total, shard.i, shard.n) : { start: 0, end: 0 };
  const rows = range.end - range.start;
  const workerEntry = sweepWorkerEntry();
  const threads = workerEntry ? sweepThreads(threadsRequested, rows) : 1;
  const r = threads > 1 && workerEntry ? await runSweepParallel(spec, { shard, header, threads, workerEntry }) : runSweep(spec, { shard, header });
  if (!r.ok) throw new CliError(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return r.csv;
}
