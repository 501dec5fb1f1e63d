// Writes docs/model/parameters.md from the catalog and the model's ParamSets (run: npx tsx scripts/gen-docs.ts).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parametersMarkdown } from '../src/library/param-tables';

const out = resolve('docs/model/parameters.md');
writeFileSync(out, parametersMarkdown());
console.log(`wrote ${out}`);
