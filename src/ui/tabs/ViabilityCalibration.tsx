// In vitro tab, lazy panel (#26): upload a viability file (MTT / CCK-8), say which wells it is (drug alone, empty or loaded carrier), fit the 4-parameter logistic, see your points over the bench's curve, and Apply the IC50 and Hill slope to the candidate (calibrations.viability, one undo step).
import { useMemo, useState } from 'react';
import { useStore } from '../../state/store';
import { CATALOG_LOOKUP, csvText, type CompletedFormulation } from '../../engine';
import { calibrateViability, parseViabilityCsv, viabilityArmHint, ViabilityCsvError, type InvitroReport, type ViabilityArm, type ViabilityCalibrationResult, type ViabilityRead } from '../../engine/invitro';
import { PlotFigure } from '../../charts/PlotFigure';
import { PALETTE } from '../../charts/palette';
import { agentVisual, coreVisual } from '../../catalog';

const ARMS: { id: ViabilityArm; label: string }[] = [
  { id: 'drug-alone', label: 'drug alone' },
  { id: 'loaded-carrier', label: 'loaded carrier' },
  { id: 'empty-carrier', label: 'empty carrier' },
];

const sig = (v: number | null, d = 3) => (v !== null && Number.isFinite(v) ? (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(2) : v.toPrecision(d)) : '—');

export default function ViabilityCalibration({ f, r, candidateId }: { f: CompletedFormulation; r: InvitroReport; candidateId: string }) {
  const editMany = useStore((s) => s.editMany);
  const drugs = r.cytotoxicity.drugParams.map((d) => d.agent);
  // walk11 #17: no silent default — the same µg/mL means drug or particles, so the user chooses (pre-selected only when
  // the file's header says what was dosed, or when the candidate has no drug and only the empty carrier is possible)
  const [arm, setArmState] = useState<ViabilityArm | null>(drugs.length ? null : 'empty-carrier');
  const [armFrom, setArmFrom] = useState<{ source: 'user' | 'file'; why?: string } | null>(null);
  const setArm = (a: ViabilityArm) => { setArmState(a); setArmFrom({ source: 'user' }); };
  const [agent, setAgent] = useState<string>(drugs[0] ?? '');
  const [file, setFile] = useState<{ name: string; read: ViabilityRead; hint: ReturnType<typeof viabilityArmHint> } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const fit = useMemo((): { cal: ViabilityCalibrationResult } | { error: string } | null => {
    if (!file || arm === null) return null;
    try {
      return { cal: calibrateViability(f, CATALOG_LOOKUP, file.read, arm, arm === 'empty-carrier' ? undefined : agent || undefined, { file: file.name, date: new Date().toISOString().slice(0, 10) }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [f, file, arm, agent]);
  const readFile = async (fl: File | undefined) => {
    setApplied(null);
    if (!fl) return;
    try {
      const read = parseViabilityCsv(await fl.text());
      const hint = viabilityArmHint(read, {
        drugNames: drugs.flatMap((d) => [d, agentVisual(d)?.label ?? '']),
        carrierNames: [f.name, f.core.material, coreVisual(f.core.material)?.label ?? ''],
      });
      setFile({ name: fl.name, read, hint });
      if (hint && (hint.arm === 'empty-carrier' || drugs.length) && armFrom?.source !== 'user') { setArmState(hint.arm); setArmFrom({ source: 'file', why: hint.why }); }
      setProblem(null);
    } catch (e) {
      setFile(null);
      setProblem(`Viability file “${fl.name}”: ${e instanceof Error ? e.message : String(e)}.${e instanceof ViabilityCsvError ? ' Expected: a header row, a concentration column with its unit (e.g. “Conc (µg/mL)” or “Conc (µM)”), then viability as replicate columns and/or Mean and SD (% of control, a fraction, or absorbance with a control row at 0).' : ''}`);
    }
  };
  const cals = f.calibrations?.viability ?? [];
  const inUse = r.conditions.viabilityFitted;
  return (
    <fieldset data-testid="invitro-viability-calibration">
      <legend>Calibrate viability from your MTT / CCK-8 assay</legend>
      {cals.length > 0 && (
        <ul className="small" data-testid="invitro-viability-provenance">
          {cals.map((v, i) => (
            <li key={`${v.arm}-${v.agent ?? ''}-${v.cellLine ?? ''}`}>
              <span className="badge badge-data">fitted to your data</span> {v.arm}{v.agent ? ` ${v.agent}` : ''}: IC50 {v.ic50M !== undefined ? `${sig(v.ic50M * 1e6)} µM` : `${sig(v.ic50UgPerMl ?? null)} µg/mL`}, Hill {sig(v.hill)}{v.cellLine && v.cellLine !== r.conditions.cellLine ? ` (fitted on ${v.cellLine}: not used for this plate’s cell line)` : inUse.includes(`${v.arm}${v.agent ? ` ${v.agent}` : ''}`) ? '' : ' (not used: this candidate has no such drug or carrier)'} — {v.fittedTo ?? 'fitted to your data'}.{' '}
              <button type="button" className="link" data-testid="invitro-viability-reset" onClick={() => editMany(candidateId, [{ path: 'calibrations.viability', value: cals.length > 1 ? cals.filter((_, k) => k !== i) : undefined }])}>remove (use the catalog’s IC50 again)</button>
            </li>
          ))}
        </ul>
      )}
      <p className="small">CSV with a header row: concentration with its unit (µg/mL or µM; for a carrier µg/mL of particles, or µM of drug equivalent), then viability — replicate columns and/or the sheet’s Mean and SD (used as weights) — in % of control, as a fraction, or as absorbance (divided by the control row at 0 or named “control”; a row named “blank”, “background” or “medium” — wells without cells — is averaged and subtracted from every well first). Semicolons, decimal commas and Excel’s BOM are read. The cells were exposed for {r.conditions.assayH === r.conditions.incubationH ? <>the plate’s incubation above ({r.conditions.incubationH} h</> : <>the viability assay hours above ({r.conditions.assayH} h; incubation {r.conditions.incubationH} h</>}, {r.conditions.cellLine}); set “Viability assay hours” above if your assay ran longer than the incubation.</p>
      <div className="row">
        <label className="field inline"><span>The wells held</span>
          <select value={arm ?? ''} data-testid="invitro-viability-arm" aria-invalid={file !== null && arm === null} onChange={(e) => { if (e.target.value) setArm(e.target.value as ViabilityArm); setApplied(null); }}>
            {arm === null && <option value="" disabled>— choose —</option>}
            {ARMS.map((a) => <option key={a.id} value={a.id} disabled={a.id !== 'empty-carrier' && drugs.length === 0}>{a.label}</option>)}
          </select>
        </label>
        {arm !== 'empty-carrier' && drugs.length > 1 && (
          <label className="field inline"><span>Drug</span>
            <select value={agent} data-testid="invitro-viability-agent" onChange={(e) => setAgent(e.target.value)}>{drugs.map((d) => <option key={d} value={d}>{d}</option>)}</select>
          </label>
        )}
        <label className="field inline"><span>Viability CSV</span><input type="file" accept=".csv,.txt,text/csv,text/plain" data-testid="invitro-viability-file" onChange={(e) => void readFile(e.target.files?.[0])} /></label>
      </div>
      {file && (
        <div className="small" role="status" data-testid="invitro-viability-understood">
          Read “{file.name}”: {file.read.notes.join('; ')}.
          <ul>{file.read.columns.map((c, i) => <li key={i}>{c.header || `column ${i + 1}`}: {c.role === 'ignored' ? 'ignored' : c.role} — {c.why}</li>)}</ul>
        </div>
      )}
      {file && arm === null && <p role="alert" className="field-error" data-testid="invitro-viability-choose-arm">Choose what the wells held before the fit: drug alone (the concentration is of the drug), loaded carrier (µg/mL of particles, or µM of drug equivalent) or empty carrier. The same number means a different dose in each, so the app does not guess{file.hint === null ? ' — the file’s header does not say (a header such as “Conc (µg/mL particles)” or naming the drug pre-selects it)' : ''}.</p>}
      {file && arm !== null && armFrom?.source === 'file' && <p className="small" data-testid="invitro-viability-arm-why">“{ARMS.find((a) => a.id === arm)?.label}” pre-selected because {armFrom.why}; change it above if the wells held something else.</p>}
      {file && arm !== null && armFrom?.source === 'user' && file.hint && file.hint.arm !== arm && <p className="banner warn small" role="note" data-testid="invitro-viability-arm-why">You chose “{ARMS.find((a) => a.id === arm)?.label}”, but {file.hint.why}, which reads as “{ARMS.find((a) => a.id === file.hint!.arm)?.label}”: check the choice before Apply.</p>}
      {problem && <p role="alert" className="field-error" data-testid="invitro-viability-error">{problem}</p>}
      {fit && 'error' in fit && <p role="alert" className="field-error" data-testid="invitro-viability-error">Viability fit: {fit.error}</p>}
      {fit && 'cal' in fit && <Result cal={fit.cal} readNotes={file?.read.notes ?? []} applied={applied === fit.cal.record.fittedTo} onApply={() => {
        const others = cals.filter((v) => !(v.arm === fit.cal.record.arm && v.agent === fit.cal.record.agent && (v.cellLine === undefined || v.cellLine === fit.cal.record.cellLine)));
        editMany(candidateId, [{ path: 'calibrations.viability', value: [...others, fit.cal.record] }]);
        setApplied(fit.cal.record.fittedTo ?? '');
      }} />}
    </fieldset>
  );
}

function Result({ cal, readNotes, applied, onApply }: { cal: ViabilityCalibrationResult; readNotes: string[]; applied: boolean; onApply: () => void }) {
  const open = useStore((s) => s.openExplain);
  const u = cal.axis === 'µM drug' ? 'µM' : 'µg/mL';
  const fx = cal.fit;
  const lines = cal.grid.flatMap((x, i) => [
    { c: x, v: cal.before[i], series: 'bench now' },
    { c: x, v: cal.after[i], series: 'bench after Apply' },
    { c: x, v: cal.fitted[i], series: 'your fit' },
  ]);
  const pts = cal.points.filter((p) => p.c > 0);
  const bars = pts.filter((p) => p.sd !== undefined).map((p) => ({ c: p.c, lo: p.v - p.sd!, hi: p.v + p.sd! }));
  const explain = (title: string, value: string) => open({ key: `invitro.viability.${title}`, title, value, explanations: [cal.explanation] });
  const num = (title: string, v: number, se: number | null, unit = '', held = false) => (
    <button type="button" className="num" onClick={() => explain(title, `${sig(v)} ${unit}`)} aria-label={`${title}: ${sig(v)} ${unit}. Explain`}>{sig(v)}{unit ? ` ${unit}` : ''}{held ? ' (held)' : ` ± ${sig(se, 2)}`}</button>
  );
  return (
    <div data-testid="invitro-viability-result">
      <p>IC50 · Hill slope (± SE): <span data-testid="invitro-viability-fit">{num('IC50 (your fit)', fx.ic50, fx.se.ic50, u)} · {num('Hill slope (your fit)', fx.hill, fx.se.hill)}</span></p>
      <p className="small">{fx.n} points at {fx.levels} concentrations{fx.weighted ? ', weighted by your SD' : ''}. Top · bottom (applied as the curve’s plateaus, held to 0 ≤ bottom ≤ top ≤ 1): {num('top (your fit)', fx.top, fx.se.top, '', fx.fixed.top)} · {num('bottom (your fit)', fx.bottom, fx.se.bottom, '', fx.fixed.bottom)}</p>
      {cal.notes.filter((n) => !readNotes.includes(n)).map((n) => <p key={n} className="small muted">{n}</p>)}
      <h4 className="chart-title">Your viability points over the bench’s curve</h4>
      <PlotFigure
        testId="invitro-viability-fit-chart"
        label={`Viability vs ${cal.axis}: your points${bars.length ? ' (± your SD)' : ''}, your 4-parameter fit (dashed), the bench now and after Apply`}
        name="invitro-viability-fit"
        deps={[cal]}
        table={() => csvText([[`concentration (${cal.axis})`, 'bench now (1)', 'bench after Apply (1)', 'your fit (1)'], ...cal.grid.map((x, i) => [x, cal.before[i], cal.after[i], cal.fitted[i]]), [], [`your points: concentration (${cal.axis})`, 'viability (1)', 'SD (1)'], ...cal.points.map((p) => [p.c, p.v, p.sd ?? null])])}
        make={(Plot, width) => Plot.plot({
          width, height: 240, marginLeft: 52,
          x: { label: cal.axis, type: 'log', tickFormat: '~g' },
          y: { label: 'viability (of control)', grid: true, domain: [Math.min(0, ...pts.map((p) => p.v)), Math.max(1.1, ...pts.map((p) => p.v + (p.sd ?? 0)))] },
          color: { legend: true, domain: ['bench now', 'bench after Apply', 'your fit'], range: ['#595959', PALETTE[1], PALETTE[2]] },
          marks: [
            Plot.line(lines.filter((l) => l.series !== 'your fit'), { x: 'c', y: 'v', stroke: 'series', strokeWidth: 2 }),
            Plot.line(lines.filter((l) => l.series === 'your fit'), { x: 'c', y: 'v', stroke: 'series', strokeWidth: 1.5, strokeDasharray: '5 4' }),
            Plot.ruleX(bars, { x: 'c', y1: 'lo', y2: 'hi', stroke: '#222' }),
            Plot.dot(pts, { x: 'c', y: 'v', stroke: '#222', fill: 'white', r: 3.5 }),
          ],
        })}
      />
      <button type="button" data-testid="invitro-viability-apply" disabled={applied} onClick={onApply}>
        {applied ? 'Applied to this candidate ✓' : `Apply IC50 and Hill slope to this candidate (${cal.arm}${cal.agent ? `, ${cal.agent}` : ''})`}
      </button>
      {applied && <p className="small" role="status" data-testid="invitro-viability-applied">Applied: the bench’s {cal.arm} viability now uses your IC50 and Hill slope (fitted to your data; saved in the candidate, so links, files and reports carry it). Undo restores the previous values.</p>}
    </div>
  );
}
