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
    expect(() => parseClonogenicCsv('dose,SF control,SD,SF treated,SD\n0,1,-0.1,1,0.1\n2,0.5,0.05,0.4,0.04\n4,0.2,0.02,0.1,0.01\n')).toThrow(/line 2: SD \(column "SD"\) must be ≥ 0/);
    expect(() => parseClonogenicCsv('dose,SF control,SF treated\n0,1,1\n2,0.5,1.4\n4,0.2,0.1\n')).toThrow(/line 3, column "SF treated": surviving fraction must be in \(0, 1\], got 1.4/);
    expect(() => parseClonogenicCsv('dose,SF control,SF t1,SF t2\n0,1,1,1\n')).toThrow(/2 surviving-fraction columns in the treated arm .* not named as replicates/);
    // every problem of the file in one message (walk9: one at a time took three uploads)
    expect(() => parseClonogenicCsv('dose,SF control,SF treated\n0,1,1\n2,0.5,1.4\n4,x,0.1\n6,0.1,0.05\n')).toThrow(/^2 problems: line 3, column "SF treated": .*; line 4: surviving fraction \(column "SF control"\) "x" is not a number/);
  });

  // walk9 findings 1–3: the lab's own export (BOM, semicolons, decimal commas, CRLF, replicates + Mean + SD per arm, SD 0 at 0 Gy, Excel's `;;;;` rows)
  const LAB_BOTH = '\uFEFFDose (Gy);Control R1;Control R2;Control R3;Control Mean;Control SD;IZB@CCM 50 µg/mL R1;IZB@CCM 50 µg/mL R2;IZB@CCM 50 µg/mL R3;IZB@CCM 50 µg/mL Mean;IZB@CCM 50 µg/mL SD\r\n'
    + '0;1,0000;1,0000;1,0000;1,0000;0,0000;1,0000;1,0000;1,0000;1,0000;0,0000\r\n'
    + '2;0,5940;0,6244;0,6071;0,6085;0,0152;0,4953;0,4682;0,4805;0,4813;0,0136\r\n'
    + '4;0,2745;0,2754;0,2512;0,2671;0,0137;0,1416;0,1532;0,1588;0,1512;0,0088\r\n'
    + '6;0,0784;0,0896;0,0817;0,0832;0,0058;0,0331;0,0343;0,0339;0,0338;0,0006\r\n'
    + '8;0,0201;0,0227;0,0209;0,0212;0,0013;0,0054;0,0060;0,0059;0,0058;0,0003\r\n;;;;;;;;;;\r\n;;;;;;;;;;\r\n\r\n';
  it('a lab sheet with replicates + Mean + SD per arm: the sheet\'s Means with their SDs are fitted, the replicates set aside, `;;;;` rows skipped, SD 0 at 0 Gy weighted as the arm\'s best point', () => {
    const r = parseClonogenicCsv(LAB_BOTH);
    expect(r.control!.map((p) => p.sf)).toEqual([1, 0.6085, 0.2671, 0.0832, 0.0212]);
    expect(r.treated!.map((p) => p.sf)).toEqual([1, 0.4813, 0.1512, 0.0338, 0.0058]);
    expect(r.treated![2].weight).toBeCloseTo((0.1512 / 0.0088) ** 2, 9);
    // SD 0 at 0 Gy: the largest weight of its arm (the 0 Gy point adds nothing to the no-intercept LQ fit anyway)
    const wT = r.treated!.slice(1).map((p) => p.weight!);
    expect(r.treated![0].weight).toBe(Math.max(...wT));
    expect(r.understood).toMatch(/control = "Control Mean" \(weights \(SF\/SD\)² from "Control SD"\)/);
    expect(r.understood).toMatch(/treated = "IZB@CCM 50 µg\/mL Mean"/);
    expect(r.understood).toMatch(/set aside .*"Control R1", "Control R2", "Control R3", "IZB@CCM 50 µg\/mL R1"/);
    expect(r.understood).toMatch(/SD 0 at line 2: weighted as the arm's best-measured point/);
    expect(r.understood).toMatch(/2 rows of empty cells skipped \(lines 7, 8\)/);
  });
  it('one arm with replicates and the sheet\'s Mean and SD (SF rep1–3; Mean; SD): the Mean is fitted', () => {
    const text = 'Dose (Gy);SF rep1;SF rep2;SF rep3;Mean;SD\n0;1,0;1,0;1,0;1,0;0,0\n2;0,594;0,6244;0,6071;0,6085;0,0152\n4;0,2745;0,2754;0,2512;0,2671;0,0137\n6;0,0784;0,0896;0,0817;0,0832;0,0058\n;;;;;\n';
    const r = parseClonogenicCsv(text);
    expect(r.single!.map((p) => p.sf)).toEqual([1, 0.6085, 0.2671, 0.0832]);
    expect(r.single![1].weight).toBeCloseTo((0.6085 / 0.0152) ** 2, 9);
  });
  it('surviving fractions in % (header says so) are read as fractions, with their SD; a viability sheet is sent to the viability import', () => {
    const r = parseClonogenicCsv('Dose (Gy),Survival (%),SD (%)\n0,100,0\n2,55,5\n4,25,2.5\n6,9,1\n');
    expect(r.single!.map((p) => p.sf)).toEqual([1, 0.55, 0.25, 0.09]);
    expect(r.single![1].weight).toBeCloseTo((0.55 / 0.05) ** 2, 9);
    expect(r.understood).toMatch(/in % \(read as fractions\): "Survival \(%\)"/);
    expect(() => parseClonogenicCsv('Concentration (µg/mL);Viability rep1 (%);Mean (%);SD (%)\n0;98;99;4,3\n6,25;96,7;98,8;2\n12,5;94;93,6;2,4\n')).toThrow(/viability \(MTT\/CCK-8\) sheet .* viability import/);
  });
  it('replicates without a Mean are averaged per dose, weighted by their own sample SD (by hand)', () => {
    const text = 'Dose (Gy),SF rep 1,SF rep 2,SF rep 3\n0,1,1,1\n2,0.5,0.6,0.55\n4,0.2,0.3,0.25\n6,0.08,0.1,0.09\n';
    const r = parseClonogenicCsv(text);
    expect(r.single![1].sf).toBeCloseTo(0.55, 12);
    // sample SD of 0.5, 0.6, 0.55 = 0.05 → w = (0.55 / 0.05)² = 121
    expect(r.single![1].weight).toBeCloseTo(121, 9);
    expect(r.understood).toMatch(/the mean of 3 replicates/);
  });
});
