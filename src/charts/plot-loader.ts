// Lazy access to @observablehq/plot: the chart library loads in its own chunk on first use, then stays cached.
export type PlotModule = typeof import('@observablehq/plot');

let loaded: PlotModule | null = null;
let loading: Promise<PlotModule> | null = null;

export function loadPlot(): Promise<PlotModule> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import('@observablehq/plot').then((m) => (loaded = m));
  return loading;
}

/** The module if it has already loaded (lets charts render synchronously on later edits). */
export function plotIfLoaded(): PlotModule | null {
  return loaded;
}
