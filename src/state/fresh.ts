// Whether the workspace is the untouched start (then a shared link replaces it with one click).
import type { AppState } from './store';
import { presetDraft } from './presets';

/** True when the workspace is the untouched start: the single IZB@CCM candidate exactly as loaded, nothing to undo. */
export function isFreshWorkspace(s: Pick<AppState, 'candidates'>, canUndo: boolean): boolean {
  if (canUndo || s.candidates.length !== 1) return false;
  return JSON.stringify(s.candidates[0].draft) === JSON.stringify(presetDraft('izb-ccm'));
}

