// Start-up (#21): the 3D panel's first particle is known as soon as the first evaluation is done, before the panel mounts;
// the first-frame worker, started at the first commit, builds and draws it while the page loads and renders the panel.
import { useStore, selectSelected } from '../state/store';
import { evaluateCandidate, scoresOf } from '../state/evaluate';
import { DEFAULT_RELEASE_VIEW, particleSpecOf } from './particle-spec';
import { prewarmPoster, primePoster, sizePrimedPoster } from '../viewer3d/poster-start';

/** Height of the 3D panel's drawing area, CSS px (ViewerPanel). */
export const VIEWER_HEIGHT_PX = 280;

/**
 * Prime the first-frame worker (started at the first commit: startFirstFrame) with the selected
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
 * The first results have committed: the first-frame worker starts now (its script, three.js included, is no part of the
 * JavaScript loaded before the builder is usable: initial JS budget), builds the primed particle, and — the 3D panel's
 * placeholder slot (App) having the viewer's width — draws it at its real size; the viewer shows that frame as soon as it
 * mounts.
 */
export function startFirstFrame(slot: Element | null): void {
  prewarmPoster();
  if (!slot) return;
  const width = Math.round(slot.getBoundingClientRect().width);
  if (width > 0) sizePrimedPoster(width, VIEWER_HEIGHT_PX, window.devicePixelRatio || 1);
}
