// `validate`: formats, argument errors, and the CLI table/CSV built from the same rows as the UI (tableRows).
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../args';
import { CliError } from '../errors';
import { TABLE_COLUMNS, evaluateCorpus, tableRows, type CorpusReport } from '../../validation';
import { validateCommand } from './validate';

const run = (...a: string[]) => validateCommand(parseArgs(a));

describe('validate command', () => {
  it('json by default: results, summary and worst misses', () => {
    const r = run() as CorpusReport;
    expect(r.results.length).toBeGreaterThan(40);
    expect(r.summary.map((s) => s.kind)).toEqual(['release', 'loading', 'size', 'pk', 'radiosensitization', 'clonogenic', 'clinical']);
  });
  it('--kind filters the records and the summary', () => {
    const r = run('--kind', 'clonogenic') as CorpusReport;
    expect(r.results.every((x) => x.kind === 'clonogenic')).toBe(true);
    expect(r.summary).toHaveLength(1);
  });
  it('CSV rows equal the UI data function (tableRows), cell for cell', () => {
    const csv = run('--format', 'csv') as string;
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(TABLE_COLUMNS.join(','));
    const rows = tableRows(evaluateCorpus());
    expect(lines.length - 1).toBe(rows.length);
    // rows without quotes compare directly; quoted cells are unquoted first
    const parse = (line: string) => {
      const out: string[] = [];
      let cur = '';
      let q = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (q) {
          if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') q = false; else cur += c;
        } else if (c === '"') q = true;
        else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
      }
      out.push(cur);
      return out;
    };
    rows.forEach((row, i) => expect(parse(lines[i + 1])).toEqual(TABLE_COLUMNS.map((c) => row[c])));
  });
  it('table lists every record id of the kind', () => {
    const t = run('--format', 'table', '--kind', 'radiosensitization') as string;
    for (const r of tableRows(evaluateCorpus({ kind: 'radiosensitization' }))) expect(t).toContain(r.id);
  });
  it('bad arguments are CliErrors naming the flag (exit 2)', () => {
    expect(() => run('--kind', 'nope')).toThrow(CliError);
    expect(() => run('--format', 'xml')).toThrow(/--format/);
    expect(() => run('--bogus', '1')).toThrow(/--bogus/);
    expect(() => run('extra')).toThrow(/unexpected argument/);
  });
});
