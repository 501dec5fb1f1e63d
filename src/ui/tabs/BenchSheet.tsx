// The "Bench sheet" tab (issue #20, lazy): the selected candidate's preparation steps, reagent amounts for a chosen batch size, and the checklist with the model's predictions; CSV and print.
import { useMemo, useState } from 'react';
import type { EngineScores as Scores } from '../../engine';
import { csvText } from '../../engine';
import { PROTOCOL_COLUMNS, protocolMarkdown, protocolRows, protocolSheet, type FrameworkSolvent, type ProtocolSheet } from '../../engine/protocol';
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

export default function BenchSheet({ scores }: { scores: Scores }) {
  const [batchMg, setBatchMg] = useState(10);
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
  const csv = () => csvText([PROTOCOL_COLUMNS, ...protocolRows(sheet).map((r) => PROTOCOL_COLUMNS.map((c) => r[c]))]);
  return (
    <section className="bench-sheet" data-testid="bench-sheet" aria-label="Bench sheet">
      <h3>Bench sheet: {sheet.name}, {fmt(sheet.batchMg)} mg batch</h3>
      <p className="muted">
        How to make this candidate and what to measure. Amounts follow the recipe stoichiometry and the model's loading (drug feed = loaded / EE);
        each step names its source or is marked an assumption (docs/model/protocol.md). Core {sheet.core.name} ({sheet.core.coreClass}).
      </p>
      <div className="no-print bench-controls">
        <label>
          Batch size (mg of product){' '}
          <NumberInput label="Batch size" unit="mg" value={batchMg} min={0.001} max={1e6} testId="bench-batch"
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
            {s.text} <span className={`prov prov-${s.provenance}`} title={s.source}>[{s.provenance}]</span>
            <div className="muted small">{s.source}</div>
          </li>
        ))}
      </ol>
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
      <p className="small">Expected batch: core {fmt(sheet.expected.coreMg)} mg + loaded payloads {fmt(Object.values(sheet.expected.payloadMg).reduce((a, b) => a + b, 0))} mg + membrane {fmt(sheet.expected.membraneMg)} mg = {fmt(sheet.expected.productMg)} mg.</p>
      <h4>Characterisation checklist</h4>
      <table data-testid="bench-checklist">
        <thead><tr><th>measurement</th><th>predicted</th><th>measured</th><th>method</th></tr></thead>
        <tbody>
          {sheet.checklist.map((c) => (
            <tr key={c.id}>
              <td>{c.label}</td><td>{c.predicted === null ? 'not modelled' : `${fmt(c.predicted, 3)} ${c.unit}`}</td><td className="blank" /><td className="small">{c.method}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
