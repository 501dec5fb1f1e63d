// A calibrated release value explains itself as fitted to the user's data (#25 item 3), never as the literature
// assumption it replaced; an explicit override of the same key wins and is not marked fitted.
import { describe, expect, it } from 'vitest';
import { scoreFormulation } from './index';
import { PRESETS } from '../catalog';

const izb = () => JSON.parse(JSON.stringify(PRESETS['izb-ccm'].formulation)) as Record<string, unknown>;
const rows = (s: ReturnType<typeof scoreFormulation>) => Object.values(s.explanations).flat().flatMap((e) => e.params);

describe('calibration provenance', () => {
  it('v_ref from a release calibration is shown as fitted to your data with the calibration record', () => {
    const f = { ...izb(), calibrations: { release: [{ core: 'zif-8', params: { vRefNmPerH: 0.123 }, fittedTo: 'fitted to your data: 2 curve(s) at pH 7.4, 5.0; n = 24; 2026-12-07' }] } };
    const s = scoreFormulation(f);
    const fitted = rows(s).filter((p) => p.provenance === 'fitted' && p.value === 0.123);
    expect(fitted.length).toBeGreaterThan(0);
    expect(fitted[0].source).toMatch(/^fitted to your data \(release calibration: 2 curve\(s\) at pH 7\.4, 5\.0; n = 24; 2026-12-07\)$/);
    expect(rows(s).some((p) => p.value === 0.123 && p.provenance === 'assumption')).toBe(false);
  });
  it('numbers are those of the plain calibration; an explicit override of the same key is not marked fitted', () => {
    const f = { ...izb(), calibrations: { release: [{ core: 'zif-8', params: { vRefNmPerH: 0.123 } }] }, overrides: { 'core.release.vRefNmPerH': 0.2 } };
    const s = scoreFormulation(f);
    expect(rows(s).some((p) => p.value === 0.2 && p.provenance === 'fitted')).toBe(false);
    const lean = scoreFormulation(f, { lean: true });
    expect(lean.score.overall).toBe(s.score.overall);
  });
});
