// Start-up (#21): the 3D panel's first particle is known as soon as the first evaluation is done, long before the panel
// mounts; it is handed to the first-frame worker then, which builds and compiles it while the page renders the rest.
import { useStore, selectSelected } from '../state/store';
import { evaluateCandidate, scoresOf } from '../state/evaluate';
import { DEFAULT_RELEASE_VIEW, particleSpecOf } from './particle-spec';
import { primePoster, sizePrimedPoster } from '../viewer3d/poster-start';

/** Height of the 3D panel's drawing area, CSS px (ViewerPanel). */
export const VIEWER_HEIGHT_PX = 280;

/**
 * Prime the started first-frame worker (main.tsx starts it when the 3D panel will be shown) with the selected
 * candidate's particle as the 3D panel first shows it (ViewerPanel: the last scores, release view off, assembled, no
 * cutaway); the evaluation is start-up's cached one. Nothing on the Learn tab (its tour has its own views) or without a
 * drawable candidate.
 */
export function primeFirstFrame(): void {
  const state = useStore.getState();
  if (state.tab === 'learn') return;
  const c = selectSelected(state);
  if (!c) return;
  const scores = scoresOf(evaluateCandidate(c));
  const spec = particleSpecOf(c.id, (scores?.formulation as Record<string, unknown> | undefined) ?? c.draft, scores, DEFAULT_RELEASE_VIEW);
  if (spec) primePoster({ specs: [spec], release: false, step: 0, cutaway: false, resetCount: 0 });
}

/**
 * The first results have committed: the 3D panel's placeholder slot (App) has the viewer's width, so the primed worker
 * can draw the particle at its real size now; the viewer shows that frame as soon as it mounts.
 */
export function sizeFirstFrame(slot: Element | null): void {
  if (!slot) return;
  const width = Math.round(slot.getBoundingClientRect().width);
  if (width > 0) sizePrimedPoster(width, VIEWER_HEIGHT_PX, window.devicePixelRatio || 1);
}
