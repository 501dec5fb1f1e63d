// A new user's own lab files (walkthrough 11, tests/fixtures/walk11) through the one release importer: a title line above
// the header (#11) and one missing SD (#12) no longer cost the table or the curve's error bars.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importReleaseCsv } from './release-import';
import { weightsFromSpread } from '../../model/fitting/release-fit';
import { assessF2 } from '../../model/fitting/f2';

const fixture = (n: string) => readFileSync(new URL(`../../../tests/fixtures/walk11/${n}`, import.meta.url), 'utf8');
const SD74 = [0, 0.4, 0.6, 0.5, 0.9, 1.1, 0.8, 1.3];
const SD50 = [0, 1.2, 2.0, 3.1, 3.5, 4.0, 3.8, 2.9, 3.3];

describe('walk11 release files', () => {
  it('#11 the title line is skipped and said; the header on line 2 gives both pH curves with their SDs', () => {
    const r = importReleaseCsv(fixture('release_mean_sd.csv'));
    expect(r.errors).toEqual([]);
    expect(r.messages[0]).toMatch(/line 1 skipped: a title, not a header/);
    expect(r.curves.map((c) => c.pH)).toEqual([7.4, 5.0]);
    expect(r.curves[1].spread).toEqual({ kind: 'sd', values: SD50 });
    expect(r.plan?.columns.map((c) => c.role.role)).toEqual(['time', 'mean', 'sd', 'mean', 'sd']);
  });

  it('#12 "n.d." or an empty SD keeps the other 8 SDs; that point is weighted as the largest SD (1.3) and listed as missing', () => {
    for (const f of ['release_mean_sd.csv', 'release_mean_sd_blank.csv']) {
      const c = importReleaseCsv(fixture(f)).curves[0];
      expect(c.spread).toEqual({ kind: 'sd', values: [...SD74, 1.3], missing: [8] });
      // 1/SD² with a zero SD floored at the smallest positive one (0.4): hand-derived
      const w = weightsFromSpread(c.spread!.values)!;
      expect(w[0]).toBeCloseTo(1 / 0.16, 12);
      expect(w[8]).toBeCloseTo(1 / 1.69, 12);
      expect(Math.min(...w)).toBe(w[8]);
    }
    const msg = importReleaseCsv(fixture('release_mean_sd.csv')).messages.join('\n');
    expect(msg).toMatch(/SD missing on 1 of 9 points \(line 11, t = 48 h \("n\.d\."\)\): that point is weighted as the curve's largest SD, 1\.3 % points/);
  });

  it('#12 the f2 CV check runs on the SDs that exist and names the point it could not check', () => {
    const c = importReleaseCsv(fixture('release_mean_sd_blank.csv')).curves[0];
    const sd = c.spread!.values.map((v, i) => (c.spread!.missing!.includes(i) ? Number.NaN : v));
    const t = c.points.map((p) => p[0]);
    const a = assessF2({ t, F: c.points.map((p) => p[1]), sd }, { t, F: c.points.map((p) => p[1] + 1), kind: 'model' });
    expect(a.notes.join(' ')).not.toMatch(/no SD given\)/);
    expect(a.notes).toContain('reference: CV not checked at t = 48 h (no SD given there; checked at the other 7)');
    // CV at t = 0.5 h: 100·0.4/2.1 = 19.0 % ≤ 20 % (first point); at 4 h: 100·0.9/5.1 = 17.6 % > 10 %
    expect(a.reasons.some((x) => /CV 17\.6 % at t = 4 h/.test(x))).toBe(true);
  });
});
