// The plate's own beam (walk9 #24): scenario.invitro.beam is read with the beam grammar, kept only when given, and sets the plate's irradiation (not the in-vivo scenario's).
import { describe, expect, it } from 'vitest';
import { parseFormulation } from '../schema';
import { CATALOG_LOOKUP, scoreFormulation } from './index';
import { invitroOfCompleted } from './invitro';

const GOLD = { schema: 'nanoplatform.formulation/1', core: { material: 'gold', diameterNm: 50 }, scenario: { beam: '225kVp', setting: 'in-vitro' } };
const parse = (invitro: Record<string, unknown>) => parseFormulation({ ...GOLD, scenario: { ...GOLD.scenario, invitro } }, {});

describe('scenario.invitro.beam', () => {
  it('absent: the plate is irradiated with the scenario’s beam; given: with its own, in canonical form; a bad beam names the field', () => {
    const none = parse({});
    const six = parse({ beam: ' 6MV ' });
    if (!none.ok || !six.ok) throw new Error('does not parse');
    expect(none.value.scenario.invitro!.beam).toBeUndefined();
    expect(six.value.scenario.invitro!.beam).toBe('6MV');
    const a = invitroOfCompleted(none.value, CATALOG_LOOKUP);
    const b = invitroOfCompleted(six.value, CATALOG_LOOKUP);
    expect(a.conditions.beam).toBe('225kVp');
    expect(b.conditions.beam).toBe('6MV');
    // megavoltage photons barely see gold: the cell-average dose enhancement falls towards 1, well below the kV plate's
    expect(b.clonogenic.doseEnhancementFactor).toBeLessThan(a.clonogenic.doseEnhancementFactor);
    expect(b.clonogenic.doseEnhancementFactor).toBeGreaterThanOrEqual(1);
    // the in-vivo scores keep the scenario's beam
    const vivo = (doc: unknown) => (scoreFormulation(doc as never) as { radiosensitization: { sensitizerEnhancementRatio: number } }).radiosensitization.sensitizerEnhancementRatio;
    expect(vivo({ ...GOLD, scenario: { ...GOLD.scenario, invitro: { beam: '6MV' } } })).toBe(vivo(GOLD));
    const bad = parse({ beam: 'laser' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path)).toContain('scenario.invitro.beam');
  });
});
