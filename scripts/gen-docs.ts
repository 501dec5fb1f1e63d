// Writes docs/model/parameters.md from the catalog and the model's ParamSets, and the field table of docs/formats.md from
// the schema's field registry, and the corpus's record count in docs/user-guide.md (run: npx tsx scripts/gen-docs.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parametersMarkdown } from '../src/library/param-tables';
import { withFieldsTable } from '../src/library/field-table';
import { withCorpusCount } from '../src/library/corpus-count';

const out = resolve('docs/model/parameters.md');
writeFileSync(out, parametersMarkdown());
console.log(`wrote ${out}`);

const formats = resolve('docs/formats.md');
writeFileSync(formats, withFieldsTable(readFileSync(formats, 'utf8')));
console.log(`wrote the field table of ${formats}`);

const guide = resolve('docs/user-guide.md');
writeFileSync(guide, withCorpusCount(readFileSync(guide, 'utf8')));
console.log(`wrote the corpus count of ${guide}`);
