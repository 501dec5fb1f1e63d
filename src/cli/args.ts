// Tiny argument reader for the CLI: positional arguments and --flag value pairs, with typed, validated getters.
import { CliError } from './cli-error';
import { parseShard } from '../model/sweep';
import { parseNumberText } from '../share/parse-number';

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      if (eq > 0) {
        flags.set(a.slice(2, eq), a.slice(eq + 1));
      } else {
        const next = argv[i + 1];
        if (next !== undefined && !(next.startsWith('--') && next.length > 2)) {
          flags.set(a.slice(2), next);
          i++;
        } else {
          flags.set(a.slice(2), true);
        }
      }
    } else {
      positional.push(a);
    }
  }
  return { positional, flags };
}

/** A string flag; throws CliError when required and missing. */
export function flagString(args: ParsedArgs, name: string, required: true): string;
export function flagString(args: ParsedArgs, name: string, required?: false): string | undefined;
export function flagString(args: ParsedArgs, name: string, required = false): string | undefined {
  const v = args.flags.get(name);
  if (v === undefined) {
    if (required) throw new CliError(`--${name}: required`);
    return undefined;
  }
  if (v === true) throw new CliError(`--${name}: needs a value`);
  return v;
}

/** A finite number flag with optional bounds; throws CliError naming the flag and the reason. */
export function flagNumber(
  args: ParsedArgs,
  name: string,
  opts: { required?: boolean; default?: number; min?: number; max?: number; exclusiveMin?: boolean; integer?: boolean } = {},
): number {
  const raw = flagString(args, name, false);
  if (raw === undefined) {
    if (opts.default !== undefined) return opts.default;
    if (opts.required) throw new CliError(`--${name}: required`);
    return NaN;
  }
  // the app's number reader (walk9 #30): "12,5" is 12.5 as in the app's fields; "1,000" is refused as ambiguous, with the reason
  // (what JavaScript's Number reads, e.g. "5.", stays accepted)
  const read = parseNumberText(raw);
  const v = read.kind === 'number' ? read.value : raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(v)) throw new CliError(read.kind === 'invalid' || read.kind === 'ambiguous' ? `--${name}: ${read.message}` : `--${name}: "${raw}" is not a finite number`);
  if (opts.integer && !Number.isInteger(v)) throw new CliError(`--${name}: must be a whole number, got ${raw}`);
  if (opts.min !== undefined) {
    if (opts.exclusiveMin ? v <= opts.min : v < opts.min)
      throw new CliError(`--${name}: must be ${opts.exclusiveMin ? '>' : '≥'} ${opts.min}, got ${raw}`);
  }
  if (opts.max !== undefined && v > opts.max) throw new CliError(`--${name}: must be ≤ ${opts.max}, got ${raw}`);
  return v;
}

/** `--shard i/n` (sweep, optimize): slice i of n, 1-based; { i: 1, n: 1 } without the flag. Errors name the flag. */
export function flagShard(args: ParsedArgs): { i: number; n: number } {
  const s = flagString(args, 'shard');
  if (s === undefined) return { i: 1, n: 1 };
  try {
    return parseShard(s);
  } catch (e) {
    throw new CliError(`--shard: ${(e as Error).message}`);
  }
}
