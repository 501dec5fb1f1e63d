// Optimize tab: inverse design (NSGA-II in the worker) from the selected candidate — objectives, hard limits, freed fields; the Pareto front in 2D and parallel coordinates, robust ranking, local sensitivity; open any point in the builder as scored.
import { useMemo, useState } from 'react';
import { useStore, selectSelected } from '../../state/store';
import { evaluateCandidate } from '../../state/evaluate';
import type { Formulation } from '../../schema';
import { designProblem, frontScales, localSensitivity, OPTIMIZE_OUTPUTS, optimizeOutput, outputLabel, parseOptimizeSpec, type FrontPoint, type OptimizeResult } from '../../engine/optimize';
import { decodeOptimizeLink, encodeOptimizeLink, isOptimizeLinkFragment } from '../../share/optimize-link';
import { NumberInput } from '../fields';
import { PlotFigure } from '../../charts/PlotFigure';
import type { PlotModule } from '../../charts/plot-loader';
import { isRecord, csvText } from '../../engine';
import { PALETTE } from '../../charts/palette';
import { useWorkerJob } from '../use-worker-job';
import { sig } from '../format';
import { choiceValueName, defaultForm, formOfSpec, specOf, usesOutcome, usesRankingWithLocalControl, variableLabel, variableOptions, type OptimizeForm } from './optimize-form';
import { DEFAULT_SCHEDULE_ID, OUTCOME_HYPOTHESIS, outcomeCompleted, SCHEDULE_IDS, SCHEDULES } from '../../engine/outcome';
import { CATALOG_LOOKUP } from '../../engine';
import { ExplanationView } from '../ExplainBody';
import type { ProvenanceBadge as Badge } from '../ProvenanceBadge';
import { scoreFormulation } from '../../engine';

const fmt = (v: unknown) => (typeof v === 'number' ? sig(v, 3) : String(v));

/** The spec an optimisation link ('#o=…') in the address brought, or its error; null without one. */
function linkedSpec(): ReturnType<typeof decodeOptimizeLink> | null {
  const hash = typeof window !== 'undefined' ? window.location.hash : '';
  return isOptimizeLinkFragment(hash) ? decodeOptimizeLink(hash) : null;
}

/** The tab's form and last result for this page session: kept when the user switches tabs or opens a front point in the builder. */
const memory: { form: OptimizeForm | null; result: OptimizeResult | null; selected: number } = { form: null, result: null, selected: 0 };

export default function Optimize({ ProvenanceBadge }: { ProvenanceBadge?: typeof Badge } = {}) {
  const candidate = useStore(selectSelected);
  const addCandidate = useStore((s) => s.addCandidate);
  const ev = candidate ? evaluateCandidate(candidate) : null;
  const base = ev?.status === 'ok' ? (ev.formulation as Formulation) : null;
  const options = useMemo(() => (base ? variableOptions(base) : []), [base]);
  const [form, setFormState] = useState<OptimizeForm | null>(() => memory.form);
  const [result, setResultState] = useState<OptimizeResult | null>(() => memory.result);
  const [selected, setSelectedState] = useState(() => memory.selected);
  const setForm = (f: OptimizeForm) => setFormState((memory.form = f));
  const setResult = (r: OptimizeResult | null) => setResultState((memory.result = r));
  const setSelected = (k: number) => setSelectedState((memory.selected = k));
  const [axes, setAxes] = useState<[number, number]>([0, 1]);
  const [rankBy, setRankBy] = useState(0);
  const [shareState, setShareState] = useState<{ url: string; status: string } | { error: string } | null>(null);
  const job = useWorkerJob<OptimizeResult>();
  const [link, setLink] = useState(linkedSpec);
  const dropLink = () => {
    setLink(null);
    if (typeof window !== 'undefined' && isOptimizeLinkFragment(window.location.hash)) history.replaceState(null, '', window.location.pathname + window.location.search);
  };
  const loadLink = (spec: Record<string, unknown>) => {
    // the link's base becomes a new candidate (the workspace keeps everything it had), and the form takes the link's search
    const b = spec.base as Formulation;
    addCandidate(b, String(b.name ?? 'Optimisation base'));
    setForm(formOfSpec(spec, b));
    setResult(null);
    dropLink();
  };
  const banner = link && (
    <div className="banner info" role="status" data-testid="opt-link">
      {link.ok ? (
        <>
          This link carries an inverse-design search from <strong>{String((link.spec.base as { name?: string }).name ?? 'a formulation')}</strong>.{' '}
          <button type="button" onClick={() => loadLink(link.spec)}>Add its base as a candidate and load the search</button> <button type="button" onClick={dropLink}>Ignore</button>
        </>
      ) : (
        <>The optimisation link could not be read: {link.error.message} <button type="button" onClick={dropLink}>Dismiss</button></>
      )}
    </div>
  );

  if (!candidate || !base) return <>{banner}<p className="empty">Select a valid candidate to optimise from (fix any highlighted fields in the builder first).</p></>;
  const f = form ?? defaultForm(base);
  const update = (patch: Partial<OptimizeForm>) => setForm({ ...f, ...patch });
  const spec = specOf(base, f, options);
  const parsed = parseOptimizeSpec(spec);

  const run = async () => {
    if (!parsed.ok) return;
    const r = await job.run(f.generations + (f.robust ? f.population : 0), (client, opts) => client.optimize({ spec }, opts));
    if (r) {
      setResult(r);
      setSelected(0);
      setAxes([0, Math.min(1, r.objectives.length - 1)]);
      setRankBy(0);
    }
  };

  const open = (p: FrontPoint, k: number) => {
    // the completed formulation exactly as scored (only the name changes: names are not scored)
    const { id: _id, ...rest } = p.formulation as Formulation & { id?: string };
    addCandidate(rest, `${String(base.name ?? 'candidate')} · optimum ${k + 1}`);
  };

  // like the header's Copy link (walkthrough 8 #34): copies the link and shows it in a field as the fallback
  const share = async () => {
    const r = encodeOptimizeLink(spec);
    if (!r.ok) {
      setShareState({ error: `Cannot make a link: ${r.error.message}` });
      return;
    }
    const url = `${location.origin}${location.pathname}${r.fragment}`;
    let status = `Link copied (${url.length} characters).`;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
    } catch {
      status = 'Copy it from the field above (the browser did not allow clipboard access).';
    }
    setShareState({ url, status });
  };

  return (
    <div>
      {banner}
      <p className="muted small">
        Inverse design: search the freed fields of <strong>{String(base.name)}</strong> for the best trade-offs between the objectives, under hard limits
        (NSGA-II, seeded, in a background worker). Each point of the front is a complete formulation that opens in the builder exactly as it was scored.
      </p>
      <div className="grid2 optimize-grid">
        <fieldset className="axis">
          <legend>Objectives</legend>
          {f.objectives.map((o, i) => (
            <div className="row" key={i}>
              <select aria-label={`Objective ${i + 1}`} value={o.output} onChange={(e) => update({ objectives: f.objectives.map((x, k) => (k === i ? { output: e.target.value, direction: optimizeOutput(e.target.value)!.better } : x)) })}>
                {OPTIMIZE_OUTPUTS.map((x) => <option key={x.key} value={x.key}>{outputLabel(x.key)}</option>)}
              </select>
              <select aria-label={`Direction of objective ${i + 1}`} value={o.direction} onChange={(e) => update({ objectives: f.objectives.map((x, k) => (k === i ? { ...x, direction: e.target.value as 'max' | 'min' } : x)) })}>
                <option value="max">maximise</option><option value="min">minimise</option>
              </select>
              {f.objectives.length > 1 && <button type="button" onClick={() => update({ objectives: f.objectives.filter((_, k) => k !== i) })} aria-label={`Remove objective ${i + 1}`}>×</button>}
            </div>
          ))}
          {f.objectives.length < 6 && <button type="button" onClick={() => update({ objectives: [...f.objectives, { output: 'targeting.tumorDeliveryPctID', direction: 'max' }] })}>Add objective</button>}
          <h4>Hard limits</h4>
          {f.constraints.map((c, i) => (
            <div className="row" key={i}>
              <select aria-label={`Limit ${i + 1} output`} value={c.output} onChange={(e) => update({ constraints: f.constraints.map((x, k) => (k === i ? { ...x, output: e.target.value } : x)) })}>
                {OPTIMIZE_OUTPUTS.map((x) => <option key={x.key} value={x.key}>{outputLabel(x.key)}</option>)}
              </select>
              <label><span className="sr-only">{`Limit ${i + 1} minimum`}</span><NumberInput label={`Limit ${i + 1} minimum`} value={c.min ?? ''} onValue={(v) => update({ constraints: f.constraints.map((x, k) => (k === i ? { ...x, min: v ?? undefined } : x)) })} style={{ width: '5rem' }} /></label>
              <span className="small">to</span>
              <label><span className="sr-only">{`Limit ${i + 1} maximum`}</span><NumberInput label={`Limit ${i + 1} maximum`} value={c.max ?? ''} onValue={(v) => update({ constraints: f.constraints.map((x, k) => (k === i ? { ...x, max: v ?? undefined } : x)) })} style={{ width: '5rem' }} /></label>
              <button type="button" onClick={() => update({ constraints: f.constraints.filter((_, k) => k !== i) })} aria-label={`Remove limit ${i + 1}`}>×</button>
            </div>
          ))}
          <button type="button" onClick={() => update({ constraints: [...f.constraints, { output: 'radiosensitization.highZMgPerGTumor', max: 1 }] })}>Add limit</button>
        </fieldset>
        <fieldset className="axis">
          <legend>Freed fields (the rest stay as in the candidate)</legend>
          <div className="optimize-vars">
            {options.map((o) => {
              const v = f.variables[o.path] ?? { on: false };
              const set = (patch: Partial<typeof v>) => update({ variables: { ...f.variables, [o.path]: { ...v, ...patch } } });
              return (
                <div className="row" key={o.path}>
                  <label className="field check"><input type="checkbox" checked={v.on} onChange={(e) => set({ on: e.target.checked })} /> {o.label}</label>
                  {v.on && o.kind === 'number' && (
                    <>
                      <label><span className="sr-only">{`${o.label}: from`}</span><NumberInput label={`${o.label}: from`} value={v.from ?? o.from} onValue={(x) => x !== null && set({ from: x })} style={{ width: '4.5rem' }} /></label>
                      <span className="small">–</span>
                      <label><span className="sr-only">{`${o.label}: to`}</span><NumberInput label={`${o.label}: to`} value={v.to ?? o.to} onValue={(x) => x !== null && set({ to: x })} style={{ width: '4.5rem' }} /></label>
                    </>
                  )}
                  {v.on && o.kind === 'choice' && <span className="small muted">{o.field.kind === 'boolean' ? 'yes or no' : `any of ${o.field.kind === 'choice' ? o.field.options.length : 0}`}</span>}
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      {usesOutcome(f) && <OutcomeSettings form={f} update={update} ownSchedule={base.scenario.outcomeSchedule ?? null} />}
      <div className="row">
        <label className="field inline"><span>Population</span><NumberInput label="Population" value={f.population} check={(v) => (Number.isInteger(v) && v >= 4 && v <= 1000 ? null : `must be a whole number from 4 to 1000 (got ${v})`)} onValue={(v) => v !== null && update({ population: v })} style={{ width: '4.5rem' }} testId="opt-population" /></label>
        <label className="field inline"><span>Generations</span><NumberInput label="Generations" value={f.generations} check={(v) => (Number.isInteger(v) && v >= 0 && v <= 2000 ? null : `must be a whole number from 0 to 2000 (got ${v})`)} onValue={(v) => v !== null && update({ generations: v })} style={{ width: '4.5rem' }} testId="opt-generations" /></label>
        <label className="field inline" title="Each searched number (diameter, feed ratio, …) is rounded to this many significant figures before it is scored, so every front point is a recipe a lab can weigh out and opens in the builder as scored. Empty: full precision."><span>Lab precision (significant figures)</span><NumberInput label="Lab precision (significant figures)" value={f.significantDigits} check={(v) => (Number.isInteger(v) && v >= 1 && v <= 15 ? null : `must be a whole number from 1 to 15, or empty for full precision (got ${v})`)} onValue={(v) => update({ significantDigits: v })} style={{ width: '3.5rem' }} testId="opt-digits" /></label>
        <label className="field inline"><span>Seed</span><NumberInput label="Seed" value={f.seed} check={(v) => (Number.isSafeInteger(v) ? null : `must be a whole number (got ${v})`)} onValue={(v) => v !== null && update({ seed: v })} style={{ width: '4.5rem' }} /></label>
        <label className="field check"><input type="checkbox" checked={f.robust} onChange={(e) => update({ robust: e.target.checked })} data-testid="opt-robust" /> Robust optimum (Monte Carlo of each front point, {f.draws} draws; ranked by the pessimistic 5th percentile)</label>
      </div>
      <div className="row">
        <button type="button" onClick={run} disabled={job.running || !parsed.ok} data-testid="opt-run">Run optimisation</button>
        {job.running && <button type="button" onClick={job.cancel} data-testid="opt-cancel">Cancel</button>}
        <button type="button" onClick={() => void share()}>Copy a link to this search</button>
      </div>
      {!parsed.ok && <ul className="error" role="alert">{parsed.issues.map((i, k) => <li key={k}>{i.path}: {i.message}</li>)}</ul>}
      {shareState && 'error' in shareState && <p className="error" role="alert">{shareState.error}</p>}
      {shareState && 'url' in shareState && (
        <>
          <p className="small"><input readOnly value={shareState.url} aria-label="Optimisation link" style={{ width: '100%' }} onFocus={(e) => e.target.select()} data-testid="opt-share-field" /></p>
          <p className="muted small" role="status" data-testid="opt-share-status">{shareState.status}</p>
        </>
      )}
      {job.progress && (
        <div className="progress-row" data-testid="opt-progress">
          <progress className="progress" max={job.progress.total} value={job.progress.done} aria-label="Optimisation progress" />
          <span className="small">{job.progress.done} / {job.progress.total} {job.progress.done > f.generations ? 'steps (robust Monte Carlo)' : 'generations'}</span>
        </div>
      )}
      {job.error && <p className="error" role="alert">{job.error}</p>}
      {result && JSON.stringify(result.spec.base) !== JSON.stringify(spec.base) && (
        <p className="banner info" role="status" data-testid="opt-base-changed">
          The front below was searched from <strong>{String((result.spec.base as { name?: unknown }).name ?? 'another formulation')}</strong>; the selected candidate is
          now <strong>{String(base.name)}</strong>, so <em>Run optimisation</em> and <em>Copy a link to this search</em> would start from it instead.
        </p>
      )}
      {result ? <Results result={result} selected={selected} setSelected={setSelected} axes={axes} setAxes={setAxes} rankBy={rankBy} setRankBy={setRankBy} open={open} baseOverall={ev?.status === 'ok' ? ev.scores.score.overall : null} baseName={String((result.spec.base as { name?: unknown }).name ?? base.name ?? 'the candidate')} ProvenanceBadge={ProvenanceBadge} /> : !job.running && <p className="empty">No optimisation yet — choose the objectives and press <em>Run optimisation</em>.</p>}
    </div>
  );
}

/** The outcome outputs' settings (schedule, cisplatin, weight of the gain in the ranking value) and what each chosen outcome output computes. */
function OutcomeSettings({ form, update, ownSchedule }: { form: OptimizeForm; update: (patch: Partial<OptimizeForm>) => void; ownSchedule: string | null }) {
  const o = form.outcome;
  const set = (patch: Partial<OptimizeForm['outcome']>) => update({ outcome: { ...o, ...patch } });
  const chosen = [...new Set([...form.objectives.map((x) => x.output), ...form.constraints.map((x) => x.output)])].filter((k) => optimizeOutput(k)?.equation);
  const own = ownSchedule ? (SCHEDULES[ownSchedule as keyof typeof SCHEDULES]?.label ?? ownSchedule) : SCHEDULES[DEFAULT_SCHEDULE_ID].label;
  return (
    <fieldset className="axis" data-testid="opt-outcome">
      <legend>Outcome: local control of a clinical course</legend>
      <div className="row">
        <label className="field inline"><span>Schedule</span>
          <select value={o.schedule} onChange={(e) => set({ schedule: e.target.value })} data-testid="opt-outcome-schedule">
            <option value="">{`the candidate's own (${own})`}</option>
            {SCHEDULE_IDS.map((id) => <option key={id} value={id}>{SCHEDULES[id].label}</option>)}
            {o.schedule && !(SCHEDULE_IDS as readonly string[]).includes(o.schedule) && <option value={o.schedule}>{o.schedule}</option>}
          </select>
        </label>
        <label className="field check"><input type="checkbox" checked={o.cisplatin} onChange={(e) => set({ cisplatin: e.target.checked })} /> Concurrent cisplatin (both arms)</label>
        {usesRankingWithLocalControl(form) && (
          <label className="field inline"><span>Weight of the local-control gain</span>
            <NumberInput label="Weight of the local-control gain" value={o.localControlWeight} check={(v) => (v >= 0 && v <= 100 ? null : `must be from 0 to 100 (got ${v})`)} onValue={(v) => v !== null && set({ localControlWeight: v })} style={{ width: '4.5rem' }} testId="opt-outcome-weight" />
          </label>
        )}
      </div>
      <ul className="small" data-testid="opt-outcome-equations">
        {chosen.map((k) => <li key={k}><strong>{outputLabel(k)}</strong>: <code>{optimizeOutput(k)!.equation}</code></li>)}
      </ul>
      <p className="small muted">
        Inputs per candidate: its radiosensitization at every fraction's time (time-resolved pharmacology), the schedule's doses and calendar, and the outcome
        parameters N₀, σ_α, T_k, T_d, BED_c (docs/model/outcome.md); every candidate costs one more lean scoring pass. The selected front candidate explains its
        numbers step by step below the front. {OUTCOME_HYPOTHESIS}
      </p>
    </fieldset>
  );
}

function Results({ result, selected, setSelected, axes, setAxes, rankBy, setRankBy, open, baseOverall, baseName, ProvenanceBadge }: {
  result: OptimizeResult; selected: number; setSelected: (k: number) => void; axes: [number, number]; setAxes: (a: [number, number]) => void;
  rankBy: number; setRankBy: (k: number) => void; open: (p: FrontPoint, k: number) => void; baseOverall: number | null; baseName: string; ProvenanceBadge?: typeof Badge;
}) {
  const searchBase = result.spec.base as Formulation;
  const label = (path: string) => variableLabel(searchBase, path);
  const value = (path: string, v: unknown) => (typeof v === 'number' ? sig(v, 3) : choiceValueName(path, v));
  const overallIsObjective = result.objectives.some((o) => o.output === 'score.overall');
  const objs = result.objectives;
  const robust = result.front.some((p) => p.robust);
  const ev = result.islands.reduce((n, i) => n + i.evaluations, 0);
  const rows = result.front.map((p, k) => ({ k, p }));
  const by = objs[rankBy];
  const rankValue = (p: FrontPoint) => (robust ? (p.robust?.[by.output]?.pessimistic ?? null) : p.values[by.output]) ?? NaN;
  const sorted = [...rows].sort((a, b) => (by.direction === 'max' ? rankValue(b.p) - rankValue(a.p) : rankValue(a.p) - rankValue(b.p)));
  const point = result.front[selected];
  // the overall score of the selected front candidate (one score, as the builder will show it when opened)
  const pointOverall = useMemo(() => {
    if (!point || overallIsObjective) return null;
    try { return scoreFormulation(point.formulation).score.overall; } catch { return null; }
  }, [point, overallIsObjective]);
  // the selected candidate's outcome, step by step (equations, inputs), when the search used an outcome output
  const outcomeSettings = result.spec.outcome as { schedule?: string; cisplatin?: boolean } | undefined;
  const outcomeUsed = usesOutcome({ objectives: objs, constraints: result.constraints });
  const outcomeExplained = useMemo(() => {
    if (!point || !outcomeUsed) return null;
    try {
      return outcomeCompleted(point.formulation, CATALOG_LOOKUP, { schedule: outcomeSettings?.schedule, cisplatin: outcomeSettings?.cisplatin, curves: false }).explanations;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [point, outcomeUsed, outcomeSettings]);
  // the overall score of the search's own base (the selected candidate may have changed since: e.g. an opened optimum)
  const searchBaseOverall = useMemo(() => {
    try { return scoreFormulation(searchBase).score.overall; } catch { return baseOverall; }
  }, [searchBase, baseOverall]);
  const sens = useMemo(() => {
    if (!point) return [];
    const s = parseOptimizeSpec(result.spec);
    if (!s.ok) return [];
    return localSensitivity(designProblem(s.value), point.genome, frontScales(objs, result.front)).slice(0, 10);
  }, [result, point, objs]);
  const [xi, yi] = axes;
  const scatter = result.front.map((p, k) => ({ k, x: p.values[objs[xi].output], y: p.values[objs[yi].output], sel: k === selected ? 'selected' : robust && p.robustRank === 0 ? 'robust front' : 'front' }));
  // parallel coordinates: each objective scaled to 0–1 over the front, 1 = better
  const lo = objs.map((o) => Math.min(...result.front.map((p) => p.values[o.output] ?? Infinity)));
  const hi = objs.map((o) => Math.max(...result.front.map((p) => p.values[o.output] ?? -Infinity)));
  const par = result.front.flatMap((p, k) => objs.map((o, j) => {
    const v = p.values[o.output] ?? NaN;
    const t = hi[j] > lo[j] ? (v - lo[j]) / (hi[j] - lo[j]) : 0.5;
    return { k, axis: optimizeOutput(o.output)?.label ?? o.output, t: o.direction === 'max' ? t : 1 - t, sel: k === selected };
  }));
  /** A Plot figure whose pointer picks a front candidate: a click selects the datum under the pointer (its `k`). */
  const clickable = (svg: ReturnType<PlotModule['plot']>) => {
    svg.style.cursor = 'pointer';
    svg.addEventListener('click', () => {
      const v: unknown = svg.value;
      if (isRecord(v) && typeof v.k === 'number') setSelected(v.k);
    });
    return svg;
  };

  return (
    <div data-testid="opt-results">
      <p className="small muted">
        {result.front.length} candidates on the Pareto front{result.feasible ? '' : ' — no candidate met every hard limit; these are the closest'} ({ev} candidates scored, seed {String(result.islands[0]?.seed)}).
      </p>
      <div className="row">
        {(['Horizontal axis', 'Vertical axis'] as const).map((label, a) => (
          <label key={label} className="field inline"><span>{label}</span>
            <select value={axes[a]} onChange={(e) => setAxes(a === 0 ? [Number(e.target.value), yi] : [xi, Number(e.target.value)])}>
              {objs.map((o, j) => <option key={j} value={j}>{outputLabel(o.output)}</option>)}
            </select>
          </label>
        ))}
      </div>
      <PlotFigure
        testId="opt-front"
        label={`Pareto front: ${outputLabel(objs[yi].output)} against ${outputLabel(objs[xi].output)}; click a point to inspect it`}
        deps={[result, selected, xi, yi]}
        table={() => csvText([['candidate', ...objs.map((o) => outputLabel(o.output)), 'robust rank'], ...result.front.map((p, k) => [k + 1, ...objs.map((o) => p.values[o.output]), p.robustRank ?? ''])])}
        interactive
        make={(Plot, width) => clickable(Plot.plot({
          width, height: 320, marginLeft: 60, inset: 12,
          x: { label: `${outputLabel(objs[xi].output)} ${objs[xi].direction === 'max' ? '→ better' : '← better'}`, grid: true, tickFormat: '.4~g' },
          y: { label: `${outputLabel(objs[yi].output)} ${objs[yi].direction === 'max' ? '↑ better' : '↓ better'}`, grid: true, tickFormat: '.4~g' },
          color: { domain: ['front', 'robust front', 'selected'], range: [PALETTE[0], PALETTE[2], PALETTE[1]], legend: true },
          marks: [
            Plot.dot(scatter, { x: 'x', y: 'y', fill: 'sel', r: (d: { sel: string }) => (d.sel === 'selected' ? 7 : 4) }),
            Plot.dot(scatter, Plot.pointer({ x: 'x', y: 'y', r: 9, stroke: PALETTE[1] })),
          ],
        }))}
      />
      <PlotFigure
        testId="opt-parallel"
        label="Parallel coordinates: every front candidate across the objectives (each scaled over the front, top = better)"
        deps={[result, selected]}
        table={() => csvText([['candidate', 'objective', 'scaled (1 = best on the front)'], ...par.map((d) => [d.k + 1, d.axis, d.t])])}
        interactive
        make={(Plot, width) => clickable(Plot.plot({
          width, height: 260, marginLeft: 40, marginRight: 20, marginBottom: 56,
          x: { type: 'point', label: null, domain: objs.map((o) => optimizeOutput(o.output)?.label ?? o.output), axis: null, padding: 0.5 },
          y: { domain: [0, 1], label: 'scaled (1 = best on the front)', grid: true },
          marks: [
            // the axis names wrap onto lines of about a column's width, so none runs off a phone's screen
            Plot.axisX({ lineWidth: Math.max(5, Math.floor((width - 60) / Math.max(1, objs.length) / 10)), tickSize: 0, label: null }),
            Plot.line(par.filter((d) => !d.sel), { x: 'axis', y: 't', z: 'k', stroke: PALETTE[0], strokeOpacity: 0.35 }),
            Plot.line(par.filter((d) => d.sel), { x: 'axis', y: 't', z: 'k', stroke: PALETTE[1], strokeWidth: 3 }),
            Plot.dot(par, Plot.pointer({ x: 'axis', y: 't', r: 6, stroke: PALETTE[1] })),
          ],
        }))}
      />
      {point && (
        <section data-testid="opt-selected">
          <h3>Candidate {selected + 1}</h3>
          <p className="small">
            {objs.map((o) => `${outputLabel(o.output)} = ${fmt(point.values[o.output])}${point.robust ? ` (5–95 %: ${fmt(point.robust[o.output].p5)}–${fmt(point.robust[o.output].p95)})` : ''}`).join('; ')}.
          </p>
          <table className="data compact" data-testid="opt-variables">
            <caption className="small">The freed fields of this candidate (the rest as in {baseName})</caption>
            <tbody>
              {Object.entries(point.variables).map(([k, v]) => <tr key={k}><th scope="row">{label(k)}</th><td className="r">{value(k, v)}</td></tr>)}
            </tbody>
          </table>
          {!overallIsObjective && (
            <p className="small banner info" data-testid="opt-overall-note">
              The overall score was not an objective of this search (it optimised {objs.map((o) => outputLabel(o.output)).join(', ')}), so a front candidate can score
              lower overall than {baseName}: this one scores {pointOverall === null ? 'n/a' : sig(pointOverall, 2)} overall{searchBaseOverall === null ? '' : ` vs ${sig(searchBaseOverall, 2)}`}. Add “Overall score” as an objective to search for it.
            </p>
          )}
          {outcomeExplained !== null && (
            <details className="small" data-testid="opt-outcome-explain">
              <summary>How this candidate's local control is computed (equations and inputs)</summary>
              {typeof outcomeExplained === 'string'
                ? <p className="error">{outcomeExplained}</p>
                : ProvenanceBadge ? outcomeExplained.map((e) => <ExplanationView key={e.equation} e={e} ProvenanceBadge={ProvenanceBadge} />) : outcomeExplained.map((e) => <p key={e.equation}><code>{e.formula}</code></p>)}
            </details>
          )}
          <button type="button" onClick={() => open(point, selected)} data-testid="opt-open">Open in the builder</button>
          <h4>What matters near this candidate</h4>
          <p className="muted small">Change of each objective, in units of its spread over the front, across the whole searched range of a field (±5 % central differences; for a choice, the switch that changes most).</p>
          <table className="data" data-testid="opt-sensitivity">
            <thead><tr><th scope="col">Field</th>{objs.map((o, j) => <th scope="col" key={j}>{optimizeOutput(o.output)?.label ?? o.output}</th>)}</tr></thead>
            <tbody>
              {sens.map((s) => (
                <tr key={s.path}>
                  <th scope="row">{label(s.path)}{s.strongestChoice !== undefined ? ` (→ ${choiceValueName(s.path, s.strongestChoice)})` : ''}</th>
                  {s.effects.map((e, j) => <td key={j} className="r">{e === null ? 'n/a' : sig(e, 2)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <h3>Front</h3>
      <label className="field inline"><span>Rank by</span>
        <select value={rankBy} onChange={(e) => setRankBy(Number(e.target.value))}>
          {objs.map((o, j) => <option key={j} value={j}>{outputLabel(o.output)}{robust ? ` — ${o.direction === 'max' ? '5th' : '95th'} percentile` : ''}</option>)}
        </select>
      </label>
      <div className="table-scroll">
        <table className="data" data-testid="opt-table">
          <thead><tr><th scope="col">#</th>{objs.map((o, j) => <th scope="col" key={j}>{outputLabel(o.output)}</th>)}{robust && <th scope="col">{by.direction === 'max' ? '5th' : '95th'} pct. of ranked</th>}{robust && <th scope="col">Robust rank</th>}<th scope="col"></th></tr></thead>
          <tbody>
            {sorted.map(({ k, p }) => (
              <tr key={k} aria-selected={k === selected}>
                <th scope="row"><button type="button" className="link" onClick={() => setSelected(k)}>{k + 1}</button></th>
                {objs.map((o, j) => <td key={j} className="r">{fmt(p.values[o.output])}</td>)}
                {robust && <td className="r">{fmt(p.robust?.[by.output]?.pessimistic)}</td>}
                {robust && <td className="r">{p.robustRank}</td>}
                <td><button type="button" onClick={() => open(p, k)}>Open</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
