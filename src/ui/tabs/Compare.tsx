// Compare tab: every candidate side by side (sortable by any output), ranked by the composite, and a Pareto plot of any two outputs.
import { TableActions } from '../TableActions';
import { useId, useMemo, useRef, useState } from 'react';
import { sameOrder, sortPhrase, sortRows } from './compare-order';
import { useWorkerJob } from '../use-worker-job';
import type { UncertaintyResultMessage } from '../../workers/protocol';
import { overlappingRanks, separationSummary, type RankedBand } from './compare-bands';
import { useStore } from '../../state/store';
import { evaluateCandidate, scoresOf } from '../../state/evaluate';
import { METRICS, METRIC_BY_KEY, metricValue } from '../../charts/metrics';
import { PlotFigure } from '../../charts/PlotFigure';
import { PALETTE } from '../../charts/palette';
import { csvText } from '../../engine';
import { fixed, sig, score } from '../format';
import { NumberInput } from '../fields';
import { outcomeCompleted, rankBy, rankingValue, type RankingResult } from '../../engine/outcome';
import { CATALOG_LOOKUP } from '../../engine';
import type { Candidate } from '../../state/types';
import { RANKING_COMPONENTS, RANKING_WEIGHT_LIMIT, type RankingComponent } from '../../schema/ranking-settings';

/** Local-control gain of a candidate (outcome, default schedule, no curves), cached per candidate object; null when it does not score or the outcome fails. */
const gainCache = new WeakMap<Candidate, number | null>();
function localControlGainOf(c: Candidate): number | null {
  if (gainCache.has(c)) return gainCache.get(c) ?? null;
  const ev = evaluateCandidate(c);
  let g: number | null = null;
  if (ev.status === 'ok') {
    try {
      g = outcomeCompleted(ev.formulation, CATALOG_LOOKUP, { curves: false, explain: false }).localControlGain;
    } catch {
      g = null;
    }
  }
  gainCache.set(c, g);
  return g;
}

const TABLE_KEYS = [
  'score.overall', 'score.components.loading', 'score.components.release', 'score.components.targeting', 'score.components.radiosensitization', 'score.components.safety',
  'loading.totalLoadingPct', 'release.selectivityIndex', 'release.releasedAt24hPct.7.4', 'targeting.hydrodynamicDiameterNm', 'targeting.circulationHalfLifeH',
  'targeting.tumorDeliveryPctID', 'radiosensitization.sensitizerEnhancementRatio', 'radiosensitization.eqd2GainGy',
];

const COMPONENT_KEYS = TABLE_KEYS.filter((k) => k.startsWith('score.components.'));

/** Indices of rows not dominated in (x, y) given each metric's better direction. */
export function paretoFront(points: { x: number; y: number }[], xHigher: boolean, yHigher: boolean): Set<number> {
  const better = (a: number, b: number, higher: boolean) => (higher ? a >= b : a <= b);
  const strictly = (a: number, b: number, higher: boolean) => (higher ? a > b : a < b);
  const front = new Set<number>();
  points.forEach((p, i) => {
    const dominated = points.some((q, j) => j !== i && better(q.x, p.x, xHigher) && better(q.y, p.y, yHigher) && (strictly(q.x, p.x, xHigher) || strictly(q.y, p.y, yHigher)));
    if (!dominated) front.add(i);
  });
  return front;
}

export default function Compare() {
  const candidates = useStore((s) => s.candidates);
  const sort = useStore((s) => s.compareSort);
  const setSort = useStore((s) => s.setCompareSort);
  const pareto = useStore((s) => s.pareto);
  const setPareto = useStore((s) => s.setPareto);
  const select = useStore((s) => s.select);
  const openExplain = useStore((s) => s.openExplain);
  const mc = useStore((s) => s.mc);
  const setMc = useStore((s) => s.setMc);
  const [progress, setProgress] = useState<{ done: number; total: number; name: string } | null>(null);
  const job = useWorkerJob<UncertaintyResultMessage>();
  const cancelled = useRef(false);

  const lcWeight = useStore((s) => s.localControlWeight);
  const setLcWeight = useStore((s) => s.setLocalControlWeight);
  const rankingWeights = useStore((s) => s.rankingWeights);
  const reweighted = Object.keys(rankingWeights).length > 0;
  /** the ranking differs from the overall score (local-control gain or the user's component weights) */
  const rankedByValue = lcWeight > 0 || reweighted;
  const rows = useMemo(() => {
    const list = candidates.map((c) => {
      const s = scoresOf(evaluateCandidate(c));
      // the outcome runs only when the ranking uses it (weight > 0)
      const gain = s && lcWeight > 0 ? localControlGainOf(c) : null;
      const ranking: RankingResult | null = s ? rankingValue({ overall: s.score.overall, desirability: s.score.desirability, localControlGain: gain, weight: lcWeight, componentWeights: rankingWeights }) : null;
      return { c, name: String(c.draft.name ?? 'Unnamed'), s, gain, ranking, scenario: s ? scenarioLabel(s.formulation) : null };
    });
    const ranked = list.filter((r) => r.ranking);
    const ranks = rankBy(ranked.map((r) => r.ranking!.value));
    const rank = new Map(ranked.map((r, i) => [r.c.id, ranks[i]]));
    return list.map((r) => ({ ...r, rank: rank.get(r.c.id) ?? null }));
  }, [candidates, lcWeight, rankingWeights]);

  // candidates scored under different routes, doses, beams or schedules compare unlike conditions: say so beside the rows
  const scenariosDiffer = new Set(rows.filter((r) => r.scenario).map((r) => r.scenario)).size > 1;
  const sorted = useMemo(() => {
    const key = sort.key;
    return sortRows(rows, (r) => (key === 'name' ? r.name : key === 'rank' ? r.rank : metricValue(r.s, key)), sort.dir);
  }, [rows, sort]);
  // walk10 #16: the workspace list keeps the user's own order; the table says how it is sorted and offers that order to the list
  const reorder = useStore((s) => s.reorder);
  const [appliedFor, setAppliedFor] = useState<string | null>(null);
  const appliedOrder = appliedFor === `${sort.key}:${sort.dir}`;
  const inOrder = sameOrder(sorted.map((r) => r.c.id), candidates.map((c) => c.id));
  const sortLabel = sort.key === 'rank' ? 'Rank' : sort.key === 'name' ? 'Candidate' : (METRIC_BY_KEY[sort.key]?.label ?? sort.key);
  const titleId = useId();

  /** A candidate's fresh Monte Carlo result (run on its current draft), else undefined. */
  const fresh = (id: string, draft: unknown) => (mc[id] && mc[id].draft === draft ? mc[id].result : undefined);
  const bandOf = (id: string, draft: unknown, key: string) => fresh(id, draft)?.bands[key] ?? null;
  const ranked: RankedBand[] = rows.filter((r) => r.rank !== null).map((r) => ({ id: r.c.id, name: r.name, rank: r.rank!, band: bandOf(r.c.id, r.c.draft, 'score.overall') }));
  const overlaps = overlappingRanks(ranked);
  const summary = separationSummary(ranked);
  const missing = rows.filter((r) => r.s && !fresh(r.c.id, r.c.draft));

  /** Monte Carlo of every candidate without a fresh run, one after the other through the worker-job hook (cached per candidate and draft). */
  const runBands = async () => {
    cancelled.current = false;
    try {
      for (let i = 0; i < missing.length && !cancelled.current; i++) {
        const r = missing[i];
        const ev = evaluateCandidate(r.c);
        if (ev.status !== 'ok') continue;
        setProgress({ done: i, total: missing.length, name: r.name });
        const result = await job.run(256, (client, o) => client.uncertainty({ formulation: ev.formulation, draws: 256, seed: 1 }, o));
        if (!result) break; // failed (job.error says why) or cancelled
        setMc(r.c.id, { result, draft: r.c.draft });
      }
    } finally {
      setProgress(null);
    }
  };
  const cancelBands = () => { cancelled.current = true; job.cancel(); };

  if (candidates.length === 0) return <p className="empty">No candidates to compare — add some from the workspace (left) or the preset menu.</p>;

  const header = (key: string, label: string) => {
    const active = sort.key === key;
    return (
      <th key={key} scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort" onClick={() => setSort({ key, dir: active && sort.dir === 'desc' ? 'asc' : 'desc' })}>
          {label}{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
        </button>
      </th>
    );
  };

  const mx = METRIC_BY_KEY[pareto.x], my = METRIC_BY_KEY[pareto.y];
  const pts = rows
    .map((r) => ({ name: r.name, id: r.c.id, x: metricValue(r.s, pareto.x), y: metricValue(r.s, pareto.y) }))
    .filter((p): p is { name: string; id: string; x: number; y: number } => p.x !== null && p.y !== null);
  const front = paretoFront(pts, mx?.better !== 'lower', my?.better !== 'lower');
  const plotted = pts.map((p, i) => ({ ...p, front: front.has(i) ? 'Pareto front' : 'dominated' }));
  const frontLine = plotted.filter((p) => p.front === 'Pareto front').sort((a, b) => a.x - b.x);

  return (
    <div>
      <div className="row compare-bands">
        <button type="button" onClick={runBands} disabled={progress !== null || missing.length === 0} data-testid="compare-bands-run">
          {missing.length === 0 ? 'Uncertainty bands up to date' : `Show uncertainty bands (Monte Carlo, 256 draws × ${missing.length})`}
        </button>
        {progress && (
          <>
            <progress className="progress" max={progress.total} value={progress.done} aria-label="Uncertainty bands progress" />
            <span className="small">{progress.name} ({progress.done + 1} of {progress.total})</span>
            <button type="button" onClick={cancelBands}>Cancel</button>
          </>
        )}
      </div>
      {job.error && <p className="error" role="alert">{job.error}</p>}
      {summary && <p className="banner info" data-testid="compare-separation">{summary}</p>}
      <div className="row compare-weights">
        <label>
          Local-control gain weight in the ranking{' '}
          <NumberInput label="Local-control gain weight" value={lcWeight} min={0} max={1000} testId="compare-lc-weight"
            check={(v) => (v >= 0 && v <= 1000 ? null : 'must be ≥ 0 and ≤ 1000')}
            onValue={(v) => {
              if (v === null) setLcWeight(0);
              else if (v >= 0 && v <= 1000) {
                // switching the gain on: the table follows the new rank (it stayed sorted by the overall score before)
                if (v > 0 && lcWeight === 0 && sort.key === 'score.overall') setSort({ key: 'rank', dir: 'asc' });
                setLcWeight(v);
              }
            }} />
        </label>
        <span className="small muted">0 (default): rank by the overall score. Above 0: the outcome&apos;s local-control gain (default schedule) joins the five desirabilities with this weight — a hypothesis (a mouse-scale particle on a clinical course); the scores do not change.</span>
      </div>
      <RankingWeightsRow />
      <div className="compare-head" data-testid="compare-head">
        <p id={titleId} className="compare-title"><strong>All candidates</strong>, sorted by <strong data-testid="compare-sorted-by">{sortPhrase(sort, sortLabel)}</strong> <span className="small muted">(click a column header to sort)</span></p>
        {candidates.length > 1 && (
          <p className="small compare-order" data-testid="compare-order-note">
            {inOrder
              ? <>The workspace list is in this order{appliedOrder ? ' (Undo ↶ puts it back)' : ''}.</>
              : <>The workspace list keeps its own order.{' '}
                <button type="button" data-testid="compare-apply-order" title="Reorder the workspace list as this table is sorted (one undo step)"
                  onClick={() => { reorder(sorted.map((r) => r.c.id)); setAppliedFor(`${sort.key}:${sort.dir}`); }}>Put the workspace list in this order</button></>}
          </p>
        )}
        <p className="small muted">Rank is by the overall score (click a score for why; n/a components are left out of its mean){reweighted ? `, recomputed with your component weights (${Object.entries(rankingWeights).map(([k, v]) => `${k} ${v}`).join(', ')}; the others 1)` : ''}{lcWeight > 0 ? `${reweighted ? ' and' : ','} with the local-control gain (weight ${lcWeight})` : ''}.</p>
      </div>
      <div className="table-scroll">
        <table className="data compare" data-testid="compare-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              {header('rank', 'Rank')}
              {header('name', 'Candidate')}
              {rankedByValue && <th scope="col">Ranking value</th>}
              {lcWeight > 0 && <th scope="col">Local-control gain (points)</th>}
              {TABLE_KEYS.map((k) => header(k, `${METRIC_BY_KEY[k].label}${METRIC_BY_KEY[k].unit && METRIC_BY_KEY[k].unit !== '/100' ? ` (${METRIC_BY_KEY[k].unit})` : ''}`))}
              {scenariosDiffer && <th scope="col" title="The candidates are scored under different scenarios: their outputs compare unlike conditions">Scenario ⚠</th>}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.c.id} data-testid="compare-row">
                <td className="r">
                  {r.rank ?? '–'}
                  {(overlaps.get(r.c.id)?.length ?? 0) > 0 && (
                    <span className="tie" data-testid="rank-tie" title={`Not separated from ${overlaps.get(r.c.id)!.map((q) => `#${q.rank} ${q.name}`).join(', ')}: the 5–95 % bands of the overall score overlap`}> ≈</span>
                  )}
                </td>
                <th scope="row"><button type="button" className="link" onClick={() => select(r.c.id)}>{r.name}</button></th>
                {rankedByValue && <td className="r" data-testid="compare-ranking-value" title={r.ranking ? `${r.ranking.explanation.formula}; d_LC = ${r.ranking.dLocalControl ?? 'n/a'}` : undefined}>{r.ranking ? score(r.ranking.value) : '–'}</td>}
                {lcWeight > 0 && <td className="r" data-testid="compare-lc-gain">{r.gain === null ? '–' : sig(100 * r.gain, 3)}</td>}
                {TABLE_KEYS.map((k) => {
                  const v = metricValue(r.s, k);
                  const b = k.startsWith('score.') ? bandOf(r.c.id, r.c.draft, k) : null;
                  if (k === 'score.overall') {
                    // walk10 #4: "why is this one ranked higher?" — the overall score opens its explanation (equation, each
                    // desirability, the ones left out as n/a) for that candidate, and the cell says what is left out
                    const na = COMPONENT_KEYS.filter((c) => metricValue(r.s, c) === null).map((c) => METRIC_BY_KEY[c].label.replace(/ desirability$/, ''));
                    return (
                      <td key={k} className="r">
                        <button type="button" className="num" data-testid="compare-explain-overall"
                          aria-label={`Why ${r.name} scores ${score(v)}: explain`}
                          title={`Why ${score(v)}: the equation and each component${na.length ? `; left out of the mean as n/a: ${na.join(', ')}` : ''}`}
                          onClick={() => { select(r.c.id); openExplain({ key: 'score.overall', title: `Overall score of ${r.name}`, value: score(v) }); }}>
                          {score(v)}
                        </button>
                        {na.length > 0 && <span className="small muted" data-testid="compare-na" title={`Not scored for this candidate and left out of its geometric mean: ${na.join(', ')}`}> ({na.length} n/a)</span>}
                        {b && <span className="band small muted" title="5–95 % of 256 Monte Carlo draws"> ({score(b.p5)}–{score(b.p95)})</span>}
                      </td>
                    );
                  }
                  return (
                    <td key={k} className="r">
                      {k.startsWith('score.') ? score(v) : METRIC_BY_KEY[k].decimals !== undefined ? fixed(v, METRIC_BY_KEY[k].decimals) : sig(v, METRIC_BY_KEY[k].digits ?? 3)}
                      {b && <span className="band small muted" title="5–95 % of 256 Monte Carlo draws"> ({score(b.p5)}–{score(b.p95)})</span>}
                    </td>
                  );
                })}
                {scenariosDiffer && <td className="small" data-testid="compare-scenario">{r.scenario ?? '–'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <TableActions name="candidates" label="The candidates table" testId="compare-table-export" rows={() => [
        ['rank', 'candidate', ...(rankedByValue ? [`ranking value (local-control gain weight ${lcWeight}${reweighted ? `; component weights ${Object.entries(rankingWeights).map(([k, v]) => `${k} ${v}`).join(', ')}` : ''})`] : []), ...(lcWeight > 0 ? ['local-control gain (points)'] : []), ...TABLE_KEYS.map((k) => `${METRIC_BY_KEY[k].label}${METRIC_BY_KEY[k].unit ? ` (${METRIC_BY_KEY[k].unit})` : ''}`)],
        ...sorted.map((r) => [r.rank ?? null, r.name, ...(rankedByValue ? [r.ranking?.value ?? null] : []), ...(lcWeight > 0 ? [r.gain === null ? null : 100 * r.gain] : []), ...TABLE_KEYS.map((k) => metricValue(r.s, k))]),
      ]} />
      {scenariosDiffer && <p className="banner warn small" data-testid="compare-scenarios-differ">These candidates are scored under different scenarios (route, dose, beam or fractions: the Scenario column). Delivery, SER and EQD2 gain then compare unlike conditions — e.g. an intratumoral injection against an intravenous one. Give them one scenario in the Builder to compare like with like.</p>}
      {rankedByValue && (
        <details className="explain-step" data-testid="compare-ranking-explain">
          <summary>How the ranking is computed (R1-ranking)</summary>
          <p className="formula"><code>{rows.find((r) => r.ranking)?.ranking?.explanation.formula}</code></p>
          <ul className="small">
            {rows.filter((r) => r.ranking).map((r) => (
              <li key={r.c.id}>{r.name}: {r.ranking!.explanation.inputs.map((i) => `${i.name} = ${typeof i.value === 'number' ? sig(i.value, 4) : i.value}`).join('; ')} → R = {score(r.ranking!.value)}</li>
            ))}
          </ul>
          <p className="small muted">{rows.find((r) => r.ranking)?.ranking?.explanation.params.map((p) => `${p.name} = ${p.value} (${p.source})`).join('; ')}. {rows.find((r) => r.ranking)?.ranking?.explanation.note}</p>
        </details>
      )}
      <h3>Pareto plot</h3>
      <div className="row">
        {(['x', 'y'] as const).map((axis) => (
          <label key={axis} className="field inline">
            <span>{axis === 'x' ? 'Horizontal axis' : 'Vertical axis'}</span>
            <select value={pareto[axis]} onChange={(e) => setPareto(axis, e.target.value)}>
              {METRICS.map((m) => <option key={m.key} value={m.key}>{m.label}{m.unit ? ` (${m.unit})` : ''}</option>)}
            </select>
          </label>
        ))}
      </div>
      {plotted.length === 0 ? <p className="empty">No scored candidates to plot yet.</p> : (
        <PlotFigure
          testId="pareto-chart"
          label={`Pareto plot of ${mx?.label} against ${my?.label}; ${frontLine.length} of ${plotted.length} candidates on the front`}
          deps={[plotted, pareto.x, pareto.y]}
          table={() => csvText([
            ['candidate', `${mx?.label ?? pareto.x}${mx?.unit ? ` (${mx.unit})` : ''}`, `${my?.label ?? pareto.y}${my?.unit ? ` (${my.unit})` : ''}`, 'Pareto front'],
            ...plotted.map((p) => [p.name, p.x, p.y, p.front === 'Pareto front' ? 'yes' : 'no']),
          ])}
          make={(Plot, width) => Plot.plot({
            width, height: 320, marginLeft: 60, marginRight: 20, inset: 14,
            x: { tickFormat: '.4~g', label: `${mx?.label ?? pareto.x}${mx?.unit ? ` (${mx.unit})` : ''}${mx?.better === 'lower' ? ' ← better' : ' → better'}`, grid: true },
            y: { tickFormat: '.4~g', label: `${my?.label ?? pareto.y}${my?.unit ? ` (${my.unit})` : ''}`, grid: true },
            color: { domain: ['Pareto front', 'dominated'], range: [PALETTE[1], PALETTE[0]], legend: true },
            symbol: { domain: ['Pareto front', 'dominated'], range: ['diamond', 'circle'] },
            marks: [
              Plot.line(frontLine, { x: 'x', y: 'y', stroke: PALETTE[1], strokeOpacity: 0.5, strokeDasharray: '4,3' }),
              Plot.dot(plotted, { x: 'x', y: 'y', stroke: 'front', fill: 'front', symbol: 'front', r: 5, tip: true, title: 'name' }),
              Plot.text(plotted, { x: 'x', y: 'y', text: 'name', dy: -11, fontSize: 11 }),
            ],
          })}
        />
      )}
    </div>
  );
}

const COMPONENT_LABELS: Record<RankingComponent, string> = { loading: 'Loading', release: 'Release', targeting: 'Targeting', radiosensitization: 'Radiosensitization', safety: 'Safety' };

/** The ranking's own weights of the Score's five components (0–100; empty = the Score's weight 1); saved with the workspace and carried in links. */
function RankingWeightsRow() {
  const weights = useStore((s) => s.rankingWeights);
  const setWeight = useStore((s) => s.setRankingWeight);
  const setWeights = useStore((s) => s.setRankingWeights);
  const sortKey = useStore((s) => s.compareSort.key);
  const setSort = useStore((s) => s.setCompareSort);
  // your weights make the rank differ from the overall score: the table follows the rank (as for the local-control weight)
  const followRank = () => { if (sortKey === 'score.overall') setSort({ key: 'rank', dir: 'asc' }); };
  return (
    <fieldset className="row compare-weights" data-testid="ranking-weights">
      <legend>Component weights in the ranking</legend>
      {RANKING_COMPONENTS.map((id) => (
        <label key={id}>
          {COMPONENT_LABELS[id]}{' '}
          <NumberInput label={`${COMPONENT_LABELS[id]} weight in the ranking`} value={weights[id] ?? 1} min={0} max={RANKING_WEIGHT_LIMIT} testId={`rank-weight-${id}`}
            check={(v) => (v >= 0 && v <= RANKING_WEIGHT_LIMIT ? null : `must be ≥ 0 and ≤ ${RANKING_WEIGHT_LIMIT}`)}
            onValue={(v) => { if (v === null || v === 1) setWeight(id, null); else if (v >= 0 && v <= RANKING_WEIGHT_LIMIT) { setWeight(id, v); followRank(); } }} />
        </label>
      ))}
      <button type="button" onClick={() => setWeights({})} disabled={Object.keys(weights).length === 0}>Equal weights</button>
      <span className="small muted">The Score weighs its five components equally (1 each). Here you weigh them for the ranking only (0 leaves a component out): the rank is the weighted geometric mean of the same desirabilities (equation R1, Explain on a rank). The scores do not change; the weights are saved and travel in links.</span>
    </fieldset>
  );
}

/** The scenario a candidate is scored under, in one line (route, dose, beam, fractions × dose per fraction). */
function scenarioLabel(f: unknown): string | null {
  const sc = (f as { scenario?: Record<string, unknown> } | undefined)?.scenario;
  if (!sc) return null;
  const route = String(sc.route ?? 'iv');
  const dose = route === 'intratumoral' && typeof sc.injectedConcentrationGPerL === 'number' ? `${sc.injectedConcentrationGPerL} g/L` : `${String(sc.doseMgPerKg)} mg/kg`;
  return `${route}, ${dose}, ${String(sc.beam)}, ${String(sc.fractions)} × ${String(sc.fractionDoseGy)} Gy`;
}
