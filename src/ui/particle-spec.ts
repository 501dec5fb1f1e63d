// Candidate + its scores → the 3D viewer's ParticleSpec (plain data; importing it does not load three.js).
import type { Scores } from '../model/scores';
import type { ParticleSpec, CoreMaterial, MembraneSource } from '../viewer3d';
import { CORE_MATERIALS, MEMBRANE_SOURCES } from '../viewer3d';
import { AGENTS } from '../catalog';
import { agentName } from './catalog-view';

type Obj = Record<string, unknown>;

export function particleSpecOf(id: string, draft: Obj, scores: Scores | null): ParticleSpec | null {
  const core = (draft.core ?? {}) as Obj;
  const material = String(core.material ?? '');
  if (!(CORE_MATERIALS as readonly string[]).includes(material)) return null;
  const coating = draft.coating && typeof draft.coating === 'object' ? (draft.coating as Obj) : null;
  const membranes = (Array.isArray(coating?.membranes) ? (coating!.membranes as Obj[]) : [])
    .filter((m) => (MEMBRANE_SOURCES as readonly string[]).includes(String(m.source)))
    .map((m) => ({ source: m.source as MembraneSource, fraction: Number(m.fraction) || 0 }));
  const d = scores?.geometry.coreDiameterNm ?? (Number(core.diameterNm) > 0 ? Number(core.diameterNm) : 100);
  return {
    id,
    label: String(draft.name ?? 'candidate'),
    coreMaterial: material as CoreMaterial,
    coreDiameterNm: d,
    hydrodynamicDiameterNm: scores?.geometry.hydrodynamicDiameterNm ?? d,
    payloads: (scores?.loading.payloads ?? []).map((p) => ({
      agent: p.agent,
      moleculesPerParticle: p.moleculesPerParticle,
      highZ: (AGENTS as Record<string, { kind: string }>)[p.agent]?.kind === 'element',
      label: agentName(p.agent),
    })),
    membranes,
    coverage: scores?.geometry.membraneCoverage ?? (membranes.length ? 1 : 0),
    peg: coating?.peg === true,
  };
}
