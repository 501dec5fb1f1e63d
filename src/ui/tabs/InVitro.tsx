// In-vitro tab (issue #26, lazy): the selected candidate's particle in a plate — inputs saved in the candidate (scenario.setting / scenario.invitro), delivered fraction vs time, uptake per cell, viability, clonogenic curves with SER under each definition, and calibration from your clonogenic CSVs.
import { agentName, beamChoices } from '../catalog-view';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { Candidate } from '../../state/types';
import { useStore } from '../../state/store';
import { CELL_LINES, CELL_LINE_IDS, PLATES, PLATE_IDS } from '../../catalog/cell-lines';
import { CATALOG_LOOKUP, type CompletedFormulation, type EngineScores } from '../../engine';
import { completeFormulation, INVITRO_FIELDS } from '../../schema';
import { calibrateInvitro, defaultMeasuredElement, invitroOfCompleted, parseClonogenicCsv, SER_LABELS, STRENGTH_PLAUSIBLE, strengthVsCatalog, SurvivalDataError, type InvitroCalibration, type InvitroReport, type SurvivalPoint } from '../../engine/invitro';
import { LOCAL_EFFECT_STRENGTH_KEYS } from '../../schema';
import type { Explanation } from '../../model/param';
import { csvText } from '../../engine';
import { PlotFigure } from '../../charts/PlotFigure';
import { ARM_COLORS, PALETTE } from '../../charts/palette';
import { NumberInput } from '../fields';
import { useEvaluation } from '../hooks';
import { withUnit } from '../format';

// the viability upload and fit load only when the tab shows a plate (a lazy chunk beside this tab's)
const ViabilityCalibration = lazy(() => import('./ViabilityCalibration'));

/**
 * The SER definitions as this tab names them (walk11 #9): every one is of the cells in this plate, and the app's own
 * definition (dose ratio at SF 0.1) says so, because the Overview gives the same definition for the tumour in vivo —
 * another scenario, another number.
 */
const PLATE_SER_LABELS: Record<keyof typeof SER_LABELS, string> = {
  ...SER_LABELS,
  doseRatioAtSf10: 'dose ratio at SF 0.1, cells in this plate (the app’s SER definition; the Overview’s SER is the tumour in vivo)',
};

const fmt = (v: number, d = 3) => (Number.isFinite(v) ? (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(2) : v.toPrecision(d)) : '—');

/** A number of the plate model that opens its explanation (equation, inputs with units, sources) like the Overview's numbers. */
function Ex({ value, unit, title, ex, digits = 3, testId }: { value: number; unit: string; title: string; ex: Explanation[]; digits?: number; testId?: string }) {
  const open = useStore((s) => s.openExplain);
  const text = withUnit(value, unit, digits);
  return (
    <button type="button" className="num" data-testid={testId} aria-label={`${title}: ${text}. Explain`} onClick={() => open({ key: `invitro.${title}`, title, value: text, explanations: ex })}>
      {text}
    </button>
  );
}

/** A beam id as the Builder names it ("225kVp" → "225 kVp X-ray tube"); a beam written in the grammar stays as written. */
const beamName = (id: string) => beamChoices().find((b) => b.id === id)?.name ?? id;

/** An anchor beam's strength key in words (walk9 #10: "s220kVp" → "220 kVp"). */
const anchorBeam = (key: string) => key.slice(1).replace(/^(\d+)(kVp|MV)$/, '$1 $2');

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
  const iv: Iv = { ...DEFAULTS, ...(f.scenario.invitro ?? {}) };
  // the inputs show what you typed (the draft), even while the candidate has problems and the numbers below are its last valid version
  const draftScenario = (candidate.draft.scenario ?? {}) as { setting?: unknown; invitro?: Record<string, unknown> };
  const typed: Record<string, unknown> = { ...iv, ...(draftScenario.invitro ?? {}) };
  const inVitro = draftScenario.setting === 'in-vitro';
  const ev = useEvaluation(candidate);
  const stale = ev.status === 'invalid';
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
        value={typed[key] ?? null}
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
        {stale && <p className="banner warn" role="status" data-testid="invitro-stale">This candidate has problems (listed above), so the plate below is computed for its last valid version. What you change here is saved and takes effect once the problems are fixed.</p>}
        <div className="row" role="radiogroup" aria-label="Scenario of this candidate" data-testid="invitro-scenario">
          <span>Scenario of this candidate:</span>
          <label className="field inline"><input type="radio" name={`setting-${candidate.id}`} checked={!inVitro} data-testid="invivo-setting" onChange={() => edit(candidate.id, 'scenario.setting', undefined)} /><span>in vivo (a tumour)</span></label>
          <label className="field inline"><input type="radio" name={`setting-${candidate.id}`} checked={inVitro} data-testid="invitro-setting" onChange={() => edit(candidate.id, 'scenario.setting', 'in-vitro')} /><span>in vitro (this plate)</span></label>
        </div>
        <p className="small muted">The scenario is what this candidate’s saved file or link reports on the command line (<code>score</code>). The app shows both either way: this tab always computes the plate, and the other tabs (Overview, Compare, …) always the tumour. The plate inputs below are saved and shared in both scenarios.</p>
        <div className="row">
          <label className="field inline"><span>Cell line</span>
            <select value={iv.cellLine} data-testid="invitro-cellLine" onChange={(e) => set('cellLine', e.target.value, false)}>{CELL_LINE_IDS.map((id) => <option key={id} value={id}>{CELL_LINES[id].name}</option>)}</select>
          </label>
          <label className="field inline"><span>Plate</span>
            <select value={iv.plate} data-testid="invitro-plate" onChange={(e) => set('plate', e.target.value, false)}>{PLATE_IDS.map((id) => <option key={id} value={id}>{PLATES[id].name}</option>)}</select>
          </label>
          <label className="field inline"><span>Beam</span>
            <select value={typeof typed.beam === 'string' ? typed.beam : ''} data-testid="invitro-beam" onChange={(e) => set('beam', e.target.value || undefined, false)}>
              <option value="">as the scenario: {beamName(f.scenario.beam)}</option>
              {beamChoices().map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
              {typeof typed.beam === 'string' && typed.beam && !beamChoices().some((b) => b.id === typed.beam) && <option value={typed.beam}>{typed.beam}</option>}
            </select>
          </label>
          {num('concentrationUgPerMl', 'Concentration', 'µg/mL')}
          {num('incubationH', 'Incubation', 'h')}
          {num('assayH', 'Viability assay hours (empty = incubation)', 'h', true)}
          {num('serumFraction', 'Serum fraction', '')}
          {num('cellsPerCm2', 'Cells per cm²', '')}
        </div>
        <div className="row">
          {num('measuredPgPerCell', 'Measured uptake (ICP-MS, optional)', 'pg/cell', true)}
          <label className="field inline"><span>Measured element</span>
            <select value={iv.measuredElement ?? ''} data-testid="invitro-measuredElement" onChange={(e) => set('measuredElement', e.target.value || undefined, false)}>
              <option value="">highest Z{'r' in result && elements.length ? ` (${defaultMeasuredElement(result.r.uptake.pgPerCell) ?? elements[0]})` : ''}</option>
              {elements.map((el) => <option key={el} value={el}>{el}</option>)}
              <option value="particle">whole particle</option>
            </select>
          </label>
        </div>
        {(typed.incubationH === 0 || typed.concentrationUgPerMl === 0) && (
          <p className="banner warn" role="status" data-testid="invitro-zero-note">
            {typed.incubationH === 0 ? 'Incubation (h) is 0: the particles have no time to reach the cells' : 'Concentration (µg/mL) is 0: there are no particles in the well'}, so the delivered dose, the uptake and the particles’ effect are all 0 and every readout below is the untreated plate. Enter {typed.incubationH === 0 ? 'the hours the cells spent with the particles before irradiation' : 'the particle concentration of your wells'}.
          </p>
        )}
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
      {'error' in result ? <p role="alert" className="field-error">{result.error}</p> : <Report r={result.r} f={{ ...f, scenario: { ...f.scenario, invitro: iv } }} candidateId={candidate.id} />}
      <p className="small">Sedimentation + diffusion to an absorbing or Langmuir cell layer (ISDD / DG), saturable size-dependent uptake (Chithrani 2006) or your measured value, released drug as concentration × time against the viability IC50, oxic LQ survival with the local effect. Command line: <code>invitro</code>. Equations, sources and limits: <a href={`${import.meta.env.BASE_URL}docs/model/invitro.md`} target="_blank" rel="noopener" data-testid="invitro-docs-link">the in-vitro model page (docs/model/invitro.md)</a>.</p>
    </div>
  );
}

/** The cell line's LQ (catalog, or your fitted control), as an explanation with sources. */
function cellLineExplanation(r: InvitroReport): Explanation {
  const cell = CELL_LINES[r.conditions.cellLine];
  const c = r.clonogenic;
  const fitted = r.conditions.controlLq === 'fitted to your data';
  const row = (name: string, value: number, unit: string, p: { source: string; provenance: Explanation['params'][number]['provenance'] }) => ({ name, value, unit, source: p.source, provenance: p.provenance });
  const yours = { source: 'fitted to your data (your control arm’s LQ fit, applied from this tab: scenario.invitro.controlAlphaPerGy / controlBetaPerGy2)', provenance: 'fitted' as const };
  return {
    equation: 'IV0-cell-line',
    formula: 'S_control(D) = exp(−α D − β D²), α = α_cell·OMF(incubator pO₂), β = β_cell·OMF²',
    inputs: [
      { name: 'cell line', value: cell.name, unit: '' },
      { name: 'α (control arm)', value: c.control.alphaPerGy, unit: 'Gy⁻¹' },
      { name: 'β (control arm)', value: c.control.betaPerGy2, unit: 'Gy⁻²' },
    ],
    params: fitted
      ? [row('α (your control)', c.control.alphaPerGy, 'Gy⁻¹', yours), row('β (your control)', c.control.betaPerGy2, 'Gy⁻²', yours)]
      : [row('α', cell.alphaPerGy.value, cell.alphaPerGy.unit, cell.alphaPerGy), row('β', cell.betaPerGy2.value, cell.betaPerGy2.unit, cell.betaPerGy2), row('cell volume', cell.cellVolumeUm3.value, cell.cellVolumeUm3.unit, cell.cellVolumeUm3)],
    result: { name: 'SF control at 2 Gy', value: Math.exp(-2 * c.control.alphaPerGy - 4 * c.control.betaPerGy2), unit: '1' },
    note: fitted ? 'The control is your fitted control: the model divides the incubator’s oxygen modification out of it, so the drawn control equals your fit.' : 'The catalog’s α, β of this cell line (upload your control arm below and Apply to use your own).',
  };
}

function Report({ r, f, candidateId }: { r: InvitroReport; f: CompletedFormulation; candidateId: string }) {
  const editMany = useStore((s) => s.editMany);
  const d = r.dosimetry;
  const c = r.clonogenic;
  const [data, setData] = useState<{ control?: SurvivalPoint[]; treated?: SurvivalPoint[] }>({});
  const [problem, setProblem] = useState<{ control?: string; treated?: string }>({});
  const [understood, setUnderstood] = useState<string[]>([]);
  const [applied, setApplied] = useState(false);
  // walk9 #9/#10: the calibration as it was applied (its flag stays on screen after Apply), and the confirmation a flagged fit needs
  const [appliedCal, setAppliedCal] = useState<InvitroCalibration | null>(null);
  const [confirmed, setConfirmed] = useState<string | null>(null);
  // walk9 #7: how far Apply moved the in-vivo prediction (the candidate's own scores, before and after), said here
  const cand = useStore((st) => st.candidates.find((x) => x.id === candidateId));
  const vivo = useEvaluation(cand);
  const vivoNow = vivo.status === 'ok' ? { ser: vivo.scores.radiosensitization.sensitizerEnhancementRatio, overall: vivo.scores.score.overall } : null;
  const [vivoBefore, setVivoBefore] = useState<typeof vivoNow>(null);
  // the files the data came from (named in the calibration's record, so the fitted strengths say where they come from)
  const [files, setFiles] = useState<{ control?: string; treated?: string }>({});
  const ex = (...ids: string[]) => r.explanations.filter((e) => ids.some((id) => e.equation === id || e.equation.startsWith(`${id}`)));
  const exCell = cellLineExplanation(r);
  const delivered = d.timesH.map((t, i) => ({ t, delivered: d.deliveredFraction[i], suspended: d.suspendedFraction[i], dissolved: d.dissolvedFraction[i] }));
  const deliveredLong = delivered.flatMap((p) => (['delivered', 'suspended', 'dissolved'] as const).map((k) => ({ t: p.t, v: p[k], series: k })));
  const surv = c.dosesGy.map((D, i) => ({ D, control: c.sfControl[i], treated: c.sfTreated[i] }));
  const survLong = surv.flatMap((p) => [{ D: p.D, sf: p.control, arm: 'control' }, { D: p.D, sf: p.treated, arm: 'with particles' }]);
  const measuredPts = [...(data.control ?? []).map((p) => ({ D: p.doseGy, sf: p.sf, arm: 'control' })), ...(data.treated ?? []).map((p) => ({ D: p.doseGy, sf: p.sf, arm: 'with particles' }))];
  // your SDs (read as weights w = (SF/SD)²) drawn back as error bars: SD = SF/√w
  const errorBars = [...(data.control ?? []).map((p) => ({ p, arm: 'control' })), ...(data.treated ?? []).map((p) => ({ p, arm: 'with particles' }))]
    .filter(({ p }) => p.weight !== undefined && p.weight > 0)
    .map(({ p, arm }) => { const sd = p.sf / Math.sqrt(p.weight!); return { D: p.doseGy, lo: Math.max(p.sf - sd, p.sf / 20), hi: p.sf + sd, arm }; });
  const cy = r.cytotoxicity;
  const viab = cy.concentrationsUgPerMl.flatMap((x, i) => [
    { c: x, v: cy.loadedCarrier[i], series: 'loaded carrier' },
    ...cy.drugAlone.map((a) => ({ c: x, v: a.viability[i], series: `${agentName(a.agent)} alone` })),
    { c: x, v: cy.emptyCarrier[i], series: 'empty carrier' },
  ]);
  const fit = useMemo((): { cal: InvitroCalibration } | { error: string } | null => {
    if (!data.control || !data.treated) return null;
    try {
      return { cal: calibrateInvitro(f, CATALOG_LOOKUP, data.control, data.treated, {}, { files, date: new Date().toISOString().slice(0, 10) }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
    // f changes identity with every edit of the candidate
  }, [data, f, files]);
  // your fitted curves, dashed, beside the model's (after Apply they coincide)
  const fitLines = fit && 'cal' in fit ? c.dosesGy.flatMap((D) => [
    { D, sf: Math.exp(-fit.cal.control.controlAlphaPerGy * D - fit.cal.control.controlBetaPerGy2 * D * D), arm: 'control' },
    { D, sf: Math.exp(-fit.cal.fit.alphaTreatedPerGy * c.doseEnhancementFactor * D - fit.cal.control.controlBetaPerGy2 * (c.doseEnhancementFactor * D) ** 2), arm: 'with particles' },
  ]) : [];
  const readFile = async (arm: 'control' | 'treated', file: File | undefined) => {
    setApplied(false);
    if (!file) return;
    const label = arm === 'control' ? 'Control' : 'Treated';
    try {
      const read = parseClonogenicCsv(await file.text());
      if (read.control && read.treated) {
        // one file with both arms fills both
        setData({ control: read.control, treated: read.treated });
        setFiles({ control: file.name, treated: file.name });
        setProblem({});
        setUnderstood([`“${file.name}”: ${read.understood}.`]);
      } else {
        setData((o) => ({ ...o, [arm]: read.single }));
        setFiles((o) => ({ ...o, [arm]: file.name }));
        setProblem((o) => ({ ...o, [arm]: undefined }));
        setUnderstood((o) => [...o.filter((u) => !u.startsWith(`${label} `)), `${label} “${file.name}”: ${read.understood}.`]);
      }
    } catch (e) {
      const where = e instanceof SurvivalDataError && e.line && !/^line /.test(e.message) ? `line ${e.line}: ` : '';
      setProblem((o) => ({ ...o, [arm]: `${label} file “${file.name}”: ${where}${e instanceof Error ? e.message : String(e)}. Expected: a header row and columns dose (Gy), surviving fraction (0–1] and optionally its SD — one arm per file, or both arms in one file (a column named “control” and one for the treated arm, each with its SD).` }));
      setData((o) => ({ ...o, [arm]: undefined }));
    }
  };
  const exDelivered = ex('IV1-transport');
  const fitted = r.conditions.controlLq === 'fitted to your data';
  const vsCatalog = f.calibrations?.localEffect ? strengthVsCatalog(f.calibrations.localEffect.params) : NaN;
  const storedFlagged = Number.isFinite(vsCatalog) && (vsCatalog > STRENGTH_PLAUSIBLE || vsCatalog < 1 / STRENGTH_PLAUSIBLE);
  return (
    <>
      <dl className="kv">
        <dt>Medium height · cell layer</dt><dd>{exDelivered.length ? <Ex value={d.heightMm} unit="mm" title="Medium height" ex={exDelivered} /> : `${fmt(d.heightMm)} mm`} · {d.boundary === 'absorbing' ? 'absorbing (ISDD)' : <>Langmuir (DG), capacity <Ex value={d.bindingCapacityUgPerCm2} unit="µg/cm²" title="Cell-layer capacity" ex={exDelivered} /></>}</dd>
        {exDelivered.length > 0 && <><dt>Settling velocity · diffusivity</dt><dd><Ex value={d.velocityMmPerH} unit="mm/h" title="Settling velocity" ex={exDelivered} /> · <Ex value={d.diffusivityCm2PerS} unit="cm²/s" title="Diffusivity" ex={exDelivered} /> (Péclet <Ex value={d.peclet} unit="" title="Péclet number" ex={exDelivered} />)</dd></>}
        <dt>Delivered at the end</dt><dd>{exDelivered.length ? <><Ex testId="invitro-delivered" value={d.deliveredFraction[d.deliveredFraction.length - 1] * 100} unit="%" title="Delivered fraction at the end of the incubation" ex={exDelivered} /> · <Ex value={d.deliveredUgPerCm2[d.deliveredUgPerCm2.length - 1]} unit="µg/cm²" title="Delivered mass per area" ex={exDelivered} /></> : 'nothing settles (a dissolved drug)'}</dd>
        <dt>Uptake per cell ({r.uptake.provenance}{r.conditions.measuredElement ? `: ${r.conditions.measuredElement}` : ''})</dt><dd data-testid="invitro-uptake"><Ex value={r.uptake.pgPerCellParticle} unit="pg particle" title="Uptake per cell (whole particle)" ex={ex('IV2-uptake')} />{Object.entries(r.uptake.pgPerCell).map(([el, v]) => <span key={el}> · {el} <Ex value={v} unit="pg" title={`Uptake per cell: ${el}`} ex={ex('IV2-uptake')} /></span>)}{r.uptake.provenance === 'model' ? ` (plateau ${fmt(r.uptake.maxPgPerCell)} pg)` : ''}{r.uptake.sizeExtrapolated ? <span className="warn-text" data-testid="invitro-uptake-extrapolated"> — this size is outside the 14–100 nm whose measured uptake sets the model: an extrapolation, enter your measured uptake</span> : null}</dd>
        <dt>Viability (loaded carrier)</dt><dd data-testid="invitro-viability">{ex('IV3-viability').length ? <Ex value={cy.viabilityLoaded * 100} unit="%" title="Viability (loaded carrier)" ex={ex('IV3-viability')} /> : `${fmt(cy.viabilityLoaded * 100)} % (no drug with a viability IC50 in this particle; the carrier’s own toxicity is not modelled)`}{cy.effectiveDrugM.length ? ` (the cells see ${fmt(cy.effectiveDrugM[0] * 1e6)} µM of ${agentName(cy.drugParams[0].agent)}: the released drug’s concentration × time over the incubation, averaged over the IC50’s ${fmt(cy.drugParams[0].loaded.exposureH)} h exposure)` : ''}</dd>
        <dt>DEF (cell) · LEF · FAK occupancy</dt><dd><Ex value={c.doseEnhancementFactor} unit="" digits={4} title="Dose enhancement factor (cell average)" ex={ex('M4.2')} /> · <Ex value={c.localEnhancementFactor} unit="" digits={4} title="Local enhancement factor" ex={ex('M4.3')} /> · <Ex value={c.fakOccupancy} unit="" title="FAK occupancy" ex={ex('M4.4-fak-occupancy')} /></dd>
        <dt title={fitted ? undefined : `catalog ${CELL_LINES[r.conditions.cellLine].name}: α ${fmt(CELL_LINES[r.conditions.cellLine].alphaPerGy.value)} Gy⁻¹, β ${fmt(CELL_LINES[r.conditions.cellLine].betaPerGy2.value)} Gy⁻², times the oxygen modification at the incubator’s pO₂`}>Control arm α · β ({fitted ? 'fitted to your data' : `catalog ${CELL_LINES[r.conditions.cellLine].name} × O₂ modification`})</dt><dd data-testid="invitro-control-lq"><Ex value={c.control.alphaPerGy} unit="Gy⁻¹" title="Control α" ex={[exCell]} /> · <Ex value={c.control.betaPerGy2} unit="Gy⁻²" title="Control β" ex={[exCell]} />{fitted && <> <button type="button" className="link" data-testid="invitro-control-reset" onClick={() => editMany(candidateId, [{ path: 'scenario.invitro.controlAlphaPerGy', value: undefined }, { path: 'scenario.invitro.controlBetaPerGy2', value: undefined }])}>use the catalog’s α, β again</button></>}</dd>
      </dl>
      <div className="chart-grid">
        <div>
        <h4 className="chart-title">Particles at the cell layer over the incubation</h4>
        <PlotFigure
          testId="invitro-delivered-chart"
          label="Delivered fraction vs time: the share of the particles at the cell layer, still suspended, and dissolved"
          name="invitro-delivered"
          deps={[d]}
          table={() => csvText([['time (h)', 'delivered (1)', 'suspended (1)', 'dissolved (1)', 'delivered (µg/cm²)'], ...delivered.map((p, i) => [p.t, p.delivered, p.suspended, p.dissolved, d.deliveredUgPerCm2[i]])])}
          make={(Plot, width) => Plot.plot({
            width, height: 240, marginLeft: 52,
            x: { label: 'time (h)' },
            y: { label: 'fraction of the particles', domain: [0, 1], grid: true },
            color: { domain: ['delivered', 'suspended', 'dissolved'], range: [PALETTE[0], PALETTE[4], '#595959'], legend: true },
            marks: [Plot.line(deliveredLong, { x: 't', y: 'v', stroke: 'series', strokeWidth: 2 }), Plot.ruleY([0])],
          })}
        />
        </div>
        <div>
        <h4 className="chart-title">Clonogenic survival after irradiation</h4>
        <PlotFigure
          testId="invitro-clonogenic-chart"
          label={`Clonogenic survival, control and with particles, log scale${measuredPts.length ? `, with your data${errorBars.length ? ' (± your SD)' : ''}` : ''}${fitLines.length ? ' and your fitted curves (dashed)' : ''}`}
          name="invitro-clonogenic"
          deps={[surv, measuredPts, fitLines, errorBars]}
          table={() => csvText([['series', 'dose (Gy)', 'surviving fraction control (1)', 'surviving fraction with particles (1)'], ...surv.map((p) => ['model', p.D, p.control, p.treated]), ...measuredPts.map((p) => [`your ${p.arm}`, p.D, p.arm === 'control' ? p.sf : null, p.arm === 'control' ? null : p.sf]), ...fitLines.map((p) => [`your fit, ${p.arm}`, p.D, p.arm === 'control' ? p.sf : null, p.arm === 'control' ? null : p.sf])])}
          make={(Plot, width) => Plot.plot({
            width, height: 240, marginLeft: 56,
            x: { label: 'dose (Gy)' },
            y: { label: 'surviving fraction', type: 'log', grid: true, tickFormat: '~g' },
            color: { domain: ['control', 'with particles'], range: [ARM_COLORS.control, PALETTE[1]], legend: true },
            marks: [Plot.line(survLong, { x: 'D', y: 'sf', stroke: 'arm', strokeWidth: 2 }), Plot.line(fitLines, { x: 'D', y: 'sf', stroke: 'arm', strokeWidth: 1.5, strokeDasharray: '5 4' }), Plot.ruleX(errorBars, { x: 'D', y1: 'lo', y2: 'hi', stroke: 'arm', strokeWidth: 1.2 }), Plot.dot(measuredPts, { x: 'D', y: 'sf', stroke: 'arm', fill: 'white', r: 3.5 })],
          })}
        />
        <p className="small muted" data-testid="invitro-clono-key">
          <span aria-hidden="true">━</span> the model{measuredPts.length ? <> · <span aria-hidden="true">○</span> your data{errorBars.length ? ' (bars: ± your SD)' : ''}</> : ''}{fitLines.length ? <> · <span aria-hidden="true">╌</span> your fit (dashed)</> : ''}; colour: the arm, as in the legend above.
        </p>
        </div>
        {cy.drugAlone.length > 0 && (
          <div>
          <h4 className="chart-title">Viability vs particle concentration</h4>
          <PlotFigure
            testId="invitro-viability-chart"
            label="Viability vs particle concentration: loaded carrier, the drug alone at the same amount, and the empty carrier"
            name="invitro-viability"
            deps={[cy]}
            table={() => csvText([['concentration (µg/mL particles)', ...viab.slice(0, 2 + cy.drugAlone.length).map((v) => `${v.series} viability (1)`)], ...cy.concentrationsUgPerMl.map((x, i) => [x, cy.loadedCarrier[i], ...cy.drugAlone.map((a) => a.viability[i]), cy.emptyCarrier[i]])])}
            make={(Plot, width) => Plot.plot({
              width, height: 240, marginLeft: 52,
              x: { label: 'particles (µg/mL)', type: 'log', tickFormat: '~g' },
              y: { label: 'viability', domain: [0, 1.05], grid: true },
              color: { legend: true, domain: ['loaded carrier', ...cy.drugAlone.map((a) => `${agentName(a.agent)} alone`), 'empty carrier'], range: [PALETTE[1], ...cy.drugAlone.map((_, i) => [PALETTE[2], PALETTE[5], PALETTE[3]][i % 3]), '#595959'] },
              marks: [Plot.line(viab, { x: 'c', y: 'v', stroke: 'series', strokeWidth: 2 })],
            })}
          />
          <p className="small muted" data-testid="invitro-viability-drug-axis">
            The drug alone is drawn at the amount of drug the particles carry: {cy.drugAlone.map((a, i) => `${agentName(a.agent)} ${fmt(100 * cy.drugMassFractions[i])} wt % of the particle, so ${fmt(r.conditions.concentrationUgPerMl)} µg/mL of particles ↔ ${fmt(r.conditions.concentrationUgPerMl * cy.drugMassFractions[i])} µg/mL of ${agentName(a.agent)}`).join('; ')}.
          </p>
          </div>
        )}
      </div>
      <table className="data">
        <caption data-testid="invitro-ser-caption">SER of the cells in this plate under each definition (papers differ: compare like with like). The Overview’s SER is of the tumour in vivo — another scenario, so another number.</caption>
        <thead><tr><th scope="col">definition</th><th scope="col">SER</th></tr></thead>
        <tbody>
          {(Object.keys(PLATE_SER_LABELS) as (keyof typeof PLATE_SER_LABELS)[]).map((k) => (
            <tr key={k}><th scope="row">{PLATE_SER_LABELS[k]}</th><td className="r"><Ex testId={`invitro-ser-${k}`} value={c.ser[k]} unit="" digits={4} title={`SER of the cells in this plate, ${SER_LABELS[k]}`} ex={[...ex('IV4-ser'), exCell]} /></td></tr>
          ))}
        </tbody>
      </table>
      <Suspense fallback={<p className="small muted">Loading the viability calibration…</p>}>
        <ViabilityCalibration f={f} r={r} candidateId={candidateId} />
      </Suspense>
      <fieldset data-testid="invitro-calibration">
        <legend>Calibrate from your clonogenic assay</legend>
        {f.calibrations?.localEffect && (
          <p className="small" data-testid="invitro-strength-provenance">
            <span className="badge badge-data">fitted to your data</span> Local-effect strength of this candidate, s at the model’s anchor beams (at other beams, such as this plate’s {beamName(r.conditions.beam)}, s is interpolated between them): {LOCAL_EFFECT_STRENGTH_KEYS.filter((k) => f.calibrations!.localEffect!.params[k] !== undefined).map((k) => `${anchorBeam(k)} ${fmt(f.calibrations!.localEffect!.params[k]!, 4)}${f.overrides?.[`localEffect.${k}`] !== undefined ? ' (replaced by your override)' : ''}`).join(', ')}{Number.isFinite(vsCatalog) ? ` — × ${fmt(vsCatalog, 3)} the catalog’s` : ''}; {f.calibrations.localEffect.fittedTo ?? 'fitted to your data'}.{' '}
            <button type="button" className="link" data-testid="invitro-strength-reset" onClick={() => editMany(candidateId, [{ path: 'calibrations.localEffect', value: undefined }])}>use the catalog’s strength again</button>
          </p>
        )}
        {storedFlagged && <p className="banner warn" data-testid="invitro-strength-flag">The stored strength is × {fmt(vsCatalog, 3)} the catalog’s. A factor beyond × {STRENGTH_PLAUSIBLE} more often means the modelled uptake per cell is off than the strength: measure the uptake (ICP-MS, pg/cell), enter it above as Measured uptake and calibrate again. Until then this factor acts on every in-vivo prediction of this candidate.</p>}
        <p className="small">CSV with a header row: dose (Gy), surviving fraction (0–1] and optionally its SD (used as weight) — one arm per file, or both arms in one file (dose, SF control, SD, SF treated, SD; any order, the control column named “control”). The treated arm was incubated and irradiated as set above (uptake, and the beam: {beamName(r.conditions.beam)}; change it above if your plate was irradiated with another).</p>
        <div className="row">
          <label className="field inline"><span>Control CSV (or both arms)</span><input type="file" accept=".csv,.txt,text/csv,text/plain" data-testid="invitro-control-file" onChange={(e) => void readFile('control', e.target.files?.[0])} /></label>
          <label className="field inline"><span>Treated CSV (or both arms)</span><input type="file" accept=".csv,.txt,text/csv,text/plain" data-testid="invitro-treated-file" onChange={(e) => void readFile('treated', e.target.files?.[0])} /></label>
        </div>
        {understood.map((u) => <p key={u} className="small" role="status" data-testid="invitro-csv-understood">Read {u}</p>)}
        {(['control', 'treated'] as const).map((arm) => problem[arm] && <p key={arm} role="alert" className="field-error" data-testid="invitro-csv-error">{problem[arm]}</p>)}
        {fit && 'error' in fit && <p role="alert" className="field-error" data-testid="invitro-csv-error">Calibration: {fit.error}</p>}
        {fit && 'cal' in fit && (() => {
          // after Apply the live fit is recomputed on the calibrated candidate (factor 1): show the fit as applied, with its flag, while the candidate keeps it
          const appliedNow = applied && appliedCal !== null && (Object.keys(appliedCal.record.params).length === 0 || f.calibrations?.localEffect?.fittedTo === appliedCal.record.fittedTo);
          const cal = appliedNow ? appliedCal : fit.cal;
          const needsConfirm = cal.implausibleStrength && !appliedNow;
          const isConfirmed = confirmed === cal.record.fittedTo;
          const exCal = [cal.explanation];
          const weighted = [...(data.control ?? []), ...(data.treated ?? [])].some((p) => p.weight !== undefined);
          return (
            <div data-testid="invitro-calibration-result">
              <dl className="kv">
                <dt>Control fit{weighted ? ' (weighted by your SDs)' : ''}</dt><dd>α <Ex value={cal.fit.control.alpha} unit="Gy⁻¹" title="Your control α" ex={exCal} /> · β <Ex value={cal.fit.control.beta} unit="Gy⁻²" title="Your control β" ex={exCal} /> ({data.control?.length} points)</dd>
                <dt>Treated α (β fixed)</dt><dd><Ex value={cal.fit.alphaTreatedPerGy} unit="Gy⁻¹" title="Your treated α" ex={exCal} /> ± {fmt(cal.fit.alphaTreatedSE)} Gy⁻¹ ({data.treated?.length} points)</dd>
                <dt>The drug’s modelled α gain · fitted LEF · strength k</dt><dd><Ex value={cal.fit.otherAlphaFactor} unit="" digits={4} title="The drug’s modelled α gain G" ex={exCal} /> · <Ex value={cal.fit.localEnhancementFactor} unit="" digits={4} title="Fitted local enhancement factor" ex={exCal} /> · <Ex value={cal.strengthScale} unit="" digits={4} title="Local-effect strength factor" ex={exCal} /> (fitted to your data; uptake {r.uptake.provenance})</dd>
                <dt>{SER_LABELS.sfRatioAt2Gy} · {SER_LABELS.doseRatioAtSf10}</dt><dd data-testid="invitro-calibration-ser">your fit {fmt(cal.dataSer.sfRatioAt2Gy, 4)} · {fmt(cal.dataSer.doseRatioAtSf10, 4)}; the model after Apply {fmt(cal.predicted.ser.sfRatioAt2Gy, 4)} · {fmt(cal.predicted.ser.doseRatioAtSf10, 4)}; now {fmt(c.ser.sfRatioAt2Gy, 4)} · {fmt(c.ser.doseRatioAtSf10, 4)}</dd>
              </dl>
              {cal.fit.warnings.map((w) => <p key={w} className="banner warn">{w}</p>)}
              {needsConfirm && (
                <label className="field inline" data-testid="invitro-apply-confirm-label">
                  <input type="checkbox" data-testid="invitro-apply-confirm" checked={isConfirmed} onChange={(e) => setConfirmed(e.target.checked ? cal.record.fittedTo : null)} />
                  <span>Apply the × {fmt(cal.strengthScale, 3)} strength anyway: I have checked the uptake per cell</span>
                </label>
              )}
              {!appliedNow && <button type="button" data-testid="invitro-apply-calibration" disabled={needsConfirm && !isConfirmed} title={needsConfirm && !isConfirmed ? 'This fit is flagged (see above): tick the box to apply it anyway' : undefined} onClick={() => {
                // one store update = one undo step: your control, the fitted strengths with their record, and the
                // removal of explicit local-effect overrides (they would win over the calibration)
                const fitted = Object.keys(cal.record.params).length > 0;
                editMany(candidateId, [
                  { path: 'scenario.invitro.controlAlphaPerGy', value: cal.control.controlAlphaPerGy },
                  { path: 'scenario.invitro.controlBetaPerGy2', value: cal.control.controlBetaPerGy2 },
                  ...(fitted ? [{ path: 'calibrations.localEffect', value: cal.record }, ...LOCAL_EFFECT_STRENGTH_KEYS.map((k) => ({ override: `localEffect.${k}`, value: undefined }))] : []),
                ]);
                setVivoBefore(vivoNow);
                setAppliedCal(cal);
                setApplied(true);
              }}>Apply to this candidate (your control α, β{Object.keys(cal.overrides).length ? ` and local-effect strength × ${fmt(cal.strengthScale, 3)}` : ''})</button>}
              {appliedNow && <p className="small" role="status">Applied: the plate’s control is your fitted control and the local-effect strength carries your treated arm into the in-vivo prediction. The bridge assumes tumour cells turn intracellular metal into sensitization as cells in a dish do.</p>}
              {appliedNow && vivoBefore && vivoNow && (
                <p className="small" data-testid="invitro-invivo-moved">
                  In vivo (this candidate&apos;s Overview): SER {fmt(vivoBefore.ser, 4)} → <strong>{fmt(vivoNow.ser, 4)}</strong>, overall score {fmt(vivoBefore.overall, 3)} → <strong>{fmt(vivoNow.overall, 3)}</strong>.
                  {Math.abs(vivoNow.ser - vivoBefore.ser) < 0.01 ? ' A small move: in vivo the fitted strength acts on the metal per tumour cell the model predicts from the tumour concentration (the LEF on the Radiation tab), not on your dish’s uptake.' : ''}
                </p>
              )}
            </div>
          );
        })()}
      </fieldset>
    </>
  );
}
