// Workspaces (several candidate formulations): parse untrusted input into a completed nanoplatform.workspace/1. Never throws.
import { parseFormulationAt, parseJsonText, type Formulation } from './formulation';
import { fail, okWithWarnings, type Issue, type Result } from './result';
import { unknownFieldWarnings } from './unknown-fields';
import { isRecord, upgrade, upgradeTo } from './upgrade';
import { WORKSPACE_SCHEMA_V1 } from './v1/fields';
import { rankingField } from './ranking-settings';
import { inputSchemasV1 } from './v1/schema';
import type { WorkspaceV1 } from './v1/types';

export type Workspace = WorkspaceV1;

/**
 * The workspace pipeline on a decoded value. Each formulation is parsed on its own (paths 'formulations.<i>.…');
 * formulations without an id get 'c1', 'c2', … (skipping ids in use); duplicate ids are an issue.
 */
export function parseWorkspaceValue(input: unknown): Result<Workspace> {
  try {
    if (!isRecord(input)) return fail([{ path: '', message: `expected a workspace object (got ${Array.isArray(input) ? 'a list' : input === null ? 'null' : typeof input})` }]);
    const up = upgradeTo('workspace', input);
    if (!up.ok) return up;
    const z = inputSchemasV1().WorkspaceInputV1.safeParse(up.value);
    if (!z.success) return fail(z.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
    const issues: Issue[] = [];
    const warnings: Issue[] = unknownFieldWarnings(inputSchemasV1().WorkspaceInputV1, up.value);
    const formulations: Formulation[] = [];
    (z.data.formulations ?? []).forEach((raw, i) => {
      const r = parseFormulationAt(`formulations.${i}`, raw);
      if (r.ok) {
        formulations.push(r.value);
        if (r.warnings) warnings.push(...r.warnings);
      } else issues.push(...r.issues);
    });
    if (issues.length) return fail(issues);
    const used = new Map<string, number>();
    formulations.forEach((f, i) => {
      if (f.id === undefined) return;
      if (used.has(f.id)) issues.push({ path: `formulations.${i}.id`, message: `duplicate id "${f.id}" (also formulations.${used.get(f.id)})` });
      else used.set(f.id, i);
    });
    let n = 1;
    const withIds = formulations.map((f) => {
      if (f.id !== undefined) return f;
      while (used.has(`c${n}`)) n++;
      const id = `c${n}`;
      used.set(id, -1);
      const { schema, ...rest } = f;
      return { schema, id, ...rest };
    });
    if (z.data.activeId !== undefined && !used.has(z.data.activeId)) {
      issues.push({ path: 'activeId', message: `no formulation has id "${z.data.activeId}"` });
    }
    if (issues.length) return fail(issues);
    const out: Workspace = { schema: WORKSPACE_SCHEMA_V1, ...(z.data.name !== undefined ? { name: z.data.name } : {}), formulations: withIds };
    if (z.data.activeId !== undefined) out.activeId = z.data.activeId;
    // a weight of 0 is the default: not written, so a workspace without a weight keeps its bytes
    const ranking = rankingField(z.data.ranking?.localControlWeight, z.data.ranking?.weights);
    if (ranking) out.ranking = ranking;
    return okWithWarnings(out, warnings);
  } catch (e) {
    return fail([{ path: '', message: `could not read the workspace: ${e instanceof Error ? e.message : String(e)}` }]);
  }
}

/** Parse an untrusted workspace (an object, or JSON text). Never throws. */
export function parseWorkspace(input: unknown): Result<Workspace> {
  if (typeof input === 'string') {
    const j = parseJsonText(input);
    return j.ok ? parseWorkspaceValue(j.value) : j;
  }
  return parseWorkspaceValue(input);
}

export type ParsedDocument = { kind: 'formulation'; value: Formulation } | { kind: 'workspace'; value: Workspace };

/**
 * Parse either kind of document (by its `schema`; without one, a `formulations` list means a workspace). For the CLI's
 * `score` and for links. Never throws.
 */
export function parseDocument(input: unknown): Result<ParsedDocument> {
  let value = input;
  if (typeof input === 'string') {
    const j = parseJsonText(input);
    if (!j.ok) return j;
    value = j.value;
  }
  const kind = upgrade(value);
  if (!kind.ok) return kind;
  if (kind.value.kind === 'workspace') {
    const r = parseWorkspaceValue(value);
    return r.ok ? okWithWarnings({ kind: 'workspace', value: r.value }, r.warnings) : r;
  }
  const r = parseFormulationAt('', value);
  return r.ok ? okWithWarnings({ kind: 'formulation', value: r.value }, r.warnings) : fail(r.issues.map((i) => ({ path: i.path.replace(/^\./, ''), message: i.message })));
}
