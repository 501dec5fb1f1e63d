// Command-line entry (contract §4): dispatches to command modules; JSON/CSV on stdout, errors as one line on stderr with exit 2.
import { CliError } from './errors';
import { parseArgs, type ParsedArgs } from './args';
import { commands } from './registry';

export type CommandHandler = (args: ParsedArgs) => unknown | Promise<unknown>;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(`usage: npm run --silent cli -- <command> ...\ncommands: ${Object.keys(commands).sort().join(', ')}\n`);
    return name ? 0 : 2;
  }
  const handler = commands[name];
  if (!handler) {
    process.stderr.write(`command: unknown command "${name}"; valid: ${Object.keys(commands).sort().join(', ')}\n`);
    return 2;
  }
  try {
    const out = await handler(parseArgs(rest));
    const text = typeof out === 'string' ? out : JSON.stringify(out, null, 2);
    process.stdout.write(text.endsWith('\n') ? text : text + '\n');
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(e.message.replace(/\s*\n\s*/g, '; ') + '\n');
      return 2;
    }
    process.stderr.write(`internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
