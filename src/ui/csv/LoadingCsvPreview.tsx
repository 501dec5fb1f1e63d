// Preview of a loading CSV before anything is stored: which column is the feed, EE % or LC %, which are ignored, how many points.
import { useMemo } from 'react';
import { readLoadingTable, LoadingTableError } from '../../state/loading-csv';
import type { MeasuredLoading } from '../../state/types';
import type { CsvPreviewProps } from './CsvImportPanel';

export function LoadingCsvPreview({ text, done, onStore }: CsvPreviewProps & { onStore: (points: MeasuredLoading['points']) => void }) {
  const r = useMemo(() => {
    try {
      return { ok: true as const, ...readLoadingTable(text) };
    } catch (e) {
      return { ok: false as const, message: e instanceof LoadingTableError || e instanceof Error ? e.message : String(e) };
    }
  }, [text]);
  if (!r.ok) {
    return (
      <>
        <p className="error" role="alert" data-testid="loading-csv-error">Nothing stored: {r.message}</p>
        <button type="button" onClick={done}>Close</button>
      </>
    );
  }
  return (
    <>
      <h4>What the file says — check before storing</h4>
      <ul className="small" data-testid="loading-csv-messages">{r.messages.map((m, i) => <li key={i}>{m}</li>)}</ul>
      {r.points.length < 2 && (
        <p className="banner warn" role="note" data-testid="loading-csv-too-few">
          1 point cannot be fitted: the Langmuir fit has 2 parameters (qmax, K), so it needs loading measured at 2 or more feed ratios (3 or more for a
          confidence interval). Add rows at other feeds — e.g. half and double the design's — before storing; one point can still be stored as a record.
        </p>
      )}
      <div className="row">
        <button type="button" onClick={() => { onStore(r.points); done(); }} data-testid="loading-csv-confirm">{r.points.length < 2 ? `Store ${r.points.length} point (not fitted)` : `Store ${r.points.length} points and fit`}</button>
        <button type="button" onClick={done}>Cancel</button>
      </div>
    </>
  );
}
