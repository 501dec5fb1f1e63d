// Scene arrangement (side-by-side at true relative size, exploded assembly offsets) and the captions/legend text.
// Pure: the 3D scene and the SVG fallback both read these.
import type { Vec3 } from './math';
import { extentNm, type DisplayScale, type ParticleLayout } from './layout';
import { CORE_VISUALS, MEMBRANE_VISUALS, SHAPE_NAMES } from '../catalog';

/** Exploded assembly steps: 1 core, 2 + payloads, 3 + membrane (and PEG). 0 = assembled. */
export const EXPLODE_STEPS = 3;

export interface Placement {
  /** Particle centre, nm (world units are nm for every particle: true relative size). */
  center: Vec3;
  payloadOffset: Vec3;
  membraneOffset: Vec3;
  showPayloads: boolean;
  showMembrane: boolean;
}

export interface Arrangement {
  placements: Placement[];
  /** Axis-aligned bounds of everything drawn in the x–y plane, nm. */
  bounds: { minX: number; maxX: number; minY: number; maxY: number };
}

/**
 * Particles sit side by side on the x axis at one common scale (1 world unit = 1 nm), separated by a gap of
 * 30 % of the larger outer radius. Exploded view pulls payloads and membrane apart: with one particle along x
 * (payloads left, membrane right), with two along y, so the columns never collide.
 */
export function arrangeScene(layouts: ParticleLayout[], explodeStep = 0): Arrangement {
  const step = Math.max(0, Math.min(EXPLODE_STEPS, Math.round(explodeStep) || 0));
  const exploded = step > 0;
  const rMax = Math.max(...layouts.map(extentNm), 1);
  const gap = 0.3 * rMax;
  const vertical = layouts.length > 1;
  const placements: Placement[] = [];
  let x = 0;
  const bounds = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  const extend = (c: Vec3, r: number) => {
    bounds.minX = Math.min(bounds.minX, c[0] - r); bounds.maxX = Math.max(bounds.maxX, c[0] + r);
    bounds.minY = Math.min(bounds.minY, c[1] - r); bounds.maxY = Math.max(bounds.maxY, c[1] + r);
  };
  layouts.forEach((l, i) => {
    const R = extentNm(l);
    const d = exploded ? 2.3 * R : 0;
    const halfWidth = exploded && !vertical ? R + d : R;
    if (i > 0) x += gap;
    x += halfWidth;
    const center: Vec3 = [x, 0, 0];
    x += halfWidth;
    const payloadOffset: Vec3 = exploded ? (vertical ? [0, -d, 0] : [-d, 0, 0]) : [0, 0, 0];
    const membraneOffset: Vec3 = exploded ? (vertical ? [0, d, 0] : [d, 0, 0]) : [0, 0, 0];
    const showPayloads = !exploded || step >= 2;
    const showMembrane = !exploded || step >= 3;
    placements.push({ center, payloadOffset, membraneOffset, showPayloads, showMembrane });
    extend(center, R);
    if (exploded) {
      extend([center[0] + payloadOffset[0], center[1] + payloadOffset[1], 0], R);
      extend([center[0] + membraneOffset[0], center[1] + membraneOffset[1], 0], R);
    }
  });
  // centre the whole arrangement on the origin
  const cx = (bounds.minX + bounds.maxX) / 2, cy = (bounds.minY + bounds.maxY) / 2;
  for (const p of placements) { p.center = [p.center[0] - cx, p.center[1] - cy, 0]; }
  return { placements, bounds: { minX: bounds.minX - cx, maxX: bounds.maxX - cx, minY: bounds.minY - cy, maxY: bounds.maxY - cy } };
}

export const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
export const fmtNm = (n: number) => `${n >= 10 ? Math.round(n) : Math.round(n * 10) / 10} nm`;
const pct = (f: number) => `${Math.round(f * 100)} %`;

/** Caption for an exploded-assembly step of one particle. */
export function explodeCaption(l: ParticleLayout, step: number): string {
  const s = l.spec;
  const core = s.coreMaterial === 'none' ? 'no carrier (free drug)' : `${CORE_VISUALS[s.coreMaterial].label} core, ${fmtNm(s.coreDiameterNm)} (${SHAPE_NAMES[l.shape.kind]})`;
  if (step <= 1) return `Assembly 1 of 3 · Core: ${core}.`;
  if (step === 2) {
    const parts = l.payloadGroups.map((g) => g.highZ
      ? `${g.label}: ≈ ${fmtInt(g.nanodotsPerParticle ?? 0)} nanodots of ${fmtNm(l.nanodotDiameterNm)}`
      : `${g.label}: ≈ ${fmtInt(g.moleculesPerParticle)} molecules`);
    return `Assembly 2 of 3 · Payloads loaded into the core: ${parts.length ? parts.join('; ') : 'none'}.`;
  }
  const mem = l.membrane.sources.length
    ? `${l.membrane.sources.map((m) => `${MEMBRANE_VISUALS[m.source].label} ${pct(m.fraction)}`).join(' + ')} membrane, coverage ${pct(s.coverage)}, bilayer ${fmtNm(l.radii.membraneOuterNm - l.radii.membraneInnerNm)}`
    : 'no cell membrane';
  return `Assembly 3 of 3 · Coat: ${mem}${s.peg ? `, PEG brush ${fmtNm(l.peg.lengthNm)}` : ''}; hydrodynamic diameter ${fmtNm(s.hydrodynamicDiameterNm)}.`;
}

/** Caption for the release view of one particle (empty when the spec carries no release state). */
export function releaseCaption(l: ParticleLayout): string {
  const r = l.spec.release;
  if (!r) return '';
  const parts = l.payloadGroups.map((g) => `${g.label} ${pct(g.releasedFraction)} released`);
  const out = l.released.count > 0 ? ' (released payload drawn around the particle)' : '';
  const gone = r.coreRemainingFraction < 0.005;
  const coat = l.membrane.sources.length === 0 || r.membraneIntact === undefined ? ''
    : r.membraneIntact < 1
      ? `; membrane coat ${r.membraneIntact <= 0 ? 'open (no barrier at this pH)' : `partly open (barrier ${pct(r.membraneIntact)})`}: drawn in fragments${gone ? ' around the empty space the core left' : ''}`
      : gone ? '; membrane coat closed: drawn as an empty shell' : '';
  return `pH ${r.pH.toFixed(1)}, ${r.timeH} h: ${gone ? 'core dissolved (not drawn)' : `core radius ${pct(r.coreRemainingFraction)} of initial (${fmtNm(l.radii.coreShownNm)})`}${coat}${parts.length ? `; ${parts.join(', ')}${out}` : ''}.`;
}

/** The legend's statement of the display scale. */
export function scaleStatement(scale: DisplayScale, l: ParticleLayout[]): string[] {
  const lines: string[] = [];
  if (l.some((x) => x.payloadGroups.some((g) => !g.highZ))) lines.push(`1 sphere = ${fmtInt(scale.moleculesPerSphere)} molecule${scale.moleculesPerSphere > 1 ? 's' : ''} (max ${fmtInt(scale.maxMoleculeSpheres)} per particle)`);
  if (l.some((x) => x.payloadGroups.some((g) => g.highZ))) lines.push(`1 dark dot = ${fmtInt(scale.nanodotsPerDot)} high-Z nanodot${scale.nanodotsPerDot > 1 ? 's' : ''}`);
  if (l.some((x) => x.membrane.markers.count > 0)) lines.push(`1 membrane marker ≈ ${fmtInt(l.find((x) => x.membrane.markers.count > 0)!.membrane.markerAreaNm2)} nm² of membrane`);
  if (l.some((x) => x.peg.count > 0)) lines.push(`1 PEG strand = ${fmtInt(scale.pegChainsPerStrand)} chain${scale.pegChainsPerStrand > 1 ? 's' : ''}`);
  return lines;
}
