// walk11 #15: every Overview number a calibration moves carries a "calibrated" marker (with the value without it); numbers it does not move carry none.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { PRESETS } from '../../catalog/presets';
import { parseFormulation } from '../../schema';
import { CATALOG_LOOKUP, scoreCompleted } from '../../engine';
import { RELEASED_PCT_DECIMALS, sig, withUnit } from '../format';
import { Overview, loadCalibrationMarks } from './Overview';

const release = { release: [{ core: 'zif-8', params: { nH: 0.691, vRefNmPerH: 0.0423 }, fittedTo: 'fitted to your data: 2 curve(s) at pH 7.4, 5.0; n = 18; APPLIED ANYWAY (user override), although v_ref: SE > value' }] };

function scored(calibrations?: object) {
  const p = PRESETS['izb-ccm'].formulation;
  const r = parseFormulation(calibrations ? { ...p, calibrations } : p, {});
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return scoreCompleted(r.value, CATALOG_LOOKUP);
}
const marks = (html: string) => [...html.matchAll(/data-testid="calibrated-([\w-]+)"/g)].map((m) => m[1]).sort();

describe('Overview: numbers moved by a calibration', () => {
  // the markers' code is a lazy chunk (the app loads it when a calibrated candidate is shown)
  beforeAll(() => loadCalibrationMarks());
  it('no calibration: no marker', () => {
    expect(marks(renderToStaticMarkup(<Overview scores={scored()} />))).toEqual([]);
  });

  it('a release calibration marks exactly the numbers that differ from the uncalibrated candidate, each with its value without it', () => {
    const before = scored();
    const after = scored(release);
    const html = renderToStaticMarkup(<Overview scores={after} />);
    // moved as shown: at the digits each number is displayed with (a shift below them changes nothing on screen)
    const DIGITS: Record<string, number> = { ser: 4, overall: 2 };
    const shown = (id: string, v: number) => (id === 'release74' ? withUnit(v, '%', 3, RELEASED_PCT_DECIMALS) : sig(v, DIGITS[id] ?? (id.startsWith('dbar-') ? 2 : 3)));
    const differ = (id: string, a: number | null, b: number | null) => a !== null && b !== null && shown(id, a) !== shown(id, b);
    // what moved, read from the two scorings (not from the view)
    const expected = [
      ['loading', before.loading.totalLoadingPct, after.loading.totalLoadingPct],
      ['selectivity', before.release.selectivityIndex, after.release.selectivityIndex],
      ['release74', before.release.releasedAt24hPct['7.4'], after.release.releasedAt24hPct['7.4']],
      ['size', before.targeting.hydrodynamicDiameterNm, after.targeting.hydrodynamicDiameterNm],
      ['half-life', before.targeting.circulationHalfLifeH, after.targeting.circulationHalfLifeH],
      ['delivery', before.targeting.tumorDeliveryPctID, after.targeting.tumorDeliveryPctID],
      ['ser', before.radiosensitization.sensitizerEnhancementRatio, after.radiosensitization.sensitizerEnhancementRatio],
      ['eqd2', before.radiosensitization.eqd2GainGy, after.radiosensitization.eqd2GainGy],
      ['overall', before.score.overall, after.score.overall],
      ...(['loading', 'release', 'targeting', 'radiosensitization', 'safety'] as const).map((k) => [`dbar-${k}`, (before.score.desirability[k].d ?? 0) * 100, (after.score.desirability[k].d ?? 0) * 100] as const),
    ].filter(([id, b, a]) => differ(id as string, a as number, b as number)).map(([id]) => id as string).sort();
    // the walk's case: pH 7.4 release and selectivity move (6.25 → 7.39 %, 13.1 → 13.4); loading and size do not
    expect(expected).toEqual(expect.arrayContaining(['release74', 'selectivity']));
    expect(expected).not.toContain('loading');
    expect(expected).not.toContain('size');
    expect(marks(html)).toEqual(expected);
    // the value without the calibration, and that it was applied as an override, are on the marker
    expect(html).toContain(`without them: ${withUnit(before.release.releasedAt24hPct['7.4'], '%', 3, RELEASED_PCT_DECIMALS)}`);
    expect(html).toContain('release kinetics (M2, applied anyway as a user override)');
  });

  it('a loading calibration marks the total loading', () => {
    const after = scored({ loading: [{ core: 'zif-8', agent: 'in10018', mode: 'one-pot', qmaxMgPerMg: 0.5, affinityK: 3 }] });
    const before = scored();
    expect(after.loading.totalLoadingPct).not.toBeCloseTo(before.loading.totalLoadingPct, 6);
    expect(marks(renderToStaticMarkup(<Overview scores={after} />))).toContain('loading');
  });
});
