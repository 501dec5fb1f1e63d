// Validation corpus view: per-kind held-out vs calibration agreement on the frozen split, k-fold cross-validation per kind,
// predicted-vs-measured plots (identity, tolerance band, agree/differ colours, calibration points faded), kind and side
// filters, the worst misses per kind with their likely cause, and for any point or row its source and the model's explanation.
// Loaded lazily by the Library tab (the corpus scores ~50 systems and pulls in the chart library).
import { TableActions } from '../TableActions';
import { useEffect, useMemo, useState } from 'react';
import { PlotFigure } from '../../charts/PlotFigure';
import type { PlotModule } from '../../charts/plot-loader';
import { csvText } from '../../engine';
import { CORPUS_KINDS, TOLERANCE, evaluateCorpus, summaryRows, tableRows, type CorpusKind, type CorpusReport, type CorpusResult, type KindCoverage, type KindCrossValidation, type Side } from '../../validation';
import { calibrationCounts, coverageOverlaps, medianDeviationUnit, missWidths, quantityWords } from './corpus-view';
import { KIND_NAME } from '../interval-text';
import './library.css';

const KIND_LABEL = KIND_NAME;

/** Kinds whose values span decades are plotted on log axes. */
const LOG_KINDS = new Set<CorpusKind>(['pk', 'loading', 'size']);

const VERDICT_COLOR: Record<string, string> = { agree: '#1a7f37', differ: '#c62828', caveat: '#b26a00', 'not-modelled': '#777', error: '#777' };

const fmt = (v: number | null) => (v === null || !Number.isFinite(v) ? 'n/a' : String(Number(v.toPrecision(4))));

/** Tolerance interval around a measured value under a result's rule (for the band and the per-point bars). */
function toleranceInterval(r: CorpusResult, x: number): [number, number] | null {
  const t = TOLERANCE[r.metric];
  switch (t.type) {
    case 'abs': {
      const a = Math.max(t.amount, r.sd !== null ? 2 * r.sd : 0);
      return [x - a, x + a];
    }
    case 'rel':
      return [x * (1 - t.amount), x * (1 + t.amount)];
    case 'factor':
      return [x / t.amount, x * t.amount];
    case 'none':
      return null;
  }
}

/** What the plots' colours mean (walk9 #19), drawn under each plot. */
function VerdictLegend() {
  const items: [string, string][] = [['agree', 'agrees'], ['differ', 'differs'], ['caveat', 'informative only (not judged, e.g. a human value)']];
  return (
    <p className="small muted corpus-legend" data-testid="corpus-legend">
      {items.map(([k, t]) => <span key={k}><span aria-hidden="true" style={{ color: VERDICT_COLOR[k] }}>●</span> {t} </span>)}
      · faded: calibration record · grey band: the agreement rule
    </p>
  );
}

function CorpusPlot({ kind, results, onSelect }: { kind: CorpusKind; results: CorpusResult[]; onSelect: (id: string) => void }) {
  const pts = results.filter((r) => r.predicted !== null && (!LOG_KINDS.has(kind) || (r.predicted > 0 && r.measured > 0)));
  if (!pts.length) return <p className="muted small">No model prediction for this kind (shown as context in the table).</p>;
  const log = LOG_KINDS.has(kind);
  const vals = pts.flatMap((r) => [r.measured, r.predicted!]);
  let lo = Math.min(...vals);
  let hi = Math.max(...vals);
  if (log) { lo /= 2.5; hi *= 2.5; } else { const pad = (hi - lo || Math.abs(hi) || 1) * 0.15; lo -= pad; hi += pad; }
  const sameRule = new Set(pts.map((r) => r.metric)).size === 1 || new Set(pts.map((r) => JSON.stringify(TOLERANCE[r.metric]))).size === 1;
  const grid = Array.from({ length: 41 }, (_, i) => (log ? lo * Math.pow(hi / lo, i / 40) : lo + ((hi - lo) * i) / 40));
  const band = sameRule ? grid.map((x) => { const iv = toleranceInterval(pts[0], x)!; return { x, y1: iv[0], y2: iv[1] }; }) : [];
  const bars = sameRule ? [] : pts.map((r) => { const iv = toleranceInterval(r, r.measured)!; return { x: r.measured, y1: iv[0], y2: iv[1] }; });
  const data = pts.map((r) => ({ id: r.id, measured: r.measured, predicted: r.predicted!, verdict: r.verdict, opacity: r.use === 'calibration' ? 0.35 : 1, label: `${r.id}: measured ${fmt(r.measured)}, model ${fmt(r.predicted)} ${r.unit === '1' ? '' : r.unit} (${r.verdict}, ${r.use})` }));
  const make = (Plot: PlotModule, width: number) => {
    // plain numbers on the ticks (walk9 #40): '~g' on a log axis (d3 keeps 1-2-5 labels), a plain decimal on a linear
    // one ('~g' there takes the tick step as its precision: 20 → "2e+1")
    const tick = log ? '~g' : (d: number) => String(Number(d.toPrecision(6)));
    const scale = { type: log ? ('log' as const) : ('linear' as const), domain: [lo, hi] };
    const svg = Plot.plot({
      width: Math.min(width, 520), height: 300, marginLeft: 56, marginBottom: 40,
      // plain numbers on the ticks: SI prefixes ("100m" for 0.1) read as units on a mg/mg axis (walk9 #40)
      x: { ...scale, label: 'measured →', tickFormat: tick },
      y: { ...scale, label: '↑ model', grid: true, tickFormat: tick },
      color: { domain: Object.keys(VERDICT_COLOR), range: Object.values(VERDICT_COLOR) },
      marks: [
        Plot.areaY(band, { x: 'x', y1: 'y1', y2: 'y2', fill: '#999', fillOpacity: 0.18 }),
        Plot.ruleX(bars, { x: 'x', y1: 'y1', y2: 'y2', stroke: '#999', strokeWidth: 6, strokeOpacity: 0.35 }),
        Plot.line([[lo, lo], [hi, hi]], { stroke: '#444', strokeDasharray: '4,3' }),
        Plot.dot(data, { x: 'measured', y: 'predicted', fill: 'verdict', fillOpacity: 'opacity', stroke: 'white', r: 5.5, ariaLabel: 'id', title: 'label' }),
      ],
    }) as SVGSVGElement;
    // each point opens its record: the dot's aria-label is the record id
    svg.querySelectorAll<SVGCircleElement>('circle[aria-label]').forEach((c) => {
      const id = c.getAttribute('aria-label')!;
      c.setAttribute('data-record', id);
      c.setAttribute('tabindex', '0');
      c.setAttribute('role', 'button');
      c.style.cursor = 'pointer';
      c.addEventListener('click', () => onSelect(id));
      c.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelect(id); } });
    });
    return svg;
  };
  return (
    <PlotFigure
      testId={`corpus-plot-${kind}`}
      label={`${KIND_LABEL[kind]}: model prediction against the published measurement for ${pts.length} records; dashed identity line, grey tolerance ${sameRule ? 'band' : 'bars'}, points green when they agree and red when they differ, faded for calibration records`}
      deps={[kind, results]}
      make={make}
      table={() => {
        const units = [...new Set(pts.map((r) => (r.unit === '1' ? 'dimensionless' : r.unit)))];
        const u = units.length === 1 ? ` (${units[0]})` : '';
        return csvText([
          ['record', 'system', 'metric', 'condition', ...(u ? [] : ['unit']), `measured${u}`, `model${u}`, `tolerance low${u}`, `tolerance high${u}`, 'verdict', 'use'],
          ...pts.map((r) => {
            const iv = toleranceInterval(r, r.measured);
            return [r.id, r.system, r.metric, r.condition, ...(u ? [] : [r.unit === '1' ? 'dimensionless' : r.unit]), r.measured, r.predicted, iv?.[0] ?? null, iv?.[1] ?? null, r.verdict, r.use];
          }),
        ]);
      }}
      interactive
    />
  );
}

function CrossValidationTable({ cv }: { cv: KindCrossValidation[] }) {
  const fitters = [...new Set(cv.map((c) => c.describe))];
  return (
    <details className="small" data-testid="corpus-cv">
      <summary>k-fold cross-validation per kind (folds by calibration paper)</summary>
      <p className="muted">Refitted in each fold: {fitters.join('; ')}. No model parameter is fitted from the corpus yet; a mechanism fitted on calibration records replaces its kind's fitter.</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Scrollable table">
        <table className="val-table">
          <thead><tr><th scope="col">kind</th><th scope="col">folds</th><th scope="col">calibration judged</th><th scope="col">model agrees</th><th scope="col">refit (out of fold) agrees</th><th scope="col">held-out: model</th><th scope="col">held-out: refit on all calibration</th></tr></thead>
          <tbody>
            {cv.map((c) => (
              <tr key={c.kind} data-testid="corpus-cv-row" data-kind={c.kind}>
                <th scope="row">{KIND_LABEL[c.kind]}</th><td>{c.k || '—'}</td><td>{c.n}</td><td>{c.agreeModel}/{c.n}</td><td title={c.note ?? undefined}>{c.agreeRefit === null ? 'n/a' : `${c.agreeRefit}/${c.n}`}</td><td>{c.heldOut.agreeModel}/{c.heldOut.n}</td><td>{c.heldOut.agreeRefit}/{c.heldOut.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

const unitOf = (u: string) => (u === '1' ? '' : ` ${u}`);
/** How far off a miss is, in words: "a factor 490 off" for positive values, else the difference. */
function missSize(m: { measured: number; predicted: number | null; unit: string }): string {
  if (m.predicted === null) return '';
  if (m.measured > 0 && m.predicted > 0) {
    const f = Math.max(m.measured / m.predicted, m.predicted / m.measured);
    return f >= 1.05 ? `, a factor ${fmt(f)} ${m.predicted > m.measured ? 'too high' : 'too low'}` : '';
  }
  return `, ${fmt(Math.abs(m.predicted - m.measured))}${unitOf(m.unit)} ${m.predicted > m.measured ? 'too high' : 'too low'}`;
}

/** walk11 #2: calibration agreement over the judged records; records the model has no number for are context, not misses. */
function calibrationCell(results: readonly CorpusResult[], kind: CorpusKind) {
  const c = calibrationCounts(results, kind);
  const ctx = c.context ? `${c.context} context only` : '';
  const why = 'records the model gives no number for (or with a caveat): shown for context, not counted as agreeing or missing';
  if (c.judged === 0) return c.context ? <span title={why}>— (none judged; {ctx})</span> : '—';
  return <>{c.agree}/{c.judged}{ctx ? <span className="muted" title={why}> (+ {ctx})</span> : null}</>;
}

const pct = (c: { covered: number; n: number }) => (c.n ? `${c.covered}/${c.n} (${Math.round((100 * c.covered) / c.n)} %)` : '—');

/**
 * A held-out coverage outside the 80–95 % target, said beside the number (walk9 #17), with how surprising the count is
 * for intervals that truly have their nominal level (the binomial tail `tailP`): under 5 % it is a real mis-calibration,
 * above it the records are too few to tell.
 */
function coverageFlag(c: { covered: number; n: number; tailP?: number | null }, nominal: number) {
  if (!c.n) return null;
  const p = c.covered / c.n;
  if (p >= 0.8 && p <= 0.95) return <span className="cov-ok" data-testid="coverage-flag"> ✓ in target</span>;
  const under = p < 0.8;
  const tail = c.tailP ?? null;
  const chance = tail === null ? '' : `true ${Math.round(100 * nominal)} % intervals give ${under ? '≤' : '≥'} ${c.covered}/${c.n} in ${tail < 0.001 ? '< 0.1' : (100 * tail).toPrecision(2)} % of samples`;
  const title = tail === null ? undefined : `Binomial tail: if the intervals really covered ${Math.round(100 * nominal)} % of measurements, ${c.n} records would show ${under ? 'this few or fewer' : 'this many or more'} covered ${(100 * tail).toPrecision(2)} % of the time${tail >= 0.05 ? ' — too often to call it a mis-calibration' : ''}.`;
  if (tail !== null && tail >= 0.05)
    return <span className="cov-few" data-testid="coverage-flag" title={title}>{` — too few to tell: ${chance}`}</span>;
  return <span className={under ? 'cov-under' : 'cov-over'} data-testid="coverage-flag" title={title}>{under ? ' ✗ under-covers: intervals too narrow' : ' over-covers: wider than needed'}{chance ? ` (${chance})` : ''}</span>;
}

/** #27: how often the 90 % prediction intervals contain the measurement, per kind, and the calibration plot (nominal vs observed, held-out). */
function CoveragePanel({ coverage, curve }: { coverage: KindCoverage[]; curve: KindCoverage[] }) {
  const pts = curve.filter((c) => c.heldOut.n > 0).map((c) => ({ kind: KIND_LABEL[c.kind], nominal: c.nominal, observed: c.heldOut.covered / c.heldOut.n, n: c.heldOut.n }));
  const make = (Plot: PlotModule, width: number) =>
    Plot.plot({
      width: Math.min(width, 520), height: 300, marginLeft: 56, marginBottom: 40,
      // with `percent`, Plot multiplies the data by 100 before the scale: the domains are in percent (walk9 #6: in
      // fractions they put every point far off the chart)
      x: { domain: [40, 100], label: 'nominal coverage (%) →', percent: true },
      y: { domain: [0, 102], label: '↑ observed, held-out (%)', percent: true, grid: true },
      color: { legend: true },
      marks: [
        Plot.rectY([{ x1: 0.88, x2: 0.92, y1: 0.8, y2: 0.95 }], { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: '#1a7f37', fillOpacity: 0.15 }),
        Plot.line([[0.4, 0.4], [1, 1]], { stroke: '#444', strokeDasharray: '4,3' }),
        Plot.line(pts, { x: 'nominal', y: 'observed', stroke: 'kind' }),
        Plot.dot(pts, { x: 'nominal', y: 'observed', stroke: 'kind', title: (d: (typeof pts)[number]) => `${d.kind}: nominal ${Math.round(100 * d.nominal)} %, observed ${Math.round(100 * d.observed)} % of ${d.n} held-out records` }),
      ],
    }) as SVGSVGElement;
  return (
    <section data-testid="corpus-coverage" aria-labelledby="corpus-coverage-title">
      <h3 id="corpus-coverage-title">Prediction intervals: do they cover the measurements?</h3>
      <p className="muted small">Each prediction carries a 90 % interval whose width comes from the residuals of its kind&apos;s calibration records — out-of-fold (refitted without the record&apos;s paper) where the kind has a refit (Student-t; docs/validation.md). A well-calibrated interval covers about 90 % of held-out measurements (target 80–95 %, green box).</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Scrollable table">
        <table className="val-table" data-testid="corpus-coverage-table">
          <thead><tr><th scope="col">kind</th><th scope="col">nominal</th><th scope="col">held-out covered</th><th scope="col">calibration covered</th></tr></thead>
          <tbody>
            {coverage.map((c) => (
              <tr key={c.kind} data-testid="corpus-coverage-row" data-kind={c.kind}><th scope="row">{KIND_LABEL[c.kind]}</th><td>{Math.round(100 * c.nominal)} %</td><td>{pct(c.heldOut)}{coverageFlag(c.heldOut, c.nominal)}</td><td>{pct(c.calibration)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      {pts.length ? (
        <PlotFigure
          testId="corpus-coverage-plot"
          label="Coverage calibration plot: the share of held-out measurements inside the model's prediction interval (observed) against the interval's nominal level, one line per kind; dashed line = perfect calibration"
          deps={[curve]}
          make={make}
          table={() => csvText([['kind', 'nominal coverage', 'observed coverage (held-out)', 'held-out records'], ...pts.map((d) => [d.kind, d.nominal, d.observed, d.n])])}
        />
      ) : null}
      <CoverageOverlapNote curve={curve} />
    </section>
  );
}

/** walk11 #7: lines drawn on top of each other look like one, and a kind with no held-out record is not drawn: say both under the plot. */
function CoverageOverlapNote({ curve }: { curve: KindCoverage[] }) {
  const { together, absent } = coverageOverlaps(curve);
  if (!together.length && !absent.length) return null;
  const names = (ks: CorpusKind[]) => ks.map((k) => KIND_LABEL[k]).join(ks.length > 2 ? ', ' : ' and ').replace(/, ([^,]*)$/, ' and $1');
  return (
    <p className="small muted" data-testid="corpus-coverage-note">
      {together.map((g) => `${names(g)} have the same observed coverage at every level: their lines lie on top of each other (one colour shows). `).join('')}
      {absent.length ? `${names(absent)}: no held-out record with an interval, so no line.` : ''}
    </p>
  );
}

function Detail({ r, onClose }: { r: CorpusResult; onClose: () => void }) {
  return (
    <aside className="lib-card corpus-detail" data-testid="corpus-detail" data-record={r.id} aria-live="polite">
      <header>
        <h3>{r.id}</h3>
        <span className={`verdict verdict-${r.verdict === 'agree' ? 'agree' : r.verdict === 'differ' ? 'differ' : 'caveat'}`}>{r.verdict}</span>
        <button type="button" className="lib-agreement" onClick={onClose}>Close</button>
      </header>
      <p>{r.system} — {r.metric} ({r.condition})</p>
      <p>
        Measured <strong>{fmt(r.measured)}</strong>{r.range ? ` [${fmt(r.range[0])}–${fmt(r.range[1])}]` : ''}{r.sd !== null ? ` ± ${fmt(r.sd)}` : ''} {r.unit === '1' ? '' : r.unit}; model <strong>{fmt(r.predicted)}</strong>{r.interval90 ? <span data-testid="corpus-interval"> (90 % interval {fmt(r.interval90[0])}–{fmt(r.interval90[1])})</span> : null}. Rule: {r.rule}. {r.use === 'calibration' ? `Calibration side of the frozen split (paper ${r.paper}${r.setsCatalogParameter ? '; this number set a catalog parameter' : ''}); counted apart.` : `Held-out record (paper ${r.paper}); counts in the agreement.`}
      </p>
      <p data-testid="corpus-source"><strong>Source</strong> ({r.provenance === 'read' ? 'read' : 'recalled, to verify'}): {r.source}</p>
      {r.caveat ? <p className="verdict-caveat">Not judged: {r.caveat}</p> : null}
      <div>
        <strong>How the model predicts it</strong>
        <ul className="small">{r.explanation.map((e, i) => <li key={i}>{e}</li>)}</ul>
      </div>
      {r.ifMiss && r.verdict !== 'agree' ? <p className="small"><strong>Likely cause of the gap:</strong> {r.ifMiss}</p> : null}
    </aside>
  );
}

export default function CorpusDashboard() {
  const report: CorpusReport = useMemo(() => evaluateCorpus(), []);
  const [kind, setKind] = useState<CorpusKind | 'all'>('all');
  const [side, setSide] = useState<Side | 'all'>('all');
  const [selected, setSelected] = useState<string | null>(null);
  // a record opened from the long table (far below) is brought into view (walk9 #18)
  useEffect(() => {
    if (selected) requestAnimationFrame(() => document.querySelector('[data-testid="corpus-detail"]')?.scrollIntoView({ block: 'nearest' }));
  }, [selected]);
  const shown = useMemo(() => report.results.filter((r) => (kind === 'all' || r.kind === kind) && (side === 'all' || r.use === side)), [report, kind, side]);
  const rows = useMemo(() => tableRows({ ...report, results: shown }), [report, shown]);
  const sums = summaryRows(report);
  // walk9 #20: how many measured values are recalled, not yet checked against the paper, per kind and in all
  const recalledAll = report.results.filter((r) => r.provenance === 'recalled').length;
  const recalled = (k: string) => report.results.filter((r) => r.kind === k && r.provenance === 'recalled').length;
  const byId = useMemo(() => new Map(report.results.map((r) => [r.id, r])), [report]);
  // one stable array per kind, so a chart is rebuilt only when its data change
  const byKind = useMemo(() => new Map(CORPUS_KINDS.map((k) => [k, shown.filter((r) => r.kind === k)])), [shown]);
  const sel = selected ? byId.get(selected) : undefined;
  const kinds = kind === 'all' ? CORPUS_KINDS : [kind];
  return (
    <section className="validation panel" aria-labelledby="corpus-title" data-testid="corpus-dashboard">
      <div className="panel-head">
        <h2 id="corpus-title">Validation corpus: the model against {report.results.length} published measurements</h2>
      </div>
      <p className="muted small" data-testid="corpus-split">Split frozen on {report.split.frozenOn} by a rule fixed in advance: by source paper, stratified by kind (papers whose numbers set a catalog parameter are calibration; then the lowest hash with seed {report.split.seed} until a third of each kind's papers are calibration). Agreement counts held-out records only; calibration records are counted apart. Human values beside the mouse model and clinical control (no model output) inform but are not judged. The same table is printed by <code>npm run cli -- validate</code>; see docs/validation.md.</p>
      <p className="muted small" data-testid="corpus-recalled-all">{recalledAll} of the {report.results.length} measured values are recalled from memory and not yet checked against their paper (each says “recalled, to verify” beside its source; the column below counts them per kind); the others were read in the source.</p>
      <p className="small" data-testid="corpus-glossary"><strong>Held-out</strong>: measurements from papers that set or tuned no parameter — a fair test of the model. <strong>Calibration</strong>: papers whose numbers set parameters, counted apart. <strong>Context only</strong>: records the model gives no number for (or with a caveat, e.g. a human value), shown but not judged.</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Scrollable table">
        <table className="val-table stack" data-testid="corpus-summary">
          <thead><tr><th scope="col">kind</th><th scope="col">n</th><th scope="col">held-out agree</th><th scope="col">calibration agree</th><th scope="col" title="median of model − measured over the held-out judged records, in the kind's unit (percentage points for a %; 'mixed units' where a kind has quantities in several units: compare within a row, not across rows)">median deviation, model − measured (unit)</th><th scope="col">median ln(model/measured)</th><th scope="col">informative only</th><th scope="col" title="measured values recalled from memory, not yet checked against the paper (the record's source says so)">recalled, to verify</th></tr></thead>
          <tbody>
            {sums.map((s) => (
              <tr key={s.kind} data-testid="corpus-summary-row" data-kind={s.kind}>
                <th scope="row">{KIND_LABEL[s.kind as CorpusKind]}</th><td data-label="n">{s.n}</td><td data-label="held-out agree">{s.heldOut === '0/0' ? <span title="every record of this kind is on the calibration side of the split (their papers set catalog parameters), so none is held out">— (all calibration)</span> : s.heldOut}</td><td data-label="calibration agree" data-testid="corpus-calibration-agree">{calibrationCell(report.results, s.kind as CorpusKind)}</td><td data-label="median deviation" data-testid="corpus-median-deviation">{s.medianDeviation ? `${s.medianDeviation} ${medianDeviationUnit(report.results, s.kind as CorpusKind) ?? '(mixed units)'}` : '—'}</td><td data-label="median ln(model/measured)">{s.medianLogRatio || '—'}</td><td data-label="informative only">{s.informative}</td><td data-label="recalled, to verify" data-testid="corpus-recalled">{recalled(s.kind)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CrossValidationTable cv={report.crossValidation} />
      <CoveragePanel coverage={report.coverage} curve={report.coverageCurve} />
      <div className="row lib-filters" role="group" aria-label="Filter the corpus by kind">
        {(['all', ...CORPUS_KINDS] as const).map((k) => (
          <button key={k} type="button" data-corpus-kind={k} aria-pressed={kind === k} onClick={() => setKind(k)}>{k === 'all' ? 'All kinds' : KIND_LABEL[k]}</button>
        ))}
      </div>
      <div className="row lib-filters" role="group" aria-label="Filter the corpus by side of the split">
        {(['all', 'held-out', 'calibration'] as const).map((x) => (
          <button key={x} type="button" data-corpus-side={x} aria-pressed={side === x} onClick={() => setSide(x)}>{x === 'all' ? 'Both sides' : x === 'held-out' ? 'Held-out only' : 'Calibration only'}</button>
        ))}
      </div>
      {sel ? <Detail r={sel} onClose={() => setSelected(null)} /> : null}
      <div className="chart-grid">
        {kinds.map((k) => (
          <div key={k}>
            <h3>{KIND_LABEL[k]}</h3>
            <CorpusPlot kind={k} results={byKind.get(k)!} onSelect={setSelected} />
            <VerdictLegend />
            {report.worstMissesByKind[k]?.length ? (
              <ul className="small" data-testid={`corpus-misses-${k}`} aria-label={`Worst held-out misses: ${KIND_LABEL[k]}`}>
                {report.worstMissesByKind[k]!.map((m) => (
                  <li key={m.id}><button type="button" className="linklike" onClick={() => setSelected(m.id)}>{m.id}</button> ({quantityWords(m.metric, m.unit)}): {fmt(m.measured)}{unitOf(m.unit)} measured, {fmt(m.predicted)}{unitOf(m.unit)} model{missSize(m)}; {missWidths(m)} — {m.ifMiss ?? 'see docs/validation.md'}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ))}
      </div>
      {report.worstMisses.length ? (
        <>
          <h3>Worst held-out misses</h3>
          <p className="small muted" data-testid="corpus-misses-order">Ranked by how far each lies outside its agreement rule, in multiples of the rule&apos;s width (a factor-2 rule and a ± 15-point rule are different widths), not by the factor between model and measurement.</p>
          <ul className="small" data-testid="corpus-misses">
            {report.worstMisses.map((m) => (
              <li key={m.id}><button type="button" className="linklike" onClick={() => setSelected(m.id)}>{m.id}</button> ({quantityWords(m.metric, m.unit)}): measured {fmt(m.measured)}{unitOf(m.unit)}, model {fmt(m.predicted)}{unitOf(m.unit)}{missSize(m)}; {missWidths(m)} (agreement rule: {m.rule}) — {m.ifMiss ?? 'see docs/validation.md'}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Scrollable table">
        <table className="val-table stack" data-testid="corpus-table">
          <thead><tr><th scope="col">record</th><th scope="col">system</th><th scope="col">quantity</th><th scope="col">measured</th><th scope="col">model</th><th scope="col">unit</th><th scope="col">rule</th><th scope="col">verdict</th><th scope="col">use</th><th scope="col">source</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="corpus-row" data-record={r.id} data-verdict={r.verdict}>
                <th scope="row"><button type="button" className="linklike" onClick={() => setSelected(r.id)} aria-label={`Open ${r.id}: source and explanation`}>{r.id}</button></th>
                <td data-label="system">{r.system}</td><td data-label="quantity">{r.quantity}</td><td data-label="measured">{r.measured}</td><td data-label="model">{r.predicted || 'n/a'}</td><td data-label="unit">{r.unit === '1' ? '' : r.unit}</td><td className="small" data-label="rule">{r.rule}</td>
                <td data-label="verdict"><span className={`verdict verdict-${r.verdict === 'agree' ? 'agree' : r.verdict === 'differ' ? 'differ' : 'caveat'}`}>{r.verdict}</span></td><td data-label="use">{r.use}</td>
                <td className="small corpus-source-cell" data-label="source" data-testid="corpus-row-source">{r.source}{r.provenance === 'recalled' ? ' (recalled, to verify)' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TableActions name="validation-corpus" label="The validation table" testId="corpus-table-export" rows={() => [
        ['record', 'system', 'quantity', 'measured', 'model', 'unit', 'rule', 'verdict', 'use', 'source', 'provenance'],
        ...rows.map((r) => [r.id, r.system, r.quantity, r.measured, r.predicted || null, r.unit === '1' ? 'dimensionless' : r.unit, r.rule, r.verdict, r.use, r.source, r.provenance]),
      ]} />
    </section>
  );
}
