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
      <div className="row">
        <button type="button" onClick={() => { onStore(r.points); done(); }} data-testid="loading-csv-confirm">Store {r.points.length} points and fit</button>
        <button type="button" onClick={done}>Cancel</button>
      </div>
    </>
  );
}
