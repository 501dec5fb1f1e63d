// The corpus records validate against their schema, name a source and a real preset, and the evaluator follows its stated rules.
import { describe, expect, it } from 'vitest';
import { isPresetId } from '../catalog';
import { lqSurvival } from '../model/radiobiology/lq';
import { CORPUS, CORPUS_KINDS, METRIC_KIND, corpusRecordSchema, evaluateCorpus, evaluateRecord, meanInactivationDoseGy, summarize, type CorpusRecord } from './index';

describe('validation corpus records', () => {
  it('every record validates against the schema (units, ranges, source present)', () => {
    for (const r of CORPUS) {
      const p = corpusRecordSchema.safeParse(r);
      expect(p.success ? '' : `${r.id}: ${p.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe('');
    }
  });
  it('ids are unique and presets exist', () => {
    expect(new Set(CORPUS.map((r) => r.id)).size).toBe(CORPUS.length);
    for (const r of CORPUS) if ('preset' in r.system) expect(isPresetId(r.system.preset), r.id).toBe(true);
  });
  it('covers every kind and cervical-cancer clinical points', () => {
    for (const k of CORPUS_KINDS) expect(CORPUS.some((r) => METRIC_KIND[r.quantity.metric] === k), k).toBe(true);
    expect(CORPUS.filter((r) => r.quantity.metric === 'local-control-pct').length).toBeGreaterThanOrEqual(2);
  });
  it('meets the minimum count of every kind #17 names', () => {
    const formulationCore = (r: CorpusRecord) => ('formulation' in r.system ? r.system.formulation.core.material : null);
    const MOF_CORES = new Set(['zif-8', 'zif-90', 'mil-100-fe', 'uio-66', 'hf-mof', 'bi-mof']);
    const count = (f: (r: CorpusRecord) => boolean) => CORPUS.filter(f).length;
    expect(CORPUS.length).toBeGreaterThanOrEqual(80);
    expect(count((r) => r.quantity.metric === 'release-pct' && MOF_CORES.has(formulationCore(r) ?? ''))).toBeGreaterThanOrEqual(10);
    // the MOF release points span acidic and neutral pH
    const pHs = new Set(CORPUS.filter((r) => r.quantity.metric === 'release-pct').map((r) => (r.quantity as { pH: number }).pH));
    expect([...pHs].some((p) => p <= 5.5) && [...pHs].some((p) => p >= 7.4)).toBe(true);
    expect(count((r) => ['ee-pct', 'lc-pct', 'loaded-mg-per-mg'].includes(r.quantity.metric))).toBeGreaterThanOrEqual(10);
    expect(count((r) => ['half-life-h', 'half-life-ratio', 'plasma-auc-ratio', 'tumour-auc-ratio'].includes(r.quantity.metric))).toBeGreaterThanOrEqual(10);
    expect(count((r) => ['def', 'ser', 'formulation-def'].includes(r.quantity.metric) && ['cell-culture', 'phantom', 'in-vivo'].includes(r.condition.medium))).toBeGreaterThanOrEqual(10);
    expect(count((r) => ['surviving-fraction', 'mean-inactivation-dose-gy'].includes(r.quantity.metric))).toBeGreaterThanOrEqual(5);
    expect(count((r) => METRIC_KIND[r.quantity.metric] === 'clinical' && r.condition.medium === 'clinical')).toBeGreaterThanOrEqual(5);
  });
  it('every record names its source and says read or recalled', () => {
    for (const r of CORPUS) {
      expect(r.source.authors.length, r.id).toBeGreaterThan(1);
      expect(r.source.journal.length, r.id).toBeGreaterThan(1);
      expect(r.source.locator.length, r.id).toBeGreaterThan(1);
      expect(['read', 'recalled']).toContain(r.provenance);
    }
  });
  it('the schema rejects a value outside its metric range and a record without a source', () => {
    const good = CORPUS[0];
    expect(corpusRecordSchema.safeParse({ ...good, value: 140 }).success).toBe(false);
    const { source: _s, ...noSource } = good;
    expect(corpusRecordSchema.safeParse(noSource).success).toBe(false);
    expect(corpusRecordSchema.safeParse({ ...good, range: [50, 60] }).success).toBe(false);
  });
  it('every record evaluates without an error verdict', () => {
    const errors = evaluateCorpus().results.filter((r) => r.verdict === 'error');
    expect(errors.map((e) => `${e.id}: ${e.explanation.join(' ')}`)).toEqual([]);
  });
});

describe('evaluation rules (hand-derived)', () => {
  const cells: CorpusRecord = {
    id: 'test-sf2',
    system: { formulation: { core: { material: 'none' }, payloads: [], coating: null }, label: 'cells' },
    condition: { medium: 'cell-culture', species: 'in-vitro' },
    quantity: { metric: 'surviving-fraction', doseGy: 2 },
    value: 0.549,
    source: { authors: 'test', journal: 'test', year: null, locator: 'test' },
    provenance: 'read',
    setsCatalogParameter: false,
  };
  it('SF2 with the default cells α 0.25, β 0.025 is exp(−0.6) = 0.5488 and agrees within a factor 1.5', () => {
    const r = evaluateRecord(cells);
    expect(r.predicted).toBeCloseTo(Math.exp(-0.6), 12);
    expect(r.verdict).toBe('agree');
    // 0.5488 / 0.36 = 1.524 > 1.5 → differ; 0.5488 / 0.37 = 1.483 → agree
    expect(evaluateRecord({ ...cells, value: 0.36 }).verdict).toBe('differ');
    expect(evaluateRecord({ ...cells, value: 0.37 }).verdict).toBe('agree');
  });
  it('a range agrees inside it with deviation 0', () => {
    const r = evaluateRecord({ ...cells, value: 0.5, range: [0.4, 0.6] });
    expect(r.deviation).toBe(0);
    expect(r.verdict).toBe('agree');
  });
  it('a record with a caveat informs and is not judged', () => {
    expect(evaluateRecord({ ...cells, value: 0.1, caveat: 'other species' }).verdict).toBe('caveat');
  });
  it('mean inactivation dose: α only → 1/α; matches ∫ lqSurvival numerically', () => {
    expect(meanInactivationDoseGy(0.5, 1e-9)).toBeCloseTo(2, 4);
    let s = 0;
    for (let d = 0.005; d < 60; d += 0.01) s += lqSurvival(0.25, 0.025, d) * 0.01;
    expect(meanInactivationDoseGy(0.25, 0.025)).toBeCloseTo(s, 4);
  });
  it('worst misses: held-out differing records only, worst first, each with its likely cause; per kind at most 3', () => {
    const rep = evaluateCorpus();
    const m = rep.worstMisses;
    expect(m.length).toBeGreaterThan(0);
    for (const x of m) expect([x.use, x.verdict]).toEqual(['held-out', 'differ']);
    for (let i = 1; i < m.length; i++) expect(m[i - 1].missInTolerances!).toBeGreaterThanOrEqual(m[i].missInTolerances!);
    for (const r of rep.results) if (r.verdict === 'differ') expect(r.ifMiss, `${r.id} differs without a likely cause`).toBeTruthy();
    for (const [k, xs] of Object.entries(rep.worstMissesByKind)) {
      expect(xs!.length).toBeLessThanOrEqual(3);
      for (const x of xs!) expect(x.kind).toBe(k);
    }
  });
  it('summary counts calibration apart and judges held-out records only', () => {
    const rs = evaluateCorpus().results;
    const sum = summarize(rs);
    for (const s of sum) {
      const ofKind = rs.filter((r) => r.kind === s.kind);
      expect(s.n).toBe(ofKind.length);
      expect(s.calibration).toBe(ofKind.filter((r) => r.use === 'calibration').length);
      expect(s.heldOut + s.informative).toBe(ofKind.filter((r) => r.use === 'held-out').length);
      expect(s.heldOutAgree).toBeLessThanOrEqual(s.heldOut);
    }
  });
});
