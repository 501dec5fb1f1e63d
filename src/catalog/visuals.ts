// How every catalog core, agent and membrane looks: 3D shape, colour and short display name, one row per id (pure data).
//
// Each table is typed `satisfies Record<XId, …>`, so a core, agent or membrane added to the catalog without its row here
// is a compile error (proved in visuals.test.ts), and the 3D viewer, its legend, the 2D fallback and the builder's swatches
// all read these rows instead of keeping their own id lists. No three.js here: the app shell imports this eagerly.
import type { AgentId } from './agents';
import type { CoreId } from './cores';
import type { MembraneId } from './membranes';

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

/** High-Z payloads (Bi, Au, Hf … drawn as nanodots) are near black: electron dense, as they look in TEM. */
export const HIGH_Z_COLOR = '#1B1B1B';

/** How a core is drawn (the viewer's layout builders switch over `kind`, ending in assertNever). */
export type CoreShape =
  | { kind: 'polyhedron'; solid: 'truncated-rhombic-dodecahedron' | 'octahedron'; lattice: true }
  | { kind: 'bilayer-vesicle' }
  | { kind: 'core-shell-micelle' }
  | { kind: 'dense-solid'; metallic: boolean }
  | { kind: 'porous-sphere' }
  | { kind: 'lipid-nanoparticle' }
  | { kind: 'nanoshell' }
  | { kind: 'protein-aggregate' }
  | { kind: 'polymer' }
  | { kind: 'free' };

export type CoreShapeKind = CoreShape['kind'];

/** What each shape kind looks like, in words (legend and captions). */
export const SHAPE_NAMES = {
  polyhedron: 'faceted MOF crystal', 'bilayer-vesicle': 'lipid bilayer around an aqueous core', 'core-shell-micelle': 'core–shell micelle',
  'dense-solid': 'dense solid', 'porous-sphere': 'sphere with mesopores', 'lipid-nanoparticle': 'electron-dense core in a lipid shell',
  nanoshell: 'silica core in a thin gold shell', 'protein-aggregate': 'protein aggregate', polymer: 'polymer', free: 'free molecules',
} as const satisfies Record<CoreShapeKind, string>;

export interface CoreVisual {
  /** Short display name for legends and captions ('ZIF-8'; the catalog's `name` is the long menu name). */
  label: string;
  /** '#RRGGBB': a neutral tint, so payloads and membranes stand out against it. */
  color: string;
  shape: CoreShape;
}

export interface AgentVisual {
  /** Display name in the 3D legend. */
  label: string;
  /** '#RRGGBB' of one drawn molecule (high-Z elements: HIGH_Z_COLOR, they are drawn as nanodots). */
  color: string;
}

export interface MembraneVisual {
  /** Short display name ('HeLa'). */
  label: string;
  /** '#RRGGBB', categorical and colour-blind safe. */
  color: string;
}

// ZIF-8 crystallises as rhombic dodecahedra, truncated at the 4-fold vertices when grown with surfactant; UiO-66-type and
// MIL-100 frameworks as octahedra.
const ZIF = { kind: 'polyhedron', solid: 'truncated-rhombic-dodecahedron', lattice: true } as const;
const OCTA = { kind: 'polyhedron', solid: 'octahedron', lattice: true } as const;

/** One row per catalog core: the compiler rejects a core id without its row (and a row without a core id). */
export const CORE_VISUALS = {
  none: { label: 'free drug (no carrier)', color: '#DDDDDD', shape: { kind: 'free' } },
  'zif-8': { label: 'ZIF-8', color: '#C9C3E0', shape: ZIF },
  'zif-90': { label: 'ZIF-90', color: '#C3D3E6', shape: ZIF },
  'mil-100-fe': { label: 'MIL-100(Fe)', color: '#D9B99B', shape: OCTA },
  'uio-66': { label: 'UiO-66', color: '#CFE3E8', shape: OCTA },
  'hf-mof': { label: 'Hf-MOF', color: '#D5DCE6', shape: OCTA },
  'bi-mof': { label: 'Bi-MOF', color: '#C8C8C8', shape: OCTA },
  hfo2: { label: 'HfO₂', color: '#E4E4E4', shape: { kind: 'dense-solid', metallic: false } },
  gold: { label: 'gold', color: '#D4A72C', shape: { kind: 'dense-solid', metallic: true } },
  bi2s3: { label: 'Bi₂S₃', color: '#6E6E6E', shape: { kind: 'dense-solid', metallic: false } },
  'mesoporous-silica': { label: 'mesoporous silica', color: '#E3EEF3', shape: { kind: 'porous-sphere' } },
  liposome: { label: 'liposome', color: '#F2D7A6', shape: { kind: 'bilayer-vesicle' } },
  'thermosensitive-liposome': { label: 'thermosensitive liposome', color: '#F2C6A6', shape: { kind: 'bilayer-vesicle' } },
  plga: { label: 'PLGA', color: '#C6DDB6', shape: { kind: 'polymer' } },
  'polymeric-micelle': { label: 'polymeric micelle', color: '#BFD8B8', shape: { kind: 'core-shell-micelle' } },
  albumin: { label: 'albumin', color: '#EBC3A3', shape: { kind: 'protein-aggregate' } },
  'polymer-conjugate': { label: 'polymer conjugate', color: '#B9D4C6', shape: { kind: 'polymer' } },
  'iron-oxide': { label: 'iron oxide', color: '#7A4A2E', shape: { kind: 'dense-solid', metallic: false } },
  lnp: { label: 'lipid nanoparticle', color: '#CDB68C', shape: { kind: 'lipid-nanoparticle' } },
  'silica-gold-nanoshell': { label: 'silica–gold nanoshell', color: '#D4A72C', shape: { kind: 'nanoshell' } },
  'lipid-polymer-hybrid': { label: 'lipid–polymer hybrid', color: '#D8D9A8', shape: { kind: 'polymer' } },
} as const satisfies Record<CoreId, CoreVisual>;

/** One row per catalog agent (drugs of one class share a colour; the legend names them). */
export const AGENT_VISUALS = {
  in10018: { label: 'IN10018 (ifebemtinib)', color: OKABE_ITO.bluishGreen },
  bismuth: { label: 'Bismuth', color: HIGH_Z_COLOR },
  cisplatin: { label: 'Cisplatin', color: OKABE_ITO.yellow },
  oxaliplatin: { label: 'Oxaliplatin', color: OKABE_ITO.yellow },
  doxorubicin: { label: 'Doxorubicin', color: OKABE_ITO.vermillion },
  daunorubicin: { label: 'Daunorubicin', color: OKABE_ITO.vermillion },
  paclitaxel: { label: 'Paclitaxel', color: OKABE_ITO.skyBlue },
  docetaxel: { label: 'Docetaxel', color: OKABE_ITO.skyBlue },
  irinotecan: { label: 'Irinotecan', color: OKABE_ITO.orange },
  'sn-38': { label: 'SN-38', color: OKABE_ITO.orange },
  camptothecin: { label: 'Camptothecin', color: OKABE_ITO.orange },
  '5-fluorouracil': { label: '5-Fluorouracil', color: OKABE_ITO.blue },
  mitoxantrone: { label: 'Mitoxantrone', color: OKABE_ITO.blue },
  mrna: { label: 'mRNA', color: OKABE_ITO.reddishPurple },
  sirna: { label: 'siRNA', color: OKABE_ITO.reddishPurple },
} as const satisfies Record<AgentId, AgentVisual>;

/** One row per catalog membrane source. */
export const MEMBRANE_VISUALS = {
  hela: { label: 'HeLa', color: OKABE_ITO.vermillion },
  siha: { label: 'SiHa', color: OKABE_ITO.reddishPurple },
  caski: { label: 'CaSki', color: OKABE_ITO.orange },
  'caf-cervical': { label: 'cervical CAF', color: OKABE_ITO.blue },
  rbc: { label: 'red blood cell', color: '#882255' }, // Paul Tol's "wine", added for the 8th source (colour-blind safe against the Okabe–Ito set)
  platelet: { label: 'platelet', color: OKABE_ITO.yellow },
  macrophage: { label: 'macrophage', color: OKABE_ITO.bluishGreen },
  '4t1': { label: '4T1', color: OKABE_ITO.skyBlue },
} as const satisfies Record<MembraneId, MembraneVisual>;

/** Colours for things that are not catalog ids: unknown agents (by position), unknown cores and membranes. */
export const FALLBACK_COLORS = {
  agents: [OKABE_ITO.bluishGreen, OKABE_ITO.orange, OKABE_ITO.skyBlue, OKABE_ITO.reddishPurple, OKABE_ITO.yellow],
  core: '#DDDDDD',
  membrane: OKABE_ITO.grey,
} as const;

const has = <T extends object>(table: T, id: string): id is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(table, id);

/** Row for a core id, or undefined for a string that is not one (a half-typed draft). */
export const coreVisual = (id: string): CoreVisual | undefined => (has(CORE_VISUALS, id) ? CORE_VISUALS[id] : undefined);
export const agentVisual = (id: string): AgentVisual | undefined => (has(AGENT_VISUALS, id) ? AGENT_VISUALS[id] : undefined);
export const membraneVisual = (id: string): MembraneVisual | undefined => (has(MEMBRANE_VISUALS, id) ? MEMBRANE_VISUALS[id] : undefined);

/** Swatch colours by id, with a neutral fallback for ids that are not in the catalog. */
export const coreColor = (id: string): string => coreVisual(id)?.color ?? FALLBACK_COLORS.core;
export const membraneColor = (id: string): string => membraneVisual(id)?.color ?? FALLBACK_COLORS.membrane;
/** A payload's colour: high-Z dots are near black; catalog agents by their row; others by position in the list. */
export const agentColor = (id: string, highZ = false, index = 0): string =>
  highZ ? HIGH_Z_COLOR : agentVisual(id.toLowerCase())?.color ?? FALLBACK_COLORS.agents[index % FALLBACK_COLORS.agents.length];
