// Reading the CLI's input files (a path, or - for standard input) with the error contract.
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { CliError } from './errors';

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
