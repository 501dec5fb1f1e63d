// Web Worker entry: sweeps and Monte Carlo off the main thread (no React). Protocol in ./protocol, logic in ./handler.
// zod's JIT off before zod loads (first import): its Function('') probe is a CSP violation under script-src 'self'.
import '../schema/zod-jitless';
// every element's NIST table (the page's start-up carries only the catalog's elements)
import '../model/physics/elements-all';
import { createWorkerHandler } from './handler';
import type { WorkerRequest, WorkerResponse } from './protocol';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerRequest>) => void): void;
}

const scope: WorkerScope = self;
const handle = createWorkerHandler((m) => scope.postMessage(m));
scope.addEventListener('message', (e) => {
  void handle(e.data);
});
