// Which numbers your calibrations move (a lazy chunk, loaded by the Overview for a calibrated candidate only): the same formulation scored without its calibrations, compared number by number
// (walk11 #15: every number a calibration changes carries a marker, not only the SER).
import { CATALOG_LOOKUP, scoreCompleted, type EngineScores } from '../engine';

const cache = new WeakMap<object, EngineScores | null>();

/** The candidate's scores without its calibrations (overrides kept), or null when it has none (or they cannot be scored). */
export function uncalibrated(s: EngineScores): EngineScores | null {
  const f = s.formulation;
  const c = f.calibrations;
  if (!c || !Object.values(c).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined))) return null;
  if (cache.has(f)) return cache.get(f) ?? null;
  let r: EngineScores | null = null;
  try {
    const { calibrations: _omit, ...rest } = f;
    r = scoreCompleted(rest, CATALOG_LOOKUP);
  } catch {
    r = null;
  }
  cache.set(f, r);
  return r;
}

/** The calibrations a formulation applies, in a few words ("release kinetics (M2, applied anyway as a user override)"). */
export function calibrationWords(s: EngineScores): string {
  const c = s.formulation.calibrations ?? {};
  const anyway = (x: { fittedTo?: string }) => (/APPLIED ANYWAY/.test(x.fittedTo ?? '') ? ', applied anyway as a user override' : '');
  return [
    ...(c.release ?? []).map((r) => `release kinetics (M2${anyway(r)})`),
    ...(c.loading ?? []).map(() => 'loading (Langmuir)'),
    ...(c.localEffect ? [`local-effect strength (clonogenic${anyway(c.localEffect)})`] : []),
    ...(c.viability ?? []).map((v) => `viability (${v.arm}${anyway(v)})`),
  ].join('; ');
}
