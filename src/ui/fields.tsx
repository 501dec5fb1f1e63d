// Form controls bound to a candidate's formulation path (label, unit and range from the schema's field registry), with the
// validation issue for that path shown inline as `place: reason` (list items counted from 1 as the form shows them); the one numeric input (NumberInput) for every number typed.
import { issuePlace } from './format';
import { useEffect, useId, useState, type CSSProperties, type ReactNode } from 'react';
import type { Issue } from '../state/evaluate';
import type { Provenance } from '../model/param';
import { ProvenanceBadge } from './ProvenanceBadge';
import { endEditSession, redo, undo } from '../state/store';
import { numberFieldAt, rangeText } from '../schema';
import { parseNumberText } from '../share/parse-number';

export function issuesAt(issues: readonly Issue[], path: string, exact = false): Issue[] {
  return issues.filter((i) => i.path === path || (!exact && i.path.startsWith(`${path}.`)));
}

export function FieldIssues({ id, issues }: { id: string; issues: Issue[] }) {
  if (!issues.length) return null;
  return (
    <div id={id} className="field-error" role="alert" data-testid="field-error">
      {issues.map((i, k) => <div key={k}><code title={i.path || undefined}>{issuePlace(i.path)}</code>: {i.message}</div>)}
    </div>
  );
}

interface BaseProps {
  label: string;
  path: string;
  issues: Issue[];
  help?: ReactNode;
  provenance?: { provenance: Provenance; source: string; verify?: boolean };
}

/**
 * The one numeric input: text as people type it (parseNumberText: comma decimals, grouping, the field's unit after the
 * value), a message naming the field for anything it cannot read for sure, and never a different number in silence.
 * Each readable value goes to `onValue` at once (results follow the typing); `undoable` inputs (bound to the store)
 * make one field edit one undo step: the keystrokes coalesce, blur/Enter end the edit, Ctrl+Z/Ctrl+Y inside the field
 * undo/redo whole edits.
 */
/** A stored number as the input shows it: up to 6 significant digits (the exact value is kept in the store). */
export function shownNumber(v: number): string {
  const exact = String(v);
  if (!Number.isFinite(v) || v === 0) return exact;
  const short = String(Number(v.toPrecision(6)));
  return short.length < exact.length ? short : exact;
}

/**
 * What the app read from typed text, said when it is not written as the app writes it (walkthrough 8 #38: `0,4` and
 * `1 000` were taken without a word): "read as 0.4 nm" (text null: the shown value, nothing typed), and when the value lies outside the field's usual range,
 * why and, for a length typed in the wrong unit, the likely meaning. Null when there is nothing to say.
 */
export function numberNote(text: string | null, value: number, unit: string | undefined, plausible?: { min: number; max: number; why: string }): string | null {
  const u = unit && unit !== '1' ? ` ${unit}` : '';
  const t = text?.trim() ?? '';
  const reformatted = text !== null && (/[,\s]/.test(t) || /^[+.]|[eE]/.test(t)) ? `read as ${value}${u}` : null;
  let odd: string | null = null;
  if (plausible && (value < plausible.min || value > plausible.max) && value > 0) {
    const side = value < plausible.min ? `below the usual ${plausible.min}${u}` : `above the usual ${plausible.max}${u}`;
    const meant = unit === 'nm' && value < plausible.min ? ` — did you mean ${value} µm (${sigText(value * 1000)} nm)?` : unit === 'nm' && value > plausible.max ? ` — is it ${sigText(value / 1000)} µm on purpose?` : '';
    odd = `${value}${u} is ${side} (${plausible.why})${meant}; it is used as typed.`;
  }
  if (!reformatted && !odd) return null;
  return [reformatted ? `${reformatted}.` : null, odd].filter(Boolean).join(' ');
}

const sigText = (v: number) => String(Number(v.toPrecision(6)));

export function NumberInput({
  id, label, unit, value, onValue, undoable, path, describedBy, invalid, className, testId, min, max, check, style, ariaLabel, plausible,
}: {
  id?: string;
  /** The accessible name when no <label> wraps or points at the input (e.g. a number box in a table cell). */
  ariaLabel?: string;
  /** The field's name in messages. */
  label: string;
  unit?: string;
  value: unknown;
  onValue: (v: number | null) => void;
  undoable?: boolean;
  path?: string;
  describedBy?: string;
  invalid?: boolean;
  className?: string;
  testId?: string;
  min?: number;
  max?: number;
  /** A rule of this input beyond being a number ('a whole number from 2 to 60'): a message refuses the value. */
  check?: (v: number) => string | null;
  style?: CSSProperties;
  /** The range a real value usually lies in: outside it a note says so (the value is still used). */
  plausible?: { min: number; max: number; why: string };
}) {
  const ownId = useId();
  const inputId = id ?? ownId;
  const msgId = `${inputId}-input-msg`;
  const external = typeof value === 'number' && Number.isFinite(value) ? String(value) : value === null || value === undefined ? '' : String(value);
  // shown rounded to 6 significant digits (an optimiser's 91.51900031738849 reads 91.519); the exact value stays stored
  // and is only replaced when the user types
  const shown = typeof value === 'number' && Number.isFinite(value) ? shownNumber(value) : external;
  const [text, setText] = useState(shown);
  const [left, setLeft] = useState(false);
  // Follow outside changes (undo, preset load) unless the text already means that number.
  useEffect(() => {
    setText((t) => {
      const r = parseNumberText(t, { unit });
      return r.kind === 'number' && (String(r.value) === external || (t === shown && shown !== external)) ? t : shown;
    });
  }, [external, shown, unit]);
  const read = parseNumberText(text, { unit });
  const problem = read.kind === 'ambiguous' || read.kind === 'invalid' || (read.kind === 'incomplete' && left) ? read.message
    : read.kind === 'number' && check ? check(read.value) : null;
  // a stored value the schema refuses (`invalid`: its message shows under the field) is not what the results use: they
  // keep the last valid version (walk10 #5), so neither "the results use 9000 nm" nor "it is used as typed" is said then
  const using = problem && typeof value === 'number' && Number.isFinite(value)
    ? invalid ? ' — the results use the last valid version until you correct it' : ` — the results use ${value}${unit && unit !== '1' ? ` ${unit}` : ''} until you correct it`
    : '';
  const note = problem === null && read.kind === 'number' && !invalid ? numberNote(text.trim() === shown ? null : text, read.value, unit, plausible) : null;
  const noteId = `${inputId}-input-note`;
  const end = () => { if (undoable) endEditSession(); setLeft(true); };
  return (
    <>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        className={className}
        style={style}
        value={text}
        title={shown !== external && text === shown ? `exact value: ${external}` : undefined}
        data-path={path}
        data-testid={testId}
        data-min={min}
        data-max={max}
        aria-label={ariaLabel}
        aria-invalid={invalid || problem !== null}
        aria-describedby={[problem ? msgId : '', note ? noteId : '', describedBy ?? ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          setLeft(false);
          const r = parseNumberText(t, { unit });
          if (r.kind === 'number') { if (!check || check(r.value) === null) onValue(r.value); }
          else if (r.kind === 'empty') onValue(null);
        }}
        onBlur={end}
        onKeyDown={(e) => {
          if (e.key === 'Enter') end();
          else if (e.key === 'Escape') { setText(shown); setLeft(false); }
          else if (undoable && (e.ctrlKey || e.metaKey) && !e.altKey && ['z', 'y'].includes(e.key.toLowerCase())) {
            // the app's undo of whole edits, not the browser's keystroke undo
            e.preventDefault();
            if (e.key.toLowerCase() === 'y' || e.shiftKey) redo();
            else undo();
          }
        }}
      />
      {problem && <div id={msgId} className="field-error" role="alert" data-testid="input-error">{label}: {problem}{using}</div>}
      {note && <div id={noteId} className="field-note" role="status" data-testid="input-note">{note}</div>}
    </>
  );
}

/** A formulation field's number control: label, unit, range and help from the field registry (schema fieldAt). */
export function NumberField({
  path, issues, help, value, onCommit, provenance, label,
}: Omit<BaseProps, 'label'> & { label?: string; value: unknown; onCommit: (v: number | null, opts: { coalesce: boolean }) => void }) {
  const f = numberFieldAt(path);
  const id = useId();
  const errId = `${id}-err`;
  const helpId = `${id}-help`;
  const unit = f.unit === '1' ? '' : f.unit;
  const shownLabel = label ?? f.label;
  const mine = issuesAt(issues, path, true);
  return (
    <div className={`field ${mine.length ? 'invalid' : ''}`} data-field={f.path}>
      <label htmlFor={id}>
        {shownLabel}{unit ? <span className="unit"> ({unit})</span> : null}
        {provenance && <ProvenanceBadge provenance={provenance.provenance} verify={provenance.verify} />}
      </label>
      <NumberInput
        id={id}
        label={shownLabel}
        unit={f.unit}
        value={value}
        path={path}
        min={f.min}
        max={f.max}
        undoable
        invalid={mine.length > 0}
        describedBy={[mine.length ? errId : '', helpId].filter(Boolean).join(' ')}
        onValue={(v) => onCommit(v, { coalesce: true })}
        plausible={f.plausible}
      />
      <div id={helpId} className="help">{help ?? f.description} ({rangeText(f)}.)</div>
      <FieldIssues id={errId} issues={mine} />
    </div>
  );
}

export function SelectField({
  label, path, issues, help, value, options, onCommit, provenance, testId,
}: BaseProps & { value: unknown; options: { id: string; name: string; disabled?: boolean; note?: string }[]; onCommit: (v: string) => void; testId?: string }) {
  const id = useId();
  const errId = `${id}-err`;
  const helpId = `${id}-help`;
  const mine = issuesAt(issues, path, true);
  const v = typeof value === 'string' ? value : '';
  const known = options.some((o) => o.id === v);
  return (
    <div className={`field ${mine.length ? 'invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {provenance && <ProvenanceBadge provenance={provenance.provenance} verify={provenance.verify} />}
      </label>
      <select
        id={id}
        value={v}
        data-path={path}
        data-testid={testId}
        aria-invalid={mine.length > 0}
        aria-describedby={[mine.length ? errId : '', help ? helpId : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => onCommit(e.target.value)}
      >
        {!known && <option value={v}>{v ? `${v} (unknown)` : '—'}</option>}
        {options.map((o) => <option key={o.id} value={o.id}>{o.name}{o.note ? ` — ${o.note}` : ''}</option>)}
      </select>
      {help && <div id={helpId} className="help">{help}</div>}
      <FieldIssues id={errId} issues={mine} />
    </div>
  );
}

export function CheckField({ label, path, issues, value, onCommit, help }: BaseProps & { value: unknown; onCommit: (v: boolean) => void }) {
  const id = useId();
  const mine = issuesAt(issues, path, true);
  return (
    <div className={`field check ${mine.length ? 'invalid' : ''}`}>
      <input id={id} type="checkbox" checked={value === true} data-path={path} onChange={(e) => onCommit(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {help && <div className="help">{help}</div>}
      <FieldIssues id={`${id}-err`} issues={mine} />
    </div>
  );
}

/** A text control; typing is one undo step per field edit (coalesced, ended on blur/Enter; Ctrl+Z inside undoes whole edits). */
export function TextField({ label, path, issues, value, onCommit }: BaseProps & { value: unknown; onCommit: (v: string, opts: { coalesce: boolean }) => void }) {
  const id = useId();
  const mine = issuesAt(issues, path, true);
  return (
    <div className={`field ${mine.length ? 'invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={typeof value === 'string' ? value : ''}
        data-path={path}
        onChange={(e) => onCommit(e.target.value, { coalesce: true })}
        onBlur={() => endEditSession()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') endEditSession();
          else if ((e.ctrlKey || e.metaKey) && !e.altKey && ['z', 'y'].includes(e.key.toLowerCase())) {
            e.preventDefault();
            if (e.key.toLowerCase() === 'y' || e.shiftKey) redo();
            else undo();
          }
        }}
      />
      <FieldIssues id={`${id}-err`} issues={mine} />
    </div>
  );
}
