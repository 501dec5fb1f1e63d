// fast-check arbitraries for valid workspaces: a preset (catalog) as the base, every free field drawn from its allowed range, names with any text.
import fc from 'fast-check';
import { PRESETS, PRESET_IDS, MEMBRANE_IDS } from '../../catalog';
import { parseWorkspace, type Workspace } from '../../schema';
import { mulberry32 } from '../../model/rng';
import { measurementsArb } from '../../schema/testing/arbitraries';

export { mulberry32 };
export { loadingPointArb, measurementsArb, releaseCurveArb } from '../../schema/testing/arbitraries';

const sig = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });

/** Names: plain text, unicode, HTML/script, quotes, formula-like starts. */
export const nameArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom('IZB@CCM', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '=HYPERLINK("http://x")', '"quoted", name', 'ZIF-8 ★ 120 nm', '__proto__', 'constructor'),
);

const membranesArb = fc
  .uniqueArray(fc.constantFrom(...MEMBRANE_IDS), { minLength: 1, maxLength: 3 })
  .chain((ids) => fc.tuple(fc.constant(ids), fc.array(sig(0.05, 1), { minLength: ids.length, maxLength: ids.length })))
  .map(([ids, w]) => {
    const total = w.reduce((a, b) => a + b, 0);
    const fr = w.map((x) => Math.round((x / total) * 1000) / 1000);
    fr[fr.length - 1] = Math.round((1 - fr.slice(0, -1).reduce((a, b) => a + b, 0)) * 1000) / 1000;
    return ids.map((source, i) => ({ source, fraction: fr[i] }));
  })
  .filter((ms) => ms.every((m) => m.fraction > 0));

/** A formulation draft: a preset with sizes, feeds, coating and scenario varied within the contract's ranges. */
export const formulationDraftArb = fc
  .record({
    preset: fc.constantFrom(...PRESET_IDS),
    name: nameArb,
    diameterNm: sig(30, 300),
    feeds: fc.array(sig(0.01, 0.5), { minLength: 3, maxLength: 3 }),
    coat: fc.option(fc.record({ membranes: membranesArb, ratio: sig(0.2, 2), peg: fc.boolean() }), { nil: undefined }),
    scenario: fc.record({
      tumorMassG: sig(0.05, 2),
      doseMgPerKg: sig(0.5, 50),
      fractionDoseGy: sig(1, 8),
      fractions: fc.integer({ min: 1, max: 30 }),
      irradiationDelayH: sig(1, 72),
      medium: fc.constantFrom('buffer', 'pbs', 'serum'),
      beam: fc.constantFrom('225kVp', '160kVp', '6MV', 'Co-60', 'Ir-192', 'mono:0.1', 'kvp:200:0.3mmCu'),
      alphaPerGy: sig(0.05, 0.6),
      betaPerGy2: sig(0.005, 0.08),
    }),
    notes: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
  })
  .map((r) => {
    const base = structuredClone(PRESETS[r.preset].formulation);
    const f: Record<string, unknown> = { ...base, name: r.name, core: { ...base.core, diameterNm: r.diameterNm } };
    if (Array.isArray(base.payloads)) f.payloads = (base.payloads as Record<string, unknown>[]).map((p, i) => ({ ...p, feedMassRatio: r.feeds[i % 3] }));
    if (r.coat && base.core.material !== 'none') f.coating = { membranes: r.coat.membranes, membraneToCoreMassRatio: r.coat.ratio, peg: r.coat.peg };
    f.scenario = {
      ...(base.scenario as object),
      tumorMassG: r.scenario.tumorMassG,
      doseMgPerKg: r.scenario.doseMgPerKg,
      fractionDoseGy: r.scenario.fractionDoseGy,
      fractions: r.scenario.fractions,
      irradiationDelayH: r.scenario.irradiationDelayH,
      medium: r.scenario.medium,
      beam: r.scenario.beam,
      cells: { alphaPerGy: r.scenario.alphaPerGy, betaPerGy2: r.scenario.betaPerGy2 },
    };
    if (r.notes !== undefined) f.notes = r.notes;
    return f;
  });

/** A valid workspace of 1–4 candidates (drafts the schema rejects, e.g. a loading mode a core cannot do, are filtered out). */
export const workspaceArb: fc.Arbitrary<Workspace> = fc
  .array(formulationDraftArb, { minLength: 1, maxLength: 4 })
  .map((formulations) => parseWorkspace({ schema: 'nanoplatform.workspace/1', formulations }))
  .filter((r): r is { ok: true; value: Workspace } => r.ok)
  .map((r) => r.value);

/** Shuffle the key order of every object, recursively (arrays keep their order). */
export function shuffleKeys(v: unknown, rand: () => number): unknown {
  if (Array.isArray(v)) return v.map((x) => shuffleKeys(x, rand));
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>);
    for (let i = entries.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [entries[i], entries[j]] = [entries[j], entries[i]];
    }
    return Object.fromEntries(entries.map(([k, x]) => [k, shuffleKeys(x, rand)]));
  }
  return v;
}

/** A formulation draft (as formulationDraftArb) that carries measured data. */
export const formulationWithMeasurementsArb = fc.tuple(formulationDraftArb, measurementsArb).map(([f, measurements]) => ({ ...f, measurements }));
