// Public face of the 3D viewer. Importing this does not load three.js: the viewer itself is a lazy chunk.
import { lazy } from 'react';

export type { ParticleSpec, PayloadSpec, MembraneSpec, ReleaseState, CoreShape, CoreShapeKind } from './spec';
export { shapeForCore, sanitizeSpec, assertNever } from './spec';
export { VIEWER_COLORS, OKABE_ITO, payloadColor } from './colors';
export type { ParticleViewerProps, ViewerStats } from './ParticleViewer';
export { detectWebGL } from './webgl';

/** `<Suspense fallback={…}><LazyParticleViewer specs={[spec]} /></Suspense>` — or `lazy(() => import('./viewer3d/ParticleViewer'))`. */
export const LazyParticleViewer = lazy(() => import('./ParticleViewer'));
