// The share layer's one door to src/schema: version check, parse (allow-listed, with defaults), completion and canonical form of workspaces and formulations.
import {
  canonicalFormulation,
  rankingEntry,
  completeFormulation,
  parseFormulation,
  parseWorkspace,
  LATEST_VERSION,
  type Formulation,
  type Workspace,
} from '../schema';
import { isPlainObject } from './json-safe';
import { agentVisual, coreVisual, membraneVisual } from '../catalog';
import { percentShares } from '../catalog/percent-shares';

export const WORKSPACE_SCHEMA = 'nanoplatform.workspace';
export const FORMULATION_SCHEMA = 'nanoplatform.formulation';
/** Newest schema version this build reads and writes. Older versions are upgraded by src/schema; newer ones are refused. */
export const LATEST_SCHEMA_VERSION: number = LATEST_VERSION;

export interface Issue {
  path: string;
  message: string;
}

export type DocKind = 'workspace' | 'formulation';
/** A parsed document; `warnings` (present only when there are any) name input accepted but not used, e.g. an unknown field. */
export type DocResult = { ok: true; kind: DocKind; workspace: Workspace; warnings?: Issue[] } | { ok: false; issues: Issue[] };

/** Issue path as dotted text ('formulations.0.core.diameterNm'), whatever shape the schema gives. */
function pathText(p: unknown): string {
  if (Array.isArray(p)) return p.map((s) => String(s)).join('.');
  if (p === undefined || p === null) return '';
  return String(p);
}

function normalizeIssues(issues: unknown, prefix = ''): Issue[] {
  const list = Array.isArray(issues) ? issues : [];
  const out = list.map((i) => {
    const o = isPlainObject(i) ? i : {};
    const path = pathText(o.path);
    return { path: prefix && path ? `${prefix}.${path}` : prefix || path, message: String(o.message ?? 'invalid') };
  });
  return out.length ? out : [{ path: prefix, message: 'invalid' }];
}

/** "path: message; path: message" (at most 5, then "… and N more"); `context` replaces an empty path. */
export function formatIssues(issues: Issue[], context = 'link'): string {
  const shown = issues.slice(0, 5).map((i) => `${i.path || context}: ${i.message}`);
  if (issues.length > 5) shown.push(`… and ${issues.length - 5} more`);
  return shown.join('; ');
}

/** Which kind of document a parsed JSON object is: its `schema` id decides, else a `formulations` array, else the fallback. */
export function kindOfDocument(doc: Record<string, unknown>, fallback: DocKind): DocKind {
  const s = typeof doc.schema === 'string' ? doc.schema : '';
  if (s.startsWith(WORKSPACE_SCHEMA + '/')) return 'workspace';
  if (s.startsWith(FORMULATION_SCHEMA + '/')) return 'formulation';
  if (Array.isArray(doc.formulations)) return 'workspace';
  return fallback;
}

/** Accept a missing schema (read as version 1) or a known id up to LATEST_SCHEMA_VERSION; refuse newer or foreign ids with a reason. */
export function schemaVersionOf(doc: Record<string, unknown>, _kind: DocKind): { ok: true; version: number } | { ok: false; message: string } {
  if (doc.schema === undefined) return { ok: true, version: 1 };
  if (typeof doc.schema !== 'string') return { ok: false, message: 'unsupported schema (the "schema" field must be a text id)' };
  const m = /^(nanoplatform\.(?:workspace|formulation))\/(\d{1,6})$/.exec(doc.schema);
  if (!m) return { ok: false, message: `unsupported schema ${JSON.stringify(doc.schema.slice(0, 60))} (expected ${WORKSPACE_SCHEMA}/N or ${FORMULATION_SCHEMA}/N)` };
  const version = Number(m[2]);
  if (version < 1) return { ok: false, message: `unsupported schema version ${version} of ${m[1]}` };
  if (version > LATEST_SCHEMA_VERSION) {
    return { ok: false, message: `unsupported schema version ${version} of ${m[1]} (this app reads up to version ${LATEST_SCHEMA_VERSION}; it was made by a newer version — update the app)` };
  }
  return { ok: true, version };
}

/** Parse a document of a known kind through the schema; a formulation becomes a one-candidate workspace. */
const warningsOf = (w: Issue[] | undefined): { warnings?: Issue[] } => (w && w.length ? { warnings: normalizeIssues(w) } : {});

export function asWorkspace(doc: unknown, kind: DocKind): DocResult {
  if (kind === 'workspace') {
    const r = parseWorkspace(doc);
    return r.ok ? { ok: true, kind, workspace: r.value, ...warningsOf(r.warnings) } : { ok: false, issues: normalizeIssues(r.issues) };
  }
  const r = parseFormulation(doc);
  return r.ok
    ? { ok: true, kind, workspace: { schema: `${WORKSPACE_SCHEMA}/${LATEST_SCHEMA_VERSION}`, formulations: [r.value] } as Workspace, ...warningsOf(r.warnings) }
    : { ok: false, issues: normalizeIssues(r.issues) };
}

/** Parse anything (a workspace, a formulation, a minimal `{ core: { material } }`): version check first, then the schema. */
export function parseAnyDocument(input: unknown): DocResult {
  if (!isPlainObject(input)) return { ok: false, issues: [{ path: '', message: 'expected a JSON object (a workspace or a formulation)' }] };
  const kind = kindOfDocument(input, 'formulation');
  const v = schemaVersionOf(input, kind);
  if (!v.ok) return { ok: false, issues: [{ path: 'schema', message: v.message }] };
  return asWorkspace(input, kind);
}

/** Completed, canonical form of one formulation (stable key order, 6 significant figures); id kept only when asked. */
export function canonicalInputs(f: Formulation, keepId: boolean): Formulation {
  const c = canonicalFormulation(completeFormulation(f)) as Formulation & { id?: string };
  if (!keepId && 'id' in c) {
    const { id: _id, ...rest } = c;
    return rest as Formulation;
  }
  return c;
}

/** The workspace as inputs only: `{ schema, name?, formulations, ranking? }`, each completed and canonical (UI state such as activeId dropped; the ranking weight kept when > 0). */
export function canonicalWorkspaceInputs(ws: Workspace, opts: { keepIds: boolean }): Workspace {
  const name = (ws as { name?: unknown }).name;
  return {
    schema: `${WORKSPACE_SCHEMA}/${LATEST_SCHEMA_VERSION}`,
    ...(typeof name === 'string' ? { name } : {}),
    formulations: ws.formulations.map((f) => canonicalInputs(f, opts.keepIds)),
    // Compare's ranking weight travels with the workspace when set (> 0); absent = 0, so other links keep their bytes
    ...rankingEntry(ws.ranking),
  } as Workspace;
}

/** A short, plain-text summary of each candidate (for the import dialog and the report): name, core, payloads, coating. */
export interface CandidateSummary {
  name: string;
  core: string;
  diameterNm: number | null;
  payloads: string[];
  membranes: string[];
  peg: boolean;
  hasOverrides: boolean;
  hasCalibrations: boolean;
  /** Measured data carried by the candidate, one line per release curve / loading set ('pH 7.4: 12 points, 0–72 h'); empty when none. */
  measurements: string[];
}

const n4 = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? String(Number(v.toPrecision(4))) : '?');

/** One line per measured release curve and loading set of a (completed) formulation. */
export function summarizeMeasurements(m: unknown): string[] {
  if (!isPlainObject(m)) return [];
  const out: string[] = [];
  for (const c of Array.isArray(m.release) ? m.release.filter(isPlainObject) : []) {
    const pts = Array.isArray(c.points) ? c.points.filter(Array.isArray) : [];
    const ts = pts.map((p) => Number(p[0])).filter(Number.isFinite);
    const span = ts.length ? `, ${n4(Math.min(...ts))}–${n4(Math.max(...ts))} h` : '';
    out.push(`release pH ${n4(c.pH)}${typeof c.agent === 'string' ? ` (${agentVisual(c.agent)?.label ?? c.agent})` : ''}: ${pts.length} points${span}`);
  }
  for (const l of Array.isArray(m.loading) ? m.loading.filter(isPlainObject) : []) {
    const pts = Array.isArray(l.points) ? l.points.length : 0;
    out.push(`loading ${agentVisual(String(l.agent))?.label ?? String(l.agent)}: ${pts} points`);
  }
  if (isPlainObject(m.releaseModel) && typeof m.releaseModel.expression === 'string') out.push(`own release model: F = ${m.releaseModel.expression}`);
  return out;
}

export function summarizeWorkspace(ws: Workspace): CandidateSummary[] {
  return ws.formulations.map((f, i) => {
    const o: Record<string, unknown> = { ...f };
    const core = isPlainObject(o.core) ? o.core : {};
    const coating = isPlainObject(o.coating) ? o.coating : null;
    const payloads = Array.isArray(o.payloads) ? o.payloads.filter(isPlainObject) : [];
    const membranes = coating && Array.isArray(coating.membranes) ? coating.membranes.filter(isPlainObject) : [];
    const nonEmpty = (v: unknown) => (isPlainObject(v) ? Object.keys(v).length > 0 : Array.isArray(v) ? v.length > 0 : false);
    return {
      name: typeof o.name === 'string' && o.name.trim() ? o.name : `Candidate ${i + 1}`,
      core: coreVisual(String(core.material))?.label ?? String(core.material ?? '?'),
      diameterNm: typeof core.diameterNm === 'number' ? core.diameterNm : null,
      // display names, not catalog ids (the dialog and the report are read by people)
      payloads: payloads.map((p) => `${agentVisual(String(p.agent))?.label ?? String(p.agent)} (${String(p.loading ?? '')}, feed ${String(p.feedMassRatio ?? '')} mg/mg)`),
      membranes: membranes.map((m, i) => `${membraneVisual(String(m.source))?.label ?? String(m.source)} ${typeof m.fraction === 'number' ? percentShares(membranes.map((x) => (typeof x.fraction === 'number' ? x.fraction : 0)))[i] + ' %' : ''}`.trim()),
      peg: !!coating?.peg,
      hasOverrides: nonEmpty(o.overrides),
      hasCalibrations: nonEmpty(o.calibrations),
      measurements: summarizeMeasurements(o.measurements),
    };
  });
}
