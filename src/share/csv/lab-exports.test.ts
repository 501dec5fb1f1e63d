// Every real-world lab export shape in tests/fixtures/lab-exports is read to the table its manifest expects (curves,
// error bars, messages) or refused with the expected message: no fixture is misread in silence.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importReleaseCsv, planReleaseImport } from './release-import';

const DIR = resolve(__dirname, '../../../tests/fixtures/lab-exports');

interface Entry {
  file: string;
  what: string;
  curves?: { pH: number; points: [number, number][]; spread?: { kind: 'sd' | 'sem'; values: number[] } }[];
  messages?: string[];
  refuse?: string;
  /** The unit the preview shows for each column (null: none). */
  units?: (string | null)[];
}

const manifest = JSON.parse(readFileSync(resolve(DIR, 'manifest.json'), 'utf8')) as { fixtures: Entry[] };

describe('lab-export fixtures', () => {
  it('every file in the folder has a manifest entry and every entry a file', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'manifest.json').sort();
    expect(manifest.fixtures.map((e) => e.file).sort()).toEqual(files);
  });

  for (const e of manifest.fixtures) {
    it(`${e.file}: ${e.what}`, () => {
      const r = importReleaseCsv(readFileSync(resolve(DIR, e.file), 'utf8'));
      if (e.refuse !== undefined) {
        expect(r.curves).toEqual([]);
        expect(r.errors.map((x) => x.message).join('\n')).toContain(e.refuse);
        return;
      }
      expect(r.errors).toEqual([]);
      expect(r.curves.map((c) => ({ pH: c.pH, points: c.points, ...(c.spread ? { spread: c.spread } : {}) }))).toEqual(e.curves);
      const text = r.messages.join('\n');
      for (const m of e.messages ?? []) expect(text).toContain(m);
      if (e.units) expect(r.plan?.columns.map((c) => c.unit)).toEqual(e.units);
      // nothing is read in silence: every non-blank header is either used or named as ignored
      const used = new Set((r.plan?.columns ?? []).filter((c) => c.role.role !== 'ignore').map((c) => c.header));
      for (const c of r.plan?.columns ?? []) if (c.header !== '' && !used.has(c.header)) expect(text).toContain(`("${c.header}")`);
    });
  }
});

describe('release importer: re-mapping and edge cases', () => {
  it('a column with data but no header is named as ignored, never read', () => {
    const r = importReleaseCsv('time (h),pH 5.0,\n0,0,7\n1,10,8\n');
    expect(r.errors).toEqual([]);
    expect(r.curves).toEqual([{ pH: 5, points: [[0, 0], [1, 10]] }]);
    expect(r.messages.join('\n')).toContain('Ignored (not read as data): column 3 (no header)');
  });

  it('the user re-maps a column: roles and scale chosen in the preview decide what is stored', async () => {
    const { planReleaseImport, applyReleasePlan } = await import('./release-import');
    const p = planReleaseImport('foo,bar,baz\n0,0,0.1\n60,0.25,0.2\n120,0.5,0.3\n');
    if (!p.ok) throw new Error(p.message);
    expect(applyReleasePlan(p.table, p.plan, p.dataStart).errors[0].message).toMatch(/no time column/);
    const columns = p.plan.columns.map((c, i) => ({ ...c, role: [{ role: 'time', unit: 'min' }, { role: 'mean', pH: 6.5 }, { role: 'sem', of: 1 }][i] as typeof c.role }));
    const r = applyReleasePlan(p.table, { ...p.plan, columns, scale: 'fraction' }, p.dataStart);
    expect(r.errors).toEqual([]);
    expect(r.curves).toEqual([{ pH: 6.5, points: [[0, 0], [1, 25], [2, 50]], spread: { kind: 'sem', values: [10, 20, 30] } }]);
  });

  it('walk8: raw replicates beside the mean and SD the sheet computed → the file\'s own Mean ± SD is used, the replicates set aside (said per column)', () => {
    const rows = '0;0,00;0,00;0,00;0,00;0,00\r\n30;10,49;11,34;9,49;10,44;0,93\r\n60;18,03;19,18;18,15;18,45;0,63\r\n';
    for (const head of ['"Time (min)";"Release (%) n1";"Release (%) n2";"Release (%) n3";"Mean";"SD"', '"Time (min)";"Release (%)";"Release (%)";"Release (%)";"Mean";"SD"']) {
      const r = importReleaseCsv(`${head}\r\n${rows}`, { defaultPH: 7.4 });
      expect(r.errors, head).toEqual([]);
      expect(r.curves).toHaveLength(1);
      expect(r.curves[0].points).toEqual([[0, 0], [0.5, 10.44], [1, 18.45]]);
      expect(r.curves[0].spread).toEqual({ kind: 'sd', values: [0, 0.93, 0.63] });
      const plan = planReleaseImport(`${head}\r\n${rows}`);
      expect(plan.ok && plan.plan.columns.slice(1, 4).every((c) => c.role.role === 'ignore' && /set aside: the file's own mean column 5/.test(c.why))).toBe(true);
    }
    // with the pH in every header too (the guide's own style)
    const r = importReleaseCsv('"Time (min)";"pH 7.4 n1";"pH 7.4 n2";"pH 7.4 n3";"pH 7.4 mean (%)";"pH 7.4 SD"\r\n' + rows);
    expect(r.errors).toEqual([]);
    expect(r.curves.map((c) => c.pH)).toEqual([7.4]);
    expect(r.curves[0].points[1]).toEqual([0.5, 10.44]);
    // replicates alone are still averaged
    const a = importReleaseCsv('time (h),pH 7.4 n1,pH 7.4 n2\n0,0,0\n1,10,12\n');
    expect(a.errors).toEqual([]);
    expect(a.curves[0].points).toEqual([[0, 0], [1, 11]]);
  });
  it('time units in headers convert through mathjs: `t [days]`, `Time, min`, `time (s)`; a unit that is not a time is named', () => {
    expect(importReleaseCsv('t [days],pH 5.0\n0,0\n2,40\n').curves[0].points).toEqual([[0, 0], [48, 40]]);
    expect(importReleaseCsv('"Time, min",pH 7.4\n0,0\n90,30\n').curves[0].points).toEqual([[0, 0], [1.5, 30]]);
    expect(importReleaseCsv('time (s),pH 7.4\n0,0\n36,30\n').curves[0].points).toEqual([[0, 0], [0.01, 30]]);
    const bad = importReleaseCsv('time (mg),pH 7.4\n0,0\n1,30\n');
    expect(bad.curves).toEqual([]);
    expect([...bad.messages, ...bad.errors.map((e) => e.message)].join(' ')).toMatch(/time|Time/);
  });
  it('a decimal comma in a header is part of the pH, never a name/unit separator; "Time, h" still splits', async () => {
    const { splitUnit } = await import('./release-import');
    expect(splitUnit('pH 7,4 SD')).toEqual({ name: 'pH 7,4 SD', unit: null });
    expect(splitUnit('pH 5,0')).toEqual({ name: 'pH 5,0', unit: null });
    expect(splitUnit('pH 7,4 SD, %')).toEqual({ name: 'pH 7,4 SD', unit: '%' });
    expect(splitUnit('Time, h')).toEqual({ name: 'Time', unit: 'h' });
    expect(splitUnit('t/min')).toEqual({ name: 't', unit: 'min' });
  });

  it('size cap: a file over 10,000 rows is refused before anything is parsed as data', () => {
    const r = importReleaseCsv('time (h),pH 5.0\n' + Array.from({ length: 10_000 }, (_, i) => `${i / 10},1`).join('\n'));
    expect(r.curves).toEqual([]);
    expect(r.errors[0].message).toMatch(/at most 10,000 are read/);
  });
});
