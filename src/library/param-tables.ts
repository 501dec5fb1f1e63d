// Generates docs/model/parameters.md from the catalog and the model's ParamSets, so the docs tables can never drift from the code.
import type { Param, ParamSet } from '../model/param';
import { GEOMETRY_PARAMS } from '../model/geometry';
import { LOADING_PARAMS } from '../model/loading';
import { RELEASE_PARAMS } from '../model/release';
import { TARGETING_PARAMS } from '../model/targeting';
import { RADIOBIOLOGY_PARAMS } from '../model/radiobiology';
import { LOCAL_EFFECT_PARAMS } from '../model/physics';
import { SCORE_PARAMS } from '../model/score';
import {
  AGENTS,
  AGENT_IDS,
  CORES,
  CORE_IDS,
  LOADING_ANCHORS,
  MEMBRANES,
  MEMBRANE_IDS,
  PRESETS,
  PRESET_IDS,
  catalogProvenanceAudit,
} from '../catalog';

/** The model's parameter families, with the override prefix each one answers to and the MODEL.md section it belongs to. */
export const MODEL_PARAM_SETS: readonly { id: string; title: string; section: string; params: ParamSet }[] = [
  { id: 'geometry', title: 'Geometry and coating', section: 'M0', params: GEOMETRY_PARAMS },
  { id: 'loading', title: 'Loading', section: 'M1', params: LOADING_PARAMS },
  { id: 'release', title: 'Release kinetics', section: 'M2', params: RELEASE_PARAMS },
  { id: 'targeting', title: 'Targeting and circulation', section: 'M3, M4.1', params: TARGETING_PARAMS },
  { id: 'localEffect', title: 'Nanoscale local effect', section: 'M4.3', params: LOCAL_EFFECT_PARAMS as ParamSet },
  { id: 'radiobiology', title: 'Radiobiology (FAK, oxygen, LQ)', section: 'M4.4–M4.7', params: RADIOBIOLOGY_PARAMS },
  { id: 'score', title: 'Composite score (desirability limits)', section: 'M5', params: SCORE_PARAMS },
];

/** The override id of a model parameter: ParamSets keyed 'targeting.uMax' already carry it; bare keys get the set's prefix. */
export function overrideId(setId: string, key: string): string {
  return key.includes('.') ? key : `${setId}.${key}`;
}

/** Every sourced parameter the app uses: catalog entries (by dotted path) and the model's ParamSets ('targeting.uMax'). */
export function allParams(): { path: string; param: Param }[] {
  const out = catalogProvenanceAudit();
  for (const set of MODEL_PARAM_SETS) for (const [k, p] of Object.entries(set.params)) out.push({ path: overrideId(set.id, k), param: p });
  return out;
}

/** Markdown table cell: pipes escaped, newlines flattened. */
export function cell(x: unknown): string {
  return String(x ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

/** A number as the docs print it: up to 4 significant digits, exponent for very small or large magnitudes. */
export function fmtNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return v.toExponential(3).replace(/\.?0+e/, 'e');
  return String(Number(v.toPrecision(4)));
}

function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

const PARAM_HEADER = ['id / name', 'value', 'unit', 'provenance', 'source', 'to verify'];

function paramRows(entries: { path: string; param: Param }[], strip = ''): string[][] {
  return entries.map(({ path, param: p }) => [
    `\`${path.startsWith(strip) ? path.slice(strip.length) : path}\`${p.label ? ` (${p.label})` : ''}`,
    fmtNumber(p.value),
    p.unit,
    p.provenance,
    p.source,
    p.verify ? 'yes' : '',
  ]);
}

function presetRows(): string[][] {
  return PRESET_IDS.map((id) => {
    const p = PRESETS[id];
    const f = p.formulation;
    const payloads = (f.payloads ?? []).map((x) => `${x.agent}${x.loading ? ` (${x.loading}` : ''}${x.feedMassRatio !== undefined ? `, feed ${fmtNumber(x.feedMassRatio)}` : ''}${x.loading ? ')' : ''}`).join(' + ') || '—';
    const coat = f.coating
      ? [...(f.coating.membranes ?? []).map((m) => `${m.source}${m.fraction !== undefined ? ` ${fmtNumber(m.fraction)}` : ''}`), f.coating.peg ? 'PEG' : ''].filter(Boolean).join(' + ') || '—'
      : 'none';
    const targets = p.published
      .map((t) => `${t.label}: ${t.range ? `${fmtNumber(t.range[0])}–${fmtNumber(t.range[1])}` : fmtNumber(t.value ?? NaN)} ${t.unit}${t.status === 'recalled' ? ' (to verify)' : ''}`)
      .join('; ');
    return [
      `\`${id}\` ${p.name}`,
      p.presetClass,
      `${f.core.material}${f.core.diameterNm !== undefined ? ` ${fmtNumber(f.core.diameterNm)} nm` : ''}`,
      payloads,
      coat,
      f.scenario?.route ?? 'iv (default)',
      targets || '—',
    ];
  });
}

/**
 * The full text of docs/model/parameters.md. Pure and deterministic: the docs test regenerates it in memory and compares
 * it with the committed file; scripts/gen-docs.ts writes it.
 */
export function parametersMarkdown(): string {
  const audit = catalogProvenanceAudit();
  const under = (prefix: string) => audit.filter((e) => e.path.startsWith(prefix));
  const parts: string[] = [];
  parts.push('# Parameters (generated)');
  parts.push(
    '<!-- GENERATED by scripts/gen-docs.ts from src/catalog and the model ParamSets. Do not edit by hand: run `npx tsx scripts/gen-docs.ts`. src/library/docs.test.ts fails when this file and the code disagree. -->',
  );
  parts.push(
    'Every number the model uses, with its unit, provenance mark and source. **data** = tabulated physical data (NIST), **published** = a cited measurement, **assumption** = our estimate (editable; shown in a warning colour in the app). "to verify" marks values recalled rather than re-read (MODEL.md "(R)"). ' +
      'Model parameters are overridden by their id (e.g. `targeting.uMax`); catalog values by `core.<path>`, `agent.<id>.<path>`, `membrane.<id>.<path>` (see [README](README.md)).',
  );
  const total = audit.length + MODEL_PARAM_SETS.reduce((s, x) => s + Object.keys(x.params).length, 0);
  const counts = { data: 0, published: 0, assumption: 0, verify: 0 };
  for (const { param: p } of allParams()) {
    counts[p.provenance]++;
    if (p.verify) counts.verify++;
  }
  parts.push(`${total} parameters: ${counts.data} data, ${counts.published} published (${counts.verify} to verify), ${counts.assumption} assumptions.`);

  parts.push('## Model parameters');
  for (const set of MODEL_PARAM_SETS) {
    parts.push(`### ${set.title} (MODEL.md ${set.section}) — \`${set.id}.*\``);
    parts.push(table(PARAM_HEADER, paramRows(Object.entries(set.params).map(([k, p]) => ({ path: overrideId(set.id, k), param: p })))));
  }

  parts.push('## Cores');
  for (const id of CORE_IDS) {
    const c = CORES[id];
    parts.push(`### \`${id}\` — ${c.name}`);
    parts.push(cell(c.description));
    parts.push(table(PARAM_HEADER, paramRows(under(`cores.${id}.`), `cores.${id}.`)));
  }

  parts.push('## Agents');
  for (const id of AGENT_IDS) {
    const a = AGENTS[id];
    parts.push(`### \`${id}\` — ${a.name}`);
    parts.push(`${cell(a.drugClass)}; kind ${a.kind}; formula ${a.formula ?? '—'}; affinity class ${a.affinityClass}${a.highZElement ? `; high-Z element ${a.highZElement}` : ''}.`);
    parts.push(table(PARAM_HEADER, paramRows(under(`agents.${id}.`), `agents.${id}.`)));
  }

  parts.push('## Membrane sources');
  parts.push(
    table(
      ['id / name', 'cell kind', 'tumour type', 'species', 'markers', 'role'],
      MEMBRANE_IDS.map((id) => {
        const m = MEMBRANES[id];
        return [`\`${id}\` ${m.name}`, m.cellKind, m.tumorType ?? '—', m.species, m.markers.join(', '), m.role];
      }),
    ),
  );
  parts.push(table(PARAM_HEADER, paramRows(under('membranes.'), 'membranes.')));

  parts.push('## Published loading anchors');
  parts.push(
    table(
      ['anchor', 'carrier / agent / mode', 'feed (mg/mg)', 'target', 'source', 'presets'],
      LOADING_ANCHORS.map((a) => [
        `\`${a.id}\``,
        `${a.core} / ${a.agent} / ${a.mode}`,
        fmtNumber(a.feedMassRatio),
        `${a.target.metric} ${a.target.range ? `${fmtNumber(a.target.range[0])}–${fmtNumber(a.target.range[1])}` : fmtNumber(a.target.value)} ${a.target.unit}${a.target.status === 'recalled' ? ' (to verify)' : ''}`,
        a.target.source,
        a.presets.join(', ') || '—',
      ]),
    ),
  );
  parts.push(table(PARAM_HEADER, paramRows(under('anchors.'), 'anchors.')));

  parts.push('## Presets');
  parts.push('Reference formulations (shared/science/REFERENCE-SYSTEMS.md). Missing fields are completed with the schema defaults. Published targets are compared with the model in the app\'s reference library.');
  parts.push(table(['id / name', 'class', 'core', 'payloads', 'coat', 'route', 'published targets'], presetRows()));
  return parts.join('\n\n') + '\n';
}
