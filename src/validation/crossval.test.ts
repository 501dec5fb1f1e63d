// Cross-validation and the summary against hand-computed values on a small fixture of results.
import { describe, expect, it } from 'vitest';
import { CORPUS, biasFitter, crossValidateKind, evaluateCorpus, evaluateRecord, foldOfPapers, goldenMin, LN_M_MAX, LN_M_MIN, releaseRateFitter, releaseWithVRefScale, summarize, type CorpusResult } from './index';
import { lnMMinV6, loadingAnchorFitter } from './crossval';
import { getAgent, getCore, PRESETS } from '../catalog';
import { scoreFormulation } from '../engine';

/** A judged result with the fields the summary and the CV read; deviation/logRatio follow from predicted and measured. */
function res(id: string, paper: string, use: 'calibration' | 'held-out', metric: 'half-life-h' | 'release-pct', measured: number, predicted: number): CorpusResult {
  const factor = metric === 'half-life-h';
  const miss = factor ? Math.abs(Math.log(predicted / measured)) / Math.log(2) : Math.abs(predicted - measured) / 15;
  return {
    id, kind: factor ? 'pk' : 'release', metric, unit: factor ? 'h' : '%', system: 's', preset: null, condition: '', measured, range: null, sd: null, predicted,
    verdict: miss <= 1 ? 'agree' : 'differ', deviation: predicted - measured, logRatio: Math.log(predicted / measured), missInTolerances: miss,
    rule: '', use, setsCatalogParameter: false, paper, provenance: 'read', source: '', caveat: null, explanation: [], ifMiss: null,
  };
}

describe('summary on a fixture (hand-computed)', () => {
  // pk: held-out 10→12 (agree, ln 1.2), 10→30 (differ, ln 3), 4→2 (agree, ln 0.5); calibration 10→10
  const rs = [res('a', 'p1', 'held-out', 'half-life-h', 10, 12), res('b', 'p2', 'held-out', 'half-life-h', 10, 30), res('c', 'p3', 'held-out', 'half-life-h', 4, 2), res('d', 'p4', 'calibration', 'half-life-h', 10, 10)];
  it('counts calibration apart and takes medians over held-out judged records only', () => {
    const s = summarize(rs).find((x) => x.kind === 'pk')!;
    expect([s.n, s.calibration, s.calibrationAgree, s.heldOut, s.heldOutAgree, s.informative]).toEqual([4, 1, 1, 3, 2, 0]);
    // deviations +2, +20, −2 → median 2; ln ratios ln 1.2 = 0.1823, ln 3 = 1.0986, ln 0.5 = −0.6931 → median 0.1823
    expect(s.medianDeviation).toBe(2);
    expect(s.medianLogRatio).toBeCloseTo(Math.log(1.2), 12);
  });
});

describe('bias fitter and k-fold cross-validation (hand-computed)', () => {
  it('θ per metric: the median of measured − model (band-judged) or of ln(measured/model) (ratio-judged)', () => {
    const p = biasFitter.fit([res('a', 'x', 'calibration', 'release-pct', 40, 70), res('b', 'x', 'calibration', 'release-pct', 50, 60), res('c', 'x', 'calibration', 'release-pct', 30, 90), res('d', 'x', 'calibration', 'half-life-h', 10, 5)]);
    expect(p['θ[release-pct]']).toBe(-30); // residuals −30, −10, −60 → median −30
    expect(p['θ[half-life-h]']).toBeCloseTo(Math.log(2), 12);
    expect(Object.keys(p).sort()).toEqual(['θ[half-life-h]', 'θ[release-pct]']);
    expect(biasFitter.apply(p, res('e', 'y', 'held-out', 'release-pct', 10, 20))).toBe(0); // 20 − 30 → clamped at 0 %
    expect(biasFitter.apply(p, res('f', 'y', 'held-out', 'half-life-h', 10, 3))).toBeCloseTo(6, 12);
  });
  it('three calibration papers → 3 folds; each fold refits on the other two and is judged on its own', () => {
    // release, model always 30 points high except paper r3
    const rs = [res('1', 'r1', 'calibration', 'release-pct', 40, 70), res('2', 'r2', 'calibration', 'release-pct', 50, 80), res('3', 'r3', 'calibration', 'release-pct', 50, 50), res('h', 'r9', 'held-out', 'release-pct', 20, 48)];
    const cv = crossValidateKind('release', rs, biasFitter);
    expect(cv.k).toBe(3);
    expect(cv.n).toBe(3);
    expect(cv.agreeModel).toBe(1);
    const folds = foldOfPapers('release', ['r1', 'r2', 'r3'], 3);
    const fold = (p: string) => cv.folds[folds.get(p)!];
    // held out r1: train r2 (−30), r3 (0) → θ = −15 → 70 − 15 = 55 vs 40: miss 15 → agrees (≤ 15)
    expect(fold('r1').params['θ[release-pct]']).toBe(-15);
    expect(fold('r1').agreeRefit).toBe(1);
    // held out r3: train r1, r2 (−30, −30) → θ = −30 → 50 − 30 = 20 vs 50: differs
    expect(fold('r3').params['θ[release-pct]']).toBe(-30);
    expect(fold('r3').agreeRefit).toBe(0);
    expect(cv.agreeRefit).toBe(2);
    // all-calibration θ = median(−30, −30, 0) = −30 → held-out 48 − 30 = 18 vs 20: agrees (model alone differs by 28)
    expect(cv.heldOut).toMatchObject({ n: 1, agreeModel: 0, agreeRefit: 1 });
  });
  it('a kind with fewer than two calibration papers reports no folds', () => {
    const cv = crossValidateKind('pk', [res('d', 'p4', 'calibration', 'half-life-h', 10, 10)]);
    expect(cv.k).toBe(0);
    expect(cv.agreeRefit).toBeNull();
    expect(cv.note).toMatch(/no fold/);
  });
  it('the corpus report cross-validates every kind, each calibration record tested exactly once', () => {
    const rep = evaluateCorpus();
    expect(rep.crossValidation.map((c) => c.kind)).toEqual(rep.summary.map((s) => s.kind));
    for (const c of rep.crossValidation) if (c.k > 0) expect(c.folds.reduce((a, f) => a + f.nTest, 0)).toBe(c.n);
  });
});

describe('release refit of v_ref (a model parameter, rerun through M2)', () => {
  const zif = CORPUS.filter((r) => r.quantity.metric === 'release-pct' && r.id.startsWith('cm-zif8-dox'));
  it('golden-section search finds a parabola minimum', () => {
    expect(goldenMin((x) => (x - 1.3) ** 2, -9, 3)).toBeCloseTo(1.3, 8);
  });
  it('scale 1 reproduces the evaluator; a slower v_ref never releases more (monotone in m)', () => {
    for (const r of zif) {
      expect(releaseWithVRefScale(r, 1)).toBeCloseTo(evaluateRecord(r).predicted!, 12);
      expect(releaseWithVRefScale(r, 0.1)!).toBeLessThanOrEqual(releaseWithVRefScale(r, 1)! + 1e-12);
    }
  });
  it('fitted m is the least-squares optimum inside the V6 bound the catalog fit keeps: no m allowed by V6 fits the training points better', () => {
    const train = zif.map(evaluateRecord);
    const p = releaseRateFitter.fit(train);
    const sse = (lnM: number) => zif.reduce((a, r) => a + (releaseWithVRefScale(r, Math.exp(lnM))! - r.value) ** 2, 0);
    const x = p['ln m[v_ref]'];
    const lo = lnMMinV6();
    expect(lo).toBeGreaterThan(LN_M_MIN);
    expect(x).toBeGreaterThanOrEqual(lo - 1e-12);
    for (let y = lo; y <= LN_M_MAX; y += 0.25) expect(sse(x)).toBeLessThanOrEqual(sse(y) + 1e-9);
    // V6 itself: IZB@CCM's t50 at pH 5.0 is ≤ 11 h at the bound and above it just below
    const izb = PRESETS['izb-ccm'].formulation;
    const v0 = getCore('zif-8').release.vRefNmPerH.value;
    const t50 = (lnM: number) => scoreFormulation({ ...izb, overrides: { 'core.release.vRefNmPerH': v0 * Math.exp(lnM) } }).release.t50h['5.0'] ?? Infinity;
    expect(t50(lo)).toBeLessThanOrEqual(11);
    expect(t50(lo - 0.05)).toBeGreaterThan(11);
    expect(releaseRateFitter.apply(p, train[0])).toBeCloseTo(releaseWithVRefScale(zif[0], Math.exp(x))!, 12);
  });
});

describe('#27 load4: the loading fitter refits the catalog anchors the calibration records set', () => {
  const results = evaluateCorpus().results;
  const cal = results.filter((r) => r.kind === 'loading' && r.use === 'calibration' && r.predicted !== null);
  it('on all calibration records every corpus-set anchor is backed, so a held-out prediction is the model\'s own', () => {
    const p = loadingAnchorFitter.fit(cal);
    expect(Object.keys(p).length).toBeGreaterThan(0);
    expect(Object.values(p).every((v) => v === 1)).toBe(true);
    for (const r of results.filter((x) => x.kind === 'loading' && x.use === 'held-out' && x.predicted !== null)) expect(loadingAnchorFitter.apply(p, r)).toBeCloseTo(r.predicted!, 9);
  });
  it('without the paper that set it, the 5-FU@ZIF-8 anchor goes and the carrier\'s post-loaded rule decides (closed-form Langmuir)', () => {
    const fu = cal.find((r) => r.id === 'zif8-5fu-loaded')!;
    const p = loadingAnchorFitter.fit(cal.filter((r) => r.paper !== fu.paper));
    expect(p['anchor[zif-8/5-fluorouracil/post-loaded]']).toBe(0);
    const rule = getCore('zif-8').loading['post-loaded']!;
    const K = rule.affinityK[getAgent('5-fluorouracil').affinityClass].value;
    const qmax = rule.qmaxMgPerMg.value;
    const B = 1 + K + K * qmax; // feed f = 1 mg/mg
    expect(loadingAnchorFitter.apply(p, fu)).toBeCloseTo((B - Math.sqrt(B * B - 4 * K * K * qmax)) / (2 * K), 9);
  });
});
