// In-vitro tab (issue #26, lazy): the selected candidate's particle in a plate — inputs saved in the candidate (scenario.setting / scenario.invitro), delivered fraction vs time, uptake per cell, viability, clonogenic curves with SER under each definition, and calibration from your clonogenic CSVs.
import { useMemo, useState } from 'react';
import type { Candidate } from '../../state/types';
import { useStore } from '../../state/store';
import { CELL_LINES, CELL_LINE_IDS, PLATES, PLATE_IDS } from '../../catalog/cell-lines';
import { CATALOG_LOOKUP, type CompletedFormulation, type EngineScores } from '../../engine';
import { completeFormulation, INVITRO_FIELDS } from '../../schema';
import { defaultMeasuredElement, fitSensitization, invitroOfCompleted, parseSurvivalCsv, SER_LABELS, SurvivalDataError, type InvitroReport, type SensitizationFit, type SurvivalPoint } from '../../engine/invitro';
import { csvText } from '../../engine';
import { PlotFigure } from '../../charts/PlotFigure';
import { ARM_COLORS, PALETTE } from '../../charts/palette';
import { NumberInput } from '../fields';

const fmt = (v: number, d = 3) => (Number.isFinite(v) ? (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(2) : v.toPrecision(d)) : '—');

type Iv = NonNullable<CompletedFormulation['scenario']['invitro']>;
// The registry's scenario.invitro defaults, as the schema completes an in-vitro scenario (one owner of the defaults).
const DEFAULTS: Iv = completeFormulation({ scenario: { setting: 'in-vitro' } }).scenario.invitro!;

/** The registry's range of a scenario.invitro number field, as a NumberInput check. */
function rangeCheck(key: string): (v: number) => string | null {
  const f = INVITRO_FIELDS.find((x) => x.key === key);
  if (!f || f.kind !== 'number') return () => null;
  return (v) => {
    const lo = f.exclusiveMin ? v <= f.min : v < f.min;
    if (lo || v > f.max) return `must be ${f.exclusiveMin ? '>' : '≥'} ${f.min} and ≤ ${f.max}${f.unit && f.unit !== '1' ? ` ${f.unit}` : ''}`;
    return null;
  };
}

export default function InVitro({ scores, candidate }: { scores: EngineScores; candidate: Candidate }) {
  const f = scores.formulation;
  const edit = useStore((s) => s.edit);
  const setOverride = useStore((s) => s.setOverride);
  const iv: Iv = { ...DEFAULTS, ...(f.scenario.invitro ?? {}) };
  const inVitro = f.scenario.setting === 'in-vitro';
  const set = (key: keyof Iv, v: unknown, coalesce = true) => edit(candidate.id, `scenario.invitro.${key}`, v, { coalesce });
  const result = useMemo((): { r: InvitroReport } | { error: string } => {
    try {
      return { r: invitroOfCompleted({ ...f, scenario: { ...f.scenario, invitro: iv } }, CATALOG_LOOKUP) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
    // iv is rebuilt from f every render; f changes identity with every edit
  }, [f]);
  const num = (key: keyof Iv, label: string, unit: string, optional = false) => (
    <label className="field inline">
      <span>{label}{unit ? ` (${unit})` : ''}</span>
      <NumberInput
        label={label}
        unit={unit}
        value={iv[key] ?? null}
        testId={`invitro-${key}`}
        check={rangeCheck(key)}
        undoable
        path={`scenario.invitro.${key}`}
        onValue={(v) => (v === null ? (optional ? set(key, undefined) : undefined) : set(key, v))}
        style={{ width: '7rem' }}
      />
    </label>
  );
  const elements = 'r' in result ? Object.keys(result.r.uptake.pgPerCell) : [];
  return (
    <div className="invitro" data-testid="invitro-tab">
      <fieldset>
        <legend>Plate experiment (saved in this candidate: links and files carry it)</legend>
        <label className="field inline">
          <input type="checkbox" checked={inVitro} data-testid="invitro-setting" onChange={(e) => edit(candidate.id, 'scenario.setting', e.target.checked ? 'in-vitro' : undefined)} />
          <span>This candidate is an in-vitro experiment (the CLI’s <code>score</code> then adds the plate results)</span>
        </label>
        <div className="row">
          <label className="field inline"><span>Cell line</span>
            <select value={iv.cellLine} data-testid="invitro-cellLine" onChange={(e) => set('cellLine', e.target.value, false)}>{CELL_LINE_IDS.map((id) => <option key={id} value={id}>{CELL_LINES[id].name}</option>)}</select>
          </label>
          <label className="field inline"><span>Plate</span>
            <select value={iv.plate} data-testid="invitro-plate" onChange={(e) => set('plate', e.target.value, false)}>{PLATE_IDS.map((id) => <option key={id} value={id}>{PLATES[id].name}</option>)}</select>
          </label>
          {num('concentrationUgPerMl', 'Concentration', 'µg/mL')}
          {num('incubationH', 'Incubation', 'h')}
          {num('serumFraction', 'Serum fraction', '')}
          {num('cellsPerCm2', 'Cells per cm²', '')}
        </div>
        <div className="row">
          {num('measuredPgPerCell', 'Measured uptake (ICP-MS, optional)', 'pg/cell', true)}
          <label className="field inline"><span>Measured element</span>
            <select value={iv.measuredElement ?? ''} data-testid="invitro-measuredElement" onChange={(e) => set('measuredElement', e.target.value || undefined, false)}>
              <option value="">highest Z{'r' in result && elements.length ? ` (${defaultMeasuredElement(result.r.uptake.pgPerCell)})` : ''}</option>
              {elements.map((el) => <option key={el} value={el}>{el}</option>)}
              <option value="particle">whole particle</option>
            </select>
          </label>
        </div>
        <details>
          <summary>Agglomerates and cell-layer binding (optional)</summary>
          <div className="row">
            {num('agglomerateDiameterNm', 'Agglomerate diameter', 'nm', true)}
            {num('fractalDimension', 'Fractal dimension', '', true)}
            {num('effectiveDensityGPerCm3', 'Effective density', 'g/cm³', true)}
            {num('bindingKdUgPerMl', 'Cell-layer K_D (empty = absorbing)', 'µg/mL', true)}
            {num('bindingCapacityUgPerCm2', 'Cell-layer capacity (empty = monolayer)', 'µg/cm²', true)}
          </div>
        </details>
      </fieldset>
      {'error' in result ? <p role="alert" className="field-error">{result.error}</p> : <Report r={result.r} candidateId={candidate.id} setOverride={setOverride} />}
      <p className="small">Sedimentation + diffusion to an absorbing or Langmuir cell layer (ISDD / DG), saturable size-dependent uptake (Chithrani 2006) or your measured value, released drug as concentration × time against the viability IC50, oxic LQ survival with the local effect. CLI: <code>invitro</code>. See docs/model/invitro.md.</p>
    </div>
  );
}

function Report({ r, candidateId, setOverride }: { r: InvitroReport; candidateId: string; setOverride: (id: string, paramId: string, value: number | undefined) => void }) {
  const d = r.dosimetry;
  const c = r.clonogenic;
  const [data, setData] = useState<{ control?: SurvivalPoint[]; treated?: SurvivalPoint[] }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [applied, setApplied] = useState(false);
  const delivered = d.timesH.map((t, i) => ({ t, delivered: d.deliveredFraction[i], suspended: d.suspendedFraction[i], dissolved: d.dissolvedFraction[i] }));
  const deliveredLong = delivered.flatMap((p) => (['delivered', 'suspended', 'dissolved'] as const).map((k) => ({ t: p.t, v: p[k], series: k })));
  const surv = c.dosesGy.map((D, i) => ({ D, control: c.sfControl[i], treated: c.sfTreated[i] }));
  const survLong = surv.flatMap((p) => [{ D: p.D, sf: p.control, arm: 'control' }, { D: p.D, sf: p.treated, arm: 'with particles' }]);
  const measuredPts = [...(data.control ?? []).map((p) => ({ D: p.doseGy, sf: p.sf, arm: 'control' })), ...(data.treated ?? []).map((p) => ({ D: p.doseGy, sf: p.sf, arm: 'with particles' }))];
  const cy = r.cytotoxicity;
  const viab = cy.concentrationsUgPerMl.flatMap((x, i) => [
    { c: x, v: cy.loadedCarrier[i], series: 'loaded carrier' },
    ...cy.drugAlone.map((a) => ({ c: x, v: a.viability[i], series: `${a.agent} alone` })),
    { c: x, v: cy.emptyCarrier[i], series: 'empty carrier' },
  ]);
  const fit = useMemo((): { fit: SensitizationFit } | { error: string } | null => {
    if (!data.control || !data.treated) return null;
    try {
      // the model's LEF of this uptake (summed over elements, saturated): what the fitted strength k scales
      return { fit: fitSensitization({ control: data.control, treated: data.treated, doseEnhancementFactor: c.doseEnhancementFactor, modelLocalEnhancementFactor: c.localEnhancementFactor }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [data, c.doseEnhancementFactor, c.localEnhancementFactor]);
  const readFile = async (arm: 'control' | 'treated', file: File | undefined) => {
    setApplied(false);
    if (!file) return;
    try {
      const text = await file.text();
      const pts = parseSurvivalCsv(text);
      setData((o) => ({ ...o, [arm]: pts }));
      setProblem(null);
    } catch (e) {
      const where = e instanceof SurvivalDataError && e.line && !/^line /.test(e.message) ? `line ${e.line}: ` : '';
      setProblem(`${arm === 'control' ? 'Control' : 'Treated'} file “${file.name}”: ${where}${e instanceof Error ? e.message : String(e)}. Expected CSV columns: dose (Gy), surviving fraction (0–1], optional weight.`);
      setData((o) => ({ ...o, [arm]: undefined }));
    }
  };
  return (
    <>
      <dl className="kv">
        <dt>Medium height · cell layer</dt><dd>{fmt(d.heightMm)} mm · {d.boundary === 'absorbing' ? 'absorbing (ISDD)' : `Langmuir (DG), capacity ${fmt(d.bindingCapacityUgPerCm2)} µg/cm²`}</dd>
        <dt>Settling velocity · diffusivity</dt><dd>{fmt(d.velocityMmPerH)} mm/h · {fmt(d.diffusivityCm2PerS)} cm²/s (Péclet {fmt(d.peclet)})</dd>
        <dt>Delivered at the end</dt><dd>{fmt(d.deliveredFraction[d.deliveredFraction.length - 1] * 100)} % · {fmt(d.deliveredUgPerCm2[d.deliveredUgPerCm2.length - 1])} µg/cm²</dd>
        <dt>Uptake per cell ({r.uptake.provenance}{r.conditions.measuredElement ? `: ${r.conditions.measuredElement}` : ''})</dt><dd data-testid="invitro-uptake">{fmt(r.uptake.pgPerCellParticle)} pg particle{Object.entries(r.uptake.pgPerCell).map(([el, v]) => ` · ${el} ${fmt(v)} pg`).join('')}{r.uptake.provenance === 'model' ? ` (plateau ${fmt(r.uptake.maxPgPerCell)} pg)` : ''}</dd>
        <dt>Viability (loaded carrier)</dt><dd data-testid="invitro-viability">{fmt(cy.viabilityLoaded * 100)} %{cy.effectiveDrugM.length ? ` (drug seen: ${fmt(cy.effectiveDrugM[0] * 1e6)} µM × time-equivalent)` : ''}</dd>
        <dt>DEF (cell) · LEF · FAK occupancy</dt><dd>{fmt(c.doseEnhancementFactor, 4)} · {fmt(c.localEnhancementFactor, 4)} · {fmt(c.fakOccupancy, 3)}</dd>
      </dl>
      <div className="chart-grid">
        <PlotFigure
          testId="invitro-delivered-chart"
          label="Delivered fraction vs time: the share of the particles at the cell layer, still suspended, and dissolved"
          name="invitro-delivered"
          deps={[d]}
          table={() => csvText([['time (h)', 'delivered (1)', 'suspended (1)', 'dissolved (1)', 'delivered (µg/cm²)'], ...delivered.map((p, i) => [p.t, p.delivered, p.suspended, p.dissolved, d.deliveredUgPerCm2[i]])])}
          make={(Plot, width) => Plot.plot({
            width, height: 240, marginLeft: 52,
            x: { label: 'time (h)' },
            y: { label: 'fraction', domain: [0, 1], grid: true },
            color: { domain: ['delivered', 'suspended', 'dissolved'], range: [PALETTE[0], PALETTE[4], '#595959'], legend: true },
            marks: [Plot.line(deliveredLong, { x: 't', y: 'v', stroke: 'series', strokeWidth: 2 }), Plot.ruleY([0])],
          })}
        />
        <PlotFigure
          testId="invitro-clonogenic-chart"
          label={`Clonogenic survival, control and with particles, log scale${measuredPts.length ? ', with your data' : ''}`}
          name="invitro-clonogenic"
          deps={[surv, measuredPts]}
          table={() => csvText([['series', 'dose (Gy)', 'surviving fraction control (1)', 'surviving fraction with particles (1)'], ...surv.map((p) => ['model', p.D, p.control, p.treated]), ...measuredPts.map((p) => [`your ${p.arm}`, p.D, p.arm === 'control' ? p.sf : null, p.arm === 'control' ? null : p.sf])])}
          make={(Plot, width) => Plot.plot({
            width, height: 240, marginLeft: 56,
            x: { label: 'dose (Gy)' },
            y: { label: 'surviving fraction', type: 'log', grid: true, tickFormat: '~g' },
            color: { domain: ['control', 'with particles'], range: [ARM_COLORS.control, PALETTE[1]], legend: true },
            marks: [Plot.line(survLong, { x: 'D', y: 'sf', stroke: 'arm', strokeWidth: 2 }), Plot.dot(measuredPts, { x: 'D', y: 'sf', stroke: 'arm', fill: 'white', r: 3.5 })],
          })}
        />
        {cy.drugAlone.length > 0 && (
          <PlotFigure
            testId="invitro-viability-chart"
            label="Viability vs particle concentration: loaded carrier, the drug alone at the same amount, and the empty carrier"
            name="invitro-viability"
            deps={[cy]}
            table={() => csvText([['concentration (µg/mL particles)', ...viab.slice(0, 2 + cy.drugAlone.length).map((v) => `${v.series} viability (1)`)], ...cy.concentrationsUgPerMl.map((x, i) => [x, cy.loadedCarrier[i], ...cy.drugAlone.map((a) => a.viability[i]), cy.emptyCarrier[i]])])}
            make={(Plot, width) => Plot.plot({
              width, height: 240, marginLeft: 52,
              x: { label: 'particles (µg/mL)', type: 'log' },
              y: { label: 'viability', domain: [0, 1.05], grid: true },
              color: { legend: true, domain: ['loaded carrier', ...cy.drugAlone.map((a) => `${a.agent} alone`), 'empty carrier'], range: [PALETTE[1], ...cy.drugAlone.map((_, i) => [PALETTE[2], PALETTE[5], PALETTE[3]][i % 3]), '#595959'] },
              marks: [Plot.line(viab, { x: 'c', y: 'v', stroke: 'series', strokeWidth: 2 })],
            })}
          />
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
      <fieldset data-testid="invitro-calibration">
        <legend>Calibrate from your clonogenic assay</legend>
        <p className="small">Two CSV files — dose (Gy), surviving fraction (0–1], optional weight; a header row is allowed. The treated arm was incubated as above (uptake and beam {r.conditions.beam}).</p>
        <div className="row">
          <label className="field inline"><span>Control CSV</span><input type="file" accept=".csv,.txt,text/csv,text/plain" data-testid="invitro-control-file" onChange={(e) => void readFile('control', e.target.files?.[0])} /></label>
          <label className="field inline"><span>Treated CSV</span><input type="file" accept=".csv,.txt,text/csv,text/plain" data-testid="invitro-treated-file" onChange={(e) => void readFile('treated', e.target.files?.[0])} /></label>
        </div>
        {problem && <p role="alert" className="field-error" data-testid="invitro-csv-error">{problem}</p>}
        {fit && 'error' in fit && <p role="alert" className="field-error" data-testid="invitro-csv-error">Calibration: {fit.error}</p>}
        {fit && 'fit' in fit && (
          <div data-testid="invitro-calibration-result">
            <dl className="kv">
              <dt>Control fit</dt><dd>α {fmt(fit.fit.control.alpha)} Gy⁻¹ · β {fmt(fit.fit.control.beta)} Gy⁻² ({data.control?.length} points)</dd>
              <dt>Treated α (β fixed)</dt><dd>{fmt(fit.fit.alphaTreatedPerGy)} ± {fmt(fit.fit.alphaTreatedSE)} Gy⁻¹ ({data.treated?.length} points)</dd>
              <dt>Fitted LEF · strength k</dt><dd>{fmt(fit.fit.localEnhancementFactor, 4)} · {fmt(fit.fit.strengthScale, 4)} (fitted to your data; uptake {r.uptake.provenance})</dd>
            </dl>
            {fit.fit.warnings.map((w) => <p key={w} className="banner warn">{w}</p>)}
            <button type="button" disabled={!Object.keys(fit.fit.overrides).length} data-testid="invitro-apply-calibration" onClick={() => {
              for (const [k, v] of Object.entries(fit.fit.overrides)) setOverride(candidateId, k, v);
              setApplied(true);
            }}>Apply to this candidate (local-effect strength × {fmt(fit.fit.strengthScale, 3)})</button>
            {applied && <p className="small" role="status">Applied: the local-effect overrides now carry the fit into the in-vivo prediction. The bridge assumes tumour cells turn intracellular metal into sensitization as cells in a dish do.</p>}
          </div>
        )}
      </fieldset>
    </>
  );
}
