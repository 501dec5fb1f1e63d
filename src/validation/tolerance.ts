// The agreement rule of each corpus metric (its tolerance), kept apart from evaluate.ts so light modules (the app's prediction intervals) can read it without the engine.
import type { Metric } from './schema';

/** How agreement is judged for a metric: an absolute band, a relative band, or a factor. */
export type Tolerance = { type: 'abs'; amount: number } | { type: 'rel'; amount: number } | { type: 'factor'; amount: number } | { type: 'none' };

/**
 * The agreement rule of each metric, in the quantity's own terms. A record with a range agrees when the prediction lies
 * within the tolerance of the nearest bound; with a point value, within the tolerance of it; an absolute band is widened
 * to 2 SD when the record's uncertainty is larger.
 */
export const TOLERANCE: Record<Metric, Tolerance> = {
  'release-pct': { type: 'abs', amount: 15 },
  'ee-pct': { type: 'abs', amount: 10 },
  'lc-pct': { type: 'rel', amount: 0.25 },
  'loaded-mg-per-mg': { type: 'rel', amount: 0.25 },
  'size-nm': { type: 'rel', amount: 0.3 },
  'half-life-h': { type: 'factor', amount: 2 },
  'half-life-ratio': { type: 'factor', amount: 2 },
  'plasma-auc-ratio': { type: 'factor', amount: 2 },
  'tumour-auc-ratio': { type: 'factor', amount: 2 },
  'plasma-clearance-l-per-h-per-kg': { type: 'factor', amount: 2 },
  'tumour-pct-id': { type: 'factor', amount: 2 },
  'tumour-mg-per-g': { type: 'factor', amount: 2 },
  def: { type: 'abs', amount: 0.01 },
  'formulation-def': { type: 'abs', amount: 0.01 },
  ser: { type: 'abs', amount: 0.1 },
  'surviving-fraction': { type: 'factor', amount: 1.5 },
  'mean-inactivation-dose-gy': { type: 'rel', amount: 0.3 },
  'local-control-pct': { type: 'abs', amount: 10 },
  'survival-pct': { type: 'none' },
};

