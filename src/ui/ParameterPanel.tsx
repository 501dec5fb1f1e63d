// Model parameters of this candidate: every parameter with value, unit, range, provenance and source; override (this candidate only) and reset.
import { useMemo, useState } from 'react';
import { useStore } from '../state/store';
import type { Candidate } from '../state/types';
import { parameterGroups, overrideProblem, type ParamDescriptor } from '../state/parameters';
import { ProvenanceBadge } from './ExplainDrawer';
import { sig } from './format';
import { NumberInput } from './fields';

function ParamRow({ d, candidateId, override }: { d: ParamDescriptor; candidateId: string; override: number | undefined }) {
  const setOverride = useStore((s) => s.setOverride);
  const p = d.param;
  const inputId = `param-${candidateId}-${d.id}`;
  const unit = p.unit === '1' ? '' : p.unit;
  return (
    <tr className={`param-row ${override !== undefined ? 'overridden' : ''}`} data-testid="param-row" data-param={d.id}>
      <th scope="row">
        <label htmlFor={inputId}>{d.label}</label>
        <div className="small muted"><code>{d.id}</code></div>
      </th>
      <td>
        <NumberInput
          id={inputId}
          label={`${d.label} (overrides.${d.id})`}
          unit={p.unit}
          value={override ?? p.value}
          min={p.min}
          max={p.max}
          describedBy={`${inputId}-src`}
          check={(v) => overrideProblem(p, v)}
          onValue={(v) => { if (v !== null) setOverride(candidateId, d.id, v === p.value ? undefined : v); }}
        />
        {unit && <span className="unit"> {unit}</span>}
      </td>
      <td id={`${inputId}-src`} className="small">
        <ProvenanceBadge provenance={p.provenance} verify={p.verify} />
        {override !== undefined && <span className="badge badge-overridden">overridden</span>}
        <div>default {sig(p.value, 4)} {unit}{p.min !== undefined || p.max !== undefined ? ` · range ${p.min ?? '−∞'}–${p.max ?? '∞'}` : ''}</div>
        {p.description && <div>{p.description}</div>}
        <div className="muted">{p.source}</div>
      </td>
      <td>
        {override !== undefined && (
          <button type="button" onClick={() => setOverride(candidateId, d.id, undefined)} aria-label={`Reset ${d.label} to ${sig(p.value, 4)} ${unit}`}>Reset</button>
        )}
      </td>
    </tr>
  );
}

export function ParameterPanel({ candidate }: { candidate: Candidate }) {
  const resetOverrides = useStore((s) => s.resetOverrides);
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState(false);
  const groups = useMemo(() => (open ? parameterGroups(candidate.draft) : []), [open, candidate.draft]);
  const overrides = (candidate.draft.overrides ?? {}) as Record<string, number>;
  const nOver = Object.keys(overrides).length;
  const q = filter.trim().toLowerCase();
  return (
    <details className="params" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>Model parameters {nOver > 0 && <span className="badge badge-overridden">{nOver} overridden</span>}</summary>
      <p className="small muted">Every assumption and published value the model uses for this candidate. Change a value to override it for this candidate only; overrides travel with it (also in links).</p>
      <div className="row">
        <label className="field inline"><span>Filter</span><input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="e.g. half-life" /></label>
        {nOver > 0 && <button type="button" onClick={() => resetOverrides(candidate.id)}>Reset all</button>}
      </div>
      {groups.map((g) => {
        const rows = g.params.filter((d) => !q || `${d.id} ${d.label} ${d.param.description ?? ''} ${d.param.source}`.toLowerCase().includes(q));
        if (!rows.length) return null;
        return (
          <table key={g.id} className="mini params-table">
            <caption>{g.label}</caption>
            <thead><tr><th scope="col">parameter</th><th scope="col">value</th><th scope="col">source</th><th scope="col"><span className="sr-only">reset</span></th></tr></thead>
            <tbody>
              {rows.map((d) => <ParamRow key={d.id} d={d} candidateId={candidate.id} override={overrides[d.id]} />)}
            </tbody>
          </table>
        );
      })}
    </details>
  );
}
