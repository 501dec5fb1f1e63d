// The one override resolver: a formulation's release calibrations ⊕ its own overrides ⊕ the caller's, split into entity overrides (by catalog entity) and radiobiology keys.
import type { CoreProps, LoadingCalibration } from '../model/entities';
import { isParam } from '../model/guards';
import type { Param } from '../model/param';
import { partitionEntityOverrides } from './entity-overrides';
import type { CompletedFormulation, ScoreOptions } from './types';

/** Overrides as the scoring chain reads them: `all` undefined when there are none. */
export interface ResolvedOverrides {
  /** Every override by dotted id (model parameters read them by id). */
  all: Record<string, number> | undefined;
  /** Entity overrides grouped by prefix ('core', 'agent.<id>', 'membrane.<id>'), paths split; null when there are none. */
  entity: Map<string, [string[], number][]> | null;
  /** 'radiobiology.x' and 'localEffect.x' overrides under the radiobiology module's own key 'x'. */
  radio: Record<string, number> | undefined;
}

export const NO_OVERRIDES: ResolvedOverrides = Object.freeze({ all: undefined, entity: null, radio: undefined });

/** Loading calibrations of a formulation. */
export function loadingCalibrations(f: CompletedFormulation): readonly LoadingCalibration[] {
  return f.calibrations?.loading ?? [];
}

/**
 * Release calibrations for this core become entity overrides ('core.release.<param>'; burstFraction for each payload's
 * mode). Explicit overrides win over calibrations.
 */
export function releaseCalibrationOverrides(f: CompletedFormulation): Record<string, number> | null {
  const list = f.calibrations?.release ?? [];
  let out: Record<string, number> | null = null;
  for (const rc of list) {
    if (rc.core !== f.core.material || !rc.params) continue;
    for (const [k, v] of Object.entries(rc.params)) {
      if (!Number.isFinite(v)) continue;
      out ??= {};
      if (k === 'burstFraction') for (const p of f.payloads) out[`core.release.burstFraction.${p.loading}`] = v;
      else out[`core.release.${k}`] = v;
    }
  }
  return out;
}

/**
 * A local-effect calibration (your clonogenic fit, calibrations.localEffect) becomes 'localEffect.<s anchor>' overrides
 * beneath the formulation's explicit ones (explicit overrides win, as for release calibrations).
 */
export function localEffectCalibrationOverrides(f: CompletedFormulation): Record<string, number> | null {
  const le = f.calibrations?.localEffect;
  let out: Record<string, number> | null = null;
  if (le?.params) for (const [k, v] of Object.entries(le.params)) if (Number.isFinite(v)) (out ??= {})[`localEffect.${k}`] = v;
  return out;
}

/** Release and local-effect calibrations as overrides (release first; explicit overrides are merged over them by the caller). */
export function calibrationOverrides(f: CompletedFormulation): Record<string, number> | null {
  const r = releaseCalibrationOverrides(f);
  const l = localEffectCalibrationOverrides(f);
  return r && l ? { ...r, ...l } : (r ?? l);
}

/**
 * The source text of a local-effect calibration that no explicit override replaced (null: none applies): "fitted to
 * your data (clonogenic calibration: files, n, LEF ± SE, strength ± SE, date)", for the explanations and tables.
 */
export function localEffectCalibrationSource(f: CompletedFormulation, extra?: Record<string, number>): string | null {
  const le = f.calibrations?.localEffect;
  if (!le?.params) return null;
  const live = Object.keys(le.params).filter((k) => f.overrides?.[`localEffect.${k}`] === undefined && extra?.[`localEffect.${k}`] === undefined);
  if (!live.length) return null;
  return `fitted to your data (clonogenic calibration${le.fittedTo ? `: ${le.fittedTo.replace(/^fitted to your data: /, '')}` : ''})`;
}

/** Override key → the radiobiology module's own key ('radiobiology.x' / 'localEffect.x' → 'x'), or null (memoized, bounded). */
const RADIO_KEY_CACHE = new Map<string, string | null>();

export function radiobiologyKey(k: string): string | null {
  let v = RADIO_KEY_CACHE.get(k);
  if (v === undefined) {
    v = k.startsWith('radiobiology.') ? k.slice(13) : k.startsWith('localEffect.') ? k.slice(12) : null;
    if (RADIO_KEY_CACHE.size >= 8192) RADIO_KEY_CACHE.clear();
    RADIO_KEY_CACHE.set(k, v);
  }
  return v;
}

/** Parameter overrides split for the radiobiology module (keys 'radiobiology.x' and 'localEffect.x' → 'x'); undefined when none. */
function radiobiologyParams(o: Record<string, number>): Record<string, number> | undefined {
  let out: Record<string, number> | undefined;
  for (const k in o) {
    const r = radiobiologyKey(k);
    if (r !== null) (out ??= {})[r] = o[k];
  }
  return out;
}

export function hasKeys(o: Record<string, number> | undefined): boolean {
  if (o) for (const _k in o) return true;
  return false;
}

/** The overrides one score uses: release and local-effect calibrations ⊕ formulation.overrides ⊕ opts.overrides (later wins). */
export function resolveOverrides(f: CompletedFormulation, opts: ScoreOptions): ResolvedOverrides {
  const cal = calibrationOverrides(f);
  const fo = hasKeys(f.overrides) ? f.overrides : undefined;
  const po = hasKeys(opts.overrides) ? opts.overrides : undefined;
  // merged only when two sources meet (Monte Carlo passes one object per draw: no copy)
  const o = cal || (fo && po) ? { ...(cal ?? {}), ...(fo ?? {}), ...(po ?? {}) } : (po ?? fo);
  if (o === undefined) return NO_OVERRIDES;
  return { all: o, entity: partitionEntityOverrides(o), radio: radiobiologyParams(o) };
}

function releaseRecordSource(fittedTo: string | undefined): string {
  return `fitted to your data (release calibration${fittedTo ? `: ${fittedTo.replace(/^fitted to your data: /, '')}` : ''})`;
}

/**
 * The source text of this core's release calibration when at least one of its values is not replaced by an explicit
 * override (null: none applies), e.g. for the in-vitro bench's explanation of the release in the well.
 */
export function releaseCalibrationSource(f: CompletedFormulation, extra?: Record<string, number>): string | null {
  const rec = f.calibrations?.release?.find((r) => r.core === f.core.material);
  if (!rec?.params) return null;
  const key = (k: string): string[] => (k === 'burstFraction' ? f.payloads.map((p) => `core.release.burstFraction.${p.loading}`) : [`core.release.${k}`]);
  const live = Object.keys(rec.params).some((k) => Number.isFinite(rec.params[k]) && key(k).some((x) => f.overrides?.[x] === undefined && extra?.[x] === undefined));
  return live ? releaseRecordSource(rec.fittedTo) : null;
}

/**
 * The core with the release parameters that a calibration set (and no explicit override replaced) marked as fitted to
 * the user's data: provenance 'fitted', source = the calibration's own record (data set, n, SE, date), so explanations
 * and reports never show a calibrated value under the literature sentence of the value it replaced. Values are unchanged.
 */
export function markReleaseCalibration(core: CoreProps, f: CompletedFormulation, explicit: Record<string, number> | undefined): CoreProps {
  const rec = f.calibrations?.release?.find((r) => r.core === f.core.material);
  if (!rec?.params) return core;
  const source = releaseRecordSource(rec.fittedTo);
  const mark = (p: Param): Param => ({ ...p, source, provenance: 'fitted', verify: undefined });
  const release = { ...core.release } as CoreProps['release'] & Record<string, unknown>;
  for (const k of Object.keys(rec.params)) {
    if (k === 'burstFraction') {
      const bf = { ...release.burstFraction };
      for (const mode of Object.keys(bf) as (keyof typeof bf)[]) if (bf[mode] && !(explicit && `core.release.burstFraction.${mode}` in explicit)) bf[mode] = mark(bf[mode]!);
      release.burstFraction = bf;
    } else if (isParam(release[k]) && !(explicit && `core.release.${k}` in explicit)) {
      release[k] = mark(release[k] as Param);
    }
  }
  return { ...core, release };
}
