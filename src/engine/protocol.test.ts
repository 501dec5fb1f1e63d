// Bench sheet arithmetic checked by hand (IZB@CCM one-pot ZIF-8, Doxil liposome), mass balance and linearity in the batch size for every preset.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESET_IDS, getPreset } from '../catalog';
import { RECIPE_BOOK, recipeBookSchema } from '../catalog/recipes';
import { protocolMarkdown, protocolSheet, ProtocolError, stepReferences } from './protocol';
import { scoreFormulation } from './index';

const scored = (id: string) => scoreFormulation(getPreset(id).formulation);
const line = (s: ReturnType<typeof protocolSheet>, reagent: string) => {
  const r = s.reagents.find((x) => x.reagent.startsWith(reagent));
  if (!r) throw new Error(`no reagent ${reagent}`);
  return r;
};

describe('recipe book', () => {
  it('passes its zod schema: every step and number has a source and a provenance mark', () => {
    expect(recipeBookSchema().safeParse(RECIPE_BOOK).success).toBe(true);
  });
  it('a step without a source is refused', () => {
    const bad = { ...RECIPE_BOOK, loadingSteps: { x: { id: 'x', text: 'long enough text', source: '', provenance: 'published' } } };
    expect(recipeBookSchema().safeParse(bad).success).toBe(false);
  });
});

describe('protocolSheet: IZB@CCM by hand (10 mg, water)', () => {
  const s = scored('izb-ccm');
  const sheet = protocolSheet(s, { batchMg: 10 });
  // model M1/M0 for this preset: loaded 0.15 (IN10018) + 0.2 (Bi) mg/mg core, membrane 19/92 mg/mg core
  it('reads the model loading it is built on', () => {
    expect(s.loading.payloads.map((p) => p.loadedMgPerMgCarrier)).toEqual([expect.closeTo(0.15, 12), expect.closeTo(0.2, 12)]);
    expect(s.geometry.membraneMassPerCoreMass).toBeCloseTo(19 / 92, 12);
  });
  const core = 10 / (1 + 0.15 + 0.2 + 19 / 92); // = 920 / 143.2 = 6.42458 mg
  const nZn = core / 227.6 / 0.5; // mmol, 50 % Zn yield (assumption)
  it('core and ZIF-8 reagents: Zn(NO3)2·6H2O, 2-MIM 1:70, water at 0.0447 M', () => {
    expect(sheet.expected.coreMg).toBeCloseTo(920 / 143.2, 10);
    expect(line(sheet, 'Zinc nitrate').amount).toBeCloseTo(nZn * 297.5, 9); // 16.80 mg
    expect(line(sheet, 'Zinc nitrate').amount).toBeCloseTo(16.795, 2);
    expect(line(sheet, '2-Methylimidazole').amount).toBeCloseTo(nZn * 70 * 82.1, 8); // 324.4 mg
    expect(line(sheet, 'Water').amount).toBeCloseTo(nZn / 0.0447, 10); // 1.263 mL
  });
  it('drug feed = loaded / EE; Bi precursor from the Bi feed', () => {
    // IN10018: loaded 0.15·core, EE 75 % → feed 0.2·core (the design's feed ratio)
    expect(line(sheet, 'IN10018').amount).toBeCloseTo((0.15 * core) / 0.75, 10);
    expect(line(sheet, 'IN10018').amount).toBeCloseTo(0.2 * core, 10);
    // Bi: loaded 0.2·core, EE 2/3 → feed 0.3·core of Bi; Bi(NO3)3·5H2O = feed / 208.98 × 485.1
    expect(line(sheet, 'Bismuth nitrate').amount).toBeCloseTo(((0.3 * core) / 208.98037) * 485.1, 8); // 4.474 mg
  });
  it('membrane protein and cells: core × ratio 1 × fraction 0.5; 20 µg (HeLa), 30 µg (CAF) per 10^6 cells', () => {
    const hela = sheet.reagents.filter((r) => r.reagent.includes('HeLa'));
    expect(hela.find((r) => r.unit === 'mg')!.amount).toBeCloseTo(core * 0.5, 10);
    expect(hela.find((r) => r.unit === 'cells')!.amount).toBeCloseTo(((core * 0.5 * 1000) / 20) * 1e6, 0); // 1.61e8
    const caf = sheet.reagents.filter((r) => r.unit === 'cells' && r !== hela[1]);
    expect(caf.some((r) => Math.abs(r.amount - ((core * 0.5 * 1000) / 30) * 1e6) < 1)).toBe(true); // 1.07e8
    expect(sheet.steps.map((x) => x.id)).toContain('fusion');
  });
  it('checklist carries the engine predictions (d_h, LC/EE, release at 24 h at three pH)', () => {
    const c = Object.fromEntries(sheet.checklist.map((x) => [x.id, x.predicted]));
    expect(c.dh).toBe(s.geometry.hydrodynamicDiameterNm);
    expect(c['ee.in10018']).toBeCloseTo(75, 9);
    expect(c['release.5.0']).toBe(s.release.releasedAt24hPct['5.0']);
    expect(c.zeta).toBeNull();
  });
  it('methanol: 1:8 ligand and 0.0246 M', () => {
    const m = protocolSheet(s, { batchMg: 10, solvent: 'methanol' });
    expect(line(m, '2-Methylimidazole').amount).toBeCloseTo(nZn * 8 * 82.1, 8);
    expect(line(m, 'Methanol').amount).toBeCloseTo(nZn / 0.0246, 10);
  });
});

describe('protocolSheet: Doxil liposome by hand', () => {
  const s = scored('doxil');
  const sheet = protocolSheet(s, { batchMg: 10 });
  it('lipids split 9.58 : 3.19 : 3.19 of the core; ammonium sulfate volume at 15.96 mg/mL', () => {
    const c = sheet.expected.coreMg;
    expect(line(sheet, 'HSPC').amount).toBeCloseTo((c * 9.58) / 15.96, 10);
    expect(line(sheet, 'Cholesterol').amount).toBeCloseTo((c * 3.19) / 15.96, 10);
    expect(line(sheet, '250 mM').amount).toBeCloseTo(c / 15.96, 10);
    expect(sheet.steps.some((x) => x.id === 'remote')).toBe(true);
  });
});

describe('protocolSheet invariants over every preset', () => {
  it('mass balance: core + loaded + membrane = batch; every step sourced', () => {
    for (const id of PRESET_IDS) {
      const sheet = protocolSheet(scored(id), { batchMg: 10 });
      expect(sheet.expected.productMg, id).toBeCloseTo(10, 9);
      for (const st of sheet.steps) expect(st.source.length, `${id} ${st.id}`).toBeGreaterThan(4);
      for (const r of sheet.reagents) expect(Number.isFinite(r.amount) && r.amount >= 0, `${id} ${r.reagent}`).toBe(true);
      expect(protocolMarkdown(sheet)).toContain('| Release at 24 h, pH 7.4 |');
    }
  });
  it('every amount is linear in the batch size', () => {
    const scoresById = Object.fromEntries(PRESET_IDS.map((id) => [id, scored(id)]));
    fc.assert(
      fc.property(fc.constantFrom(...PRESET_IDS), fc.double({ min: 0.1, max: 1000, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), (id, b, k) => {
        const a = protocolSheet(scoresById[id], { batchMg: b });
        const z = protocolSheet(scoresById[id], { batchMg: b * k });
        a.reagents.forEach((r, i) => expect(z.reagents[i].amount).toBeCloseTo(r.amount * k, Math.max(0, 6 - Math.ceil(Math.log10(Math.max(1, r.amount * k))))));
      }),
      { numRuns: 60 },
    );
  });
  it('refuses a bad batch size with the field name', () => {
    expect(() => protocolSheet(scored('izb-ccm'), { batchMg: -1 })).toThrow(ProtocolError);
    expect(() => protocolSheet(scored('izb-ccm'), { batchMg: Number.NaN })).toThrow(/batchMg/);
  });
});

describe('walkthrough fixes (IZB@CCM, 12.5 mg)', () => {
  const s = scored('izb-ccm');
  const sheet = protocolSheet(s, { batchMg: 12.5 });
  it('membrane fed = core × design ratio (1 → 8.03 mg); on the particles = core × the model\'s c·r_geom; the batch balances', () => {
    expect(sheet.expected.membraneFedMg).toBeCloseTo(sheet.expected.coreMg * 1, 12);
    expect(sheet.expected.membraneMg).toBeCloseTo(sheet.expected.coreMg * s.geometry.membraneMassPerCoreMass, 12);
    expect(sheet.expected.membraneMg).toBeLessThan(sheet.expected.membraneFedMg);
    expect(sheet.expected.productMg).toBeCloseTo(12.5, 10);
  });
  it('the whole-feed EE row is the number the loading score uses (Σ loaded / Σ fed = 70 %), per-payload EEs stay per payload', () => {
    const total = sheet.checklist.find((c) => c.id === 'ee.total')!;
    const f = s.formulation as { payloads: { feedMassRatio: number }[] };
    const byHand = (100 * s.loading.payloads.reduce((a, p) => a + p.loadedMgPerMgCarrier, 0)) / f.payloads.reduce((a, p) => a + p.feedMassRatio, 0);
    expect(total.predicted).toBeCloseTo(byHand, 12);
    expect(s.score.desirability.loading.note).toContain(`EE ${total.predicted!.toFixed(1)} %`);
    expect(sheet.checklist.find((c) => c.id === 'ee.in10018')!.label).toMatch(/this payload/);
  });
  it('each reference is listed once; every step cites at least one; Pan 2011 is reference 1 for the first four steps', () => {
    const { references, byStep } = stepReferences(sheet.steps);
    expect(new Set(references).size).toBe(references.length);
    expect(byStep.every((r) => r.length > 0)).toBe(true);
    expect(references[0]).toMatch(/^Pan Y\./);
    expect(byStep.slice(0, 4).every((r) => r.includes(1))).toBe(true);
    expect(protocolMarkdown(sheet).split('## Amounts')[0].split('Pan Y. et al.').length - 1).toBe(1); // the steps part; the amounts table names each row's source
  });
});
