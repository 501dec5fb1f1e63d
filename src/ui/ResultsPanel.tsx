// Centre column: the results tabs of the selected candidate (derived on every edit), plus the workspace-wide tabs.
import { Suspense, useEffect, useRef, type KeyboardEvent } from 'react';
import { useStore } from '../state/store';
import type { Candidate } from '../state/types';
import type { Evaluation } from '../state/evaluate';
import { scoresOf } from '../state/evaluate';
import { recordEditToScore } from '../state/perf';
import { TABS, tabDef, type TabId } from './tabs/registry';
import { issuePlace } from './format';

function StatusBanner({ ev }: { ev: Evaluation }) {
  if (ev.status === 'invalid') {
    return (
      <div className="banner warn" role="status" data-testid="invalid-banner">
        <strong>This candidate has {ev.issues.length} problem{ev.issues.length === 1 ? '' : 's'}</strong> — fix the highlighted fields in the builder.
        {ev.last ? ' The results below are from its last valid version.' : ''}
        <ul>{ev.issues.slice(0, 6).map((i, k) => <li key={k}><code title={i.path || undefined}>{issuePlace(i.path)}</code>: {i.message}</li>)}</ul>
      </div>
    );
  }
  if (ev.status === 'error') return <div className="banner warn" role="status"><strong>The model could not score this candidate:</strong> {ev.message}</div>;
  return null;
}

/** The tab groups (in the "Go to" menu, and as separators in the strip): this candidate's results, workspace tools, reference. */
const REFERENCE_TABS: readonly string[] = ['library', 'learn'];
type TabGroup = 'This candidate' | 'Workspace' | 'Reference';
export function tabGroup(t: { id: string; scope: 'candidate' | 'workspace' }): TabGroup {
  if (REFERENCE_TABS.includes(t.id)) return 'Reference';
  return t.scope === 'candidate' ? 'This candidate' : 'Workspace';
}
const GROUPS: readonly TabGroup[] = ['This candidate', 'Workspace', 'Reference'];

export function ResultsPanel({ candidate, ev }: { candidate: Candidate | undefined; ev: Evaluation }) {
  const tab = useStore((s) => s.tab);
  const setTab = useStore((s) => s.setTab);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const stripRef = useRef<HTMLDivElement>(null);
  // keep the selected tab visible in the one-row strip (opened from the menu, the welcome or a link)
  useEffect(() => {
    const strip = stripRef.current;
    const el = tabRefs.current[tab];
    if (!strip || !el) return;
    const l = el.offsetLeft - strip.offsetLeft;
    if (l < strip.scrollLeft || l + el.offsetWidth > strip.scrollLeft + strip.clientWidth) strip.scrollTo({ left: Math.max(0, l - 24) });
  }, [tab]);
  const scores = scoresOf(ev);
  const mc = useStore((s) => (candidate ? s.mc[candidate.id] : undefined));
  const mcFresh = mc && candidate && mc.draft === candidate.draft ? mc.result : undefined;

  // Edit → updated results: measured after React committed this render (children's chart effects run before this one).
  useEffect(() => { recordEditToScore(); }, [scores, ev]);

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.findIndex((t) => t.id === tab);
    let j = -1;
    if (e.key === 'ArrowRight') j = (i + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') j = (i - 1 + TABS.length) % TABS.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = TABS.length - 1;
    if (j < 0) return;
    e.preventDefault();
    setTab(TABS[j].id);
    tabRefs.current[TABS[j].id]?.focus();
  };

  const def = tabDef(tab);
  const needsScores = def.scope === 'candidate';
  let body: React.ReactNode;
  if (def.scope === 'workspace') body = def.render();
  else if (scores && candidate) body = def.render({ candidate, scores, mc: mcFresh });
  else {
    body = ev.status === 'unavailable'
      ? <p className="empty" data-testid="model-loading">{ev.reason === 'no candidate' ? 'Add a candidate (left) to see its results.' : 'Model loading… results appear here as soon as the scoring engine is available.'}</p>
      : <p className="empty">No valid version of this candidate yet — fix the fields listed above.</p>;
  }

  return (
    <section className="panel results" aria-label="Results">
      {/* one row: the strip scrolls sideways (the selected tab is kept in view); the menu beside it lists every view by group */}
      <div className="tabs-bar">
        <div role="tablist" aria-label="Result views" className="tabs" onKeyDown={onKey} ref={stripRef} data-testid="tab-strip">
          {TABS.map((t, i) => (
            <button
              key={t.id}
              ref={(el) => { tabRefs.current[t.id] = el; }}
              role="tab"
              type="button"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls="tabpanel"
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
              data-group-start={i > 0 && tabGroup(TABS[i - 1]) !== tabGroup(t) ? tabGroup(t) : undefined}
            >
              {t.label}
            </button>
          ))}
        </div>
        <label className="tabs-menu">
          <span className="sr-only">Go to a view</span>
          <select value={tab} onChange={(e) => setTab(e.target.value as TabId)} data-testid="tab-menu" title="All views, by group">
            {GROUPS.map((g) => (
              <optgroup key={g} label={g}>
                {TABS.filter((t) => tabGroup(t) === g).map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
      </div>
      <div role="tabpanel" id="tabpanel" aria-labelledby={`tab-${tab}`} className="tabpanel" tabIndex={0}>
        {needsScores && <StatusBanner ev={ev} />}
        <Suspense fallback={<p className="muted">loading…</p>}>{body}</Suspense>
      </div>
    </section>
  );
}
