// Command-line entry (contract §4): dispatches to command modules; JSON/CSV on stdout, errors as one line on stderr with exit 2.
// every element's NIST table (the app's start-up carries only the catalog's elements)
import '../model/physics/elements-all';
import { CliError } from './cli-error';
import { parseArgs } from './args';
import { commands, generalUsage, isCommand, USAGE } from './registry';
import { isSweepWorker, setSweepWorkerEntry } from './sweep-worker-id';

function isHelp(a: string | undefined): boolean {
  return a === '--help' || a === '-h' || a === 'help';
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    // an error like any other: nothing on stdout, one line on stderr
    process.stderr.write(`command: missing; valid: ${Object.keys(commands).sort().join(', ')} (--help for usage)\n`);
    return 2;
  }
  if (isHelp(name)) {
    process.stdout.write(generalUsage() + '\n');
    return 0;
  }
  if (!isCommand(name)) {
    process.stderr.write(`command: unknown command "${name}"; valid: ${Object.keys(commands).sort().join(', ')}\n`);
    return 2;
  }
  if (rest.some(isHelp)) {
    process.stdout.write(`usage: npm run --silent cli -- ${USAGE[name]}\n`);
    return 0;
  }
  try {
    const handler = await commands[name]();
    const out = await handler(parseArgs(rest));
    const text = typeof out === 'string' ? out : JSON.stringify(out, null, 2);
    process.stdout.write(text === '' || text.endsWith('\n') ? text : text + '\n');
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(e.message.replace(/\s*\n\s*/g, '; ') + '\n');
      return 2;
    }
    // a bug, still reported on one line (the stack only with NPD_DEBUG=1)
    const msg = process.env.NPD_DEBUG ? ((e as Error)?.stack ?? String(e)) : e instanceof Error ? e.message : String(e);
    process.stderr.write(`internal error: ${msg.replace(/\s*\n\s*/g, '; ')}\n`);
    return 2;
  }
}

if (isSweepWorker()) void import('./parallel-sweep').then((m) => m.runSweepWorker());
else {
  // a large sweep's worker threads run this same module (the bundle, or this file under tsx)
  setSweepWorkerEntry(new URL(import.meta.url));
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
