// A clonogenic calibration's record (formulation.calibrations.localEffect, #26 item 3) travels in share links and workspace files unchanged: the fitted strengths keep saying where they come from.
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from './link';
import { exportWorkspaceJson, importWorkspaceJson } from './files';

const record = { params: { s105kVp: 1.9, s220kVp: 1.2, s6MV: 0.3 }, fittedTo: 'fitted to your data: clonogenic “lab.csv” (control n = 6, treated n = 6); strength × 1.23 ± 0.05 (SE); 2026-12-07' };
const gold = { schema: 'nanoplatform.formulation/1', name: 'fitted gold', core: { material: 'gold', diameterNm: 50 }, scenario: { beam: 'kvp:105:2mmAl', setting: 'in-vitro' }, calibrations: { localEffect: record } };

describe('calibrations.localEffect in links and files', () => {
  it('travels in links and in workspace files unchanged (values rounded like every number)', () => {
    const doc = gold;
    const back = decodeLink(encodeLink(doc));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const f = back.workspace.formulations[0] as { calibrations?: { localEffect?: unknown } };
    expect(f.calibrations?.localEffect).toEqual(record);
    const file = importWorkspaceJson(exportWorkspaceJson(back.workspace));
    expect(file.ok).toBe(true);
    if (file.ok) expect((file.workspace.formulations[0] as typeof f).calibrations?.localEffect).toEqual(record);
  });

});
