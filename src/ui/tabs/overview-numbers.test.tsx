// walk11 #9/#10: the Overview's released percentage reads as the model's explanation and score line write it (one rule:
// one decimal), and its SER is named by its scenario (tumour in vivo), so the In vitro tab's plate SER does not contradict it.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { PRESETS } from '../../catalog/presets';
import { parseFormulation } from '../../schema';
import { CATALOG_LOOKUP, scoreCompleted } from '../../engine';
import { METRIC_BY_KEY } from '../../charts/metrics';
import { fixed, RELEASED_PCT_DECIMALS, withUnit } from '../format';
import { Overview } from './Overview';

function izb() {
  const r = parseFormulation(PRESETS['izb-ccm'].formulation, {});
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return scoreCompleted(r.value, CATALOG_LOOKUP);
}

describe('Overview key numbers', () => {
  const s = izb();
  const html = renderToStaticMarkup(<Overview scores={s} />);
  const r74 = s.release.releasedAt24hPct['7.4'];

  it('released in 24 h at pH 7.4: the key number, the explain result and the Release score line write the same figure', () => {
    // the model's own texts (golden corpus: left as they are)
    const scoreLine = /pH 7\.4 release at 24 h ([\d.]+) %/.exec(s.score.desirability.release.note ?? '')?.[1];
    const explainResult = Object.values(s.explanations ?? {}).flat().find((e) => e.equation === 'M2.release')?.result?.value;
    expect(scoreLine).toBeDefined();
    expect(String(explainResult)).toMatch(new RegExp(`^${scoreLine!.replace('.', '\\.')} %`));
    // the button's text (its aria-label carries it too)
    const button = /aria-label="Released at 24 h, pH 7\.4: ([^"]+)\. Explain"/.exec(html)?.[1];
    expect(button).toBe(`${scoreLine} %`);
    expect(button).toBe(withUnit(r74, '%', 3, RELEASED_PCT_DECIMALS));
    // Compare writes it the same way
    expect(fixed(r74, METRIC_BY_KEY['release.releasedAt24hPct.7.4'].decimals!)).toBe(scoreLine);
  });
  it('the SER is named by its scenario, tumour in vivo, and points at the In vitro tab’s plate', () => {
    expect(html).toMatch(/<dt data-testid="overview-ser-label">Sensitizer enhancement ratio, tumour in vivo<span[^>]*>dose ratio at SF 0\.1 in the tumour; the In vitro tab’s SER is of the cells in its plate<\/span><\/dt>/);
    expect(html).toContain('aria-label="Sensitizer enhancement ratio, tumour in vivo: ');
  });
});

describe('fixed', () => {
  it('rounds to the given decimals, n/a for missing values', () => {
    expect(fixed(6.2497, 1)).toBe('6.2');
    expect(fixed(81.55, 1)).toBe((81.55).toFixed(1));
    expect(fixed(null, 1)).toBe('n/a');
    expect(fixed(Number.NaN, 1)).toBe('n/a');
  });
});
