// docs/formats.md's field table is the registry's (regenerate with `npx tsx scripts/gen-docs.ts`), with a row per field.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FORMULATION_FIELDS } from '../schema';
import { fieldsMarkdown, withFieldsTable } from './field-table';

const DOC = resolve(__dirname, '../../docs/formats.md');

describe('docs/formats.md field table', () => {
  it('is what the field registry generates now (otherwise run `npx tsx scripts/gen-docs.ts`)', () => {
    const committed = readFileSync(DOC, 'utf8');
    expect(committed).toBe(withFieldsTable(committed));
  });

  it('has one row per registered field', () => {
    const md = fieldsMarkdown();
    for (const f of FORMULATION_FIELDS) expect(md).toContain(`| \`${f.path.replace(/\.\*\./g, '[].')}\` | ${f.label} |`);
  });
});
