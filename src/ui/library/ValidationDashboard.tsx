// Validation dashboard: each MODEL.md target (V1–V9) with the model's current value, the target and pass/fail, computed
// live in the browser by validationChecks() — the same function src/library/validation.test.ts asserts.
import { useCallback, useEffect, useState } from 'react';
import { validationChecks, type ValidationCheck } from '../../library';
import { loadAllElementTables } from '../../engine';
import './library.css';

const num = (v: number | null) => (v === null || !Number.isFinite(v) ? 'n/a' : String(Number(v.toPrecision(5))));

type Run = { status: 'running' } | { status: 'done'; checks: ValidationCheck[]; ms: number } | { status: 'error'; message: string };

export function ValidationDashboard() {
  const [run, setRun] = useState<Run>({ status: 'running' });
  const start = useCallback(() => {
    setRun({ status: 'running' });
    // next macrotask, so the "running" state paints before ~2 s of computation; V8 sweeps every element Z 20–92, whose
    // photon tables the page may not have loaded yet
    let cancelled = false;
    const handle = setTimeout(() => {
      void loadAllElementTables().catch(() => undefined).then(() => {
        if (cancelled) return;
        try {
          const t0 = performance.now();
          const checks = validationChecks();
          setRun({ status: 'done', checks, ms: performance.now() - t0 });
        } catch (e) {
          setRun({ status: 'error', message: e instanceof Error ? e.message : String(e) });
        }
      });
    }, 30);
    return () => { cancelled = true; clearTimeout(handle); };
  }, []);
  useEffect(() => start(), [start]);

  const passed = run.status === 'done' ? run.checks.filter((c) => c.pass).length : 0;
  return (
    <section className="validation panel" aria-labelledby="validation-title" data-testid="validation-dashboard" aria-busy={run.status === 'running'}>
      <div className="panel-head">
        <h2 id="validation-title">Validation against published and physical targets</h2>
        <button type="button" onClick={start} disabled={run.status === 'running'}>
          Run again
        </button>
      </div>
      {run.status === 'running' ? <p className="muted" role="status">Running the nine checks…</p> : null}
      {run.status === 'error' ? <p className="error">The checks could not run: {run.message}</p> : null}
      {run.status === 'done' ? (
        <>
          <p role="status" data-testid="validation-summary" className={passed === run.checks.length ? 'ok-note' : 'error'}>
            {passed} of {run.checks.length} checks pass ({Math.round(run.ms)} ms, computed now from the model; the test suite runs the same checks).
          </p>
          <div className="table-scroll">
            <table className="val-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Check</th>
                  <th scope="col">Target</th>
                  <th scope="col">Model value</th>
                  <th scope="col">Tolerance</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {run.checks.map((c) => (
                  <tr key={c.id} data-testid="validation-row" data-check={c.id} data-pass={String(c.pass)}>
                    <th scope="row">{c.id}</th>
                    <td>
                      {c.title}
                      <details>
                        <summary className="small">details ({c.parts.length})</summary>
                        <p className="small">{c.detail}</p>
                        <ul className="small">
                          {c.parts.map((p, i) => (
                            <li key={i} className={p.pass ? undefined : 'val-fail'}>
                              {p.pass ? '✓' : '✗'} {p.label}: {num(p.value)}
                              {p.unit && p.unit !== '1' ? ` ${p.unit}` : ''} (target {p.target})
                            </li>
                          ))}
                        </ul>
                      </details>
                    </td>
                    <td className="small">{c.target}</td>
                    <td>
                      {num(c.value)}
                      {c.unit && c.unit !== '1' ? <span className="muted small"> {c.unit}</span> : null}
                    </td>
                    <td className="small">{c.tolerance}</td>
                    <td>
                      <span className={`verdict ${c.pass ? 'verdict-agree' : 'verdict-differ'}`}>{c.pass ? 'pass' : 'fail'}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}

export default ValidationDashboard;
