// Scenario controls (animal, tumour, route, dose, release medium, beam, schedule, cell line α/β).
import { useStore } from '../state/store';
import type { Candidate } from '../state/types';
import type { Issue } from '../state/evaluate';
import type { Choice } from './catalog-view';
import { NumberField, SelectField } from './fields';

type Obj = Record<string, unknown>;

export function ScenarioFields({ candidate, issues, beams }: { candidate: Candidate; issues: Issue[]; beams: Choice[] }) {
  const edit = useStore((s) => s.edit);
  const sc = (candidate.draft.scenario ?? {}) as Obj;
  const set = (path: string) => (v: unknown) => edit(candidate.id, path, v);
  const beam = String(sc.beam ?? '');
  const beamInfo = beams.find((b) => b.id === beam);
  const beamOptions = [...beams.map((b) => ({ id: b.id, name: b.name })), ...(['mono:0.05', 'mono:0.1', 'mono:1'].map((m) => ({ id: m, name: `monoenergetic ${m.slice(5)} MeV` })))];
  const cells = (sc.cells ?? {}) as Obj;
  return (
    <>
      <SelectField label="Beam" path="scenario.beam" issues={issues} value={beam} options={beamOptions} onCommit={set('scenario.beam')} help={beamInfo?.description} provenance={beamInfo?.provenance ? { provenance: beamInfo.provenance, source: beamInfo.source ?? '' } : undefined} />
      <SelectField label="Route" path="scenario.route" issues={issues} value={sc.route} options={[{ id: 'iv', name: 'intravenous' }, { id: 'intratumoral', name: 'intratumoral' }]} onCommit={set('scenario.route')} />
      <SelectField label="Release medium" path="scenario.medium" issues={issues} value={sc.medium} options={[{ id: 'buffer', name: 'buffer' }, { id: 'pbs', name: 'PBS (phosphate)' }, { id: 'serum', name: 'serum' }]} onCommit={set('scenario.medium')} />
      <NumberField label="Dose" unit="mg/kg" path="scenario.doseMgPerKg" issues={issues} value={sc.doseMgPerKg} min={0} onCommit={set('scenario.doseMgPerKg')} />
      <NumberField label="Tumour mass" unit="g" path="scenario.tumorMassG" issues={issues} value={sc.tumorMassG} min={0} onCommit={set('scenario.tumorMassG')} />
      <NumberField label="Temperature" unit="°C" path="scenario.temperatureC" issues={issues} value={sc.temperatureC} onCommit={set('scenario.temperatureC')} />
      <NumberField label="Irradiation delay" unit="h" path="scenario.irradiationDelayH" issues={issues} value={sc.irradiationDelayH} min={0} onCommit={set('scenario.irradiationDelayH')} />
      <NumberField label="Dose per fraction" unit="Gy" path="scenario.fractionDoseGy" issues={issues} value={sc.fractionDoseGy} min={0} onCommit={set('scenario.fractionDoseGy')} />
      <NumberField label="Fractions" path="scenario.fractions" issues={issues} value={sc.fractions} min={1} step={1} onCommit={set('scenario.fractions')} />
      <NumberField label="Cell α" unit="Gy⁻¹" path="scenario.cells.alphaPerGy" issues={issues} value={cells.alphaPerGy} min={0} onCommit={set('scenario.cells.alphaPerGy')} />
      <NumberField label="Cell β" unit="Gy⁻²" path="scenario.cells.betaPerGy2" issues={issues} value={cells.betaPerGy2} min={0} onCommit={set('scenario.cells.betaPerGy2')} />
    </>
  );
}
