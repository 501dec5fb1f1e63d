// Import/export: workspace JSON (validated like links), results CSV (the one formula-safe writer of model/csv), and the printable report's data model.
import { isPlainObject, parseJsonSafe } from './json-safe';
import { canonicalWorkspaceInputs, formatIssues, parseAnyDocument, summarizeWorkspace, type DocKind, type Issue } from './document';
import { DIAMETER_FIELD, SCENARIO_FIELDS, type Workspace } from '../schema';
import type { Explanation, Provenance } from '../model/param';
import type { Scores } from '../model/scores';
import { csvCell, csvText, type CsvDelimiter } from '../model/csv';

/** Largest workspace file accepted for import (characters). */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;

export type ImportResult =
  | { ok: true; kind: DocKind; workspace: Workspace; droppedKeys: number; warnings?: Issue[] }
  | { ok: false; message: string; issues: Issue[] };

/** Workspace JSON for download: inputs only, completed and canonical, 2-space indented, trailing newline. */
export function exportWorkspaceJson(workspace: Workspace): string {
  return JSON.stringify(canonicalWorkspaceInputs(workspace, { keepIds: false }), null, 2) + '\n';
}

/** Read a workspace or formulation file (also a minimal `{ "core": { "material": … } }`). Never throws; issues name the fields. */
export function importWorkspaceJson(text: string, fileName = 'file'): ImportResult {
  try {
    if (typeof text !== 'string' || text.trim() === '') return { ok: false, message: `${fileName}: empty file`, issues: [{ path: '', message: 'empty file' }] };
    if (text.length > MAX_IMPORT_CHARS) {
      const m = `too large (${text.length} > ${MAX_IMPORT_CHARS} characters)`;
      return { ok: false, message: `${fileName}: ${m}`, issues: [{ path: '', message: m }] };
    }
    const j = parseJsonSafe(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { maxDepth: 32 });
    if (!j.ok) return { ok: false, message: `${fileName}: ${j.message}`, issues: [{ path: '', message: j.message }] };
    const r = parseAnyDocument(j.value);
    if (!r.ok) return { ok: false, message: formatIssues(r.issues, fileName), issues: r.issues };
    return { ok: true, kind: r.kind, workspace: canonicalWorkspaceInputs(r.workspace, { keepIds: false }), droppedKeys: j.droppedKeys, ...(r.warnings ? { warnings: r.warnings } : {}) };
  } catch (e) {
    const m = `could not be read (${e instanceof Error ? e.message : String(e)})`;
    return { ok: false, message: `${fileName}: ${m}`, issues: [{ path: '', message: m }] };
  }
}

// ---------------------------------------------------------------- CSV

/**
 * One CSV cell through the product's one writer (model/csv): numbers unchanged, formula-like text (= + - @ tab CR, not a
 * plain number) prefixed with an apostrophe, quoted when it holds a quote, line end, `,` `;` or tab. `kind` is kept for
 * callers that name it; the writer decides by the value.
 */
export function csvField(value: string | number | boolean | null | undefined, _kind?: 'text' | 'number'): string {
  return csvCell(value);
}

type Col = { header: string; kind: 'text' | 'number'; get: (f: Record<string, unknown>, s: Scores | null, i: number) => string | number | null | undefined };

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The CSV's columns: the candidate's identity and the key outputs of contract §2 (one row per candidate). */
export const CSV_COLUMNS: readonly Col[] = [
  { header: 'name', kind: 'text', get: (f, _s, i) => (typeof f.name === 'string' ? f.name : `Candidate ${i + 1}`) },
  { header: 'core', kind: 'text', get: (f) => (isPlainObject(f.core) ? String(f.core.material ?? '') : '') },
  { header: 'coreDiameterNm', kind: 'number', get: (f) => (isPlainObject(f.core) ? num(f.core.diameterNm) : null) },
  { header: 'payloads', kind: 'text', get: (f) => (Array.isArray(f.payloads) ? f.payloads.filter(isPlainObject).map((p) => `${String(p.agent)}:${String(p.loading)}:${String(p.feedMassRatio)}`).join(' ') : '') },
  { header: 'membranes', kind: 'text', get: (f) => (isPlainObject(f.coating) && Array.isArray(f.coating.membranes) ? f.coating.membranes.filter(isPlainObject).map((m) => `${String(m.source)}:${String(m.fraction)}`).join(' ') : '') },
  { header: 'overall', kind: 'number', get: (_f, s) => s?.score.overall },
  { header: 'loading', kind: 'number', get: (_f, s) => s?.score.components.loading },
  { header: 'release', kind: 'number', get: (_f, s) => s?.score.components.release },
  { header: 'targeting', kind: 'number', get: (_f, s) => s?.score.components.targeting },
  { header: 'radiosensitization', kind: 'number', get: (_f, s) => s?.score.components.radiosensitization },
  { header: 'safety', kind: 'number', get: (_f, s) => s?.score.components.safety },
  { header: 'totalLoadingPct', kind: 'number', get: (_f, s) => s?.loading.totalLoadingPct },
  { header: 'releasedAt24hPct_7.4', kind: 'number', get: (_f, s) => s?.release.releasedAt24hPct['7.4'] },
  { header: 'releasedAt24hPct_5.0', kind: 'number', get: (_f, s) => s?.release.releasedAt24hPct['5.0'] },
  { header: 'selectivityIndex', kind: 'number', get: (_f, s) => s?.release.selectivityIndex },
  { header: 'hydrodynamicDiameterNm', kind: 'number', get: (_f, s) => s?.targeting.hydrodynamicDiameterNm },
  { header: 'circulationHalfLifeH', kind: 'number', get: (_f, s) => s?.targeting.circulationHalfLifeH },
  { header: 'tumorDeliveryPctID', kind: 'number', get: (_f, s) => s?.targeting.tumorDeliveryPctID },
  { header: 'doseEnhancementFactor', kind: 'number', get: (_f, s) => s?.radiosensitization.doseEnhancementFactor },
  { header: 'sensitizerEnhancementRatio', kind: 'number', get: (_f, s) => s?.radiosensitization.sensitizerEnhancementRatio },
  { header: 'eqd2GainGy', kind: 'number', get: (_f, s) => s?.radiosensitization.eqd2GainGy },
  { header: 'warnings', kind: 'text', get: (_f, s) => s?.warnings.map((w) => w.code).join(' ') },
  { header: 'modelVersion', kind: 'text', get: (_f, s) => s?.modelVersion },
];

/**
 * Results CSV: a header row, then one row per candidate (scoresList[i] belongs to workspace.formulations[i]; null =
 * not scored, e.g. invalid, and leaves the result cells empty). CRLF line endings as RFC 4180 says; `delimiter` `;` or tab
 * for spreadsheets in locales that split on those (the cells are safe for any of the three either way).
 */
export function resultsCsv(workspace: Workspace, scoresList: readonly (Scores | null)[], delimiter: CsvDelimiter = ','): string {
  const rows: unknown[][] = [CSV_COLUMNS.map((c) => c.header)];
  workspace.formulations.forEach((f, i) => {
    const s = scoresList[i] ?? null;
    rows.push(CSV_COLUMNS.map((c) => c.get(f, s, i)));
  });
  return csvText(rows, { delimiter });
}

/** Parse RFC 4180 CSV text back into rows (used by tests and by anyone re-reading an export): the sweep's parser. */
export { parseCsv } from '../model/sweep';

// ---------------------------------------------------------------- printable report (data only; rendered by src/ui/share/PrintableReport)

export interface ReportValue {
  label: string;
  value: string;
  unit: string;
}

export interface ReportCandidate {
  name: string;
  inputs: ReportValue[];
  results: ReportValue[];
  warnings: string[];
  scored: boolean;
}

export interface ReportAssumption {
  name: string;
  value: string;
  unit: string;
  source: string;
  provenance: Provenance;
  usedBy: string[];
}

export interface ReportModel {
  title: string;
  modelVersion: string;
  candidates: ReportCandidate[];
  /** Parameters marked `assumption` that the scores used (shown in a warning colour). */
  assumptions: ReportAssumption[];
  /** Every source cited by a parameter the scores used, sorted, each once. */
  sources: string[];
}

/** Numbers for people: 4 significant figures, no exponent for ordinary magnitudes. */
export function fmt(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'n/a';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e6) return String(Number(v.toPrecision(4)));
  return v.toExponential(3);
}

/** `digits`: significant figures when 4 would hide the result (a dose enhancement factor of 1.00009 is not 1). */
const RESULT_ROWS: { label: string; unit: string; get: (s: Scores) => number | null | undefined; digits?: number }[] = [
  { label: 'Overall score', unit: '/100', get: (s) => s.score.overall },
  { label: 'Loading score', unit: '/100', get: (s) => s.score.components.loading },
  { label: 'Release score', unit: '/100', get: (s) => s.score.components.release },
  { label: 'Targeting score', unit: '/100', get: (s) => s.score.components.targeting },
  { label: 'Radiosensitization score', unit: '/100', get: (s) => s.score.components.radiosensitization },
  { label: 'Safety score', unit: '/100', get: (s) => s.score.components.safety },
  { label: 'Total loading', unit: '% w/w', get: (s) => s.loading.totalLoadingPct },
  { label: 'Released in 24 h at pH 7.4', unit: '%', get: (s) => s.release.releasedAt24hPct['7.4'] },
  { label: 'Released in 24 h at pH 5.0', unit: '%', get: (s) => s.release.releasedAt24hPct['5.0'] },
  { label: 'Release selectivity (5.0 / 7.4)', unit: '', get: (s) => s.release.selectivityIndex },
  { label: 'Hydrodynamic diameter', unit: 'nm', get: (s) => s.targeting.hydrodynamicDiameterNm },
  { label: 'Circulation half-life', unit: 'h', get: (s) => s.targeting.circulationHalfLifeH },
  { label: 'Tumour delivery', unit: '% ID', get: (s) => s.targeting.tumorDeliveryPctID },
  { label: 'Dose enhancement factor', unit: '', get: (s) => s.radiosensitization.doseEnhancementFactor, digits: 6 },
  { label: 'Sensitizer enhancement ratio', unit: '', get: (s) => s.radiosensitization.sensitizerEnhancementRatio },
  { label: 'EQD2 gain', unit: 'Gy', get: (s) => s.radiosensitization.eqd2GainGy },
];

/** The measured data, every point, as report rows: one per release curve (time h → released %) and per loading set. */
export function measurementRows(m: unknown): ReportValue[] {
  if (!isPlainObject(m)) return [];
  const rows: ReportValue[] = [];
  for (const c of Array.isArray(m.release) ? m.release.filter(isPlainObject) : []) {
    const pts = Array.isArray(c.points) ? c.points.filter(Array.isArray) : [];
    rows.push({
      label: `Measured release, pH ${num(c.pH)?.toFixed(1) ?? 'n/a'}${typeof c.agent === 'string' ? ` (${c.agent})` : ''}${typeof c.label === 'string' ? ` — ${c.label}` : ''}`,
      value: `${pts.length} point${pts.length === 1 ? '' : 's'} (h → %): ${pts.map((p) => `${fmt(num(p[0]))} → ${fmt(num(p[1]))}`).join('; ')}`,
      unit: '',
    });
  }
  for (const l of Array.isArray(m.loading) ? m.loading.filter(isPlainObject) : []) {
    const pts = Array.isArray(l.points) ? l.points.filter(isPlainObject) : [];
    rows.push({
      label: `Measured loading, ${String(l.agent)}`,
      value: `${pts.length} point${pts.length === 1 ? '' : 's'} (feed mg/mg → %): ${pts.map((p) => (p.encapsulationEfficiencyPct !== undefined ? `${fmt(num(p.feedMassRatio))} → EE ${fmt(num(p.encapsulationEfficiencyPct))}` : `${fmt(num(p.feedMassRatio))} → LC ${fmt(num(p.loadingCapacityPct))}`)).join('; ')}`,
      unit: '',
    });
  }
  const rm = m.releaseModel;
  if (isPlainObject(rm) && typeof rm.expression === 'string') {
    const params = Array.isArray(rm.params) ? rm.params.filter(isPlainObject) : [];
    const range = (p: Record<string, unknown>) => `${p.lower !== undefined ? fmt(num(p.lower)) : '−∞'} … ${p.upper !== undefined ? fmt(num(p.upper)) : '∞'}${p.initial !== undefined ? `, start ${fmt(num(p.initial))}` : ''}`;
    rows.push({ label: 'Own release model', value: `F(t) = ${rm.expression}${params.length ? ` (${params.map((p) => `${String(p.name)}: ${range(p)}`).join('; ')})` : ''}`, unit: '% (t in h)' });
  }
  return rows;
}

/** The printable report as data: formulations, key results, assumptions and sources. Pure; all text is plain text. */
/** The registry's dose field (label and unit of the report's dose row). */
// looked up on use (a top-level call would keep this module in every bundle that imports the share index)
const doseField = () => SCENARIO_FIELDS.find((f) => f.key === 'doseMgPerKg')!;

export function reportModel(workspace: Workspace, scoresList: readonly (Scores | null)[], title = 'Nanoplatform Designer report'): ReportModel {
  const summaries = summarizeWorkspace(workspace);
  const assumptions = new Map<string, ReportAssumption>();
  const sources = new Set<string>();
  const versions = new Set<string>();
  const candidates = workspace.formulations.map((f, i): ReportCandidate => {
    const s = scoresList[i] ?? null;
    const sum = summaries[i];
    const o: Record<string, unknown> = f;
    const scen = isPlainObject(o.scenario) ? o.scenario : {};
    const inputs: ReportValue[] = [
      { label: 'Core', value: sum.core, unit: '' },
      { label: DIAMETER_FIELD.label, value: fmt(sum.diameterNm), unit: DIAMETER_FIELD.unit },
      { label: 'Payloads', value: sum.payloads.join('; ') || 'none', unit: '' },
      { label: 'Membranes', value: sum.membranes.join('; ') || 'none', unit: '' },
      { label: 'PEG', value: sum.peg ? 'yes' : 'no', unit: '' },
      { label: 'Tumour / route', value: `${String(scen.tumor ?? '')} / ${String(scen.route ?? '')}`, unit: '' },
      { label: doseField().label, value: fmt(num(scen.doseMgPerKg)), unit: doseField().unit },
      // a beam id such as 225kVp or 6MV written with its space (225 kVp, 6 MV), as the catalog names it
      { label: 'Beam', value: String(scen.beam ?? '').replace(/^(\d+(?:\.\d+)?)(kVp|keV|MV|MeV)$/, '$1 $2'), unit: '' },
      { label: 'Radiation', value: `${fmt(num(scen.fractions))} × ${fmt(num(scen.fractionDoseGy))}`, unit: 'Gy' },
    ];
    if (sum.hasOverrides) inputs.push({ label: 'Parameter overrides', value: JSON.stringify(o.overrides), unit: '' });
    if (sum.hasCalibrations) inputs.push({ label: 'Calibrations', value: 'yes (user data)', unit: '' });
    inputs.push(...measurementRows(o.measurements));
    if (!s) return { name: sum.name, inputs, results: [], warnings: ['Not scored (the formulation is invalid).'], scored: false };
    versions.add(s.modelVersion);
    for (const [key, list] of Object.entries(s.explanations ?? {})) {
      for (const ex of (list ?? []) as Explanation[]) {
        for (const p of ex.params ?? []) {
          if (p.source) sources.add(p.source);
          if (p.provenance === 'assumption') {
            const id = `${p.name}|${p.value}|${p.unit}`;
            const a = assumptions.get(id) ?? { name: p.name, value: fmt(p.value), unit: p.unit, source: p.source, provenance: p.provenance, usedBy: [] };
            if (!a.usedBy.includes(key)) a.usedBy.push(key);
            assumptions.set(id, a);
          }
        }
      }
    }
    return {
      name: sum.name,
      inputs,
      results: RESULT_ROWS.map((r) => { const v = r.get(s); return { label: r.label, value: r.digits && typeof v === 'number' && Number.isFinite(v) && v !== 0 ? String(Number(v.toPrecision(r.digits))) : fmt(v), unit: r.unit }; }),
      warnings: s.warnings.map((w) => w.message),
      scored: true,
    };
  });
  return {
    title,
    modelVersion: [...versions].sort().join(', ') || 'n/a',
    candidates,
    assumptions: [...assumptions.values()].sort((a, b) => a.name.localeCompare(b.name)),
    sources: [...sources].sort((a, b) => a.localeCompare(b)),
  };
}
