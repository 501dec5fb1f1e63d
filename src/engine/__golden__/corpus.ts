// The golden corpus: formulations × scoring options whose complete Scores JSON (and a few Monte Carlo results) are frozen
// in golden.json.gz, so that speed work on the engine and model can prove it changes no number, warning or explanation.
// Generate the fixture with `npx tsx src/engine/__golden__/generate.ts` — only when a model change is intended (and the
// model version moves with it), never to hide a difference.
import { PRESETS, PRESET_IDS } from '../../catalog/presets';
import type { FormulationDraft } from '../../catalog/presets';
import { AGENT_IDS, CORE_IDS, CORES, MEMBRANE_IDS } from '../../catalog';
import { completeFormulation } from '../../schema';
import type { ScoreOptions } from '../types';

export interface ScoreCase {
  kind: 'score';
  id: string;
  input: unknown;
  opts: ScoreOptions;
}
export interface McCase {
  kind: 'mc';
  id: string;
  input: unknown;
  draws: number;
  seed: number | string;
  overrides?: Record<string, number>;
}
export type GoldenCase = ScoreCase | McCase;

type Draft = FormulationDraft & { overrides?: Record<string, number>; calibrations?: unknown };

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Beams across the photon data paths: monoenergetic (below and above K edges), kVp spectra (named and built), tabulated MV. */
const BEAMS = ['mono:0.03', 'mono:0.1', 'mono:1.25', '160kVp', '225kVp', 'Ir-192', 'Co-60', '6MV', 'kvp:120:2mmAl', 'kvp:300:0.5mmCu+2mmAl', 'kvp:80:none', 'mono:0.09'];

function withScenario(d: Draft, s: Record<string, unknown>): Draft {
  const x = clone(d);
  x.scenario = { ...(x.scenario ?? {}), ...s } as Draft['scenario'];
  return x;
}

function scaled(d: Draft, diameterScale: number, feedScale: number): Draft {
  const x = clone(d);
  const dia = x.core.diameterNm ?? CORES[x.core.material as keyof typeof CORES].defaultDiameterNm.value;
  x.core.diameterNm = Math.min(5000, Math.max(1, dia * diameterScale));
  for (const p of x.payloads ?? []) p.feedMassRatio = (p.feedMassRatio ?? 0.1) * feedScale;
  return x;
}

/** The corpus, in a fixed order. Overridden and plain cases of one preset alternate so stale caches would show. */
export function goldenCorpus(): GoldenCase[] {
  const out: GoldenCase[] = [];
  const add = (id: string, input: Draft, opts: ScoreOptions = {}, both = false) => {
    if (both) out.push({ kind: 'score', id: `${id}|full`, input, opts });
    out.push({ kind: 'score', id: `${id}|lean`, input, opts: { ...opts, lean: true } });
  };
  PRESET_IDS.forEach((pid, n) => {
    const base = clone(PRESETS[pid].formulation) as Draft;
    const material = base.core.material;
    const first = base.payloads?.[0];
    const firstMembrane = base.coating?.membranes?.[0]?.source;
    add(`${pid}`, base, {}, true);
    // size and feed
    add(`${pid}/d0.6-f0.4`, scaled(base, 0.6, 0.4), {}, n % 4 === 0);
    add(`${pid}/d1.8-f2.5`, scaled(base, 1.8, 2.5), {}, n % 4 === 1);
    add(`${pid}/d0.25-f1`, scaled(base, 0.25, 1));
    add(`${pid}/d3-f0.1`, scaled(base, 3, 0.1));
    // release medium and temperature
    add(`${pid}/pbs`, withScenario(base, { medium: 'pbs' }), {}, n % 5 === 2);
    add(`${pid}/serum-42C`, withScenario(base, { medium: 'serum', temperatureC: 42 }), {}, pid === 'thermodox' || n % 5 === 3);
    add(`${pid}/30C`, withScenario(base, { temperatureC: 30 }));
    // beams (three per preset, rotating through the list)
    for (let b = 0; b < 3; b++) {
      const beam = BEAMS[(n * 3 + b) % BEAMS.length];
      add(`${pid}/beam=${beam}`, withScenario(base, { beam }), {}, b === 0 && n % 3 === 0);
    }
    // schedule, cells, dose basis, dose
    add(`${pid}/5x3Gy-delay4h-cells`, withScenario(base, { fractions: 5, fractionDoseGy: 3, irradiationDelayH: 4, cells: { alphaPerGy: 0.4, betaPerGy2: 0.05 } }));
    add(`${pid}/particle-basis-30mgkg`, withScenario(base, { doseBasis: 'particle', doseMgPerKg: 30, tumorMassG: 0.8 }), {}, n % 6 === 0);
    // intratumoral route: by dose, by injected concentration (low and above the injectable limit)
    add(`${pid}/it-vf0.2`, withScenario(base, { route: 'intratumoral', intratumoralVolumeFraction: 0.2 }), {}, n % 4 === 2);
    add(`${pid}/it-c50`, withScenario(base, { route: 'intratumoral', intratumoralVolumeFraction: 0.1, injectedConcentrationGPerL: 50 }));
    add(`${pid}/it-c400`, withScenario(base, { route: 'intratumoral', intratumoralVolumeFraction: 0.3, injectedConcentrationGPerL: 400 }), {}, n % 4 === 3);
    // overrides: model-level and entity-level, in the formulation and in the options; then plain again
    const modelO = { 'targeting.uMax': 7, 'release.membraneBarrier': 0.5, 'radiobiology.hypoxicFraction': 0.35, 'localEffect.mRefPg': 2, 'geometry.sigmaP': 0.2, 'score.serUpper': 1.3 };
    const entityO: Record<string, number> = { 'core.release.vRefNmPerH': 3, 'core.densityGPerCm3': 2.2, 'core.release.burstFraction.one-pot': 0.2, 'core.bareHalfLifeH': 3 };
    if (first) entityO[`agent.${first.agent}.freeHalfLifeH`] = 0.7;
    if (firstMembrane) entityO[`membrane.${firstMembrane}.prolongationVsRbc`] = 0.4;
    add(`${pid}/o-model`, { ...clone(base), overrides: modelO }, {}, n % 5 === 0);
    add(`${pid}/plain-after-o`, base);
    add(`${pid}/o-entity-opts`, base, { overrides: entityO }, n % 5 === 1);
    add(`${pid}/o-both`, { ...clone(base), overrides: { 'targeting.uMax': 2, 'core.release.vRefNmPerH': 0.5 } }, { overrides: { 'targeting.uMax': 4, 'radiobiology.alphaPerGy': 0.15, 'radiobiology.ic50M': 2e-7 } });
    add(`${pid}/o-nonfinite-unknown`, base, { overrides: { 'core.release.nope': 5, 'agent.x.y': 1, 'targeting.highZMinZ': 92.5 } });
    add(`${pid}/weights`, base, { weights: { loading: 0, release: 2, safety: 0.5 } }, n % 7 === 0);
    // calibrations: loading (this core, first payload's agent and mode) and release (this core)
    if (first) {
      const loadingCal = [{ core: material, agent: first.agent, mode: pidMode(pid, 0), qmaxMgPerMg: 0.35, affinityK: 4 }];
      add(`${pid}/cal-loading`, { ...clone(base), calibrations: { loading: loadingCal } }, {}, n % 5 === 4);
    }
    add(`${pid}/cal-release`, { ...clone(base), calibrations: { release: [{ core: material, params: { vRefNmPerH: 2.5, burstFraction: 0.15, kdPerH: 0.02 } }, { core: 'gold', params: { vRefNmPerH: 9 } }] } }, {}, n % 5 === 0);
    add(`${pid}/cal-release+o`, { ...clone(base), overrides: { 'core.release.vRefNmPerH': 1.1 }, calibrations: { release: [{ core: material, params: { vRefNmPerH: 2.5, nH: 3 } }] } });
  });
  // free-drug and bare-particle variants not among the presets
  add('free/doxorubicin+bismuth', { core: { material: 'none' }, payloads: [{ agent: 'doxorubicin', feedMassRatio: 1 }, { agent: 'bismuth', feedMassRatio: 0.5 }] }, {}, true);
  add('free/paclitaxel-it', { core: { material: 'none' }, payloads: [{ agent: 'paclitaxel', feedMassRatio: 1 }], scenario: { route: 'intratumoral' } }, {}, true);
  add('free/empty', { core: { material: 'none' }, payloads: [] }, {}, true);
  add('plga/peg-only', { core: { material: 'plga', diameterNm: 100 }, payloads: [], coating: { membranes: [], membraneToCoreMassRatio: 0, peg: true } }, {}, true);
  add('plga/bare', { core: { material: 'plga', diameterNm: 100 }, payloads: [], coating: null }, {}, true);
  add('gold/5nm-partial-coat', { core: { material: 'gold', diameterNm: 5 }, payloads: [{ agent: 'cisplatin', feedMassRatio: 0.05 }], coating: { membranes: [{ source: 'rbc', fraction: 0.3 }, { source: 'platelet', fraction: 0.7 }], membraneToCoreMassRatio: 0.05, peg: true } }, {}, true);
  add('hfo2/6MV-3-membranes', { core: { material: 'hfo2', diameterNm: 50 }, payloads: [], coating: { membranes: [{ source: 'macrophage', fraction: 0.2 }, { source: '4t1', fraction: 0.3 }, { source: 'siha', fraction: 0.5 }], membraneToCoreMassRatio: 2, peg: false }, scenario: { beam: '6MV' } }, {}, true);
  add('zif-8/post-loaded-paclitaxel (size exclusion)', { core: { material: 'zif-8', diameterNm: 80 }, payloads: [{ agent: 'paclitaxel', loading: 'post-loaded', feedMassRatio: 0.3 }] }, {}, true);
  add('uio-66/post-loaded-doxorubicin', { core: { material: 'uio-66' }, payloads: [{ agent: 'doxorubicin', loading: 'post-loaded', feedMassRatio: 0.2 }] });
  // deliberately not a Draft (keys the schema must drop and report): the one cast of this corpus
  add('unknown-field', { core: { material: 'zif-8' }, colour: 'red', scenario: { beam: '160kVp', shade: 2 } } as unknown as Draft, {}, true);
  // every core × three agents in their default loading mode (rejected pairs are kept: the error message is an output too)
  CORE_IDS.forEach((core, i) => {
    for (let k = 0; k < 3; k++) {
      const agent = AGENT_IDS[(i * 3 + k) % AGENT_IDS.length];
      const membrane = MEMBRANE_IDS[(i + k) % MEMBRANE_IDS.length];
      const input: Draft = { core: { material: core }, payloads: [{ agent, feedMassRatio: 0.05 + 0.1 * k }], coating: k === 2 ? null : { membranes: [{ source: membrane, fraction: 1 }], membraneToCoreMassRatio: 0.3 + k, peg: k === 1 }, scenario: { beam: BEAMS[(i + k) % BEAMS.length] } };
      add(`core=${core}/agent=${agent}`, input, {}, k === 0 && i % 2 === 0);
    }
  });
  // Monte Carlo (lean draws with per-draw overrides), including fixed overrides and string seeds
  out.push({ kind: 'mc', id: 'mc/izb-ccm-64-seed3', input: PRESETS['izb-ccm'].formulation, draws: 64, seed: 3 });
  out.push({ kind: 'mc', id: 'mc/doxil-32-seedabc', input: PRESETS.doxil.formulation, draws: 32, seed: 'abc' });
  out.push({ kind: 'mc', id: 'mc/nbtxr3-32-fixed', input: PRESETS.nbtxr3.formulation, draws: 32, seed: 7, overrides: { 'targeting.uMax': 5, 'core.densityGPerCm3': 9 } });
  out.push({ kind: 'mc', id: 'mc/free-in10018-16', input: PRESETS['free-in10018'].formulation, draws: 16, seed: 11 });
  return out;
}

/** The loading mode payload `i` of a preset completes to (the schema's default when the preset leaves it out). */
function pidMode(pid: (typeof PRESET_IDS)[number], i: number) {
  return completeFormulation(PRESETS[pid].formulation).payloads[i]?.loading;
}
