// Candidate + its scores → the 3D viewer's ParticleSpec (plain data; importing it does not load three.js).
import type { Scores } from '../model/scores';
import type { ParticleSpec, ReleaseState } from '../viewer3d';
import { AGENTS, agentVisual, isCoreId, isMembraneId, type MembraneId } from '../catalog';
import { DIAMETER_FIELD } from '../schema';
import { MODEL_PARAMS, membraneWeight } from '../engine';

type Obj = Record<string, unknown>;

/** The release view's medium: one of the three pH the model computes curves for (blood 7.4, tumour 6.5, lysosome 5.0). */
export type ReleasePh = 7.4 | 6.5 | 5.0;
export const RELEASE_PH: readonly { pH: ReleasePh; label: string }[] = [
  { pH: 7.4, label: 'pH 7.4 (blood)' },
  { pH: 6.5, label: 'pH 6.5 (tumour)' },
  { pH: 5.0, label: 'pH 5.0 (lysosome)' },
];

/** The release view's setting when the 3D panel opens (the view itself is off until the user turns it on). */
export const DEFAULT_RELEASE_VIEW: { pH: ReleasePh; timeH: number } = { pH: 5.0, timeH: 24 };

/** Linear interpolation of a [t, F] curve at time t (clamped to its ends). */
export function curveAt(points: readonly [number, number][], t: number): number {
  if (!points.length) return 0;
  if (t <= points[0][0]) return points[0][1];
  for (let i = 1; i < points.length; i++) {
    const [t1, f1] = points[i];
    if (t <= t1) {
      const [t0, f0] = points[i - 1];
      return t1 === t0 ? f1 : f0 + ((f1 - f0) * (t - t0)) / (t1 - t0);
    }
  }
  return points[points.length - 1][1];
}

/**
 * The particle at (pH, t) from the model's own release curves: each payload's released fraction F_i(t) at that pH, and
 * the core drawn as a shrinking sphere holding what is left of the slowest payload, r/r₀ = (1 − min_i F_i)^(1/3)
 * (a picture of the M2 erosion term, not a second model). Null when the candidate has no payload release curves.
 */
export function releaseStateOf(scores: Scores | null, pH: ReleasePh, timeH: number, membrane?: { openPH: number; closedPH: number }): ReleaseState | null {
  const by = scores?.release.byPayload ?? [];
  if (!by.length) return null;
  const releasedFraction: Record<string, number> = {};
  let minF = 1;
  for (const p of by) {
    const curve = p.curves.find((c) => Math.abs(c.pH - pH) < 1e-9);
    if (!curve) return null;
    const f = Math.min(1, Math.max(0, curveAt(curve.points, timeH)));
    releasedFraction[p.agent] = Math.max(releasedFraction[p.agent] ?? 0, f);
    minF = Math.min(minF, f);
  }
  return { pH, timeH, coreRemainingFraction: Math.cbrt(1 - minF), releasedFraction, ...(membrane ? { membraneIntact: membraneWeight(pH, membrane.openPH, membrane.closedPH) } : {}) };
}

/** The pH at which the model's membrane barrier is open / fully closed (M2 parameters, the candidate's overrides applied). */
function membraneBarrierPh(draft: Obj): { openPH: number; closedPH: number } {
  const o = (draft.overrides && typeof draft.overrides === 'object' ? draft.overrides : {}) as Record<string, unknown>;
  const val = (id: string) => (typeof o[id] === 'number' && Number.isFinite(o[id]) ? (o[id] as number) : MODEL_PARAMS[id].value);
  return { openPH: val('release.membraneOpenPH'), closedPH: val('release.membraneClosedPH') };
}

export function particleSpecOf(id: string, draft: Obj, scores: Scores | null, release?: { pH: ReleasePh; timeH: number }): ParticleSpec | null {
  const core = (draft.core ?? {}) as Obj;
  const material = String(core.material ?? '');
  if (!isCoreId(material)) return null;
  const coating = draft.coating && typeof draft.coating === 'object' ? (draft.coating as Obj) : null;
  const membranes = (Array.isArray(coating?.membranes) ? (coating!.membranes as Obj[]) : [])
    .filter((m) => isMembraneId(String(m.source)))
    .map((m) => ({ source: m.source as MembraneId, fraction: Number(m.fraction) || 0 }));
  const d = scores?.geometry.coreDiameterNm ?? (Number(core.diameterNm) > 0 ? Number(core.diameterNm) : DIAMETER_FIELD.default);
  return {
    id,
    label: String(draft.name ?? 'candidate'),
    coreMaterial: material,
    coreDiameterNm: d,
    hydrodynamicDiameterNm: scores?.geometry.hydrodynamicDiameterNm ?? d,
    payloads: (scores?.loading.payloads ?? []).map((p) => ({
      agent: p.agent,
      moleculesPerParticle: p.moleculesPerParticle,
      highZ: (AGENTS as Record<string, { kind: string }>)[p.agent]?.kind === 'element',
      label: agentVisual(p.agent)?.label ?? p.agent,
    })),
    membranes,
    coverage: scores?.geometry.membraneCoverage ?? (membranes.length ? 1 : 0),
    peg: coating?.peg === true,
    ...(release ? (() => { const r = releaseStateOf(scores, release.pH, release.timeH, membranes.length ? membraneBarrierPh(draft) : undefined); return r ? { release: r } : {}; })() : {}),
  };
}

/**
 * The next time (h) of the release animation: 1 h steps over the first 12 h (acid release at pH 5.0 is mostly done by
 * then), 3 h steps to 24 h, 6 h steps to 72 h; so most frames fall where the released fraction changes.
 */
export function nextPlayTime(tH: number, endH = 72): number {
  const step = tH < 12 ? 1 : tH < 24 ? 3 : 6;
  return Math.min(endH, Math.floor(tH / step) * step + step);
}

/** Milliseconds per animation frame (the 0 → 72 h play takes 12 + 4 + 8 = 24 frames ≈ 6 s). */
export const PLAY_FRAME_MS = 250;
