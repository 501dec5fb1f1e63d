// A displayed number that opens its explanation (equation, inputs with units, sources) when clicked.
import { useStore } from '../state/store';
import { withUnit } from './format';

export interface NumProps {
  value: number | null | undefined;
  unit: string;
  /** Key into Scores.explanations (or a metric path; the drawer finds the nearest explanation). */
  explain: string;
  title: string;
  digits?: number;
  className?: string;
}

export function Num({ value, unit, explain, title, digits = 3, className }: NumProps) {
  const open = useStore((s) => s.openExplain);
  const text = withUnit(value, unit, digits);
  return (
    <button
      type="button"
      className={`num ${className ?? ''}`}
      onClick={() => open({ key: explain, title, value: text })}
      aria-label={`${title}: ${text}. Explain`}
      data-explain={explain}
    >
      {text}
    </button>
  );
}
