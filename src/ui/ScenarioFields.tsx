// Scenario controls generated from the schema's field registry (SCENARIO_FIELDS: label, unit, range, description).
import { useStore } from '../state/store';
import type { Candidate } from '../state/types';
import type { Issue } from '../state/evaluate';
import { SCENARIO_FIELDS } from '../schema';
import { getPath } from '../state/path';
import type { Choice } from './catalog-view';
import { NumberField, SelectField, TextField } from './fields';

const CHOICE_NAMES: Record<string, string> = { iv: 'intravenous', intratumoral: 'intratumoral', buffer: 'buffer', pbs: 'PBS (phosphate)', serum: 'serum', mouse: 'mouse' };

export function ScenarioFields({ candidate, issues, beams }: { candidate: Candidate; issues: Issue[]; beams: Choice[] }) {
  const edit = useStore((s) => s.edit);
  const sc = candidate.draft.scenario ?? {};
  const route = getPath(sc, 'route');
  return (
    <>
      {SCENARIO_FIELDS.map((f) => {
        const path = `scenario.${f.key}`;
        const value = getPath(sc, f.key);
        const set = (v: unknown, opts?: { coalesce: boolean }) => edit(candidate.id, path, v, opts);
        switch (f.kind) {
          case 'number':
            if (f.key === 'intratumoralVolumeFraction' && route !== 'intratumoral') return null;
            return (
              <NumberField key={f.key} path={path} issues={issues} value={value ?? f.default} onCommit={set} />
            );
          case 'choice':
            return <SelectField key={f.key} label={f.label} path={path} issues={issues} value={value ?? f.default} options={f.options.map((o) => ({ id: o, name: CHOICE_NAMES[o] ?? o }))} onCommit={set} help={f.description} />;
          case 'beam': {
            const v = String(value ?? f.default);
            const info = beams.find((b) => b.id === v);
            const options = [...beams.map((b) => ({ id: b.id, name: b.name })), ...['mono:0.03', 'mono:0.05', 'mono:0.1', 'mono:1'].map((m) => ({ id: m, name: `monoenergetic ${m.slice(5)} MeV` }))];
            return (
              <SelectField key={f.key} label={f.label} path={path} issues={issues} value={v} options={options} onCommit={set}
                help={info ? `${info.description}. ${f.description}` : f.description}
                provenance={info?.provenance ? { provenance: info.provenance, source: info.source ?? '' } : undefined} />
            );
          }
          case 'text':
            return <TextField key={f.key} label={f.label} path={path} issues={issues} value={value ?? f.default} onCommit={set} />;
        }
      })}
    </>
  );
}
