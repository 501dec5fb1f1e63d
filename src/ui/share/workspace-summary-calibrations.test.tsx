// walk11 #15: the link dialog's summary names each calibration (and an Apply-anyway override) and each parameter override, not just "calibrations".
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { summarizeWorkspace } from '../../share';
import { PRESETS } from '../../catalog/presets';
import { WorkspaceSummary } from './WorkspaceSummary';
import { overridesAndCalibrationsWords } from '../../share/calibration-summary';
import type { Workspace } from '../../schema';

const cal = {
  release: [{ core: 'zif-8', params: { nH: 0.691, vRefNmPerH: 0.0423 }, fittedTo: 'fitted to your data: …; APPLIED ANYWAY (user override), although …' }],
  loading: [{ core: 'zif-8', agent: 'in10018', mode: 'one-pot', qmaxMgPerMg: 0.5, affinityK: 3 }],
  localEffect: { params: { s220kVp: 2 }, fittedTo: 'fitted to your data: clonogenic' },
  viability: [{ arm: 'drug-alone', agent: 'in10018', ic50M: 6.8e-5, hill: 1.2 }],
};

describe('WorkspaceSummary with calibrations and overrides', () => {
  it('the link dialog\'s summary shows them (not only the word "calibrations")', () => {
    const ws = { schema: 'nanoplatform.workspace/1', formulations: [{ ...PRESETS['izb-ccm'].formulation, calibrations: cal, overrides: { 'localEffect.s220kVp': 2 } }] } as unknown as Workspace;
    expect(summarizeWorkspace(ws)[0].hasCalibrations).toBe(true);
    const html = renderToStaticMarkup(createElement(WorkspaceSummary, { workspace: ws, label: 'x', details: overridesAndCalibrationsWords }));
    expect(html).toContain('parameter overrides: localEffect.s220kVp = 2');
    expect(html).toContain('calibrations: release kinetics (M2) of ZIF-8');
    expect(html).toContain('applied anyway as a user override');
  });
});
