// Files: workspace JSON import/export through the same checks as links, RFC 4180 CSV with formula-injection guard, report model.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESETS } from '../catalog';
import { csvField, exportWorkspaceJson, importWorkspaceJson, parseCsv, reportModel, resultsCsv, CSV_COLUMNS, MAX_IMPORT_CHARS } from './files';
import { encodeLink, decodeLink } from './link';
import { workspaceArb } from './testing/arbitraries';
import type { Workspace } from '../schema';
import { scoreFormulation } from '../engine';

const izb = () => structuredClone(PRESETS['izb-ccm'].formulation);

describe('workspace JSON', () => {
  it('export → import is the identity on canonical inputs and agrees with the link codec', () => {
    fc.assert(
      fc.property(workspaceArb, (w) => {
        const text = exportWorkspaceJson(w);
        const r = importWorkspaceJson(text);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(exportWorkspaceJson(r.workspace)).toBe(text);
        const viaLink = decodeLink(encodeLink(w));
        expect(viaLink.ok && viaLink.workspace).toEqual(r.workspace);
      }),
      { numRuns: 40 },
    );
  });

  it('accepts a minimal { core: { material } } file, completed with defaults', () => {
    const r = importWorkspaceJson('{"core":{"material":"zif-8"}}');
    expect(r.ok && r.kind).toBe('formulation');
    const f = r.ok ? (r.workspace.formulations[0] as unknown as Record<string, Record<string, unknown>>) : {};
    expect(typeof f.core.diameterNm).toBe('number');
    expect(f.scenario).toBeTruthy();
  });

  it('lists every issue with its path; rejects bad JSON, huge files, future versions; never throws', () => {
    const bad = { schema: 'nanoplatform.workspace/1', formulations: [{ ...izb(), core: { material: 'zif-8', diameterNm: -1 } }, { core: { material: 'nope' } }] };
    const r = importWorkspaceJson(JSON.stringify(bad), 'w.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => i.path);
    expect(paths.some((p) => p.startsWith('formulations.0.core.diameterNm'))).toBe(true);
    expect(paths.some((p) => p.startsWith('formulations.1.core.material'))).toBe(true);
    expect(importWorkspaceJson('{"core":', 'x.json')).toMatchObject({ ok: false, message: expect.stringMatching(/^x\.json: not valid JSON/) });
    expect(importWorkspaceJson(' '.repeat(MAX_IMPORT_CHARS + 1))).toMatchObject({ ok: false });
    expect(importWorkspaceJson('{"schema":"nanoplatform.workspace/3","formulations":[]}')).toMatchObject({ ok: false, message: expect.stringMatching(/unsupported schema version 3/) });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => void importWorkspaceJson(s)));
  });
});

describe('CSV', () => {
  it('RFC 4180: any text survives a round trip through a conforming parser', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('a,b', 'say "hi"', 'line\r\nbreak', 'cr\ronly', 'lf\nonly', '')), { minLength: 1, maxLength: 6 }), (cells) => {
        const line = cells.map((c) => csvField(c, 'text')).join(',') + '\r\n';
        const back = parseCsv(line)[0];
        expect(back).toEqual(cells.map((c) => (/^[=+\-@\t\r]/.test(c) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(c) ? "'" + c : c)));
      }),
      { numRuns: 500 },
    );
  });

  it('formula injection: text starting with = + - @ gets an apostrophe; numbers never do', () => {
    expect(csvField('=HYPERLINK("http://evil","x")', 'text')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvField('+1+cmd', 'text')).toBe("'+1+cmd");
    expect(csvField('+1', 'text')).toBe('+1'); // a plain number stays a number
    expect(csvField('-2.5e3', 'text')).toBe('-2.5e3');
    expect(csvField('-cmd|calc', 'text')).toBe("'-cmd|calc");
    expect(csvField('@SUM(A1)', 'text')).toBe("'@SUM(A1)");
    expect(csvField('ZIF-8', 'text')).toBe('ZIF-8');
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('one row per candidate with the key columns; unscored candidates leave result cells empty', () => {
    const w = { schema: 'nanoplatform.workspace/1', formulations: [{ ...izb(), name: '=cmd' }, { ...izb(), name: 'plain, with comma' }] } as unknown as Workspace;
    const rows = parseCsv(resultsCsv(w, [null, null]));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.header));
    expect(rows[1][0]).toBe("'=cmd");
    expect(rows[2][0]).toBe('plain, with comma');
    expect(rows[1][rows[0].indexOf('core')]).toBe('zif-8');
    expect(rows[1][rows[0].indexOf('overall')]).toBe('');
  });
});

describe('reportModel', () => {
  it('lists each candidate\'s inputs as plain text; unscored candidates say so', () => {
    const w = { schema: 'nanoplatform.workspace/1', formulations: [{ ...izb(), name: '<script>x</script>' }] } as unknown as Workspace;
    const m = reportModel(w, [null]);
    expect(m.candidates[0].name).toBe('<script>x</script>');
    expect(m.candidates[0].scored).toBe(false);
    // display names, not catalog ids (#25 h)
    expect(m.candidates[0].inputs.find((r) => r.label === 'Core')?.value).toBe('ZIF-8');
    expect(m.candidates[0].inputs.find((r) => r.label === 'Payloads')?.value).toBe('IN10018 (ifebemtinib) (one-pot, feed 0.2 mg/mg); Bismuth (one-pot, feed 0.3 mg/mg)');
    expect(m.candidates[0].inputs.find((r) => r.label === 'Membranes')?.value).toBe('HeLa 50 %; cervical CAF 50 %');
    // walk7 item 19: the beam as the catalog writes it (number, space, unit)
    expect(m.candidates[0].inputs.find((r) => r.label === 'Beam')?.value).toBe('225 kVp');
  });

  it('a dose enhancement factor just above 1 is not printed as 1 (6 significant figures)', () => {
    const w = { schema: 'nanoplatform.workspace/1', formulations: [izb()] } as unknown as Workspace;
    const s = scoreFormulation(w.formulations[0]);
    const v = reportModel(w, [s]).candidates[0].results.find((r) => r.label === 'Dose enhancement factor')!.value;
    expect(Number(v)).toBeCloseTo(s.radiosensitization.doseEnhancementFactor, 5);
    expect(v).toBe(String(Number(s.radiosensitization.doseEnhancementFactor.toPrecision(6))));
  });

  it('with real scores: key results, every assumption used (marked as such) and every cited source, each once', () => {
    const w = { schema: 'nanoplatform.workspace/1', formulations: [izb(), structuredClone(PRESETS['doxil'].formulation)] } as unknown as Workspace;
    const scores = w.formulations.map((f) => scoreFormulation(f));
    const m = reportModel(w, scores);
    expect(m.candidates.map((c) => c.scored)).toEqual([true, true]);
    expect(m.candidates[0].results.find((r) => r.label === 'Overall score')?.value).toBe(String(Number(scores[0].score.overall.toPrecision(4))));
    const cited = new Set<string>();
    const assumed = new Set<string>();
    for (const s of scores) for (const list of Object.values(s.explanations)) for (const e of list) for (const p of e.params) {
      cited.add(p.source);
      if (p.provenance === 'assumption') assumed.add(p.name);
    }
    expect(m.sources).toEqual([...cited].sort((a, b) => a.localeCompare(b)));
    expect(new Set(m.assumptions.map((a) => a.name))).toEqual(assumed);
    expect(m.assumptions.every((a) => a.provenance === 'assumption')).toBe(true);
    const csv = parseCsv(resultsCsv(w, scores));
    expect(Number(csv[2][csv[0].indexOf('overall')])).toBe(scores[1].score.overall);
  });
  it('names an unknown (misspelt) field of a file as a warning beside the import, for a formulation and inside a workspace', () => {
    const r = importWorkspaceJson('{"core":{"material":"zif-8","diamterNm":95}}', 'batch7.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings?.map((w) => `${w.path}: ${w.message}`)).toEqual(['core.diamterNm: unknown field, ignored (did you mean diameterNm?)']);
    // the misspelt value is not used: the default diameter is
    expect((r.workspace.formulations[0] as unknown as { core: { diameterNm: number } }).core.diameterNm).not.toBe(95);
    const w = importWorkspaceJson(JSON.stringify({ schema: 'nanoplatform.workspace/1', formulations: [{ core: { material: 'gold' } }, { core: { material: 'zif-8' }, scenaro: {} }] }), 'w.json');
    expect(w.ok && w.warnings?.map((x) => x.path)).toEqual(['formulations.1.scenaro']);
    // a clean file has no warnings key
    expect('warnings' in importWorkspaceJson('{"core":{"material":"zif-8"}}')).toBe(false);
  });
});
