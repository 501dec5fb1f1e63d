// Web Worker entry: sweeps and Monte Carlo off the main thread (no React). Protocol in ./protocol, logic in ./handler.
import { createWorkerHandler } from './handler';
import type { WorkerRequest, WorkerResponse } from './protocol';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const handle = createWorkerHandler((m) => scope.postMessage(m));
scope.addEventListener('message', (e) => {
  void handle(e.data);
});
