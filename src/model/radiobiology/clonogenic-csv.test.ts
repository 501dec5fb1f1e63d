// The clonogenic CSV reader (walkthrough 7 item 7): one file with dose, SF control, SD, SF treated, SD in any order is read as both arms with SDs as weights; one-arm files as before; refusals name the line or column.
import { describe, expect, it } from 'vitest';
import { parseClonogenicCsv } from './fit-survival';

const ROWS = [[0, 1, 0.08, 1, 0.09], [2, 0.5, 0.05, 0.4, 0.04], [4, 0.2, 0.02, 0.12, 0.012], [6, 0.07, 0.007, 0.03, 0.003]];

describe('parseClonogenicCsv', () => {
  it('both arms in one file, columns in any order, SD named after its arm: weights (SF/SD)²', () => {
    const text = ['SF treated SD;Dose (Gy);SF treated;SF control;SF control SD', ...ROWS.map((r) => [r[4], r[0], r[3], r[1], r[2]].join(';').replace(/\./g, ','))].join('\r\n');
    const r = parseClonogenicCsv(text);
    expect(r.control!.map((p) => p.sf)).toEqual([1, 0.5, 0.2, 0.07]);
    expect(r.treated!.map((p) => p.doseGy)).toEqual([0, 2, 4, 6]);
    expect(r.treated![1].weight).toBeCloseTo((0.4 / 0.04) ** 2, 9);
    expect(r.control![3].weight).toBeCloseTo((0.07 / 0.007) ** 2, 9);
    expect(r.understood).toMatch(/control = "SF control" \(weights \(SF\/SD\)² from "SF control SD"\)/);
  });
  it('an SD column without the arm’s name belongs to the surviving fraction on its left; an unknown column is named as ignored', () => {
    const text = ['dose,control,SD,+ NP,SEM,note', ...ROWS.map((r) => [...r, 'x'].join(','))].join('\n');
    const r = parseClonogenicCsv(text);
    expect(r.treated![2].weight).toBeCloseTo((0.12 / 0.012) ** 2, 9);
    expect(r.understood).toMatch(/treated = "\+ NP" \(weights .* from "SEM"\).*ignored: "note"/);
  });
  it('one arm: dose, SF[, weight] as before (no weights invented)', () => {
    const r = parseClonogenicCsv('Dose (Gy),SF\n0,1\n2,0.5\n4,0.2\n');
    expect(r.control).toBeUndefined();
    expect(r.single!.map((p) => p.weight)).toEqual([undefined, undefined, undefined]);
    const sd = parseClonogenicCsv('Dose,SF,SD\n0,1,0.1\n2,0.5,0.05\n4,0.2,0.04\n');
    expect(sd.single![2].weight).toBeCloseTo(25, 12);
  });
  it('refusals name the line or column and the reason', () => {
    expect(() => parseClonogenicCsv('dose,SF a,SF b\n0,1,1\n2,0.5,0.4\n4,0.2,0.1\n')).toThrow(/neither named as the control/);
    expect(() => parseClonogenicCsv('dose,SF control,SD,SF treated,SD\n0,1,0,1,0.1\n2,0.5,0.05,0.4,0.04\n4,0.2,0.02,0.1,0.01\n')).toThrow(/line 2: SD \(column "SD"\) must be > 0/);
    expect(() => parseClonogenicCsv('dose,SF control,SF treated\n0,1,1\n2,0.5,1.4\n4,0.2,0.1\n')).toThrow(/line 3, column "SF treated": surviving fraction must be in \(0, 1\], got 1.4/);
    expect(() => parseClonogenicCsv('dose,SF control,SF t1,SF t2\n0,1,1,1\n')).toThrow(/3 surviving-fraction columns/);
  });
});
