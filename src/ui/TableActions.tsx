// Table actions: download a table as CSV, or copy it as tab-separated text to paste into Excel — both through the one
// CSV writer (formula-neutralised cells), with the unit of each column in its header.
import { useState } from 'react';
import { csvText } from '../engine';
import { downloadText } from './share/download';

export function TableActions({ name, rows, label, testId }: { name: string; rows: () => readonly (readonly unknown[])[]; label: string; testId?: string }) {
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(csvText(rows(), { delimiter: '\t', eol: '\n' }));
      setStatus('copied (tab-separated): paste into a spreadsheet');
    } catch {
      setStatus('the browser did not allow clipboard access: use CSV');
    }
  };
  return (
    <div className="row table-export" role="group" aria-label={`${label}: download or copy`} data-testid={testId}>
      <span className="muted small">{label}:</span>
      <button type="button" className="small" onClick={() => downloadText(`${name}.csv`, csvText(rows()), 'text/csv')}>CSV</button>
      <button type="button" className="small" onClick={() => void copy()}>Copy for Excel</button>
      {status && <span className="small muted" role="status">{status}</span>}
    </div>
  );
}
