// The own-model fit worker, created on first use: fitOwnModel(spec, data) resolves with the fit or the model's message.
// Without Worker (tests, prerender) the same function runs in place.
import { fitCustomModel, type CustomModelSpec, type CustomReleaseFit, type ReleaseData } from '../model/fitting';
import type { OwnFitReply, OwnFitRequest } from './fit.worker';

export type OwnFitResult = { ok: true; fit: CustomReleaseFit } | { ok: false; message: string };

let worker: Worker | null = null;
let seq = 0;
const waiting = new Map<number, (r: OwnFitResult) => void>();

function fitInPlace(spec: CustomModelSpec, data: ReleaseData): OwnFitResult {
  try {
    return { ok: true, fit: fitCustomModel(spec, data) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

export function fitOwnModel(spec: CustomModelSpec, data: ReleaseData): Promise<OwnFitResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(fitInPlace(spec, data));
  if (!worker) {
    worker = new Worker(new URL('./fit.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<OwnFitReply>) => {
      const done = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      done?.(e.data.ok ? { ok: true, fit: e.data.fit } : { ok: false, message: e.data.message });
    });
    worker.addEventListener('error', (e) => {
      // a worker that cannot start (or crashed): answer everything waiting in place, and start afresh next time
      const pending = [...waiting.values()];
      waiting.clear();
      worker = null;
      for (const done of pending) done({ ok: false, message: `the fit worker failed (${e.message || 'unknown error'})` });
    });
  }
  const id = ++seq;
  const request: OwnFitRequest = { id, spec, data };
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker!.postMessage(request);
  });
}
