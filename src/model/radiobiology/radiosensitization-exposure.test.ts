// Tests of the chain split at the exposure (radiosensitizationByExposure, localEnhancementValueFor): every field equals the full radiosensitization() to the last bit, with and without parameter overrides, in each tissue and beam.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getBeam, localEnhancementValue, localEnhancementValueFor } from '../physics';
import { radiosensitization, radiosensitizationByExposure, type RadiosensitizationInputs } from './radiosensitization';

const beam = fc.constantFrom('6MV', 'Ir-192', '225kVp', 'Co-60');
const exposure = fc.record({
  elements: fc.record({ Bi: fc.double({ min: 0, max: 20, noNaN: true }), Au: fc.double({ min: 0, max: 5, noNaN: true }) }),
  intracellularPgPerCell: fc.record({ Bi: fc.double({ min: 0, max: 50, noNaN: true }), Au: fc.double({ min: 0, max: 10, noNaN: true }) }),
  freeDrugM: fc.double({ min: 0, max: 1e-4, noNaN: true }),
  hypoxiaReliefFactor: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
});
const params = fc.option(
  fc.record({ ser105kVp: fc.double({ min: 1.2, max: 2, noNaN: true }), mRefPg: fc.double({ min: 1, max: 20, noNaN: true }), epsFak: fc.double({ min: 0, max: 1, noNaN: true }), rhoFak: fc.double({ min: 0, max: 1, noNaN: true }) }, { requiredKeys: [] }),
  { nil: undefined },
);

describe('radiosensitizationByExposure', () => {
  it('equals radiosensitization() field by field, to the last bit, for several exposures of one setup', () => {
    fc.assert(
      fc.property(beam, params, fc.constantFrom<RadiosensitizationInputs['tissue']>('water', 'soft-tissue'), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(exposure, { minLength: 1, maxLength: 4 }), (b, p, tissue, g, exs) => {
        const inp: RadiosensitizationInputs = { beam: b, params: p, tissue, cafUptakeG: g, ic50M: 1e-7, explain: false };
        const run = radiosensitizationByExposure(inp);
        for (const ex of exs) {
          const fast = run(ex);
          const full = radiosensitization({ ...inp, ...ex });
          expect(fast.doseEnhancementFactor).toBe(full.doseEnhancementFactor);
          expect(fast.localEnhancementFactor).toBe(full.localEnhancementFactor);
          expect(fast.hypoxicFraction).toBe(full.hypoxicFraction);
          expect(fast.fakOccupancy).toBe(full.fakOccupancy);
          expect(fast.compartmentsControl).toEqual(full.compartmentsControl);
          expect(fast.compartmentsTreated).toEqual(full.compartmentsTreated);
        }
      }),
      { numRuns: 150 },
    );
  });
  it('bad exposures are named as the full chain names them', () => {
    const run = radiosensitizationByExposure({ beam: '6MV', explain: false });
    expect(() => run({ intracellularPgPerCell: { Bi: -1 } })).toThrow(/mCellPg/);
    expect(() => run({ freeDrugM: -1 })).toThrow(/freeDrugM/);
    expect(() => run({ intracellularPgPerCell: { Xx: 1 } })).toThrow(/unknown element/);
  });
});

describe('localEnhancementValueFor', () => {
  it('equals localEnhancementValue for every mass, element and anchor override', () => {
    fc.assert(
      fc.property(beam, fc.constantFrom('Au', 'Bi', 'Hf', 'Gd'), fc.double({ min: 0, max: 100, noNaN: true }), fc.option(fc.double({ min: 1.1, max: 2, noNaN: true }), { nil: undefined }), (b, el, m, ser) => {
        const o = ser === undefined ? undefined : { ser6MV: ser, ser105kVp: ser };
        const bm = getBeam(b);
        expect(localEnhancementValueFor(bm, o)(el, m)).toBe(localEnhancementValue(el, m, bm, o));
      }),
      { numRuns: 200 },
    );
    expect(() => localEnhancementValueFor(getBeam('6MV'), { mRefPg: 0 })('Au', 1)).toThrow(/mRefPg/);
  });
});
