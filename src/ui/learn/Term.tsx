// Glossary terms anywhere in the app: <Term id="DEF">DEF</Term> is a button that opens a popover with the definition
// (aria-expanded, Escape or a click outside closes it and focus returns to the term); <GlossaryText> links terms in prose.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { GLOSSARY } from '../../catalog';
import { glossaryAnchor, glossaryEntry, splitTerms } from '../../library/glossary';
import './learn.css';

export interface TermProps {
  /** Glossary term id, case-insensitive ('DEF', 'ZIF-8', 'desirability'). */
  id: string;
  /** What the text shows (defaults to the term itself). */
  children?: ReactNode;
}

export function Term({ id, children }: TermProps) {
  const entry = glossaryEntry(id);
  const [open, setOpen] = useState(false);
  const popId = useId();
  const wrap = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }
    };
    const onDown = (e: PointerEvent) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  if (!entry) return <>{children ?? id}</>;
  return (
    <span className="term" ref={wrap}>
      <button
        ref={button}
        type="button"
        className="term-button"
        aria-expanded={open}
        aria-controls={popId}
        aria-haspopup="dialog"
        data-term={entry.term}
        onClick={() => setOpen((o) => !o)}
      >
        {children ?? entry.term}
      </button>
      {open ? (
        <span id={popId} role="dialog" aria-label={`${entry.term}: definition`} className="term-popover">
          <strong>{entry.term}</strong>
          {entry.expansion ? <em> — {entry.expansion}</em> : null}
          <span className="term-definition">{entry.definition}</span>
          <span className="term-source muted small">Source: {entry.source}</span>
        </span>
      ) : null}
    </span>
  );
}

/** Prose with each glossary term (first occurrence) turned into a <Term>. */
export function GlossaryText({ text }: { text: string }) {
  return (
    <>
      {splitTerms(text).map((s, i) => (s.term ? <Term key={i} id={s.term}>{s.text}</Term> : <span key={i}>{s.text}</span>))}
    </>
  );
}

/** The whole glossary as a definition list (each entry has a stable anchor id for links). */
export function GlossaryList() {
  return (
    <section className="glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title">Glossary</h2>
      <dl>
        {[...GLOSSARY]
          .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
          .map((e) => (
            <div key={e.term} id={glossaryAnchor(e.term)} className="glossary-entry">
              <dt>
                {e.term}
                {e.expansion ? <span className="muted"> — {e.expansion}</span> : null}
              </dt>
              <dd>
                {e.definition} <span className="muted small">({e.source})</span>
              </dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
