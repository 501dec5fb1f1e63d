// walk9 #8: after a clonogenic calibration the Overview says the local effect is fitted to your data (beside the SER and on the warning that asks for it), without changing the engine's warning text (golden corpus).
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { PRESETS } from '../../catalog/presets';
import { parseFormulation } from '../../schema';
import { CATALOG_LOOKUP, scoreCompleted } from '../../engine';
import { Overview } from './Overview';

function scored(calibrated: boolean) {
  const p = PRESETS['izb-ccm'].formulation;
  const doc = calibrated ? { ...p, calibrations: { localEffect: { params: { s105kVp: 2, s220kVp: 2, s6MV: 2 }, fittedTo: 'fitted to your data: clonogenic “c.csv”' } } } : p;
  const r = parseFormulation(doc, {});
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return scoreCompleted(r.value, CATALOG_LOOKUP);
}

describe('Overview after a clonogenic calibration', () => {
  it('the assumption warning is kept as the engine wrote it and annotated as calibrated; the SER carries a "fitted to your data" badge; none without a calibration', () => {
    const before = scored(false);
    const after = scored(true);
    const msg = (s: typeof before) => s.warnings.find((w) => /calibrate with your own data/.test(w.message));
    // the preset's SER is driven by the empirical terms: the engine warns, before and after (its text is the golden corpus')
    expect(msg(before)).toBeDefined();
    expect(msg(after)?.message).toBe(msg(before)?.message);
    const html0 = renderToStaticMarkup(<Overview scores={before} />);
    const html1 = renderToStaticMarkup(<Overview scores={after} />);
    expect(html0).not.toContain('data-testid="warning-calibrated"');
    expect(html0).not.toContain('data-testid="ser-calibrated"');
    expect(html1).toContain('data-testid="warning-calibrated"');
    expect(html1).toContain('data-testid="ser-calibrated"');
    expect(html1).toContain('clonogenic “c.csv”');
  });
});
