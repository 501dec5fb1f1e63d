// `link encode <file.json|->` → the URL fragment (#w= / #f=); `link decode <fragment|->` → the workspace JSON (contract §4). Errors: CliError (exit 2).
import type { ParsedArgs } from '../args';
import { CliError } from '../errors';
import { parseJsonInput, readInput } from '../io';
import { decodeLink, encodeLinkResult, importWorkspaceJson, MAX_FRAGMENT_CHARS } from '../../share';

const USAGE = 'link: usage: link encode <file.json|-> | link decode <fragment|->';

export function linkCommand(args: ParsedArgs): string | unknown {
  const [sub, arg, ...extra] = args.positional;
  if (args.flags.size) throw new CliError(`link: unknown option --${[...args.flags.keys()][0]}`);
  if (extra.length) throw new CliError(`link: unexpected argument "${extra[0]}"`);
  switch (sub) {
    case 'encode': {
      if (!arg) throw new CliError('link encode: missing file argument (a path, or - for standard input)');
      const text = readInput(arg, 'link encode');
      const name = arg === '-' ? 'stdin' : arg;
      const imported = importWorkspaceJson(text, name);
      if (!imported.ok) throw new CliError(imported.message);
      // encode the document as given (a formulation file gives #f=, a workspace #w=)
      const doc = parseJsonInput(text, name);
      const r = encodeLinkResult(doc);
      if (!r.ok) throw new CliError(r.error.message);
      return r.fragment;
    }
    case 'decode': {
      if (!arg) throw new CliError('link decode: missing fragment argument (#w=…, #f=…, a URL, or - for standard input)');
      const fragment = arg === '-' ? readInput('-', 'link decode').slice(0, MAX_FRAGMENT_CHARS * 4).trim() : arg;
      const r = decodeLink(fragment);
      if (!r.ok) throw new CliError(r.error.message);
      return r.workspace;
    }
    case undefined:
      throw new CliError(USAGE);
    default:
      throw new CliError(`link: unknown subcommand "${sub}"; valid: encode, decode`);
  }
}
