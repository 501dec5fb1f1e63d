// The in-vitro plate experiment (scenario.setting / scenario.invitro, issue #26) travels in a link: every input, the optional ones included, comes back unchanged.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog/presets';
import { decodeLink, encodeLink } from './link';

const INVITRO = {
  cellLine: 'siha',
  plate: '6-well',
  concentrationUgPerMl: 120,
  incubationH: 6,
  serumFraction: 0.05,
  temperatureC: 37,
  cellsPerCm2: 80000,
  measuredPgPerCell: 3,
  measuredElement: 'Zn',
  agglomerateDiameterNm: 450,
  fractalDimension: 2.3,
  bindingKdUgPerMl: 5,
  bindingCapacityUgPerCm2: 2.5,
};

describe('in-vitro inputs in a link', () => {
  it('round trip: #f= link → the same scenario.setting and scenario.invitro', () => {
    const f = PRESETS['izb-ccm'].formulation;
    const doc = { ...f, scenario: { ...(f.scenario ?? {}), setting: 'in-vitro', invitro: INVITRO } };
    const r = decodeLink(encodeLink(doc));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = (r.workspace.formulations[0] as { scenario: { setting?: string; invitro?: unknown } }).scenario;
    expect(s.setting).toBe('in-vitro');
    expect(s.invitro).toEqual(INVITRO);
  });
  it('an in-vivo document gains no in-vitro keys through a link', () => {
    const r = decodeLink(encodeLink(PRESETS['izb-ccm'].formulation));
    expect(r.ok && (r.workspace.formulations[0] as { scenario: Record<string, unknown> }).scenario.invitro).toBeUndefined();
  });
});
