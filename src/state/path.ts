// Path helpers for the store, from the one path helper (src/model/path.ts) through the engine's public face.
export { deletePath, getPath, setPath, splitPath, type Json } from '../engine';
