// The in-vitro catalog: every cell-line and plate value carries a unit, a source and a provenance; ids match the data.
import { describe, expect, it } from 'vitest';
import { CELL_LINES, CELL_LINE_IDS, PLATES, PLATE_IDS, cellLineProvenanceAudit } from './cell-lines';

describe('cell lines and plates', () => {
  it('ids match the records', () => {
    expect(Object.keys(CELL_LINES).sort()).toEqual([...CELL_LINE_IDS].sort());
    expect(Object.keys(PLATES).sort()).toEqual([...PLATE_IDS].sort());
  });
  it('every value is sourced, with unit and provenance, inside its own range; recalled values are flagged to verify', () => {
    const audit = cellLineProvenanceAudit();
    expect(audit.length).toBeGreaterThan(40);
    for (const { path, param: p } of audit) {
      expect(p.source.length, path).toBeGreaterThan(10);
      expect(p.unit.length, path).toBeGreaterThan(0);
      expect(['data', 'published', 'fitted', 'assumption']).toContain(p.provenance);
      if (p.min !== undefined) expect(p.value, path).toBeGreaterThanOrEqual(p.min);
      if (p.max !== undefined) expect(p.value, path).toBeLessThanOrEqual(p.max);
      if (/recalled, to verify/.test(p.source)) expect(p.verify, path).toBe(true);
    }
  });
});
