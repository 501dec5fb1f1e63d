// Import a workspace JSON file (validated, then Add/Replace/Cancel), export JSON or results CSV, and print the report.
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { exportWorkspaceJson, importWorkspaceJson, reportModel, resultsCsv, type ImportResult } from '../../share/files';
import type { Workspace } from '../../schema';
import type { Scores } from '../../model/scores';
import { downloadText } from './download';
import { ImportChoice, WorkspaceSummary } from './WorkspaceSummary';
import { overridesAndCalibrationsWords } from '../../share/calibration-summary';
import { REPORT_CAPTURE_EVENT } from './report-figures';
// the printed report loads after the first render (it is only seen in print; initial JS budget, #21)
const PrintableReport = lazy(() => import('./PrintableReport').then((m) => ({ default: m.PrintableReport })));
import { usePendingPress } from '../header-tools';
import './share.css';

export interface ImportExportMenuProps {
  /** The workspace to export (valid candidates). */
  workspace: Workspace;
  /** Scores per formulation, same order (null = not scored). */
  scoresList: readonly (Scores | null)[];
  onAdd: (workspace: Workspace) => void;
  onReplace: (workspace: Workspace) => void;
  /** Print hook (default window.print), replaceable in tests. */
  print?: () => void;
  /** Why adding `n` candidates is refused (the workspace limit), or null when it is allowed. */
  addRefusal?: (n: number) => string | null;
}

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A hint when a file given to "Import JSON" is evidently a table (CSV/TSV): where such files go instead. */
export function tableFileHint(name: string, text: string): string | null {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return null;
  const first = head.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const looksTable = /\.(csv|tsv|txt)$/i.test(name) || /[,;\t]/.test(first);
  return looksTable
    ? 'This looks like a table (CSV), not a workspace file: release curves go to Calibrate (Import a release CSV), survival and viability data to the In vitro tab. Nothing was changed.'
    : null;
}

export function ImportExportMenu({ workspace, scoresList, onAdd, onReplace, print, addRefusal }: ImportExportMenuProps) {
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ name: string; result: ImportResult } | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const text = file.size > MAX_FILE_BYTES ? null : await file.text();
    const result: ImportResult =
      text === null
        ? { ok: false, message: `${file.name}: too large (${file.size} > ${MAX_FILE_BYTES} bytes)`, issues: [] }
        : importWorkspaceJson(text, file.name);
    if (!result.ok && text !== null) {
      const hint = tableFileHint(file.name, text);
      if (hint) result.message = `${result.message} ${hint}`;
    }
    setPending({ name: file.name, result });
    if (fileRef.current) fileRef.current.value = '';
  };

  const stamp = new Date().toISOString().slice(0, 10);
  const report = reportModel(workspace, scoresList);
  // a press on the placeholder of one of these buttons (before this code had loaded) is carried out now
  const root = useRef<HTMLDivElement>(null);
  usePendingPress(root);

  return (
    <div className="npd-import-export" role="group" aria-label="Import and export" ref={root}>
      <input
        id={inputId}
        ref={fileRef}
        type="file"
        accept=".json,application/json"
        className="npd-visually-hidden"
        aria-label="Import workspace JSON file"
        onChange={(e) => void onFile(e.currentTarget.files?.[0])}
      />
      <button type="button" onClick={() => fileRef.current?.click()}>Import JSON…</button>
      <button type="button" onClick={() => downloadText(`nanoplatform-workspace-${stamp}.json`, exportWorkspaceJson(workspace))}>Export JSON</button>
      <button type="button" onClick={() => downloadText(`nanoplatform-results-${stamp}.csv`, resultsCsv(workspace, scoresList), 'text/csv')}>Export CSV</button>
      <button type="button" onClick={() => { window.dispatchEvent(new Event(REPORT_CAPTURE_EVENT)); (print ?? (() => window.print()))(); }}>Print report</button>
      {pending ? (
        <div className="npd-import-pending" role="region" aria-label={`Import of ${pending.name}`}>
          {pending.result.ok ? (
            <>
              <p>{`${pending.name} contains ${pending.result.workspace.formulations.length} candidate(s):`}</p>
              <WorkspaceSummary details={overridesAndCalibrationsWords} workspace={pending.result.workspace} label="Candidates in the file" />
              {pending.result.warnings?.length ? (
                <div role="alert" className="npd-import-warnings" data-testid="import-warnings">
                  <p><strong>{`Not used from ${pending.name} (${pending.result.warnings.length}):`}</strong> the values below are ignored and the defaults take their place — correct the file, or add it as it is.</p>
                  <ul>{pending.result.warnings.slice(0, 20).map((w, k) => <li key={k}>{`${w.path}: ${w.message}`}</li>)}</ul>
                </div>
              ) : null}
              <ImportChoice
                onAdd={() => { const w = (pending.result as { workspace: Workspace }).workspace; setPending(null); onAdd(w); }}
                onReplace={() => { const w = (pending.result as { workspace: Workspace }).workspace; setPending(null); onReplace(w); }}
                onCancel={() => setPending(null)}
                addRefusal={addRefusal?.(pending.result.workspace.formulations.length) ?? null}
              />
            </>
          ) : (
            <>
              <p role="alert" className="npd-share-error">{`Cannot import: ${pending.result.message}`}</p>
              {pending.result.issues.length > 1 ? (
                <ul aria-label="Problems in the file">
                  {pending.result.issues.slice(0, 20).map((i, k) => <li key={k}>{`${i.path || pending.name}: ${i.message}`}</li>)}
                </ul>
              ) : null}
              <button type="button" onClick={() => setPending(null)}>Dismiss</button>
            </>
          )}
        </div>
      ) : null}
      <Suspense fallback={null}><PrintableReport model={report} /></Suspense>
    </div>
  );
}
