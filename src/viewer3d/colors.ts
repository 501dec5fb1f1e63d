// The viewer's own colours (background, PEG, high-Z dots, water, text); catalog cores, agents and membranes take theirs
// from src/catalog/visuals.ts, which the builder's swatches read too, so legends match the 3D scene.
import { FALLBACK_COLORS, HIGH_Z_COLOR, OKABE_ITO, agentColor } from '../catalog/visuals';

export { OKABE_ITO };

export const VIEWER_COLORS = {
  background: '#F7F7F4',
  /** For ids outside the catalog (a half-typed spec); catalog ids use their row in CORE_VISUALS / MEMBRANE_VISUALS. */
  fallback: FALLBACK_COLORS,
  highZ: HIGH_Z_COLOR,
  peg: OKABE_ITO.grey,
  /** Aqueous interior of vesicles, the light glass of silica. */
  aqueous: '#DCEFFA',
  text: '#1A1A1A',
} as const;

/** Colour for a payload: high-Z dots are near black; molecules by their catalog row, else by position in the list. */
export const payloadColor = agentColor;

/** '#RRGGBB' → linear-free sRGB triple in 0..1 (three.js converts to linear when it reads instance colours). */
export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) return [0.5, 0.5, 0.5];
  const n = parseInt(m[1], 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
