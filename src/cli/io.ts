// Reading the CLI's input files (a path, or - for standard input) with the error contract.
import { readFileSync } from 'node:fs';
import { CliError } from './errors';

export function readInput(path: string | undefined, what = 'input'): string {
  if (!path) throw new CliError(`${what}: missing file argument (a path, or - for standard input)`);
  try {
    return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
