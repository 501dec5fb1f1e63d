// The "Bench sheet" tab (issue #20, lazy): the selected candidate's preparation steps, reagent amounts for a chosen batch size, and the checklist with the model's predictions beside the values measured on the batch (stored in formulation.measurements.bench), each judged by the model's tolerance, with one click to the matching calibration; CSV and print.
import { useMemo, useState } from 'react';
import type { EngineScores as Scores } from '../../engine';
import { csvText } from '../../engine';
import { PROTOCOL_COLUMNS, protocolMarkdown, protocolRows, protocolSheet, stepReferences, type FrameworkSolvent, type ProtocolSheet } from '../../engine/protocol';
import { compareBench, loadingPrefillCsv, releasePrefillCsv, type BenchComparisonRow, type BenchValues } from '../../library/bench';
import { BENCH_BATCH_FIELD, BENCH_EE_FIELD, BENCH_LC_FIELD, BENCH_PRODUCT_MASS_FIELD, BENCH_RELEASE_FIELD, BENCH_SIZE_FIELD, BENCH_ZETA_FIELD, rangeText, inRange, type NumberField } from '../../schema';
import { useStore } from '../../state/store';
import { measurementsOf } from '../../state/measurements';
import type { BenchMeasured, Candidate } from '../../state/types';
import { evaluateCandidate } from '../../state/evaluate';
import { NumberInput } from '../fields';
import { downloadText } from '../share/download';

const fmt = (v: number, d = 4) => (Math.abs(v) >= 1e5 ? v.toExponential(2) : String(Number(v.toPrecision(d))));
const fileBase = (name: string) => name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'candidate';

function printSheet(): void {
  document.body.classList.add('printing-bench');
  const done = () => {
    document.body.classList.remove('printing-bench');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/** The schema field that bounds a checklist row's measured value. */
function fieldOf(id: string): NumberField {
  if (id === 'dh') return BENCH_SIZE_FIELD;
  if (id === 'zeta') return BENCH_ZETA_FIELD;
  if (id === 'yield') return BENCH_PRODUCT_MASS_FIELD;
  if (id.startsWith('release.')) return BENCH_RELEASE_FIELD;
  return id.startsWith('lc.') ? BENCH_LC_FIELD : BENCH_EE_FIELD;
}

/** A copy of the bench values with one checklist row set (null removes it); empty lists and an empty object drop out. */
function withValue(bench: BenchValues | undefined, id: string, v: number | null): BenchMeasured | undefined {
  const next: BenchMeasured = structuredClone((bench ?? {}) as BenchMeasured);
  const put = <K extends 'hydrodynamicDiameterNm' | 'zetaPotentialMv' | 'productMassMg' | 'batchMg'>(k: K) => { if (v === null) delete next[k]; else next[k] = v; };
  if (id === 'dh') put('hydrodynamicDiameterNm');
  else if (id === 'yield') put('productMassMg');
  else if (id === 'batch') put('batchMg');
  else if (id === 'zeta') put('zetaPotentialMv');
  else if (id.startsWith('release.')) {
    const pH = Number(id.slice('release.'.length));
    const rest = (next.release24h ?? []).filter((r) => Math.abs(r.pH - pH) > 1e-9);
    next.release24h = v === null ? rest : [...rest, { pH, releasedPct: v }];
    if (!next.release24h.length) delete next.release24h;
  } else {
    const m = /^(ee|lc)\.(.+)$/.exec(id);
    if (m) {
      const key = m[1] === 'ee' ? 'encapsulationEfficiencyPct' : 'loadingCapacityPct';
      const list = next.loading ?? [];
      const row = list.find((l) => l.agent === m[2]) ?? { agent: m[2] };
      if (v === null) delete row[key]; else row[key] = v;
      const others = list.filter((l) => l.agent !== m[2]);
      const keep = row.encapsulationEfficiencyPct !== undefined || row.loadingCapacityPct !== undefined;
      next.loading = keep ? [...others, row] : others;
      if (!next.loading.length) delete next.loading;
    }
  }
  return Object.keys(next).length ? next : undefined;
}

function Verdict({ r }: { r: BenchComparisonRow }) {
  if (r.measured === null) return <span className="muted">—</span>;
  if (r.predicted === null) return <span className="muted">not modelled: recorded</span>;
  if (r.within === null) return <span className="muted">not judged</span>;
  return r.within
    ? <span className="bench-ok" data-testid={`bench-verdict-${r.id}`}>within {r.tolerance}</span>
    : <strong className="bench-miss" data-testid={`bench-verdict-${r.id}`}>outside {r.tolerance}</strong>;
}

export default function BenchSheet({ scores, candidate }: { scores: Scores; candidate: Candidate }) {
  const edit = useStore((s) => s.edit);
  const setBench = useStore((s) => s.setBenchMeasured);
  const openCalibration = useStore((s) => s.openCalibration);
  const data = measurementsOf(candidate);
  const bench = data.bench;
  const ev = evaluateCandidate(candidate);
  const feedOf = (agent: string) => (ev.status === 'ok' ? ev.formulation.payloads.find((p) => p.agent === agent)?.feedMassRatio : undefined);
  // the batch size is saved with the measured values (it travels in links and files); 10 mg until one is chosen
  const batchMg = bench?.batchMg ?? BENCH_BATCH_FIELD.default;
  const setBatchMg = (v: number) => edit(candidate.id, 'measurements.bench', withValue(bench, 'batch', v), { coalesce: true });
  const feeds = useMemo(() => (ev.status === 'ok' ? Object.fromEntries(ev.formulation.payloads.map((p) => [p.agent, p.feedMassRatio])) : undefined), [ev]);
  const [solvent, setSolvent] = useState<FrameworkSolvent>('water');
  const result = useMemo((): { sheet: ProtocolSheet } | { error: string } => {
    try {
      return { sheet: protocolSheet(scores, { batchMg, solvent }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [scores, batchMg, solvent]);
  if ('error' in result) return <p role="alert">{result.error}</p>;
  const { sheet } = result;
  const rows = compareBench(sheet.checklist, bench, feeds);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const refs = stepReferences(sheet.steps);
  const setValue = (id: string, v: number | null) => edit(candidate.id, 'measurements.bench', withValue(bench, id, v), { coalesce: true });
  const openCal = (r: BenchComparisonRow) => {
    if (!r.calibrate) return;
    if (r.calibrate.kind === 'release') {
      const text = releasePrefillCsv(bench);
      if (text) openCalibration({ candidateId: candidate.id, kind: 'release', text });
    } else {
      const feed = feedOf(r.calibrate.agent);
      const text = feed === undefined ? null : loadingPrefillCsv(bench, r.calibrate.agent, feed);
      if (text) openCalibration({ candidateId: candidate.id, kind: 'loading', agent: r.calibrate.agent, text });
    }
  };
  const calLabel = (r: BenchComparisonRow) => (r.calibrate?.kind === 'release' ? 'Open the release calibration' : 'Open the loading calibration');
  const csv = () => csvText([PROTOCOL_COLUMNS, ...protocolRows(sheet).map((r) => PROTOCOL_COLUMNS.map((c) => r[c]))]);
  return (
    <section className="bench-sheet" data-testid="bench-sheet" aria-label="Bench sheet">
      <h3>Bench sheet: {sheet.name}, {fmt(sheet.batchMg)} mg batch</h3>
      <p className="small">The batch is the dry mass of finished particles: core, loaded payloads and the membrane coat on them (not the reagents fed).</p>
      <p className="muted">
        How to make this candidate and what to measure. Amounts follow the recipe stoichiometry and the model's loading (drug feed = loaded / EE);
        each step names its source or is marked an assumption (docs/model/protocol.md). Core {sheet.core.name} ({sheet.core.coreClass}).
      </p>
      <div className="no-print bench-controls">
        <label>
          Batch size: dry mass of finished particles (core + loaded payloads + membrane coat){' '}
          <NumberInput label="Batch size" unit="mg" value={batchMg} min={0.001} max={1e6} testId="bench-batch" undoable
            check={(v) => (v > 0 && v <= 1e6 ? null : 'must be > 0 and ≤ 1 000 000 mg')}
            onValue={(v) => { if (v !== null && v > 0 && v <= 1e6) setBatchMg(v); }} />
        </label>
        {sheet.solvent !== null && (
          <label>
            ZIF-8 solvent{' '}
            <select value={solvent} onChange={(e) => setSolvent(e.target.value as FrameworkSolvent)} data-testid="bench-solvent">
              <option value="water">water (Zn:2-MIM 1:70)</option>
              <option value="methanol">methanol (1:8)</option>
            </select>
          </label>
        )}
        <button type="button" onClick={() => downloadText(`${fileBase(sheet.name)}-bench-${fmt(sheet.batchMg)}mg.csv`, csv(), 'text/csv')}>Download amounts (CSV)</button>
        <button type="button" onClick={() => downloadText(`${fileBase(sheet.name)}-bench.md`, protocolMarkdown(sheet), 'text/markdown')}>Markdown</button>
        <button type="button" onClick={printSheet}>Print</button>
      </div>
      <h4>Steps</h4>
      <ol>
        {sheet.steps.map((s, i) => (
          <li key={`${s.id}-${i}`}>
            {s.text} <span className={`prov prov-${s.provenance}`} title={s.source}>[{s.provenance}; ref. {refs.byStep[i].join(', ')}]</span>
          </li>
        ))}
      </ol>
      <details className="bench-refs" open>
        <summary>References of the steps (each cited once; steps refer to them by number)</summary>
        <ol className="small" data-testid="bench-references">{refs.references.map((r, i) => <li key={i}>{r}</li>)}</ol>
      </details>
      <h4>Amounts</h4>
      <table data-testid="bench-reagents">
        <thead><tr><th>step</th><th>reagent</th><th>amount</th><th>mmol</th><th>provenance</th><th>how</th></tr></thead>
        <tbody>
          {sheet.reagents.map((r, i) => (
            <tr key={i}>
              <td>{r.step}</td><td>{r.reagent}</td><td>{fmt(r.amount)} {r.unit}</td><td>{r.mmol === null ? '' : fmt(r.mmol)}</td>
              <td title={r.source}>{r.provenance}</td><td className="small">{r.equation}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small" data-testid="bench-expected">
        Expected batch: core {fmt(sheet.expected.coreMg)} mg + loaded payloads {fmt(Object.values(sheet.expected.payloadMg).reduce((a, b) => a + b, 0))} mg + membrane on the particles {fmt(sheet.expected.membraneMg)} mg = {fmt(sheet.expected.productMg)} mg.
        {sheet.expected.membraneFedMg > 0 && <> The membrane protein fed ({fmt(sheet.expected.membraneFedMg)} mg, the design's membrane : core ratio × core) is more than ends up on the particles: the model (M0) puts c·r<sub>geom</sub> = {fmt(sheet.expected.membraneMg / Math.max(sheet.expected.coreMg, 1e-300), 3)} mg per mg core on them (coverage capped at a full bilayer, 30 % of the fed membrane taken up); the rest is removed as free vesicles.</>}
      </p>
      <h4>Characterisation checklist</h4>
      <p className="muted small no-print">
        Type what you measured on this batch: it is kept with the candidate (in links and files too), shown beside the prediction with the difference and
        whether it lies within the model's stated tolerance (the validation corpus's rule for that quantity), and one click opens the matching calibration
        with your values filled in (release values → the release fit; EE or LC → the loading fit of that payload).
      </p>
      <table data-testid="bench-checklist">
        <thead><tr><th>measurement</th><th>predicted</th><th>measured</th><th>measured − predicted</th><th>vs the model's tolerance</th><th>method</th></tr></thead>
        <tbody>
          {sheet.checklist.map((c) => {
            const r = byId.get(c.id);
            const f = r ? fieldOf(c.id) : null;
            return (
              <tr key={c.id} data-testid={`bench-row-${c.id}`}>
                <td>{c.label}</td>
                <td data-testid={`bench-pred-${c.id}`}>{c.predicted === null ? 'not modelled' : `${fmt(c.predicted, 3)} ${c.unit}`}</td>
                <td className={r ? undefined : 'blank'}>
                  {r?.derived ? (
                    <span data-testid={`bench-measured-${c.id}`} title={r.derived}>{r.measured === null ? <span className="muted small">from the payload EEs, once each is entered</span> : <>{fmt(r.measured, 3)} {c.unit} <span className="muted small">({r.derived})</span></>}</span>
                  ) : r && f && (
                    <NumberInput label={`${c.label}, measured`} ariaLabel={`${c.label}, measured (${c.unit})`} unit={c.unit} value={r.measured ?? undefined} undoable testId={`bench-measured-${c.id}`}
                      check={(v) => (inRange(f, v) ? null : rangeText(f))}
                      onValue={(v) => setValue(c.id, v)} />
                  )}
                </td>
                <td data-testid={`bench-diff-${c.id}`}>{r?.difference == null ? '' : `${r.difference > 0 ? '+' : ''}${fmt(r.difference, 3)} ${c.unit === '%' ? 'points' : c.unit}`}</td>
                <td>{r && <Verdict r={r} />}
                  {r?.calibrate && r.measured !== null && (
                    <div className="no-print"><button type="button" className="small" onClick={() => openCal(r)} data-testid={`bench-calibrate-${c.id}`}>{calLabel(r)}</button></div>
                  )}
                </td>
                <td className="small">{c.method}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {data.issues.length > 0 && <p className="error" role="alert" data-testid="bench-measurements-error">The stored measured values cannot be used: {data.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ')}</p>}
      {bench && <div className="row no-print"><button type="button" onClick={() => setBench(candidate.id, undefined)} data-testid="bench-clear">Clear the measured values</button><span className="muted small"> (Ctrl+Z brings them back)</span></div>}
    </section>
  );
}
