// Outcome tab (lazy): local control vs dose for control and candidate, the recurrence figure with its Monte Carlo band, and every step explained — computed in the worker. A hypothesis, said loudly.
import { useEffect, useMemo, useState } from 'react';
import type { Candidate } from '../../state/types';
import { evaluateCandidate } from '../../state/evaluate';
import type { OutcomeJobResult } from '../../workers/protocol';
import { useWorkerJob } from '../use-worker-job';
import { PlotFigure } from '../../charts/PlotFigure';
import { csvText } from '../../engine';
import { PALETTE } from '../../charts/palette';
import { sig } from '../format';
import { DEFAULT_SCHEDULE_ID, OUTCOME_HYPOTHESIS, resolveSchedule, SCHEDULE_IDS, SCHEDULES, SCHEDULE_TEXT_HELP } from '../../engine/outcome';
import { ExplanationView } from '../ExplainBody';
import type { ProvenanceBadge as Badge } from '../ProvenanceBadge';

const pct = (v: number | undefined, d = 1) => (v === undefined || !Number.isFinite(v) ? 'n/a' : `${(v * 100).toFixed(d)} %`);

const CUSTOM = 'custom';

/** The provenance badge comes from the caller (the tab registry, in the initial bundle), so this chunk shares no module with it. */
export default function Outcome({ candidate, ProvenanceBadge }: { candidate: Candidate; ProvenanceBadge: typeof Badge }) {
  const ev = evaluateCandidate(candidate);
  // the candidate's own scenario.outcomeSchedule (optional field) is the starting choice
  const own = (candidate.draft as { scenario?: { outcomeSchedule?: unknown } } | null)?.scenario?.outcomeSchedule;
  const ownText = typeof own === 'string' && own.trim() ? own.trim() : null;
  const [scheduleId, setScheduleId] = useState<string>(ownText === null ? DEFAULT_SCHEDULE_ID : (SCHEDULE_IDS as readonly string[]).includes(ownText) ? ownText : CUSTOM);
  const [customText, setCustomText] = useState(ownText !== null && !(SCHEDULE_IDS as readonly string[]).includes(ownText) ? ownText : 'ebrt:25x1.8+hdr:4x7');
  const [cisplatin, setCisplatin] = useState(true);
  const [result, setResult] = useState<{ key: string; r: OutcomeJobResult } | null>(null);
  // the explanation step opened by clicking a number of the summary (every number explains itself)
  const [openStep, setOpenStep] = useState<string | null>(null);
  const job = useWorkerJob<OutcomeJobResult>();
  const formulation = ev.status === 'ok' ? ev.formulation : null;

  const scheduleText = scheduleId === CUSTOM ? customText : scheduleId;
  const scheduleProblem = useMemo(() => {
    try {
      resolveSchedule(scheduleText);
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [scheduleText]);
  const key = `${JSON.stringify(formulation)}|${scheduleText}|${cisplatin}`;
  const { run } = job;

  useEffect(() => {
    if (!formulation || scheduleProblem) return;
    let alive = true;
    const draws = 256;
    run(draws, (client, opts) => client.outcome({ formulation, schedule: scheduleText, cisplatin, draws, seed: 1 }, opts)).then((r) => {
      if (alive && r) setResult({ key, r });
    });
    return () => {
      alive = false;
    };
    // key carries formulation, schedule and cisplatin
  }, [key, scheduleProblem, run]);

  if (ev.status !== 'ok') return <p className="empty">The outcome needs a valid candidate — fix the highlighted fields in the builder.</p>;
  // walk10 #6: after a calibration the tab says which of the candidate's numbers are the lab's own
  const cal = (candidate.draft as { calibrations?: { localEffect?: { params?: Record<string, unknown>; fittedTo?: string }; release?: unknown[]; loading?: unknown[]; viability?: unknown[] } } | null)?.calibrations;
  const yours = [
    cal?.localEffect ? `the local-effect strength (${Object.keys(cal.localEffect.params ?? {}).join(', ') || 'clonogenic fit'}${cal.localEffect.fittedTo ? `, ${cal.localEffect.fittedTo}` : ''})` : '',
    cal?.release?.length ? `release (${cal.release.length} fit${cal.release.length === 1 ? '' : 's'})` : '',
    cal?.loading?.length ? `loading (${cal.loading.length} fit${cal.loading.length === 1 ? '' : 's'})` : '',
  ].filter(Boolean);
  const r = result?.r;
  const stale = result !== null && result.key !== key;
  const rep = r?.report;
  const bands = r?.mc?.bands;

  return (
    <div data-testid="outcome-tab">
      <p className="banner warn" role="note" data-testid="outcome-hypothesis"><strong>{OUTCOME_HYPOTHESIS.split(':')[0]}:</strong>{OUTCOME_HYPOTHESIS.slice(OUTCOME_HYPOTHESIS.indexOf(':') + 1)}</p>
      <div className="row">
        <label className="field inline"><span>Schedule</span>
          <select value={scheduleId} onChange={(e) => setScheduleId(e.target.value)} data-testid="outcome-schedule">
            {SCHEDULE_IDS.map((id) => <option key={id} value={id}>{SCHEDULES[id].label}</option>)}
            <option value={CUSTOM}>custom…</option>
          </select>
        </label>
        {scheduleId === CUSTOM && (
          <label className="field inline"><span>Courses</span>
            <input type="text" value={customText} onChange={(e) => setCustomText(e.target.value)} aria-describedby="outcome-schedule-help" style={{ width: '16rem' }} />
          </label>
        )}
        <label className="field inline"><input type="checkbox" checked={cisplatin} onChange={(e) => setCisplatin(e.target.checked)} /> <span>concurrent cisplatin</span></label>
      </div>
      {scheduleId === CUSTOM && <p id="outcome-schedule-help" className="muted small">{SCHEDULE_TEXT_HELP}</p>}
      {scheduleProblem && <p className="error" role="alert">{scheduleProblem}</p>}
      {job.progress && <p className="small" data-testid="outcome-progress">Computing the outcome and its Monte Carlo ({job.progress.done} / {job.progress.total} draws)…</p>}
      {job.error && <p className="error" role="alert">{job.error}</p>}
      {!rep ? (!job.progress && !scheduleProblem && <p className="empty">Computing…</p>) : (
        <>
          {scheduleProblem
            ? <p className="banner warn" role="status" data-testid="outcome-stale">The schedule above is not valid: the results below are still those of <strong>{rep.schedule.label}</strong>{rep.cisplatin ? ' with cisplatin' : ', radiotherapy alone'}. Correct the schedule to update them.</p>
            : stale && <p className="banner warn" role="status" data-testid="outcome-stale">{job.error ? <>The update failed (see the message above): the results below are still those of <strong>{rep.schedule.label}</strong>.</> : 'The inputs changed — updating.'}</p>}
          <table className="data" data-testid="outcome-summary">
            <caption>{rep.schedule.label}: total EQD2 {sig(rep.schedule.eqd2Gy, 3)} Gy (α/β {rep.params.alphaBetaGy} Gy), overall treatment time {rep.schedule.overallTreatmentTimeDays} days{rep.cisplatin ? ', with concurrent cisplatin' : ', radiotherapy alone'}. Bands: 5–95 % of {r?.mc?.draws ?? 0} Monte Carlo draws.</caption>
            <thead><tr><th scope="col"></th><th scope="col">local control</th><th scope="col">5–95 %</th><th scope="col">local recurrence</th><th scope="col">5–95 %</th></tr></thead>
            <tbody>
              <tr><th scope="row">control (chemoradiotherapy alone)</th><td className="r">{pct(rep.control.localControl)}</td><td className="r">{bands ? `${pct(bands['outcome.localControlControl']?.p5)} – ${pct(bands['outcome.localControlControl']?.p95)}` : '…'}</td><td className="r">{pct(rep.control.recurrence)}</td><td className="r">{bands ? `${pct(bands['outcome.recurrenceControl']?.p5)} – ${pct(bands['outcome.recurrenceControl']?.p95)}` : '…'}</td></tr>
              <tr><th scope="row">candidate (with this formulation)</th><td className="r">{pct(rep.candidate.localControl)}</td><td className="r">{bands ? `${pct(bands['outcome.localControlCandidate']?.p5)} – ${pct(bands['outcome.localControlCandidate']?.p95)}` : '…'}</td><td className="r">{pct(rep.candidate.recurrence)}</td><td className="r">{bands ? `${pct(bands['outcome.recurrenceCandidate']?.p5)} – ${pct(bands['outcome.recurrenceCandidate']?.p95)}` : '…'}</td></tr>
              <tr><th scope="row">local-control gain</th><td className="r"><button type="button" className="num" data-testid="outcome-gain" aria-label={`local-control gain: ${(rep.localControlGain * 100).toFixed(2)} points. Explain`} title="How the gain is computed (step O6-gain below)" onClick={() => {
                setOpenStep('O6-gain');
                requestAnimationFrame(() => document.getElementById('outcome-step-O6-gain')?.scrollIntoView({ block: 'center' }));
              }}>{`${(rep.localControlGain * 100).toFixed(2)} points`}</button></td><td className="r">{bands ? `${(bands['outcome.localControlGain'].p5 * 100).toFixed(2)} – ${(bands['outcome.localControlGain'].p95 * 100).toFixed(2)} points` : '…'}</td><td className="r" colSpan={2}>relative recurrence reduction {pct(rep.relativeRecurrenceReduction)}</td></tr>
            </tbody>
          </table>
          <table className="data">
            <caption>Radiosensitization of this formulation, re-computed for each course's beam, shown at each course's first fraction (the drug and particles present at that time after the injection; every fraction of the TCP uses its own time). A SER of 1.000 means nothing is left to sensitize by then (washed out).</caption>
            <thead><tr><th scope="col">course</th><th scope="col">beam</th><th scope="col">n × d</th><th scope="col">EQD2</th><th scope="col">DEF</th><th scope="col">LEF</th><th scope="col">hypoxic fraction</th><th scope="col">SER</th></tr></thead>
            <tbody>
              {rep.schedule.courses.map((c, i) => {
                const b = rep.radiobiologyByCourse[i];
                return (
                  <tr key={i}><th scope="row">{c.modality === 'ebrt' ? 'external beam' : 'HDR brachytherapy'}</th><td>{c.beam}</td><td className="r">{c.fractions} × {sig(c.doseGy, 3)} Gy</td><td className="r">{sig(c.eqd2Gy, 3)} Gy</td><td className="r">{sig(b.doseEnhancementFactor, 4)}</td><td className="r">{sig(b.localEnhancementFactor, 4)}</td><td className="r">{sig(b.hypoxicFraction, 3)}</td><td className="r">{sig(b.sensitizerEnhancementRatio, 4)}</td></tr>
                );
              })}
            </tbody>
          </table>
          {yours.length > 0 && (
            <p className="banner info small" role="note" data-testid="outcome-your-calibrations">
              <strong>Fitted to your data:</strong> {yours.join('; ')}. The SER above and the candidate's local control use them (the control arm does not).
            </p>
          )}
          {rep.curves && <DoseResponseFigure rep={rep} />}
          <RecurrenceFigure rep={rep} bands={bands} />
          <h3>How it is computed</h3>
          <p className="muted small">Each step with its equation, inputs and sources (provenance badges as in the Explanations drawer).</p>
          {rep.explanations.map((e) => (
            <details key={e.equation} id={`outcome-step-${e.equation}`} className="explain-step" open={openStep === e.equation || undefined} onToggle={(ev) => { if (!(ev.currentTarget as HTMLDetailsElement).open && openStep === e.equation) setOpenStep(null); }}>
              <summary>{e.equation}: {e.result ? `${e.result.name} = ${typeof e.result.value === 'number' ? sig(e.result.value, 4) : String(e.result.value)}` : e.formula}</summary>
              <ExplanationView e={e} ProvenanceBadge={ProvenanceBadge} />
            </details>
          ))}
          <h3>Assumptions</h3>
          <ul className="small">{rep.assumptions.map((a, i) => <li key={i}>{a}</li>)}</ul>
        </>
      )}
    </div>
  );
}

function DoseResponseFigure({ rep }: { rep: OutcomeJobResult['report'] }) {
  const c = rep.curves;
  const rows = useMemo(() => (c ? c.eqd2Gy.flatMap((d, i) => [{ D: d, tcp: c.control[i] * 100, arm: 'control' }, { D: d, tcp: c.candidate[i] * 100, arm: 'candidate' }]) : []), [c]);
  const points = rep.calibration.filter((t) => t.kind === 'tcp-at-eqd2' && t.tcp !== undefined).map((t) => ({ D: t.eqd2Gy, tcp: (t.tcp as number) * 100, id: t.id }));
  if (!c) return null;
  return (
    <>
      <h3>Local control vs dose</h3>
      <ul className="legend" aria-label="Dose–response legend">
        <li><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke={PALETTE[6]} strokeWidth="2" /></svg>control (chemoradiotherapy alone)</li>
        <li><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke={PALETTE[0]} strokeWidth="2" /></svg>candidate</li>
        <li><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="4" fill="none" stroke={PALETTE[1]} strokeWidth="2" /></svg>published clinical points (calibration and checks)</li>
        <li><svg width="12" height="12" aria-hidden="true"><line x1="6" y1="0" x2="6" y2="12" stroke="#777" strokeDasharray="2 2" /></svg>this schedule's EQD2</li>
      </ul>
      <PlotFigure
        testId="outcome-dose-response"
        name="local-control-vs-dose"
        label={`Local control (population TCP, %) against total EQD2 of the HR-CTV D90 (boost scaled), control and candidate; at this schedule's ${sig(rep.schedule.eqd2Gy, 3)} Gy: control ${pct(rep.control.localControl)}, candidate ${pct(rep.candidate.localControl)}`}
        deps={[rows, points, rep.schedule.eqd2Gy]}
        table={() => csvText([
          ['series', 'EQD2 (Gy)', 'local control (fraction)', 'source'],
          ...c.eqd2Gy.map((d, i) => ['control arm (model)', d, c.control[i], '']),
          ...c.eqd2Gy.map((d, i) => ['candidate (model)', d, c.candidate[i], '']),
          ...rep.calibration.filter((t) => t.kind === 'tcp-at-eqd2' && t.tcp !== undefined).map((t) => [`published clinical point (${t.fitted ? 'calibration' : 'check'}${t.cisplatin ? ', with cisplatin' : ''})`, t.eqd2Gy, t.tcp as number, `${t.source} (${t.provenance})`]),
          ["this schedule's EQD2 (marker)", rep.schedule.eqd2Gy, '', rep.schedule.label],
        ])}
        make={(Plot, width) => Plot.plot({
          width,
          height: 300,
          x: { label: 'total EQD2 (Gy, α/β 10)', grid: true },
          y: { label: 'local control (%)', domain: [0, 100], grid: true },
          color: { domain: ['control', 'candidate'], range: [PALETTE[6], PALETTE[0]] },
          marks: [
            Plot.ruleX([rep.schedule.eqd2Gy], { stroke: '#777', strokeDasharray: '2 2' }),
            Plot.line(rows, { x: 'D', y: 'tcp', stroke: 'arm', strokeWidth: 2 }),
            Plot.dot(points, { x: 'D', y: 'tcp', stroke: PALETTE[1], strokeWidth: 2, r: 5 }),
          ],
        })}
      />
    </>
  );
}

function RecurrenceFigure({ rep, bands }: { rep: OutcomeJobResult['report']; bands: Record<string, { p5: number; p50: number; p95: number }> | undefined }) {
  const rows = [
    { arm: 'control', v: rep.control.recurrence * 100, lo: (bands?.['outcome.recurrenceControl']?.p5 ?? NaN) * 100, hi: (bands?.['outcome.recurrenceControl']?.p95 ?? NaN) * 100 },
    { arm: 'candidate', v: rep.candidate.recurrence * 100, lo: (bands?.['outcome.recurrenceCandidate']?.p5 ?? NaN) * 100, hi: (bands?.['outcome.recurrenceCandidate']?.p95 ?? NaN) * 100 },
  ];
  const withBand = rows.filter((x) => Number.isFinite(x.lo) && Number.isFinite(x.hi));
  return (
    <>
      <h3>Local recurrence</h3>
      <PlotFigure
        testId="outcome-recurrence"
        name="local-recurrence"
        label={`Local recurrence probability (%) with 5–95 % Monte Carlo band: control ${sig(rows[0].v, 3)} % (${sig(rows[0].lo, 3)}–${sig(rows[0].hi, 3)}), candidate ${sig(rows[1].v, 3)} % (${sig(rows[1].lo, 3)}–${sig(rows[1].hi, 3)})`}
        deps={[rows]}
        height={140}
        table={() => csvText([['arm', 'local recurrence (fraction)', '5th percentile (fraction)', '95th percentile (fraction)'], ...(['control', 'candidate'] as const).map((arm) => { const k = arm === 'control' ? 'outcome.recurrenceControl' : 'outcome.recurrenceCandidate'; return [arm, rep[arm].recurrence, bands?.[k]?.p5 ?? '', bands?.[k]?.p95 ?? '']; })])}
        make={(Plot, width) => Plot.plot({
          width,
          height: 140,
          marginLeft: 90,
          x: { label: 'local recurrence (%)', domain: [0, Math.max(10, ...rows.map((x) => (Number.isFinite(x.hi) ? x.hi : x.v))) * 1.1], grid: true },
          y: { label: null, domain: ['control', 'candidate'] },
          marks: [
            Plot.ruleY(withBand, { y: 'arm', x1: 'lo', x2: 'hi', stroke: PALETTE[0], strokeWidth: 8, strokeOpacity: 0.35 }),
            Plot.dot(rows, { y: 'arm', x: 'v', fill: (d: { arm: string }) => (d.arm === 'control' ? PALETTE[6] : PALETTE[0]), r: 5 }),
          ],
        })}
      />
      <p className="muted small">Dot: deterministic value; bar: 5–95 % of the draws (every sourced parameter with a spread, the outcome parameters included; α and β of the cells held, their spread across patients is σ_α). Distant recurrences are not modelled.</p>
    </>
  );
}
