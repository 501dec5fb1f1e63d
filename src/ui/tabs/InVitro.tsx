// In-vitro tab (issue #26, lazy): the selected candidate's particle in a plate — delivered fraction vs time, uptake per cell, viability, clonogenic curves and SER under each definition.
import { useMemo, useState } from 'react';
import { CELL_LINES, CELL_LINE_IDS, PLATES, PLATE_IDS, type CellLineId, type PlateId } from '../../catalog/cell-lines';
import { CATALOG_LOOKUP, type EngineScores } from '../../engine';
import { invitroForFormulation, SER_LABELS, type InvitroReport } from '../../engine/invitro';

const fmt = (v: number, d = 3) => (Number.isFinite(v) ? (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(2) : v.toPrecision(d)) : '—');

/** A small line chart (SVG): several series over one x axis; y linear or log10. */
function Lines({ title, x, series, xLabel, yLabel, log }: { title: string; x: number[]; series: { name: string; y: number[]; color: string }[]; xLabel: string; yLabel: string; log?: boolean }) {
  const W = 320, H = 180, L = 44, B = 28;
  const ty = (v: number) => (log ? Math.log10(Math.max(v, 1e-6)) : v);
  const ys = series.flatMap((s) => s.y.map(ty)).filter(Number.isFinite);
  const y0 = Math.min(...ys, log ? -3 : 0), y1 = Math.max(...ys, log ? 0 : 1e-9);
  const x0 = Math.min(...x), x1 = Math.max(...x, x0 + 1e-9);
  const px = (v: number) => L + ((v - x0) / (x1 - x0)) * (W - L - 8);
  const py = (v: number) => H - B - ((ty(v) - y0) / (y1 - y0 || 1)) * (H - B - 8);
  return (
    <figure className="invitro-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={title}>
        <line x1={L} y1={H - B} x2={W - 8} y2={H - B} stroke="currentColor" />
        <line x1={L} y1={8} x2={L} y2={H - B} stroke="currentColor" />
        <text x={(W + L) / 2} y={H - 6} textAnchor="middle" fontSize="10">{xLabel}</text>
        <text x={4} y={14} fontSize="10">{yLabel}{log ? ' (log)' : ''}</text>
        <text x={L - 4} y={H - B} textAnchor="end" fontSize="9">{log ? `1e${Math.round(y0)}` : fmt(y0, 2)}</text>
        <text x={L - 4} y={14} textAnchor="end" fontSize="9">{log ? `1e${Math.round(y1)}` : fmt(y1, 2)}</text>
        <text x={W - 8} y={H - B + 12} textAnchor="end" fontSize="9">{fmt(x1, 3)}</text>
        {series.map((s) => (
          <polyline key={s.name} fill="none" stroke={s.color} strokeWidth={2} points={x.map((xv, i) => `${px(xv).toFixed(1)},${py(s.y[i]).toFixed(1)}`).join(' ')} />
        ))}
      </svg>
      <figcaption>
        {title}: {series.map((s) => <span key={s.name} style={{ marginRight: '0.8em' }}><span aria-hidden="true" style={{ color: s.color }}>■</span> {s.name}</span>)}
      </figcaption>
    </figure>
  );
}

export default function InVitro({ scores }: { scores: EngineScores }) {
  const f = scores.formulation;
  const iv = f.scenario.invitro;
  const [cellLine, setCellLine] = useState<CellLineId>((iv?.cellLine as CellLineId) ?? 'hela');
  const [plate, setPlate] = useState<PlateId>((iv?.plate as PlateId) ?? '24-well');
  const [conc, setConc] = useState(iv?.concentrationUgPerMl ?? 50);
  const [hours, setHours] = useState(iv?.incubationH ?? 24);
  const [measured, setMeasured] = useState<string>(iv?.measuredPgPerCell !== undefined ? String(iv.measuredPgPerCell) : '');
  const result = useMemo((): { r: InvitroReport } | { error: string } => {
    try {
      const m = measured.trim() === '' ? undefined : Number(measured);
      if (m !== undefined && !(Number.isFinite(m) && m >= 0)) return { error: `Measured uptake: "${measured}" is not a number ≥ 0 pg/cell` };
      return { r: invitroForFormulation(f, CATALOG_LOOKUP, { cellLine, plate, concentrationUgPerMl: conc, incubationH: hours, ...(m !== undefined ? { measuredPgPerCell: m } : {}) }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [f, cellLine, plate, conc, hours, measured]);
  return (
    <div className="invitro">
      <fieldset>
        <legend>Plate experiment</legend>
        <label>Cell line <select value={cellLine} onChange={(e) => setCellLine(e.target.value as CellLineId)}>{CELL_LINE_IDS.map((id) => <option key={id} value={id}>{CELL_LINES[id].name}</option>)}</select></label>{' '}
        <label>Plate <select value={plate} onChange={(e) => setPlate(e.target.value as PlateId)}>{PLATE_IDS.map((id) => <option key={id} value={id}>{PLATES[id].name}</option>)}</select></label>{' '}
        <label>Concentration (µg/mL) <input type="number" min={0} step={1} value={conc} onChange={(e) => setConc(Math.max(0, Number(e.target.value) || 0))} /></label>{' '}
        <label>Incubation (h) <input type="number" min={0} max={336} step={1} value={hours} onChange={(e) => setHours(Math.min(336, Math.max(0, Number(e.target.value) || 0)))} /></label>{' '}
        <label>Measured uptake (pg/cell, optional) <input type="text" inputMode="decimal" value={measured} onChange={(e) => setMeasured(e.target.value)} placeholder="model" /></label>
      </fieldset>
      {'error' in result ? (
        <p role="alert">{result.error}</p>
      ) : (
        <Report r={result.r} />
      )}
      <p className="muted">Sedimentation + diffusion to an absorbing cell layer (ISDD-like), size-dependent uptake (assumption) or your measured value, Hill viability, oxic LQ survival with the local effect. CLI: <code>invitro</code> (also calibrates from clonogenic CSVs). See docs/model/invitro.md.</p>
    </div>
  );
}

function Report({ r }: { r: InvitroReport }) {
  const d = r.dosimetry;
  const c = r.clonogenic;
  return (
    <>
      <dl className="kv">
        <dt>Medium height</dt><dd>{fmt(d.heightMm)} mm</dd>
        <dt>Settling velocity · diffusivity</dt><dd>{fmt(d.velocityMmPerH)} mm/h · {fmt(d.diffusivityCm2PerS)} cm²/s (Péclet {fmt(d.peclet)})</dd>
        <dt>Delivered at the end</dt><dd>{fmt(d.deliveredFraction[d.deliveredFraction.length - 1] * 100)} % · {fmt(d.deliveredUgPerCm2[d.deliveredUgPerCm2.length - 1])} µg/cm²</dd>
        <dt>Uptake per cell ({r.uptake.provenance})</dt><dd>{fmt(r.uptake.pgPerCellParticle)} pg particle{Object.entries(r.uptake.pgPerCell).map(([el, v]) => ` · ${el} ${fmt(v)} pg`).join('')}</dd>
        <dt>Viability (loaded carrier)</dt><dd>{fmt(r.cytotoxicity.viabilityLoaded * 100)} %</dd>
        <dt>DEF (cell) · LEF</dt><dd>{fmt(c.doseEnhancementFactor, 4)} · {fmt(c.localEnhancementFactor, 4)}</dd>
      </dl>
      <div className="invitro-charts">
        <Lines title="Delivered fraction vs time" x={d.timesH} xLabel="h" yLabel="fraction" series={[{ name: 'delivered', y: d.deliveredFraction, color: '#0072B2' }, { name: 'suspended', y: d.suspendedFraction, color: '#E69F00' }, { name: 'dissolved', y: d.dissolvedFraction, color: '#999999' }]} />
        <Lines title="Clonogenic survival" x={c.dosesGy} xLabel="Gy" yLabel="SF" log series={[{ name: 'control', y: c.sfControl, color: '#000000' }, { name: 'with particles', y: c.sfTreated, color: '#D55E00' }]} />
        {r.cytotoxicity.drugAlone.length > 0 && (
          <Lines title="Viability vs concentration" x={r.cytotoxicity.concentrationsUgPerMl.map((v) => Math.log10(v))} xLabel="log10 µg/mL particles" yLabel="viability" series={[{ name: 'loaded carrier', y: r.cytotoxicity.loadedCarrier, color: '#D55E00' }, ...r.cytotoxicity.drugAlone.map((x) => ({ name: `${x.agent} alone`, y: x.viability, color: '#009E73' })), { name: 'empty carrier', y: r.cytotoxicity.emptyCarrier, color: '#999999' }]} />
        )}
      </div>
      <table className="data">
        <caption>SER under each definition (papers differ: compare like with like)</caption>
        <thead><tr><th scope="col">definition</th><th scope="col">SER</th></tr></thead>
        <tbody>
          {(Object.keys(SER_LABELS) as (keyof typeof SER_LABELS)[]).map((k) => (
            <tr key={k}><th scope="row">{SER_LABELS[k]}</th><td className="r">{fmt(c.ser[k], 4)}</td></tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
