// A displayed number that opens its explanation (equation, inputs with units, sources, its 90 % interval) when clicked; with `interval`, its 90 % prediction interval beside it, itself a button to the same explanation.
import { useStore } from '../state/store';
import type { ExplainTarget } from '../state/types';
import type { IntervalRef } from './interval-refs';
import { withUnit } from './format';
import { PredictionIntervalNote } from './PredictionIntervalNote';

export interface NumProps {
  value: number | null | undefined;
  unit: string;
  /** Key into Scores.explanations (or a metric path; the drawer finds the nearest explanation). */
  explain: string;
  title: string;
  /** Significant figures (default 3). */
  digits?: number;
  /** Fixed decimals instead of significant figures (e.g. RELEASED_PCT_DECIMALS), so the number reads as the model's notes write it. */
  decimals?: number;
  className?: string;
  /**
   * The validated kind whose 90 % prediction interval applies (shown beside the number and in its explain panel), or
   * why none does (said in the explain panel) (walk11 #4).
   */
  interval?: IntervalRef;
  /** data-testid of the interval beside the number. */
  intervalTestId?: string;
}

export function Num({ value, unit, explain, title, digits = 3, decimals, className, interval, intervalTestId }: NumProps) {
  const open = useStore((s) => s.openExplain);
  const text = withUnit(value, unit, digits, decimals);
  const finite = typeof value === 'number' && Number.isFinite(value);
  const target: ExplainTarget = {
    key: explain, title, value: text,
    ...(interval ? { interval: 'none' in interval ? interval : finite ? { ...interval, value: value as number } : { none: 'the number is not available.' } } : {}),
  };
  const button = (
    <button
      type="button"
      className={`num ${className ?? ''}`}
      onClick={() => open(target)}
      aria-label={`${title}: ${text}. Explain`}
      data-explain={explain}
    >
      {text}
    </button>
  );
  if (!interval || 'none' in interval || !finite) return button;
  return (
    <>
      {button}
      <PredictionIntervalNote kind={interval.kind} metric={interval.metric} value={value as number} unit={unit} testId={intervalTestId} onOpen={() => open(target)} />
    </>
  );
}
