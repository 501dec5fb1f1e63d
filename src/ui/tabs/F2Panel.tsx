// Calibrate → f2 similarity: compare two measured release profiles (two pH curves, or this candidate's curve with another
// candidate's) with f2 and f1, and say whether f2 may be used (≥ 3 shared points, at most one above 85 %, CV limits).
import { useMemo, useState } from 'react';
import { useStore } from '../../state/store';
import type { Candidate, MeasuredRelease } from '../../state/types';
import { measurementsOf } from '../../state/measurements';
import { assessF2, F2_RULES, PROFILE_TIME_UNITS, type F2Assessment, type ProfileTimeUnit } from '../../engine/fitting';
import { csvText } from '../../engine';
import { PlotFigure } from '../../charts/PlotFigure';
import { PALETTE } from '../../charts/palette';
import { sig } from '../format';

/** f2 (and f1) with the verdict and every reason or note, as one block. */
export function F2Verdict({ a, what, testId, timeUnit = 'h' }: { a: F2Assessment; what: string; testId?: string; /** Unit the times are shown in (they are computed in hours). */ timeUnit?: ProfileTimeUnit }) {
  const verdict = a.f2 === null
    ? 'f2 cannot be computed'
    : !a.applicable
      ? 'f2 is not applicable'
      : a.similar ? `similar (f2 ≥ ${F2_RULES.similarF2})` : `not similar (f2 < ${F2_RULES.similarF2})`;
  return (
    <div className="small" data-testid={testId} role="status" data-report-block={`f2 — ${what}`}>
      <strong>f2 ({what})</strong> = <span data-testid={testId ? `${testId}-value` : undefined}>{a.f2 === null ? '—' : sig(a.f2, 4)}</span>
      {a.f1 !== null && <> · f1 = {sig(a.f1, 3)}</>} · n = {a.n}{a.times.length ? ` (t = ${a.times.map((t) => sig(t / PROFILE_TIME_UNITS[timeUnit], 3)).join(', ')} ${timeUnit})` : ''} — <strong data-testid={testId ? `${testId}-verdict` : undefined}>{verdict}</strong>
      {a.reasons.length > 0 && <ul className="error">{a.reasons.map((r) => <li key={r}>{r}</li>)}</ul>}
      {a.notes.length > 0 && <ul className="muted">{a.notes.map((r) => <li key={r}>{r}</li>)}</ul>}
    </div>
  );
}

interface Option {
  key: string;
  label: string;
  curve: MeasuredRelease;
}

const curveLabel = (c: MeasuredRelease) => `pH ${c.pH.toFixed(1)}${c.agent ? ` (${c.agent})` : ''}${c.label ? ` — ${c.label}` : ''}`;

export function F2Panel({ candidate }: { candidate: Candidate }) {
  const candidates = useStore((s) => s.candidates);
  const options = useMemo(() => {
    const out: Option[] = [];
    const ordered = [candidate, ...candidates.filter((c) => c.id !== candidate.id)];
    for (const c of ordered) {
      const name = c.id === candidate.id ? 'this candidate' : String(c.draft.name ?? c.id);
      measurementsOf(c).release.forEach((curve, i) => out.push({ key: `${c.id}|${i}`, label: `${name}: ${curveLabel(curve)}`, curve }));
    }
    return out;
  }, [candidate, candidates]);
  const [aKey, setA] = useState('');
  const [bKey, setB] = useState('');
  if (options.length < 2) return <p className="muted small">f2 similarity: import a second release curve (another pH, or on another candidate) to compare two measured profiles; each fit above already shows f2 of the data against the model.</p>;
  const a = options.find((o) => o.key === aKey) ?? options[0];
  const b = options.find((o) => o.key === bKey) ?? options.find((o) => o.key !== a.key) ?? options[1];
  const profile = (c: MeasuredRelease) => ({
    t: c.points.map((p) => p[0]),
    F: c.points.map((p) => p[1]),
    sd: c.spread?.kind === 'sd' ? c.spread.values.map((v, i) => (c.spread?.missing?.includes(i) ? Number.NaN : v)) : undefined,
    cvUnknownReason: c.spread?.kind === 'sem' ? 'SEM given, n unknown' : 'no SD given',
  });
  const result = assessF2(profile(a.curve), profile(b.curve));
  const rows = [
    ...a.curve.points.map(([t, F]) => ({ series: `reference: ${a.label}`, t, F })),
    ...b.curve.points.map(([t, F]) => ({ series: `test: ${b.label}`, t, F })),
  ];
  return (
    <section className="f2-block" aria-labelledby="f2-h" data-testid="f2-panel">
      <h3 id="f2-h">f2 similarity of two release profiles</h3>
      <p className="muted small">
        f2 = 50·log10(100/√(1 + Σ(R − T)²/n)) over the time points both profiles share (FDA 1997; EMA 2010): zero excluded, no
        point after the first above {F2_RULES.plateauPct} % in either, at least {F2_RULES.minPoints} points, and the CV of each mean ≤ {F2_RULES.cvFirstPct} % at the first
        point and ≤ {F2_RULES.cvLaterPct} % after (checked where the file gave SDs). f2 ≥ {F2_RULES.similarF2} means similar; f1 = 100·Σ|R − T|/ΣR beside it.
      </p>
      <div className="row">
        <label>Reference <select value={a.key} onChange={(e) => setA(e.target.value)} data-testid="f2-reference">{options.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}</select></label>
        <label>Test <select value={b.key} onChange={(e) => setB(e.target.value)} data-testid="f2-test">{options.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}</select></label>
      </div>
      <F2Verdict a={result} what={`${a.label} vs ${b.label}`} testId="f2-result" />
      <PlotFigure
        testId="f2-chart"
        label={`Release profiles compared by f2: ${a.label} (reference) and ${b.label} (test)`}
        name="f2-profiles"
        deps={[a.key, b.key, a.curve, b.curve]}
        height={200}
        table={() => csvText([['profile', 'time (h)', 'released (%)'], ...rows.map((r) => [r.series, r.t, r.F])])}
        make={(Plot, width) => Plot.plot({
          width, height: 200, marginLeft: 48,
          x: { label: 'time (h)' }, y: { label: 'released (%)', domain: [0, 100], grid: true },
          color: { legend: true, range: [PALETTE[0], PALETTE[1]] },
          marks: [
            Plot.ruleY([F2_RULES.plateauPct], { stroke: '#999', strokeDasharray: '3,3' }),
            Plot.line(rows, { x: 't', y: 'F', stroke: 'series' }),
            Plot.dot(rows, { x: 't', y: 'F', stroke: 'series', fill: 'white', r: 3 }),
          ],
        })}
      />
    </section>
  );
}
