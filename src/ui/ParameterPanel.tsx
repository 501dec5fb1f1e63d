// Model parameters of this candidate: every parameter with value, unit, range, provenance and source; override (this candidate only) and reset.
import { lazy, Suspense, useState } from 'react';
import { useStore } from '../state/store';
import type { Candidate } from '../state/types';

const ParameterTables = lazy(() => import('./ParameterTables'));

/** `open`/`onOpenChange` are held by the builder, so a click on the placeholder drawn before this panel's code arrives is kept. */
export function ParameterPanel({ candidate, open, onOpenChange }: { candidate: Candidate; open: boolean; onOpenChange: (open: boolean) => void }) {
  const resetOverrides = useStore((s) => s.resetOverrides);
  const [filter, setFilter] = useState('');
  const nOver = Object.keys((candidate.draft.overrides ?? {}) as Record<string, number>).length;
  return (
    <details className="params" open={open} onToggle={(e) => onOpenChange((e.currentTarget as HTMLDetailsElement).open)}>
      <summary onClick={(e) => { e.preventDefault(); onOpenChange(!open); }}>Model parameters {nOver > 0 && <span className="badge badge-overridden">{nOver} overridden</span>}</summary>
      <p className="small muted">Every assumption and published value the model uses for this candidate. Change a value to override it for this candidate only; overrides travel with it (also in links).</p>
      <div className="row">
        <label className="field inline"><span>Filter</span><input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="e.g. half-life" /></label>
        {nOver > 0 && <button type="button" onClick={() => resetOverrides(candidate.id)}>Reset all</button>}
      </div>
      {open && (
        <Suspense fallback={<p className="muted small">loading the parameters…</p>}>
          <ParameterTables candidate={candidate} filter={filter} />
        </Suspense>
      )}
    </details>
  );
}
