// The parameter tables of the "Model parameters" panel (a lazy chunk: it loads when the panel is first opened).
import { useMemo } from 'react';
import { useStore } from '../state/store';
import type { Candidate } from '../state/types';
import { parameterGroups, overrideProblem, type ParamDescriptor } from '../state/parameters';
import { ProvenanceBadge } from './ProvenanceBadge';
import { sig } from './format';
import { NumberInput } from './fields';

/** A value fitted to your data (a clonogenic calibration, calibrations.localEffect) with its record, for rows without an explicit override. */
interface Fitted { value: number; fittedTo: string; reset: () => void }

function ParamRow({ d, candidateId, override, fitted }: { d: ParamDescriptor; candidateId: string; override: number | undefined; fitted?: Fitted }) {
  const setOverride = useStore((s) => s.setOverride);
  const fit = override === undefined ? fitted : undefined;
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
          value={override ?? fit?.value ?? p.value}
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
        {override !== undefined && <span className="badge badge-overridden">overridden{fitted ? ' (replaces your fitted value)' : ''}</span>}
        {fit && <span className="badge badge-data" data-testid="param-fitted">fitted to your data</span>}
        {fit && <div data-testid="param-fitted-record">{fit.fittedTo}</div>}
        <div>default {sig(p.value, 4)} {unit}{p.min !== undefined || p.max !== undefined ? ` · range ${p.min ?? '−∞'}–${p.max ?? '∞'}` : ''}</div>
        {p.description && <div>{p.description}</div>}
        <div className="muted">{p.source}</div>
      </td>
      <td>
        {override !== undefined && (
          <button type="button" onClick={() => setOverride(candidateId, d.id, undefined)} aria-label={`Reset ${d.label} to ${sig(fitted?.value ?? p.value, 4)} ${unit}`}>Reset</button>
        )}
        {fit && (
          <button type="button" onClick={fit.reset} aria-label={`Reset ${d.label} to the default ${sig(p.value, 4)} ${unit} (drops your fitted value)`}>Reset</button>
        )}
      </td>
    </tr>
  );
}

export default function ParameterTables({ candidate, filter }: { candidate: Candidate; filter: string }) {
  const groups = useMemo(() => parameterGroups(candidate.draft), [candidate.draft]);
  const overrides = (candidate.draft.overrides ?? {}) as Record<string, number>;
  const editMany = useStore((s) => s.editMany);
  // your clonogenic calibration's strengths (calibrations.localEffect): shown as fitted to your data, with the fit's record
  const le = (candidate.draft.calibrations as { localEffect?: { params?: Record<string, number>; fittedTo?: string } } | undefined)?.localEffect;
  const fittedOf = (id: string): Fitted | undefined => {
    const k = id.startsWith('localEffect.') ? id.slice(12) : null;
    const v = k !== null ? le?.params?.[k] : undefined;
    if (k === null || v === undefined || !Number.isFinite(v)) return undefined;
    return { value: v, fittedTo: le?.fittedTo ?? 'fitted to your data (clonogenic calibration)', reset: () => editMany(candidate.id, [{ path: `calibrations.localEffect.params.${k}`, value: undefined }]) };
  };
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
              {rows.map((d) => <ParamRow key={d.id} d={d} candidateId={candidate.id} override={overrides[d.id]} fitted={fittedOf(d.id)} />)}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
