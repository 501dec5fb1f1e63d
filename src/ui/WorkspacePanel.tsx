// Left column, top: the workspace — candidates with rank and score; add, duplicate, rename, delete, reorder; presets.
import { useMemo, useState } from 'react';
import { useStore } from '../state/store';
import { evaluateCandidate, scoresOf } from '../state/evaluate';
import { presetMenu } from '../state/presets';
import { score } from './format';

export function WorkspacePanel() {
  const candidates = useStore((s) => s.candidates);
  const selectedId = useStore((s) => s.selectedId);
  const refusal = useStore((s) => s.refusal);
  const { select, addCandidate, addPreset, duplicate, remove, move, reorder, rename, dismissRefusal } = useStore.getState();
  const [renaming, setRenaming] = useState<string | null>(null);

  const rows = useMemo(() => {
    const evaluated = candidates.map((c) => {
      const ev = evaluateCandidate(c);
      return { c, overall: scoresOf(ev)?.score.overall ?? null, unscorable: ev.status === 'error' ? ev.message : null };
    });
    const ranked = evaluated.filter((r) => r.overall !== null).sort((a, b) => (b.overall as number) - (a.overall as number));
    const rank = new Map(ranked.map((r, i) => [r.c.id, i + 1]));
    return evaluated.map((r) => ({ ...r, rank: rank.get(r.c.id) ?? null }));
  }, [candidates]);

  const sortByScore = () => {
    reorder(rows.slice().sort((a, b) => (b.overall ?? -1) - (a.overall ?? -1)).map((r) => r.c.id));
  };
  const menu = presetMenu();
  const activeId = candidates.some((c) => c.id === selectedId) ? selectedId : candidates[0]?.id;

  return (
    <section className="panel workspace" aria-labelledby="ws-title">
      <div className="panel-head">
        <h2 id="ws-title">Workspace <span className="muted">({candidates.length})</span></h2>
        <div className="row">
          <button type="button" onClick={() => addCandidate()} title="Add a new candidate (starts from IZB@CCM)">+ New</button>
          <button type="button" onClick={sortByScore} disabled={rows.every((r) => r.overall === null)} title="Reorder the list by overall score" aria-label="Rank candidates by overall score">Rank</button>
        </div>
      </div>
      <label className="field">
        <span>Add a preset</span>
        <select
          value=""
          onChange={(e) => { if (e.target.value) addPreset(e.target.value); }}
          data-testid="preset-menu"
        >
          <option value="">Choose a reference formulation…</option>
          {menu.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.items.map((p) => <option key={p.id} value={p.id} title={p.summary}>{p.name}</option>)}
            </optgroup>
          ))}
        </select>
      </label>
      {refusal ? (
        <p className="banner warn" role="alert" data-testid="workspace-refusal">
          {refusal} <button type="button" onClick={dismissRefusal}>OK</button>
        </p>
      ) : null}
      {candidates.length === 0 ? (
        <div className="empty">
          <p>No candidates yet.</p>
          <button type="button" onClick={() => addPreset('izb-ccm')}>Start from IZB@CCM</button>
        </div>
      ) : (
        <ol className="candidates" aria-label="Candidates">
          {rows.map(({ c, overall, rank, unscorable }, i) => {
            const name = String(c.draft.name ?? 'Unnamed');
            const active = c.id === activeId;
            return (
              <li key={c.id} className={active ? 'active' : undefined} data-testid="candidate" data-unscorable={unscorable ? 'true' : undefined}>
                {renaming === c.id ? (
                  <input
                    autoFocus
                    aria-label={`New name for ${name}`}
                    defaultValue={name}
                    onBlur={(e) => { rename(c.id, e.target.value.trim() || name); setRenaming(null); }}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
                      if (e.key === 'Escape') setRenaming(null);
                    }}
                  />
                ) : (
                  <button type="button" className="cand-name" aria-pressed={active} onClick={() => select(c.id)} onDoubleClick={() => setRenaming(c.id)}>
                    <span className="rank" aria-label={rank ? `rank ${rank}` : 'not ranked'} title="Rank by the overall score (the Rank button orders the list by it; Compare can rank with your own weights and the local-control gain)">{rank ? `#${rank}` : '–'}</span>
                    <span className="name">{name}</span>
                    {unscorable ? <span className="cand-unscorable" title={unscorable} aria-label={`cannot be scored: ${unscorable}`}>⚠</span> : null}
                    <span className="cand-score" aria-label={`overall score ${score(overall)}`} title="Overall score: select the candidate, then click the score in Results to see how it is computed">{score(overall)}</span>
                  </button>
                )}
                <span className="cand-actions">
                  <button type="button" className="icon" onClick={() => setRenaming(c.id)} aria-label={`Rename ${name}`} title="Rename">✎</button>
                  <button type="button" className="icon" onClick={() => move(c.id, -1)} disabled={i === 0} aria-label={`Move ${name} up`} title="Move up">↑</button>
                  <button type="button" className="icon" onClick={() => move(c.id, 1)} disabled={i === rows.length - 1} aria-label={`Move ${name} down`} title="Move down">↓</button>
                  <button type="button" className="icon" onClick={() => duplicate(c.id)} aria-label={`Duplicate ${name}`} title="Duplicate">Copy</button>
                  <button type="button" className="icon danger" onClick={() => remove(c.id)} aria-label={`Delete ${name}`} title="Delete (undo with Ctrl+Z)">✕</button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
