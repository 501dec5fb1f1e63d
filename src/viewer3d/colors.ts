// The viewer palette (Okabe–Ito based, colour-blind safe), shared with the builder UI so legends match the 3D scene.
import type { CoreMaterial, MembraneSource } from './spec';

/**
 * Okabe & Ito (2008), "Color Universal Design": eight colours distinguishable under the common colour-vision deficiencies.
 * Membrane sources get the categorical colours (HeLa vermillion vs cervical CAF blue is the strongest pair); cores are
 * neutral tints so that payloads and membranes stand out against them; high-Z payloads are near black (electron dense, as in TEM).
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#999999',
} as const;

export const VIEWER_COLORS = {
  background: '#F7F7F4',
  membrane: {
    hela: OKABE_ITO.vermillion,
    'caf-cervical': OKABE_ITO.blue,
    siha: OKABE_ITO.reddishPurple,
    caski: OKABE_ITO.orange,
    rbc: '#882255', // Paul Tol's "wine", added for the 8th source (colour-blind safe against the Okabe–Ito set)
    platelet: OKABE_ITO.yellow,
    macrophage: OKABE_ITO.bluishGreen,
    '4t1': OKABE_ITO.skyBlue,
  } satisfies Record<MembraneSource, string>,
  core: {
    'zif-8': '#C9C3E0', 'zif-90': '#C3D3E6', 'mil-100-fe': '#D9B99B', 'uio-66': '#CFE3E8', 'hf-mof': '#D5DCE6', 'bi-mof': '#C8C8C8',
    hfo2: '#E4E4E4', gold: '#D4A72C', bi2s3: '#6E6E6E', 'iron-oxide': '#7A4A2E', 'mesoporous-silica': '#E3EEF3',
    liposome: '#F2D7A6', 'thermosensitive-liposome': '#F2C6A6', 'polymeric-micelle': '#BFD8B8', plga: '#C6DDB6',
    'polymer-conjugate': '#B9D4C6', albumin: '#EBC3A3', lnp: '#CDB68C', 'silica-gold-nanoshell': '#D4A72C', none: '#DDDDDD',
  } satisfies Record<CoreMaterial, string>,
  /** Payload molecules by agent id; unknown agents fall back through `payloadFallback` in order. */
  payload: {
    in10018: OKABE_ITO.bluishGreen,
    doxorubicin: OKABE_ITO.vermillion,
    daunorubicin: OKABE_ITO.vermillion,
    mitoxantrone: OKABE_ITO.blue,
    cisplatin: OKABE_ITO.yellow,
    oxaliplatin: OKABE_ITO.yellow,
    paclitaxel: OKABE_ITO.skyBlue,
    docetaxel: OKABE_ITO.skyBlue,
    irinotecan: OKABE_ITO.orange,
    'sn-38': OKABE_ITO.orange,
    camptothecin: OKABE_ITO.orange,
    '5-fluorouracil': OKABE_ITO.blue,
    mrna: OKABE_ITO.reddishPurple,
    sirna: OKABE_ITO.reddishPurple,
  } as Record<string, string>,
  payloadFallback: [OKABE_ITO.bluishGreen, OKABE_ITO.orange, OKABE_ITO.skyBlue, OKABE_ITO.reddishPurple, OKABE_ITO.yellow],
  highZ: '#1B1B1B',
  peg: OKABE_ITO.grey,
  /** Aqueous interior of vesicles, the light glass of silica. */
  aqueous: '#DCEFFA',
  text: '#1A1A1A',
} as const;

/** Colour for a payload: high-Z dots are near black; molecules by agent id, else by position in the list. */
export function payloadColor(agent: string, highZ: boolean, index = 0): string {
  if (highZ) return VIEWER_COLORS.highZ;
  return VIEWER_COLORS.payload[agent.toLowerCase()] ?? VIEWER_COLORS.payloadFallback[index % VIEWER_COLORS.payloadFallback.length];
}

/** '#RRGGBB' → linear-free sRGB triple in 0..1 (three.js converts to linear when it reads instance colours). */
export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) return [0.5, 0.5, 0.5];
  const n = parseInt(m[1], 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
