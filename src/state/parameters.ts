// One declarative list of every model parameter that applies to a formulation (value, unit, range, provenance, source,
// description), keyed by the engine's override ids — it drives the parameter panel, overrides and resets.
import type { Param } from '../model/param';
import { listEntityParams, MODEL_PARAM_SETS, rangeProblem } from '../engine';
import { CORES, AGENTS, MEMBRANES } from '../catalog';

export interface ParamDescriptor {
  /** Override id as the engine reads it ('targeting.uMax', 'core.release.kdPerH', 'radiobiology.epsFak'). */
  id: string;
  label: string;
  param: Param;
}

export interface ParamGroup { id: string; label: string; params: ParamDescriptor[] }

const fromSet = (set: Record<string, Param>, prefix = ''): ParamDescriptor[] =>
  Object.entries(set).map(([k, p]) => ({ id: `${prefix}${k}`, label: p.label ?? k.split('.').pop() ?? k, param: p }));

const entity = (obj: object, prefix: string): ParamDescriptor[] =>
  listEntityParams(obj, prefix).map(({ id, param }) => ({ id, label: param.label ?? id.slice(prefix.length + 1), param }));

const MODEL_GROUPS: ParamGroup[] = MODEL_PARAM_SETS.map((set) => ({ id: set.id, label: `${set.title} (${set.section})`, params: fromSet(set.params, set.prefix) }));

type Obj = Record<string, unknown>;

/** Parameters that apply to this formulation: its core, agents and membranes, then the model-level sets. */
export function parameterGroups(draft: Obj): ParamGroup[] {
  const groups: ParamGroup[] = [];
  const coreId = String((draft.core as Obj | undefined)?.material ?? '');
  const core = (CORES as Record<string, object>)[coreId];
  if (core) groups.push({ id: 'core', label: `Core: ${(core as { name: string }).name}`, params: entity(core, 'core') });
  const agents = new Set((Array.isArray(draft.payloads) ? (draft.payloads as Obj[]) : []).map((p) => String(p.agent)));
  for (const a of agents) {
    const e = (AGENTS as Record<string, object>)[a];
    if (e) groups.push({ id: `agent.${a}`, label: `Agent: ${(e as { name: string }).name}`, params: entity(e, `agent.${a}`) });
  }
  const coating = draft.coating as Obj | null | undefined;
  const mems = new Set((Array.isArray(coating?.membranes) ? (coating!.membranes as Obj[]) : []).map((m) => String(m.source)));
  for (const m of mems) {
    const e = (MEMBRANES as Record<string, object>)[m];
    if (e) groups.push({ id: `membrane.${m}`, label: `Membrane: ${(e as { name: string }).name}`, params: entity(e, `membrane.${m}`) });
  }
  return [...groups, ...MODEL_GROUPS];
}

/** Check an override against the parameter's declared range (the schema's own rule, so the panel and a link agree); returns the reason or null. */
export const overrideProblem: (p: Param, v: number) => string | null = rangeProblem;
