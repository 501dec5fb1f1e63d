// Reading the CLI's input files (a path, or - for standard input) with the error contract.
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { CliError } from './errors';
import { getPreset, isPresetId, PRESET_IDS } from '../catalog';
import { parseJsonSafe } from '../share';

/** Deepest nesting the CLI reads (formulations, workspaces and sweep specs need about 10 levels). */
export const MAX_INPUT_DEPTH = 32;

/**
 * Parse an input file's JSON: a byte-order mark dropped, the nesting depth checked before JSON.parse (deeply nested
 * input would otherwise overflow the stack), prototype keys dropped. `name` is the file (or stdin) the message names.
 */
export function parseJsonInput(text: string, name: string): unknown {
  const r = parseJsonSafe(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { maxDepth: MAX_INPUT_DEPTH });
  if (!r.ok) throw new CliError(`${name}: ${r.message.startsWith('nested') ? `JSON ${r.message}` : r.message.replace(/^not valid JSON/, 'invalid JSON')}`);
  return r.value;
}

/**
 * Where a relative path points: `npm run` starts the CLI in the package root, and records the directory the user typed
 * the command in as INIT_CWD, so `npm run --silent cli -- score my.json` reads my.json from there.
 */
export function resolveInputPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  if (isAbsolute(path)) return path;
  const base = env.INIT_CWD;
  return base ? resolve(base, path) : path;
}

export function readInput(path: string | undefined, what = 'input'): string {
  if (!path) throw new CliError(`${what}: missing file argument (a path, or - for standard input)`);
  try {
    return path === '-' ? readFileSync(0, 'utf8') : readFileSync(resolveInputPath(path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? (e as Error).message);
    throw new CliError(`${path}: cannot read (${why})`);
  }
}

/**
 * The formulation document a single-formulation command reads: the --preset's formulation, or the JSON of its one file
 * argument ('-' = standard input). Errors name the option or the file.
 */
export function presetOrFileDocument(command: string, presetId: string | undefined, file: string | undefined): unknown {
  if (presetId !== undefined) {
    if (!isPresetId(presetId)) throw new CliError(`--preset: unknown preset "${presetId}"; valid: ${PRESET_IDS.join(', ')}`);
    if (file !== undefined) throw new CliError(`${file}: give a file or --preset, not both`);
    return getPreset(presetId).formulation;
  }
  if (file === undefined) throw new CliError(`${command}: missing file argument (a path, or - for standard input), or --preset <id>`);
  return parseJsonInput(readInput(file, command), file === '-' ? 'stdin' : file);
}
