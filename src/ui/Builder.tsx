// Left column, bottom: the builder — core, payloads, hybrid membrane, scenario and model parameters of the selected candidate.
import { useStore } from '../state/store';
import type { Candidate } from '../state/types';
import type { Evaluation, Issue } from '../state/evaluate';
import { NumberField, SelectField, CheckField, TextField, FieldIssues, issuesAt } from './fields';
import { agentChoices, beamChoices, coreChoice, coreChoices, coreLoadingModes, membraneChoices, LOADING_MODES } from './catalog-view';
import { agentColor, coreColor, membraneColor } from '../catalog';
import { ScenarioFields } from './ScenarioFields';
import { ParameterPanel } from './ParameterPanel';
import { sig } from './format';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

export function Builder({ candidate, ev }: { candidate: Candidate; ev: Evaluation }) {
  const edit = useStore((s) => s.edit);
  const id = candidate.id;
  const d = candidate.draft;
  const issues: Issue[] = ev.status === 'invalid' ? ev.issues : [];
  const set = (path: string) => (v: unknown) => edit(id, path, v);

  const core = obj(d.core);
  const coreId = String(core.material ?? '');
  const coreInfo = coreChoice(coreId);
  const modes = coreLoadingModes(coreId);
  const payloads = arr(d.payloads);
  const coating = d.coating === null ? null : obj(d.coating);
  const membranes = arr(coating?.membranes);
  const fractionSum = membranes.reduce((a, m) => a + (typeof m.fraction === 'number' ? m.fraction : 0), 0);
  const agents = agentChoices();
  const sources = membraneChoices();

  const normalizeFractions = () => {
    if (fractionSum <= 0) return;
    edit(id, 'coating.membranes', membranes.map((m) => ({ ...m, fraction: Number(((Number(m.fraction) || 0) / fractionSum).toFixed(4)) })));
  };
  const rootIssues = issues.filter((i) => i.path === '' || i.path === 'schema');

  return (
    <section className="panel builder" aria-labelledby="builder-title">
      <h2 id="builder-title">Builder</h2>
      <FieldIssues id="root-issues" issues={rootIssues} />
      <TextField label="Name" path="name" issues={issues} value={d.name} onCommit={set('name')} />

      <fieldset>
        <legend>Core</legend>
        <SelectField
          label="Carrier material"
          path="core.material"
          issues={issues}
          value={coreId}
          options={coreChoices().map((c) => ({ id: c.id, name: c.name }))}
          onCommit={set('core.material')}
          testId="core-material"
          provenance={coreInfo?.provenance ? { provenance: coreInfo.provenance, source: coreInfo.source ?? '' } : undefined}
          help={coreInfo ? <><span className="swatch" style={{ background: coreColor(coreId) }} aria-hidden="true" /> {coreInfo.description}</> : undefined}
        />
        <NumberField label="Core diameter" unit="nm" path="core.diameterNm" issues={issues} value={core.diameterNm} min={0} max={5000} step={1} onCommit={set('core.diameterNm')} help="Equivalent-sphere diameter, 0 < d ≤ 5000 nm." />
      </fieldset>

      <fieldset>
        <legend>Payloads</legend>
        {payloads.length === 0 && <p className="empty small">No payload: add a drug or a high-Z radiosensitizer.</p>}
        <FieldIssues id="payloads-issues" issues={issues.filter((i) => i.path === 'payloads')} />
        {payloads.map((p, i) => {
          const agent = String(p.agent ?? '');
          const agentInfo = agents.find((a) => a.id === agent);
          return (
            <div key={i} className="subgroup" data-testid="payload-row">
              <div className="subgroup-head">
                <span className="swatch" style={{ background: agentColor(agent) }} aria-hidden="true" />
                <strong>Payload {i + 1}</strong>
                <button type="button" className="icon danger" onClick={() => edit(id, `payloads.${i}`, undefined)} aria-label={`Remove payload ${i + 1} (${agentInfo?.name ?? agent})`}>×</button>
              </div>
              <SelectField label="Agent" path={`payloads.${i}.agent`} issues={issues} value={agent} options={agents.map((a) => ({ id: a.id, name: a.name }))} onCommit={set(`payloads.${i}.agent`)} help={agentInfo?.description || undefined} provenance={agentInfo?.provenance ? { provenance: agentInfo.provenance, source: agentInfo.source ?? '', verify: agentInfo.verify } : undefined} />
              <SelectField
                label="Loading mode"
                path={`payloads.${i}.loading`}
                issues={issues}
                value={p.loading}
                options={LOADING_MODES.map((m) => ({ id: m, name: m, note: modes.includes(m) ? undefined : `not possible with ${coreInfo?.name ?? coreId}` }))}
                onCommit={set(`payloads.${i}.loading`)}
              />
              <NumberField label="Feed ratio" unit="mg per mg carrier" path={`payloads.${i}.feedMassRatio`} issues={issues} value={p.feedMassRatio} min={0} step={0.01} onCommit={set(`payloads.${i}.feedMassRatio`)} />
            </div>
          );
        })}
        <button type="button" onClick={() => edit(id, `payloads.${payloads.length}`, { agent: 'doxorubicin', loading: modes[0] ?? 'one-pot', feedMassRatio: 0.1 })}>+ Add payload</button>
      </fieldset>

      <fieldset>
        <legend>Coating</legend>
        <CheckField
          label="Cell-membrane / PEG coat"
          path="coating"
          issues={issues}
          value={coating !== null}
          onCommit={(on) => edit(id, 'coating', on ? { membranes: [{ source: 'hela', fraction: 1 }], membraneToCoreMassRatio: 1, peg: false } : null)}
        />
        {coating && (
          <>
            <FieldIssues id="membranes-issues" issues={issues.filter((i) => i.path === 'coating.membranes')} />
            {membranes.map((m, i) => {
              const src = String(m.source ?? '');
              const info = sources.find((s) => s.id === src);
              return (
                <div key={i} className="subgroup" data-testid="membrane-row">
                  <div className="subgroup-head">
                    <span className="swatch" style={{ background: membraneColor(src) }} aria-hidden="true" />
                    <strong>Membrane {i + 1}</strong>
                    <button type="button" className="icon danger" onClick={() => edit(id, `coating.membranes.${i}`, undefined)} aria-label={`Remove membrane ${i + 1} (${info?.name ?? src})`}>×</button>
                  </div>
                  <SelectField label="Source cells" path={`coating.membranes.${i}.source`} issues={issues} value={src} options={sources.map((s) => ({ id: s.id, name: s.name }))} onCommit={set(`coating.membranes.${i}.source`)} help={info?.description || undefined} provenance={info?.provenance ? { provenance: info.provenance, source: info.source ?? '', verify: info.verify } : undefined} />
                  <NumberField label="Fraction of the coat" path={`coating.membranes.${i}.fraction`} issues={issues} value={m.fraction} min={0} max={1} step={0.05} onCommit={set(`coating.membranes.${i}.fraction`)} />
                </div>
              );
            })}
            <div className="row">
              <button type="button" onClick={() => edit(id, `coating.membranes.${membranes.length}`, { source: 'caf-cervical', fraction: 0 })}>+ Add membrane</button>
              {membranes.length > 0 && Math.abs(fractionSum - 1) > 0.001 && (
                <button type="button" onClick={normalizeFractions} title="Scale the fractions so they sum to 1">Normalise (sum {sig(fractionSum, 3)})</button>
              )}
            </div>
            <NumberField label="Membrane : core mass ratio" unit="w/w" path="coating.membraneToCoreMassRatio" issues={issues} value={coating.membraneToCoreMassRatio} min={0} step={0.1} onCommit={set('coating.membraneToCoreMassRatio')} help="Membrane protein per core mass, as papers report it; sets the coverage." />
            <CheckField label="PEG (2 kDa) layer" path="coating.peg" issues={issues} value={coating.peg} onCommit={set('coating.peg')} />
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>Scenario</legend>
        <ScenarioFields candidate={candidate} issues={issues} beams={beamChoices()} />
      </fieldset>

      <ParameterPanel candidate={candidate} />
      {issuesAt(issues, 'calibration').length > 0 && <FieldIssues id="cal-issues" issues={issuesAt(issues, 'calibration')} />}
    </section>
  );
}
