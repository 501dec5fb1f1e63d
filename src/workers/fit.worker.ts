// Web Worker entry: the user's own release model fitted off the main thread (a typed model's multi-start search takes a
// few hundred ms per curve). One message in, one out: { id, spec, data } → { id, ok, fit | message }.
import { fitCustomModel, type CustomModelSpec, type CustomReleaseFit, type ReleaseData } from '../model/fitting';

export interface OwnFitRequest { id: number; spec: CustomModelSpec; data: ReleaseData }
export type OwnFitReply = { id: number; ok: true; fit: CustomReleaseFit } | { id: number; ok: false; message: string };

interface FitScope {
  postMessage(message: OwnFitReply): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<OwnFitRequest>) => void): void;
}

const scope: FitScope = self;
scope.addEventListener('message', (e) => {
  const { id, spec, data } = e.data;
  try {
    scope.postMessage({ id, ok: true, fit: fitCustomModel(spec, data) });
  } catch (err) {
    scope.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
