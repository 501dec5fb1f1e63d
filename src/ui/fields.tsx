// Form controls bound to a candidate's formulation path, with the validation issue for that path shown inline as `path: reason`.
import { useEffect, useId, useState, type ReactNode } from 'react';
import type { Issue } from '../state/evaluate';
import type { Provenance } from '../model/param';
import { ProvenanceBadge } from './ExplainDrawer';

export function issuesAt(issues: readonly Issue[], path: string, exact = false): Issue[] {
  return issues.filter((i) => i.path === path || (!exact && i.path.startsWith(`${path}.`)));
}

export function FieldIssues({ id, issues }: { id: string; issues: Issue[] }) {
  if (!issues.length) return null;
  return (
    <div id={id} className="field-error" role="alert" data-testid="field-error">
      {issues.map((i, k) => <div key={k}><code>{i.path}</code>: {i.message}</div>)}
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

export function NumberField({
  label, path, issues, help, unit, value, min, max, step, onCommit, provenance,
}: BaseProps & { unit?: string; value: unknown; min?: number; max?: number; step?: number | 'any'; onCommit: (v: number | null) => void }) {
  const id = useId();
  const errId = `${id}-err`;
  const helpId = `${id}-help`;
  const external = typeof value === 'number' && Number.isFinite(value) ? String(value) : value === null || value === undefined ? '' : String(value);
  const [text, setText] = useState(external);
  // Follow outside changes (undo, preset load) unless the text already means the same number.
  useEffect(() => {
    setText((t) => (Number(t) === Number(external) && t.trim() !== '' && external !== '' ? t : external));
  }, [external]);
  const mine = issuesAt(issues, path, true);
  return (
    <div className={`field ${mine.length ? 'invalid' : ''}`}>
      <label htmlFor={id}>
        {label}{unit ? <span className="unit"> ({unit})</span> : null}
        {provenance && <ProvenanceBadge provenance={provenance.provenance} verify={provenance.verify} />}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={max}
        step={step ?? 'any'}
        data-path={path}
        aria-invalid={mine.length > 0}
        aria-describedby={[mine.length ? errId : '', help ? helpId : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          if (t.trim() === '') onCommit(null);
          else if (Number.isFinite(Number(t))) onCommit(Number(t));
        }}
      />
      {help && <div id={helpId} className="help">{help}</div>}
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

export function TextField({ label, path, issues, value, onCommit }: BaseProps & { value: unknown; onCommit: (v: string) => void }) {
  const id = useId();
  const mine = issuesAt(issues, path, true);
  return (
    <div className={`field ${mine.length ? 'invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={typeof value === 'string' ? value : ''} data-path={path} onChange={(e) => onCommit(e.target.value)} />
      <FieldIssues id={`${id}-err`} issues={mine} />
    </div>
  );
}
