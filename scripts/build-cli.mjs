// Bundles the command line (src/cli/main.ts) with esbuild into ESM: the entry dist-cli/cli.mjs (the `nanoplatform` bin, run with plain `node`) and the chunks it imports per command, dist-cli/chunks/.
import { build } from 'esbuild';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--outfile');
const outfile = outArg > 0 ? resolve(process.argv[outArg + 1]) : resolve(root, 'dist-cli/cli.mjs');
const metafile = process.argv.includes('--meta');

const outdir = dirname(outfile);
// the chunks of an earlier build (content-hashed names) would pile up
await rm(resolve(outdir, 'chunks'), { recursive: true, force: true });

const result = await build({
  entryPoints: { [basename(outfile, extname(outfile))]: resolve(root, 'src/cli/main.ts') },
  outdir,
  outExtension: { '.js': extname(outfile) || '.mjs' },
  // each command's module is a dynamic import (src/cli/registry.ts): code shared by several commands goes to common
  // chunks, so a command parses and initialises only what it uses (a sweep: no mathjs, fitter, corpus or optimizer)
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // engines: ^20.19 || >=22.12
  target: 'node20.19',
  // whitespace and syntax minified (smaller file, faster parse at every start); names kept so messages that name a
  // class or function read as in the development path (`npm run cli`, tsx)
  minify: !process.argv.includes("--no-minify"),
  keepNames: true,
  legalComments: 'none',
  banner: {
    js: [
      '#!/usr/bin/env node',
      '// Nanoplatform Designer command line, bundled from src/cli by scripts/build-cli.mjs (MIT; third-party notices in LICENSE).',
      // CommonJS dependencies bundled into ESM may call require() for Node built-ins
      "import { createRequire as __npdCreateRequire } from 'node:module'; const require = __npdCreateRequire(import.meta.url);",
    ].join('\n'),
  },
  metafile,
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
if (metafile) {
  await mkdir(resolve(root, 'bench-results'), { recursive: true });
  await writeFile(resolve(root, 'bench-results/cli-meta.json'), JSON.stringify(result.metafile));
}
console.log(`built ${outfile.startsWith(root) ? outfile.slice(root.length + 1) : outfile}`);
