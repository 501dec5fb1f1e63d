// Small React hooks over the store: the selected candidate, its evaluation, and the undo/redo shortcuts.
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useStore as useZustand } from 'zustand';
import { useStore, selectSelected, undo, redo } from '../state/store';
import { evaluateCandidate, type Evaluation } from '../state/evaluate';
import type { Candidate } from '../state/types';

export function useSelected(): Candidate | undefined {
  return useStore(selectSelected);
}

export function useEvaluation(c: Candidate | undefined): Evaluation {
  return useMemo(() => (c ? evaluateCandidate(c) : { status: 'unavailable', reason: 'no candidate' } as Evaluation), [c]);
}

export function useTemporal() {
  const canUndo = useZustand(useStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useZustand(useStore.temporal, (s) => s.futureStates.length > 0);
  return { canUndo, canRedo };
}

function isTextEditing(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'range', 'button'].includes(el.type);
  return el.isContentEditable;
}

/** Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo (inside a text field the browser's own undo wins). */
export function useUndoShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k !== 'z' && k !== 'y') return;
      if (isTextEditing(e.target)) return;
      e.preventDefault();
      if (k === 'y' || e.shiftKey) redo();
      else undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };

/**
 * Start-up stages after the first paint, one shared signal for the whole page (#21): stage 0 on the first render; each
 * further stage comes at the next idle moment after the previous one, so the deferred UI mounts in separate tasks rather
 * than in one long task. 1: the share bar (the 3D panel comes right after the first commit, App); 2: the explanation drawer and the model-parameters panel;
 * 3: the import/export menu.
 */
export const LAST_START_STAGE = 3;
let startStage = 0;
let stageScheduled = false;
const stageListeners = new Set<() => void>();

function scheduleNextStage() {
  const w = window as IdleWindow;
  const next = () => {
    if (startStage >= LAST_START_STAGE) return; // hurried (hurryStartStages)
    startStage++;
    for (const l of [...stageListeners]) l();
    if (startStage < LAST_START_STAGE) scheduleNextStage();
  };
  // a fresh task first (the previous stage's render runs in between), then the next idle moment
  window.setTimeout(() => {
    if (w.requestIdleCallback) w.requestIdleCallback(next, { timeout: 400 });
    else window.setTimeout(next, 50);
  }, 0);
}

/** A press on a header placeholder (ui/header-tools): every deferred part mounts now, its code is requested at once. */
export function hurryStartStages(): void {
  if (startStage >= LAST_START_STAGE) return;
  startStage = LAST_START_STAGE;
  for (const l of [...stageListeners]) l();
}

function subscribeStage(l: () => void): () => void {
  stageListeners.add(l);
  // the first subscription is made when the first render has committed: the stages start then
  if (!stageScheduled && typeof window !== 'undefined') {
    stageScheduled = true;
    scheduleNextStage();
  }
  return () => { stageListeners.delete(l); };
}

/**
 * False on the first render, true once the page has reached start-up `stage` (see LAST_START_STAGE): for UI that is not
 * needed before the builder and the first scores are on screen (its lazy chunk is then requested after them; initial
 * JS budget and main-thread blocking at start-up, #21).
 */
export function useAfterFirstPaint(stage = 1): boolean {
  return useSyncExternalStore(subscribeStage, () => startStage >= stage, () => false);
}

/** Whether a media query matches now (follows changes). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback((l: () => void) => {
    if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
    const m = window.matchMedia(query);
    m.addEventListener('change', l);
    return () => m.removeEventListener('change', l);
  }, [query]);
  return useSyncExternalStore(subscribe, () => typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(query).matches, () => false);
}
