// Calibrations and parameter overrides of a formulation in words, for the link dialog and the report (walk11 #15: not just
// "calibrations"). Its own module so only those lazy chunks carry it (initial JS budget).
import { isPlainObject } from './json-safe';
import { agentVisual, coreVisual } from '../catalog';

const n4 = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? String(Number(v.toPrecision(4))) : '?');

/** The release parameters of M2 as the Calibrate tab names them. */
const RELEASE_PARAM: Record<string, string> = { vRefNmPerH: 'v_ref (nm/h)', nH: 'n_H', kdPerH: 'k_d (1/h)', burstFraction: 'F_b' };
const numbers = (o: unknown, name: (k: string) => string = (k) => k): string =>
  isPlainObject(o) ? Object.entries(o).map(([k, v]) => `${name(k)} ${n4(v)}`).join(', ') : '';
/** A fit applied although it failed its checks (the Apply anyway override, recorded in fittedTo). */
const anyway = (c: Record<string, unknown>): string => (typeof c.fittedTo === 'string' && /APPLIED ANYWAY/.test(c.fittedTo) ? ' — applied anyway as a user override (the fit failed its checks)' : '');
const agentName = (a: unknown) => agentVisual(String(a))?.label ?? String(a);

/** One line per calibration of a formulation: what it sets, its values, and whether it was applied as an override. */
export function summarizeCalibrations(c: unknown): string[] {
  if (!isPlainObject(c)) return [];
  const list = (v: unknown) => (Array.isArray(v) ? v.filter(isPlainObject) : []);
  return [
    ...list(c.release).map((r) => `release kinetics (M2) of ${coreVisual(String(r.core))?.label ?? String(r.core)}: ${numbers(r.params, (k) => RELEASE_PARAM[k] ?? k)}${anyway(r)}`),
    ...list(c.loading).map((l) => `loading (Langmuir) of ${agentName(l.agent)} on ${coreVisual(String(l.core))?.label ?? String(l.core)}, ${String(l.mode)}: qmax ${n4(l.qmaxMgPerMg)} mg/mg, K ${n4(l.affinityK)}`),
    ...(isPlainObject(c.localEffect) ? [`local-effect strength (clonogenic fit): ${numbers(c.localEffect.params)}${anyway(c.localEffect)}`] : []),
    ...list(c.viability).map((v) => `viability (${String(v.arm)}${v.agent !== undefined ? ` ${agentName(v.agent)}` : ''}): IC50 ${v.ic50M !== undefined ? `${n4(Number(v.ic50M) * 1e6)} µM` : `${n4(v.ic50UgPerMl)} µg/mL`}, Hill ${n4(v.hill)}${anyway(v)}`),
  ];
}

/** The parameter overrides as 'name = value', at most 8 and a count of the rest. */
export function summarizeOverrides(o: unknown): string[] {
  if (!isPlainObject(o)) return [];
  const all = Object.entries(o).map(([k, v]) => `${k} = ${n4(v)}`);
  return all.length > 8 ? [...all.slice(0, 8), `and ${all.length - 8} more`] : all;
}

/** "; parameter overrides: a = 1; calibrations: release kinetics (M2) of ZIF-8: … — applied anyway as a user override" (walk11 #15). */
export function overridesAndCalibrationsWords(formulation: unknown): string {
  if (!isPlainObject(formulation)) return '';
  const o = summarizeOverrides(formulation.overrides);
  const c = summarizeCalibrations(formulation.calibrations);
  return `${o.length ? `; parameter overrides: ${o.join(', ')}` : ''}${c.length ? `; calibrations: ${c.join('; ')}` : ''}`;
}
