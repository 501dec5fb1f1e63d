// The CLI's command table: each command lives in src/cli/commands/<name>.ts and is registered here.
import type { ParsedArgs } from './args';

export const commands: Record<string, (args: ParsedArgs) => unknown | Promise<unknown>> = {};
