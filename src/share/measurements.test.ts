// Measured data in links, files, saved workspaces and the report: round trips (fast-check), a frozen v1 fixture that must
// decode forever, sizes against the decoder's caps, tampered values named by path, and designs without data unchanged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog';
import { MEASUREMENT_LIMITS, parseWorkspace, type Workspace } from '../schema';
import { canonicalWorkspaceInputs } from './document';
import { exportWorkspaceJson, importWorkspaceJson, reportModel } from './files';
import { decodeLink, encodeLink, encodeLinkResult, MAX_FRAGMENT_CHARS } from './link';
import { loadWorkspace, mergeWorkspaces, saveWorkspace, stampEdits, type StorageLike } from './storage';
import { formulationWithMeasurementsArb, mulberry32 } from './testing/arbitraries';

const FIXTURES = join(__dirname, 'testing/fixtures');
const izb = () => structuredClone(PRESETS['izb-ccm'].formulation) as unknown as Record<string, unknown>;
const ws = (formulations: unknown[]) => ({ schema: 'nanoplatform.workspace/1', formulations });
const mustParse = (doc: unknown): Workspace => {
  const r = parseWorkspace(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
/** Release points as a lab would report them: 12 sampling times, 2 decimals. */
const TIMES_H = [0, 0.5, 1, 2, 4, 6, 8, 12, 24, 36, 48, 72];
const labCurve = (pH: number, tauH: number) => ({ pH, points: TIMES_H.map((t) => [t, Math.round(10_000 * (1 - Math.exp(-t / tauH))) / 100] as [number, number]) });
const measuredOf = (w: Workspace, i = 0) => (w.formulations[i] as unknown as { measurements?: { release?: { pH: number; points: [number, number][] }[]; loading?: unknown[] } }).measurements;

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
}

describe('links carry measured data', () => {
  it('fast-check: formulation with measurements → link → decode → equal (canonical), and the link is a fixed point', () => {
    fc.assert(
      fc.property(formulationWithMeasurementsArb, fc.boolean(), (f, asWorkspace) => {
        const parsed = parseWorkspace(ws([f]));
        fc.pre(parsed.ok);
        const w = (parsed as { value: Workspace }).value;
        const link = encodeLink(asWorkspace ? w : w.formulations[0]);
        const r = decodeLink(link);
        expect(r).toEqual({ ok: true, kind: asWorkspace ? 'workspace' : 'formulation', workspace: canonicalWorkspaceInputs(w, { keepIds: false }) });
        if (r.ok) {
          expect(measuredOf(r.workspace)).toEqual(measuredOf(canonicalWorkspaceInputs(w, { keepIds: false })));
          expect(encodeLink(asWorkspace ? r.workspace : r.workspace.formulations[0])).toBe(link);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a design without measured data links exactly as before (empty measurements add nothing); IZB@CCM stays under 2,000 characters', () => {
    const plain = encodeLink(izb());
    expect(plain.length).toBeLessThan(2000);
    expect(encodeLink({ ...izb(), measurements: {} })).toBe(plain);
    expect(encodeLink({ ...izb(), measurements: { release: [], loading: [] } })).toBe(plain);
    expect(JSON.parse(LZString.decompressFromEncodedURIComponent(plain.slice(3)))).not.toHaveProperty('measurements');
  });

  it('IZB@CCM with three 12-point release curves and a 6-point loading set: a short link that decodes to the same points', () => {
    const m = {
      release: [labCurve(7.4, 90), labCurve(6.5, 30), labCurve(5.0, 8)],
      loading: [{ agent: 'in10018', points: [0.05, 0.1, 0.2, 0.4, 0.8, 1.6].map((feed, i) => ({ feedMassRatio: feed, encapsulationEfficiencyPct: 95 - 9 * i })) }],
    };
    const link = encodeLink({ ...izb(), measurements: m });
    expect(link.length).toBeLessThan(2000); // measured: 647 → about 1,300 characters
    const r = decodeLink(link);
    expect(r.ok && measuredOf(r.workspace)).toEqual(m);
  });

  it('one formulation with measurements at every limit (6-significant-figure values) still fits the decoder\'s caps', () => {
    const L = MEASUREMENT_LIMITS;
    const rand = mulberry32(11);
    const v = (lo: number, hi: number) => Number((lo + (hi - lo) * rand()).toPrecision(6));
    const agents = ['in10018', 'bismuth', 'cisplatin', 'oxaliplatin', 'doxorubicin', 'daunorubicin', 'paclitaxel', 'docetaxel'];
    const m = {
      release: Array.from({ length: L.releaseCurves }, (_, i) => ({ pH: 2 + i, agent: 'in10018', label: 'x'.repeat(L.labelLength), points: Array.from({ length: L.releasePoints }, () => [v(0, 10_000), v(-5, 105)]) })),
      loading: agents.slice(0, L.loadingSets).map((agent) => ({ agent, points: Array.from({ length: L.loadingPoints }, () => ({ feedMassRatio: v(0.001, 100), encapsulationEfficiencyPct: v(0, 100) })) })),
    };
    const link = encodeLink({ ...izb(), measurements: m });
    expect(link.length - 3).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS); // measured ≈ 22,000 of 32,768
    const r = decodeLink(link);
    expect(r.ok && measuredOf(r.workspace)?.release?.[11].points).toEqual(m.release[11].points);
  });

  it('a workspace too large for a link is refused when the link is made, with a reason (never a link that will not open)', () => {
    const rand = mulberry32(5);
    const v = (lo: number, hi: number) => Number((lo + (hi - lo) * rand()).toPrecision(6));
    const big = () => ({ ...izb(), measurements: { release: Array.from({ length: 12 }, (_, i) => ({ pH: 2 + i, points: Array.from({ length: 100 }, () => [v(0, 10_000), v(-5, 105)]) })) } });
    const r = encodeLinkResult(ws([big(), { ...big(), name: 'b' }, { ...big(), name: 'c' }]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('too-large');
      expect(r.error.message).toMatch(/^link: too large to share \(\d+ > 32768 characters\)/);
    }
  });

  it('a tampered measurement value: an error naming the field, nothing decoded', () => {
    const doc = ws([{ ...izb(), measurements: { release: [labCurve(5.0, 8)] } }]);
    const body = JSON.stringify(doc).replace('[72,99.99]', '[72,250]');
    expect(body).toContain('[72,250]');
    const r = decodeLink('#w=' + LZString.compressToEncodedURIComponent(body));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid');
      expect(r.error.message).toBe('formulations.0.measurements.release.0.points.11.1: released must be ≥ -5 and ≤ 105 % (got 250)');
    }
    // the same change inside a link made by the app breaks its integrity check instead (also refused)
    const link = encodeLink(doc);
    const text = LZString.decompressFromEncodedURIComponent(link.slice(3)).replace('[72,99.99]', '[72,25.5]');
    const t = decodeLink('#w=' + LZString.compressToEncodedURIComponent(text));
    expect(!t.ok && t.error.code).toBe('integrity');
  });

  it('frozen v1 fixture (a workspace with release and loading points) decodes forever to the hand-written data', () => {
    const link = readFileSync(join(FIXTURES, 'v1-workspace-measurements.txt'), 'utf8').trim();
    const source = JSON.parse(readFileSync(join(FIXTURES, 'v1-workspace-measurements.json'), 'utf8'));
    const r = decodeLink(link);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.kind).toBe('workspace');
    expect(r.workspace.formulations.map((f) => f.name)).toEqual(['IZB@CCM measured', 'bare, no data']);
    expect(measuredOf(r.workspace)).toEqual(source.formulations[0].measurements);
    expect(measuredOf(r.workspace, 1)).toBeUndefined();
    expect(measuredOf(r.workspace)?.release?.map((c) => c.points.length)).toEqual([8, 8, 8]);
    // and the JSON file of the same design imports to the same workspace
    const file = importWorkspaceJson(readFileSync(join(FIXTURES, 'v1-workspace-measurements.json'), 'utf8'), 'fixture.json');
    expect(file.ok && file.workspace).toEqual(r.workspace);
  });
});

describe('files, saved workspace, two tabs and report carry measured data', () => {
  const doc = () => ws([{ ...izb(), measurements: { release: [labCurve(7.4, 90), labCurve(5.0, 8)], loading: [{ agent: 'bismuth', points: [{ feedMassRatio: 0.3, loadingCapacityPct: 18.2 }] }] } }]);

  it('JSON export → import keeps every point', () => {
    const w = mustParse(doc());
    const text = exportWorkspaceJson(w);
    const r = importWorkspaceJson(text, 'w.json');
    expect(r.ok && measuredOf(r.workspace)).toEqual(measuredOf(w));
    expect(text).toContain('"measurements"');
  });

  it('the saved envelope keeps them, and the two-tab merge takes the newer candidate with its data', () => {
    const storage = new MemoryStorage();
    const w = mustParse(doc());
    const withId = { ...w, formulations: w.formulations.map((f) => ({ ...f, id: 'a' })) } as Workspace;
    const s1 = saveWorkspace(storage, withId, { tabId: 't1', now: 1000, base: null });
    expect(s1.ok).toBe(true);
    const loaded = loadWorkspace(storage);
    expect(loaded.ok && loaded.envelope && measuredOf(loaded.envelope.workspace)).toEqual(measuredOf(w));
    // other tab removes the loading points later than this tab's last edit: its version wins
    const other = structuredClone(withId) as unknown as { formulations: { measurements: Record<string, unknown> }[] };
    delete other.formulations[0].measurements.loading;
    const remote = stampEdits(other as unknown as Workspace, s1.ok ? s1.envelope : null, 2000);
    const local = stampEdits(withId, s1.ok ? s1.envelope : null, 1500);
    const m = mergeWorkspaces(local, remote);
    expect(m.report.updated).toEqual(['IZB@CCM']);
    expect(measuredOf(m.snapshot.workspace)?.loading).toBeUndefined();
    expect(measuredOf(m.snapshot.workspace)?.release).toHaveLength(2);
  });

  it('the printable report lists every measured point', () => {
    const w = mustParse(doc());
    const rows = reportModel(w, [null]).candidates[0].inputs;
    const rel = rows.filter((r) => r.label.startsWith('Measured release'));
    expect(rel.map((r) => r.label)).toEqual(['Measured release, pH 7.4', 'Measured release, pH 5.0']);
    expect(rel[1].value.startsWith('12 points (h → %): 0 → 0; 0.5 → 6.06; 1 → 11.75')).toBe(true);
    expect(rel[1].value.split('; ')).toHaveLength(12);
    expect(rows.find((r) => r.label === 'Measured loading, bismuth')?.value).toBe('1 point (feed mg/mg → %): 0.3 → LC 18.2');
  });
});
