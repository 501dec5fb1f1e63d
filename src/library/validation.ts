// The validation targets V1–V9 of MODEL.md, computed live from the model, the engine and the catalog. The app's validation
// dashboard shows exactly these checks and src/library/validation.test.ts requires every one to pass.
import { CORE_IDS, AGENT_IDS, MEMBRANE_IDS, CORES, type CoreId, type AgentId } from '../catalog';
import { createRng, type Rng } from '../model/rng';
import { doseEnhancementFactor } from '../model/physics/dose-enhancement';
import { ELEMENT_SYMBOLS, muEnOverRho } from '../model/physics/photon';
import { bedGy, d10Gy, eqd2Gy, lqSchedule, sf2 } from '../model/radiobiology/lq';
import { fitReleaseModel, pointsFor, RELEASE_MODELS, RELEASE_MODEL_IDS, type ReleaseModelId } from '../model/fitting';
import type { Scores } from '../model/scores';
import { gridNelderMead, type GridAxis } from '../model/fitting/nelder-mead';
import { presetScores, scoreDraft } from './score';

export type CheckId = 'V1' | 'V2' | 'V3' | 'V4' | 'V5' | 'V6' | 'V7' | 'V8' | 'V9';

/** One sub-check of a validation target (e.g. "Doxil EE" inside V5). */
export interface CheckPart {
  label: string;
  /** The model's value (null when it could not be computed). */
  value: number | null;
  unit: string;
  /** The target as text, e.g. '1.7563 ± 0.5 %', '> 90 %', '< izb-ccm (4.1 %)'. */
  target: string;
  pass: boolean;
}

export interface ValidationCheck {
  id: CheckId;
  title: string;
  /** The target as MODEL.md states it. */
  target: string;
  /** Headline value of the check (the first part's value, or the count of violations for V8). */
  value: number | null;
  unit: string;
  tolerance: string;
  pass: boolean;
  /** One line: what was computed and how it compares. */
  detail: string;
  parts: CheckPart[];
}

// ---------- comparison helpers (exported for tests) ----------

/** |value/target − 1| ≤ rel. */
export function withinRel(value: number | null, target: number, rel: number): boolean {
  return value !== null && Number.isFinite(value) && Math.abs(value / target - 1) <= rel;
}

/** lo ≤ value ≤ hi. */
export function inRange(value: number | null, lo: number, hi: number): boolean {
  return value !== null && Number.isFinite(value) && value >= lo && value <= hi;
}

const sig = (v: number | null, digits = 4): string => (v === null || !Number.isFinite(v) ? String(v) : String(Number(v.toPrecision(digits))));

function relPart(label: string, value: number | null, target: number, rel: number, unit: string): CheckPart {
  return { label, value, unit, target: `${target} ± ${sig(rel * 100, 2)} %`, pass: withinRel(value, target, rel) };
}

function check(id: CheckId, title: string, target: string, tolerance: string, parts: CheckPart[], extra: { value?: number | null; unit?: string; detail?: string } = {}): ValidationCheck {
  const pass = parts.length > 0 && parts.every((p) => p.pass);
  const failed = parts.filter((p) => !p.pass);
  const detail =
    extra.detail ??
    (pass
      ? parts.map((p) => `${p.label} ${sig(p.value)}${p.unit && p.unit !== '1' ? ` ${p.unit}` : ''}`).join('; ')
      : `failing: ${failed.map((p) => `${p.label} = ${sig(p.value)} (target ${p.target})`).join('; ')}`);
  return { id, title, target, tolerance, parts, pass, value: extra.value !== undefined ? extra.value : (parts[0]?.value ?? null), unit: extra.unit ?? parts[0]?.unit ?? '', detail };
}

/** Run a check body; an exception is a failed check that says what threw (the dashboard never crashes). */
function guarded(id: CheckId, title: string, target: string, tolerance: string, body: () => ValidationCheck): ValidationCheck {
  try {
    return body();
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { id, title, target, tolerance, value: null, unit: '', pass: false, detail: `error: ${msg}`, parts: [{ label: 'computation', value: null, unit: '', target: 'runs without error', pass: false }] };
  }
}

// ---------- V1–V7 ----------

function v1(): ValidationCheck {
  const target = 1 + 0.01 * (76.63 - 1);
  const title = 'Macroscopic dose enhancement, 10 mg Bi/g at 0.1 MeV';
  return guarded('V1', title, 'DEF = 1 + 0.01 × (76.63 − 1) = 1.7563', '0.5 %', () => {
    const r = doseEnhancementFactor({ elements: { Bi: 10 }, beam: 'mono:0.1', tissue: 'water' });
    return check('V1', title, 'DEF = 1 + 0.01 × (76.63 − 1) = 1.7563', '0.5 %', [relPart('DEF', r.def, Number(target.toFixed(4)), 0.005, '1')]);
  });
}

function v2(): ValidationCheck {
  const title = 'NIST μen/ρ ratio Bi/water';
  const target = '168.08 / 165.85 / 20.27 / 1.20 at 0.03 / 0.05 / 0.2 / 1 MeV';
  return guarded('V2', title, target, '0.5 %', () => {
    const rows: [number, number][] = [
      [0.03, 168.08],
      [0.05, 165.85],
      [0.2, 20.27],
      [1, 1.2],
    ];
    const parts = rows.map(([e, t]) => relPart(`ratio at ${e} MeV`, muEnOverRho('Bi', e) / muEnOverRho('water', e), t, 0.005, '1'));
    return check('V2', title, target, '0.5 %', parts);
  });
}

function v3(): ValidationCheck {
  const title = 'Linear–quadratic survival, BED and EQD2';
  const target = 'α 0.3, β 0.03 → SF2 0.4868, D10 5.087 Gy; 25 × 2 Gy → BED 60 Gy, EQD2 50 Gy';
  return guarded('V3', title, target, '1e-3 relative', () => {
    const s = lqSchedule({ alphaPerGy: 0.3, betaPerGy2: 0.03, doseGy: 2, fractions: 25 });
    const parts = [
      relPart('SF2', sf2(0.3, 0.03), 0.4868, 1e-3, '1'),
      relPart('D10', d10Gy(0.3, 0.03), 5.087, 1e-3, 'Gy'),
      relPart('BED', s.bedGy, 60, 1e-3, 'Gy'),
      relPart('EQD2', s.eqd2Gy, 50, 1e-3, 'Gy'),
      relPart('EQD2 (closed form)', eqd2Gy(25, 2, 10), 50, 1e-3, 'Gy'),
      relPart('BED (closed form)', bedGy(25, 2, 10), 60, 1e-3, 'Gy'),
    ];
    return check('V3', title, target, '1e-3 relative', parts);
  });
}

/** Score a formulation draft through the schema and engine, throwing with the reason if it fails. */
function scored(draft: unknown): Scores {
  const r = scoreDraft(draft);
  if (!r.ok) throw new Error(r.message);
  return r.scores;
}

function v4(): ValidationCheck {
  const title = 'Circulation and tumour delivery (PLGA 100 nm)';
  const target = 'PEG-only: t½ 15.8 h, TD 0.7 % ID; full RBC membrane: t½ 39.6 h; bare < PEG; 400 nm PEG clears faster';
  return guarded('V4', title, target, '5 %', () => {
    const core = { material: 'plga', diameterNm: 100 };
    const peg = scored({ core, payloads: [], coating: { membranes: [], peg: true } });
    const rbc = scored({ core, payloads: [], coating: { membranes: [{ source: 'rbc', fraction: 1 }], membraneToCoreMassRatio: 2, peg: false } });
    const bare = scored({ core, payloads: [], coating: null });
    const big = scored({ core: { material: 'plga', diameterNm: 400 }, payloads: [], coating: { membranes: [], peg: true } });
    const tPeg = peg.targeting.circulationHalfLifeH;
    const parts: CheckPart[] = [
      relPart('t½ PEG-only', tPeg, 15.8, 0.05, 'h'),
      relPart('tumour delivery PEG-only', peg.targeting.tumorDeliveryPctID, 0.7, 0.05, '% ID'),
      { label: 'RBC membrane coverage', value: rbc.geometry.membraneCoverage, unit: '1', target: '= 1 (full coat)', pass: rbc.geometry.membraneCoverage === 1 },
      relPart('t½ full RBC membrane', rbc.targeting.circulationHalfLifeH, 39.6, 0.05, 'h'),
      { label: 't½ bare', value: bare.targeting.circulationHalfLifeH, unit: 'h', target: `< PEG (${sig(tPeg)} h)`, pass: bare.targeting.circulationHalfLifeH < tPeg },
      { label: 't½ 400 nm PEG', value: big.targeting.circulationHalfLifeH, unit: 'h', target: `< 100 nm PEG (${sig(tPeg)} h)`, pass: big.targeting.circulationHalfLifeH < tPeg },
    ];
    return check('V4', title, target, '5 %', parts);
  });
}

function v5(): ValidationCheck {
  const title = 'Loading of the clinical references';
  const target = 'Doxil EE > 90 %, size 80–100 nm; Xyotax LC 37 ± 3 %; Abraxane LC 10 ± 2 %, 130 nm';
  return guarded('V5', title, target, 'as stated', () => {
    const doxil = presetScores('doxil');
    const xyotax = presetScores('xyotax');
    const abraxane = presetScores('abraxane');
    const ee = doxil.loading.payloads[0]?.encapsulationEfficiencyPct ?? null;
    const parts: CheckPart[] = [
      { label: 'Doxil EE', value: ee, unit: '%', target: '> 90 %', pass: ee !== null && ee > 90 },
      { label: 'Doxil size', value: doxil.targeting.hydrodynamicDiameterNm, unit: 'nm', target: '80–100 nm', pass: inRange(doxil.targeting.hydrodynamicDiameterNm, 80, 100) },
      { label: 'Xyotax LC', value: xyotax.loading.totalLoadingPct, unit: '%', target: '37 ± 3 %', pass: inRange(xyotax.loading.totalLoadingPct, 34, 40) },
      { label: 'Abraxane LC', value: abraxane.loading.totalLoadingPct, unit: '%', target: '10 ± 2 %', pass: inRange(abraxane.loading.totalLoadingPct, 8, 12) },
      // "130 nm" with no stated tolerance: the 5 % of V4 is used.
      relPart('Abraxane size', abraxane.targeting.hydrodynamicDiameterNm, 130, 0.05, 'nm'),
    ];
    return check('V5', title, target, 'as stated (Abraxane size ± 5 %)', parts);
  });
}

function v6(): ValidationCheck {
  const title = 'IZB@CCM release and its ablations';
  const target = 'selectivity > 3, pH 7.4 release at 24 h < 20 %, t50 at pH 5.0 < 12 h; no membrane → more pH 7.4 leakage; no Bi → lower SER; no IN10018 → higher hypoxic fraction';
  return guarded('V6', title, target, 'qualitative', () => {
    const izb = presetScores('izb-ccm');
    const bare = presetScores('izb-bare');
    const noBi = presetScores('iz-ccm');
    const noFak = presetScores('zb-ccm');
    const si = izb.release.selectivityIndex;
    const r74 = izb.release.releasedAt24hPct['7.4'];
    const t50 = izb.release.t50h['5.0'];
    const ser = izb.radiosensitization.sensitizerEnhancementRatio;
    const hyp = izb.radiosensitization.hypoxicFraction;
    const parts: CheckPart[] = [
      { label: 'selectivity index', value: si, unit: '1', target: '> 3', pass: si !== null && si > 3 },
      { label: 'released at pH 7.4, 24 h', value: r74, unit: '%', target: '< 20 %', pass: r74 < 20 },
      { label: 't50 at pH 5.0', value: t50, unit: 'h', target: '< 12 h', pass: t50 !== null && t50 < 12 },
      { label: 'no membrane: released at pH 7.4, 24 h', value: bare.release.releasedAt24hPct['7.4'], unit: '%', target: `> IZB@CCM (${sig(r74, 3)} %)`, pass: bare.release.releasedAt24hPct['7.4'] > r74 },
      { label: 'no Bi: SER', value: noBi.radiosensitization.sensitizerEnhancementRatio, unit: '1', target: `< IZB@CCM (${sig(ser)})`, pass: noBi.radiosensitization.sensitizerEnhancementRatio < ser },
      { label: 'no IN10018: hypoxic fraction', value: noFak.radiosensitization.hypoxicFraction, unit: '1', target: `> IZB@CCM (${sig(hyp, 3)})`, pass: noFak.radiosensitization.hypoxicFraction > hyp },
    ];
    return check('V6', title, target, 'qualitative', parts);
  });
}

function v7(): ValidationCheck {
  const title = 'NBTXR3 intratumoral hafnium';
  const target = '≈ 3.6 mg Hf per g tumour; macroscopic DEF at 6 MV < 1.01';
  return guarded('V7', title, target, '≈ (± 10 %); DEF < 1.01', () => {
    const s = presetScores('nbtxr3');
    const hf = s.radiosensitization.highZ.find((h) => h.element === 'Hf')?.mgPerGTumor ?? null;
    const def = s.radiosensitization.doseEnhancementFactor;
    const beam = (s.formulation as { scenario?: { beam?: string } }).scenario?.beam ?? '';
    const parts: CheckPart[] = [
      relPart('Hf in tumour', hf, 3.6, 0.1, 'mg/g'),
      { label: `macroscopic DEF (${beam})`, value: def, unit: '1', target: '1 ≤ DEF < 1.01', pass: def >= 1 && def < 1.01 && beam === '6MV' },
    ];
    return check('V7', title, target, '≈ (± 10 %); DEF < 1.01', parts);
  });
}

// ---------- V8: invariants over the input domain (deterministic sample) ----------

const NAMED_BEAMS = ['225kVp', '160kVp', 'Ir-192', 'Co-60', '6MV', 'mono:0.05', 'kvp:120:2mmAl'];
const KV_BEAM = /kVp|kvp:|mono:0\.0/;

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[rng.int(xs.length)];
}
const logUniform = (rng: Rng, lo: number, hi: number) => lo * (hi / lo) ** rng.next();

/** A random formulation over the input domain (contract §1): any core, 0–2 payloads, any coat, any scenario. */
export function randomFormulation(rng: Rng): Record<string, unknown> {
  const material = pick(rng, CORE_IDS) as CoreId;
  const nPayloads = material === 'none' ? 1 + rng.int(2) : rng.int(3);
  const agents = new Set<AgentId>();
  while (agents.size < nPayloads) agents.add(pick(rng, AGENT_IDS));
  const kind = rng.int(3);
  const membranes = kind === 2 ? [...new Set([pick(rng, MEMBRANE_IDS), pick(rng, MEMBRANE_IDS)])] : [];
  const weights = membranes.map(() => 0.1 + rng.next());
  const wSum = weights.reduce((a, b) => a + b, 0);
  return {
    core: material === 'none' ? { material } : { material, diameterNm: Number(logUniform(rng, 10, 400).toFixed(1)) },
    payloads: [...agents].map((agent) => ({ agent, feedMassRatio: Number(logUniform(rng, 0.005, 1).toFixed(4)) })),
    coating:
      kind === 0 || material === 'none'
        ? null
        : {
            membranes: membranes.map((source, i) => ({ source, fraction: i === membranes.length - 1 ? 1 - weights.slice(0, -1).reduce((a, w) => a + Number((w / wSum).toFixed(3)), 0) : Number((weights[i] / wSum).toFixed(3)) })),
            membraneToCoreMassRatio: Number(logUniform(rng, 0.05, 3).toFixed(3)),
            peg: rng.next() < 0.5,
          },
    scenario: {
      route: rng.next() < 0.25 ? 'intratumoral' : 'iv',
      doseMgPerKg: Number(logUniform(rng, 0.5, 50).toFixed(2)),
      medium: pick(rng, ['buffer', 'pbs', 'serum']),
      temperatureC: pick(rng, [37, 37, 40, 42]),
      beam: pick(rng, NAMED_BEAMS),
      irradiationDelayH: pick(rng, [1, 6, 24, 48]),
      fractionDoseGy: pick(rng, [1.8, 2, 3, 8]),
      fractions: pick(rng, [1, 5, 25]),
    },
  };
}

/** Every number in a value (paths as dotted strings), for the no-NaN/Infinity invariant. */
function nonFinite(x: unknown, path: string, out: string[]): void {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) out.push(`${path} = ${x}`);
  } else if (Array.isArray(x)) x.forEach((v, i) => nonFinite(v, `${path}.${i}`, out));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) nonFinite(v, path ? `${path}.${k}` : k, out);
}

/** True when the carrier's release speeds up as pH falls (erosion, leakage or ionizable-lipid pH dependence). */
export function isPhResponsive(material: string): boolean {
  const c = CORES[material as CoreId];
  if (!c) return false;
  const r = c.release;
  return r.nH.value > 0 || r.nD.value > 0 || r.ionizablePKa !== undefined;
}

/** The invariant violations of one scored formulation (empty = all hold). */
export function invariantViolations(s: Scores): string[] {
  const v: string[] = [];
  const out: string[] = [];
  const { formulation: _f, ...rest } = s;
  nonFinite(rest, '', out);
  v.push(...out.map((p) => `non-finite ${p}`));
  const frac = (name: string, x: number) => {
    if (!(x >= 0 && x <= 1)) v.push(`${name} = ${x} outside [0, 1]`);
  };
  const pct = (name: string, x: number) => {
    if (!(x >= 0 && x <= 100 + 1e-9)) v.push(`${name} = ${x} outside [0, 100]`);
  };
  frac('membraneCoverage', s.geometry.membraneCoverage);
  frac('hypoxicFraction', s.radiosensitization.hypoxicFraction);
  frac('sf2Control', s.radiosensitization.sf2Control);
  frac('sf2Treated', s.radiosensitization.sf2Treated);
  frac('fakOccupancy', s.radiosensitization.fakOccupancy);
  for (const p of s.loading.payloads) {
    pct(`EE ${p.agent}`, p.encapsulationEfficiencyPct);
    pct(`LC ${p.agent}`, p.loadingCapacityPct);
  }
  pct('totalLoadingPct', s.loading.totalLoadingPct);
  for (const k of ['7.4', '6.5', '5.0'] as const) pct(`releasedAt24hPct ${k}`, s.release.releasedAt24hPct[k]);
  pct('score.overall', s.score.overall);
  for (const [k, d] of Object.entries(s.score.components)) if (d !== null) pct(`score.${k}`, d);
  const curveSets = [{ agent: 'all', curves: s.release.curves }, ...s.release.byPayload];
  for (const { agent, curves } of curveSets) {
    for (const c of curves) {
      let prev = -Infinity;
      for (const [t, F] of c.points) {
        frac(`release ${agent} pH ${c.pH} t ${t}`, F);
        if (F < prev - 1e-12) v.push(`release ${agent} at pH ${c.pH} decreases at t = ${t} h`);
        prev = F;
      }
    }
    const material = (s.formulation as { core: { material: string } }).core.material;
    if (isPhResponsive(material) && curves.length === 3) {
      const byPh = [...curves].sort((a, b) => b.pH - a.pH); // 7.4, 6.5, 5.0
      for (let i = 0; i < byPh[0].points.length; i++) {
        const f74 = byPh[0].points[i][1];
        const f65 = byPh[1].points[i][1];
        const f50 = byPh[2].points[i][1];
        if (f65 < f74 - 1e-9 || f50 < f65 - 1e-9) {
          v.push(`release ${agent} not faster at lower pH at t = ${byPh[0].points[i][0]} h (${f74.toFixed(4)}, ${f65.toFixed(4)}, ${f50.toFixed(4)})`);
          break;
        }
      }
    }
  }
  const beam = (s.formulation as { scenario: { beam: string } }).scenario.beam;
  if (KV_BEAM.test(beam) && s.radiosensitization.doseEnhancementFactor < 1) v.push(`DEF ${s.radiosensitization.doseEnhancementFactor} < 1 at ${beam}`);
  return v;
}

/** Size of the V8 sample (formulations scored with full curves; physics points). */
export const V8_SAMPLE = { formulations: 120, physics: 300, seed: 'V8' };

function v8(): ValidationCheck {
  const title = 'Invariants over the input domain';
  const target = 'fractions in [0, 1]; release monotone in time and faster at lower pH for pH-responsive carriers; DEF ≥ 1 for high-Z at kV; no NaN/Infinity';
  return guarded('V8', title, target, 'always', () => {
    const rng = createRng(V8_SAMPLE.seed);
    const violations: string[] = [];
    let scoredCount = 0;
    let rejected = 0;
    for (let i = 0; i < V8_SAMPLE.formulations; i++) {
      const draft = randomFormulation(rng);
      const r = scoreDraft(draft);
      if (!r.ok) {
        // the schema may reject a random combination (that is its job, not a violation); an engine exception is one
        if (r.stage === 'invalid') rejected++;
        else violations.push(`formulation ${i} (${JSON.stringify(draft)}): engine error ${r.message}`);
        continue;
      }
      scoredCount++;
      for (const m of invariantViolations(r.scores)) violations.push(`formulation ${i} (${JSON.stringify(draft.core)}): ${m}`);
    }
    // physics: photoelectric-dominated beams, Z 20–92: DEF ≥ 1 and increasing with concentration
    const kv = ['160kVp', '225kVp', 'kvp:100:2mmAl', 'kvp:300:1mmCu', 'mono:0.03', 'mono:0.1', 'mono:0.2'];
    let physics = 0;
    for (let i = 0; i < V8_SAMPLE.physics; i++) {
      const el = ELEMENT_SYMBOLS[19 + rng.int(73)];
      const beam = pick(rng, kv);
      const c = logUniform(rng, 1e-3, 100);
      const d1 = doseEnhancementFactor({ elements: { [el]: c }, beam }).def;
      const d2 = doseEnhancementFactor({ elements: { [el]: c * 2 }, beam }).def;
      physics++;
      if (!(Number.isFinite(d1) && d1 >= 1 && d2 > d1)) violations.push(`DEF(${el}, ${c.toPrecision(3)} mg/g, ${beam}) = ${d1}, doubled ${d2}`);
    }
    const parts: CheckPart[] = [
      { label: 'violations', value: violations.length, unit: '', target: '0', pass: violations.length === 0 },
      { label: 'formulations scored', value: scoredCount, unit: '', target: `≥ ${Math.round(V8_SAMPLE.formulations * 0.8)}`, pass: scoredCount >= V8_SAMPLE.formulations * 0.8 },
      { label: 'DEF points', value: physics, unit: '', target: `${V8_SAMPLE.physics}`, pass: physics === V8_SAMPLE.physics },
    ];
    const detail =
      violations.length === 0
        ? `${scoredCount} random formulations (seed "${V8_SAMPLE.seed}", ${rejected} rejected by the schema) and ${physics} element/beam/concentration points: no violation`
        : `${violations.length} violation(s): ${violations.slice(0, 3).join(' | ')}${violations.length > 3 ? ' …' : ''}`;
    return check('V8', title, target, 'always', parts, { value: violations.length, unit: 'violations', detail });
  });
}

// ---------- V9: fitting ----------

/** Independent model curves (contract §4 equations, written here, not taken from the fitting engine). */
const V9_TRUTH: Record<ReleaseModelId, { p: number[]; f: (p: number[], t: number) => number; t: number[]; sigma: number; relTol: number[]; box: GridAxis[] }> = {
  'zero-order': { p: [1.5], f: ([k], t) => k * t, t: [0, 2, 4, 6, 8, 12, 16, 20, 24, 30, 36, 48], sigma: 1, relTol: [0.05], box: [[-10, 10, 'lin']] },
  'first-order': { p: [0.08], f: ([k], t) => 100 * (1 - Math.exp(-k * t)), t: [0.5, 1, 2, 4, 6, 8, 12, 16, 24, 36, 48, 72], sigma: 1, relTol: [0.05], box: [[1e-4, 10, 'log']] },
  higuchi: { p: [9], f: ([k], t) => k * Math.sqrt(t), t: [0.25, 0.5, 1, 2, 4, 8, 12, 16, 24, 36, 48, 72], sigma: 1, relTol: [0.05], box: [[-50, 50, 'lin']] },
  'korsmeyer-peppas': {
    p: [12, 0.45],
    f: ([k, n], t) => k * t ** n,
    t: [0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8, 10, 12, 16, 20, 24, 30, 48, 72],
    sigma: 0.5,
    relTol: [0.1, 0.1],
    box: [[0.1, 100, 'log'], [0.05, 3, 'log']],
  },
  'hixson-crowell': {
    p: [0.012],
    f: ([k], t) => (k * t >= 1 ? 100 : 100 * (1 - (1 - k * t) ** 3)),
    t: [0.5, 1, 2, 4, 6, 8, 12, 16, 24, 36, 48, 72, 90],
    sigma: 1,
    relTol: [0.05],
    box: [[1e-4, 1, 'log']],
  },
  weibull: { p: [8, 0.75], f: ([a, b], t) => 100 * (1 - Math.exp(-(t ** b) / a)), t: [0.5, 1, 2, 4, 6, 8, 12, 16, 24, 36, 48, 72], sigma: 1, relTol: [0.15, 0.1], box: [[0.05, 1e4, 'log'], [0.05, 5, 'log']] },
  'peppas-sahlin': {
    p: [10, -0.5, 0.6],
    f: ([k1, k2, m], t) => k1 * t ** m + k2 * t ** (2 * m),
    t: Array.from({ length: 19 }, (_, i) => 0.25 * 100 ** (i / 18)),
    sigma: 0.2,
    relTol: [0.05, 0.15, 0.05],
    box: [[-60, 60, 'lin'], [-30, 30, 'lin'], [0.05, 2, 'log']],
  },
};

/** Seeded noisy data from a model (F clamped to 0–100 %). */
export function syntheticRelease(id: ReleaseModelId, seed: string): { t: number[]; F: number[] } {
  const m = V9_TRUTH[id];
  const rng = createRng(seed);
  return { t: m.t.slice(), F: m.t.map((x) => Math.min(100, Math.max(0, m.f(m.p, x) + m.sigma * rng.normal()))) };
}

/** SSE of the independent reference solver (grid + Nelder–Mead within the model's bounds) on the points the model fits. */
export function referenceSse(id: ReleaseModelId, data: { t: number[]; F: number[] }): number {
  const m = V9_TRUTH[id];
  const { t, F } = pointsFor(id, data);
  const lower = RELEASE_MODELS[id].lower;
  const upper = RELEASE_MODELS[id].upper;
  const sse = (p: number[]) => {
    if (p.some((v, i) => v < lower[i] || v > upper[i])) return Infinity;
    let s = 0;
    for (let i = 0; i < t.length; i++) s += (F[i] - m.f(p, t[i])) ** 2;
    return Number.isFinite(s) ? s : Infinity;
  };
  return gridNelderMead(sse, m.box, m.p.length === 3 ? 21 : 60, 4).fx;
}

function v9(): ValidationCheck {
  const title = 'Release-model fitting';
  const target = 'on seeded noisy data from each model, the fit recovers the parameters and its SSE is no worse than an independent solver';
  return guarded('V9', title, target, 'SSE 1 %', () => {
    const parts: CheckPart[] = [];
    let worstRatio = 0;
    for (const id of RELEASE_MODEL_IDS) {
      const m = V9_TRUTH[id];
      const data = syntheticRelease(id, `V9:${id}`);
      const fit = fitReleaseModel(id, data);
      const keys = RELEASE_MODELS[id].keys;
      const recovered = keys.every((k, i) => Math.abs(fit.params[k] / m.p[i] - 1) <= m.relTol[i]);
      parts.push({
        label: `${id}: parameters ${keys.map((k, i) => `${k} ${sig(fit.params[k], 3)} (true ${m.p[i]})`).join(', ')}`,
        value: Math.max(...keys.map((k, i) => Math.abs(fit.params[k] / m.p[i] - 1))),
        unit: 'max relative error',
        target: `≤ ${m.relTol.map((r) => `${r * 100} %`).join(' / ')}`,
        pass: recovered,
      });
      const ref = referenceSse(id, data);
      const ratio = fit.sse / ref;
      worstRatio = Math.max(worstRatio, ratio);
      parts.push({ label: `${id}: SSE / reference SSE`, value: ratio, unit: '1', target: '≤ 1.01', pass: fit.sse <= ref * 1.01 + 1e-9 });
    }
    return check('V9', title, target, 'SSE 1 %', parts, {
      value: worstRatio,
      unit: 'worst SSE ratio',
      detail: parts.every((p) => p.pass) ? `7 models: parameters recovered; worst SSE / independent-solver SSE = ${sig(worstRatio, 5)}` : undefined,
    });
  });
}

/** The checks in order. Each one is independent: a failure or exception in one never hides the others. */
export const VALIDATION_CHECKS: readonly { id: CheckId; run: () => ValidationCheck }[] = [
  { id: 'V1', run: v1 },
  { id: 'V2', run: v2 },
  { id: 'V3', run: v3 },
  { id: 'V4', run: v4 },
  { id: 'V5', run: v5 },
  { id: 'V6', run: v6 },
  { id: 'V7', run: v7 },
  { id: 'V8', run: v8 },
  { id: 'V9', run: v9 },
];

/** Every validation target of MODEL.md, computed now from the model, engine and catalog. */
export function validationChecks(): ValidationCheck[] {
  return VALIDATION_CHECKS.map((c) => c.run());
}
