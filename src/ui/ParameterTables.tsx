// The parameter tables of the "Model parameters" panel (a lazy chunk: it loads when the panel is first opened).
import { useMemo } from 'react';
import { useStore } from '../state/store';
import type { Candidate } from '../state/types';
import { parameterGroups, overrideProblem, type ParamDescriptor } from '../state/parameters';
import { ProvenanceBadge } from './ProvenanceBadge';
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

export default function ParameterTables({ candidate, filter }: { candidate: Candidate; filter: string }) {
  const groups = useMemo(() => parameterGroups(candidate.draft), [candidate.draft]);
  const overrides = (candidate.draft.overrides ?? {}) as Record<string, number>;
  const q = filter.trim().toLowerCase();
  return (
    <>
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
    </>
  );
}
