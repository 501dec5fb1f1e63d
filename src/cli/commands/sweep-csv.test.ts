// `cli sweep` CSV through the one writer: formula-like text neutralised (also for ; and tab consumers), numbers byte-identical.
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../engine/sweep';
import { csvRecords } from '../../model/csv';
import { parseCsv } from '../../model/sweep';

const sweep = (vary: Record<string, unknown>) => {
  const r = runSweep({ base: { core: { material: 'zif-8' } }, vary });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.csv;
};

describe('sweep CSV cells', () => {
  it('text starting with = + - @ gets an apostrophe; a cell with ; or tab is quoted so it stays one cell', () => {
    const csv = sweep({ name: ['=1+1', '+cmd', '-2+3', '@SUM(A1)', 'x;=1+1', 'a\tb', 'ZIF-8 plain'] });
    const names = parseCsv(csv).slice(1).map((r) => r[0]);
    expect(names).toEqual(["'=1+1", "'+cmd", "'-2+3", "'@SUM(A1)", 'x;=1+1', 'a\tb', 'ZIF-8 plain']);
    // a consumer that splits on semicolons or tabs still sees the quoted cell whole
    // a consumer that splits on semicolons or tabs never sees a cell that starts a formula
    for (const sep of [';', '\t'] as const) for (const row of csvRecords(csv, sep)) for (const cell of row) expect(cell).not.toMatch(/^[=+@]|^-[^0-9]/);
    expect(csv.split('\n').some((l) => l.startsWith('"x;=1+1",'))).toBe(true);
    expect(csv.split('\n').some((l) => l.startsWith('"a\tb",'))).toBe(true);
  });

  it('numbers, negative ones included, are written exactly as JavaScript writes them', () => {
    const csv = sweep({ 'core.diameterNm': [-5, 0.1, 120, 1e-7] });
    const rows = parseCsv(csv).slice(1);
    expect(rows.map((r) => r[0])).toEqual(['-5', '0.1', '120', '1e-7']);
    for (const r of rows) for (const cell of r.slice(1, -1)) expect(cell === '' || String(Number(cell)) === cell).toBe(true);
  });
});
