// A sweep row's columns (sweepColumnsChain: the score's stages without the Scores object or the compartment model's AUCs) equal, to the bit, the same columns read from the full lean score.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESETS, PRESET_IDS } from '../catalog';
import { completeFormulation } from '../schema';
import { CATALOG_LOOKUP } from './catalog-lookup';
import { resolveOverrides } from './resolve-overrides';
import { scoreChain, scoreCompleted, sweepColumnsChain } from './score';
import { columnResults, sweepResults } from './sweep';

/** The row's columns as a sweep row writes them (sweep.ts columnResults), from the columns chain. */
function columnsOf(f: ReturnType<typeof completeFormulation>, overrides?: Record<string, number>) {
  const opts = overrides ? { overrides, lean: true } : { lean: true };
  const s = sweepColumnsChain(f, CATALOG_LOOKUP, opts, resolveOverrides(f, opts));
  return columnResults(s);
}

describe('sweepColumnsChain', () => {
  it('every preset: the same columns as the full lean score (Object.is per column)', () => {
    for (const id of PRESET_IDS) {
      const f = completeFormulation(PRESETS[id].formulation);
      const full = sweepResults(scoreCompleted(f, CATALOG_LOOKUP, { lean: true }));
      const cols = columnsOf(f);
      for (const k of Object.keys(full) as (keyof typeof full)[]) expect(Object.is(cols[k], full[k]), `${id} ${k}: ${cols[k]} vs ${full[k]}`).toBe(true);
    }
  });

  it('varied diameters, feeds, schedules and overrides (neighbour memos on): the same columns as the outputs-only chain', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESET_IDS),
        fc.double({ min: 5, max: 600, noNaN: true }),
        fc.double({ min: 0.001, max: 2, noNaN: true }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        (id, d, feed, fractions, ov) => {
          const doc = structuredClone(PRESETS[id].formulation) as { core: { diameterNm: number }; payloads: { feedMassRatio: number }[]; scenario: { fractions: number } };
          doc.core.diameterNm = d;
          if (doc.payloads.length > 0) doc.payloads[0].feedMassRatio = feed;
          if (doc.scenario) doc.scenario.fractions = fractions;
          const f = completeFormulation(doc);
          const overrides = ov ? { 'pk.carrierTumorHalfLifeH': 30, 'radiobiology.alphaPerGy': 0.3 } : undefined;
          const opts = overrides ? { overrides, lean: true } : { lean: true };
          const full = sweepResults(scoreChain(f, CATALOG_LOOKUP, opts, resolveOverrides(f, opts), true, true));
          const cols = columnsOf(f, overrides);
          for (const k of Object.keys(full) as (keyof typeof full)[]) if (!Object.is(cols[k], full[k])) return false;
          return true;
        },
      ),
      { numRuns: 150, seed: 21 },
    );
  });
});
