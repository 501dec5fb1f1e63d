// The one CSV paste/upload panel (release curves, loading points): text or file → a preview of what was understood →
// the user confirms (or re-maps) and only then is anything stored; a file dropped on the panel reads like an upload. The
// preview itself is the caller's.
import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface CsvPreviewProps {
  /** The text to read (pasted or uploaded). */
  text: string;
  /** Close the preview (after storing, or on Cancel). */
  done: () => void;
}

/** Largest file read from an upload or a drop (the CSV reader's own cap is 2,000,000 characters). */
const MAX_DROP_BYTES = 8_000_000;

export function CsvImportPanel({ testId, label, uploadLabel, placeholder, hint, preview, initialText, pageDrop }: {
  /** Prefix of the test ids: `${testId}` (textarea), `${testId}-load`, `${testId}-file`, `${testId}-preview`. */
  testId: string;
  label: string;
  uploadLabel: string;
  placeholder: string;
  hint?: ReactNode;
  preview: (p: CsvPreviewProps) => ReactNode;
  /** Text handed in by another view (the Bench sheet's measured values): shown in the box and read at once (preview only). */
  initialText?: string;
  /**
   * Also take a file dropped anywhere else on the page while this panel is shown (not on another drop zone): it is read
   * here and the panel scrolled into view. Without it the browser would open the dropped file in place of the app.
   */
  pageDrop?: boolean;
}) {
  const [text, setText] = useState(initialText ?? '');
  const [reading, setReading] = useState<string | null>(initialText ?? null);
  // a new read starts a new preview (roles re-mapped for the previous file are not carried over)
  const [reads, setReads] = useState(0);
  const read = (t: string) => { setReading(t); setReads((n) => n + 1); };
  const [fileError, setFileError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const readFile = async (f: File) => {
    try {
      if (f.size > MAX_DROP_BYTES) throw new Error(`too large (${f.size} bytes; at most ${MAX_DROP_BYTES})`);
      const t = await f.text();
      setFileError(null);
      setText(t);
      read(t);
    } catch (err) {
      setFileError(`${f.name}: could not be read (${err instanceof Error ? err.message : String(err)})`);
    }
  };
  const panelRef = useRef<HTMLDivElement>(null);
  const readFileRef = useRef(readFile);
  readFileRef.current = readFile;
  useEffect(() => {
    if (!pageDrop) return;
    const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'));
    const onOver = (e: DragEvent) => { if (hasFiles(e) && !e.defaultPrevented) { e.preventDefault(); setOver(true); } };
    const onLeave = (e: DragEvent) => { if (e.relatedTarget === null) setOver(false); };
    const onDrop = (e: DragEvent) => {
      const f = e.dataTransfer?.files?.[0];
      if (e.defaultPrevented || !f) return;
      e.preventDefault();
      setOver(false);
      panelRef.current?.scrollIntoView({ block: 'start' });
      void readFileRef.current(f);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => { window.removeEventListener('dragover', onOver); window.removeEventListener('dragleave', onLeave); window.removeEventListener('drop', onDrop); };
  }, [pageDrop]);
  return (
    <div
      ref={panelRef}
      className={`csv-panel${over ? ' drop-over' : ''}`}
      data-testid={`${testId}-drop`}
      onDragOver={(e) => { if (e.dataTransfer.types.includes('Files')) { e.preventDefault(); setOver(true); } }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        const f = e.dataTransfer.files?.[0];
        if (!f) return;
        e.preventDefault();
        setOver(false);
        void readFile(f);
      }}
    >
      {hint}
      <label className="field">
        <span>{label}</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} placeholder={placeholder} data-testid={testId} spellCheck={false} />
      </label>
      <div className="row">
        <button type="button" onClick={() => read(text)} disabled={!text.trim()} data-testid={`${testId}-load`} title="Read the text in the box above and show what was understood">Read pasted text</button>
      </div>
      <div className="csv-file-choice">
        <span className="muted small">or, from a file:</span>{' '}
        <label className="file-label">
          <span>{uploadLabel}</span> <span className="muted small">{pageDrop ? '(or drop a file anywhere on this tab)' : '(or drop a file here)'}</span>
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            data-testid={`${testId}-file`}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void readFile(f);
            }}
          />
        </label>
      </div>
      {fileError && <p className="error" role="alert">{fileError}</p>}
      {reading !== null && (
        <div key={reads} className="csv-preview" role="region" aria-label="What the CSV says" data-testid={`${testId}-preview`}>
          {preview({ text: reading, done: () => setReading(null) })}
        </div>
      )}
    </div>
  );
}
