// Small React hooks over the store: the selected candidate, its evaluation, and the undo/redo shortcuts.
import { useEffect, useMemo, useState } from 'react';
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

/**
 * False on the first render, true once the browser is idle after it: for UI that is not needed before the builder and
 * the first scores are on screen (its lazy chunk is then requested after them; initial JS budget, #21).
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const w = window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (h: number) => void };
    if (w.requestIdleCallback) {
      const h = w.requestIdleCallback(() => setReady(true), { timeout: 400 });
      return () => w.cancelIdleCallback?.(h);
    }
    const t = window.setTimeout(() => setReady(true), 50);
    return () => window.clearTimeout(t);
  }, []);
  return ready;
}
