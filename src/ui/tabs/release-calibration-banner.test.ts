// walk11 #14: the release calibration's banner says when the measured data it was fitted to were replaced or removed.
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { measuredReleaseKey } from '../../state/calibration-data';
import { PRESETS } from '../../catalog/presets';
import { EIGHTEEN_POINTS, SIXTEEN_POINTS } from '../../state/test-fixtures';
import type { MeasuredRelease } from '../../state/types';
import { ReleaseCalibrationBanner } from './MechanisticCalibration';

const eighteen = EIGHTEEN_POINTS;
const sixteen = SIXTEEN_POINTS;

describe('ReleaseCalibrationBanner', () => {
  const p = PRESETS['izb-ccm'].formulation;
  const cal = (dataKey?: string) => ({ core: 'zif-8', params: { nH: 0.69, vRefNmPerH: 0.042 }, fittedTo: 'fitted to your data: 2 curve(s) at pH 7.4, 5.0; n = 18', ...(dataKey ? { dataKey } : {}) });
  const html = (measured: MeasuredRelease[]) => renderToStaticMarkup(createElement(ReleaseCalibrationBanner, {
    candidate: { id: 'c1', draft: { ...p, calibrations: { release: [cal(measuredReleaseKey(eighteen))] }, measurements: { release: measured } } },
    measured,
    onRefit: () => undefined,
  }));
  it('fitted data in place: the record as it is, no warning', () => {
    const h = html(eighteen);
    expect(h).toContain('fitted to your data: 2 curve(s)');
    expect(h).not.toContain('calibration-data-replaced');
  });
  it('data replaced: says so, names what is stored now, offers refit and removal; the record no longer says "your data"', () => {
    const h = html(sixteen);
    expect(h).toContain('data-testid="calibration-data-replaced"');
    expect(h).toContain('have been replaced');
    expect(h).toContain('2 curves (pH 7.4, 5.0), 16 points');
    expect(h).toContain('data-testid="calibration-refit"');
    expect(h).toContain('Remove calibration');
    expect(h).toContain('fitted to earlier data, no longer stored: 2 curve(s)');
    expect(h).not.toContain('(fitted to your data');
  });
  it('data removed: says so and offers removal (no refit without data)', () => {
    const h = html([]);
    expect(h).toContain('have been removed');
    expect(h).not.toContain('calibration-refit');
  });
});
