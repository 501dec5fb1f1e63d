// The engine's default entity look-up: the catalog (ids validated by the schema before they reach here).
import { getAgent, getCopolymer, getCore, getMembrane, getVehicle, LOADING_ANCHORS } from '../catalog';
import type { EntityLookup } from './types';

export const CATALOG_LOOKUP: EntityLookup = {
  core: getCore,
  agent: getAgent,
  membrane: getMembrane,
  anchors: LOADING_ANCHORS,
  copolymer: getCopolymer,
  vehicle: getVehicle,
};
