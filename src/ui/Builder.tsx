// Left column, bottom: the builder — core, payloads, hybrid membrane, scenario and model parameters of the selected candidate.
import { lazy, useState } from 'react';
import { useStore } from '../state/store';
import type { Candidate } from '../state/types';
import type { Evaluation, Issue } from '../state/evaluate';
import { NumberField, SelectField, CheckField, TextField, FieldIssues, issuesAt } from './fields';
import { agentChoices, beamChoices, coreChoice, coreChoices, coreCopolymerChoices, coreLipidShell, coreLoadingModes, corePartitionMethod, membraneChoices, vehicleChoices, LOADING_MODES } from './catalog-view';
import { agentColor, coreColor, membraneColor } from '../catalog';
import { ScenarioFields } from './ScenarioFields';
import { Deferred } from './Deferred';

// the (closed) model-parameters panel at the foot of the builder loads once the first scores are on screen (initial JS, #21)
const ParameterPanel = lazy(() => import('./ParameterPanel').then((m) => ({ default: m.ParameterPanel })));
import { sig } from './format';
import { DEFAULT_MEMBRANE, FEED_FIELD, FRACTION_FIELD, FRACTION_SUM_TOLERANCE, MEMBRANE_RATIO_FIELD, PEG_DENSITY_FIELD, PEG_FIELD, PEG_MW_FIELD, PREP_METHOD_FIELD, COPOLYMER_FIELD, FREE_DRUG_VEHICLE_FIELD, fieldAt } from '../schema';
import { renormaliseMembranes } from '../engine';

/** A field's label from the schema's field registry. */
const labelOf = (path: string) => fieldAt(path)?.label ?? path;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

export function Builder({ candidate, ev }: { candidate: Candidate; ev: Evaluation }) {
  const edit = useStore((s) => s.edit);
  // held here so a click on the placeholder (before the panel's code has arrived) opens the real panel
  const [paramsOpen, setParamsOpen] = useState(false);
  const paramsPlaceholder = (
    <details className="params" open={paramsOpen} onToggle={(e) => setParamsOpen((e.currentTarget as HTMLDetailsElement).open)}>
      {/* the click itself sets the state (not only the later toggle event, which is lost if the placeholder is replaced by
          the panel in between) */}
      <summary onClick={(e) => { e.preventDefault(); setParamsOpen((o) => !o); }}>Model parameters</summary>
      {paramsOpen && <p className="muted small">loading the parameters…</p>}
    </details>
  );
  const id = candidate.id;
  const d = candidate.draft;
  const issues: Issue[] = ev.status === 'invalid' ? ev.issues : [];
  const set = (path: string) => (v: unknown, opts?: { coalesce: boolean }) => edit(id, path, v, opts);

  const core = obj(d.core);
  const coreId = String(core.material ?? '');
  const coreInfo = coreChoice(coreId);
  const shell = coreLipidShell(coreId);
  const copolymers = coreCopolymerChoices(coreId);
  const modes = coreLoadingModes(coreId);
  const payloads = arr(d.payloads);
  const coating = d.coating === null ? null : obj(d.coating);
  const membranes = arr(coating?.membranes);
  const fractionSum = membranes.reduce((a, m) => a + (typeof m.fraction === 'number' ? m.fraction : 0), 0);
  const agents = agentChoices();
  const sources = membraneChoices();

  // the one renormalisation rule (the sweep's): shares divided by their sum, 0 % membranes dropped
  const normalizeFractions = () => {
    if (fractionSum <= 0) return;
    edit(id, 'coating.membranes', (renormaliseMembranes(d) as { coating: { membranes: unknown } }).coating.membranes);
  };
  const rootIssues = issues.filter((i) => i.path === '' || i.path === 'schema');

  return (
    <section className="panel builder" aria-labelledby="builder-title">
      <h2 id="builder-title">Builder</h2>
      <FieldIssues id="root-issues" issues={rootIssues} />
      <TextField label={labelOf('name')} path="name" issues={issues} value={d.name} onCommit={set('name')} />

      <fieldset>
        <legend>Core</legend>
        <SelectField
          label={labelOf('core.material')}
          path="core.material"
          issues={issues}
          value={coreId}
          options={coreChoices().map((c) => ({ id: c.id, name: c.name }))}
          onCommit={set('core.material')}
          testId="core-material"
          provenance={coreInfo?.provenance ? { provenance: coreInfo.provenance, source: coreInfo.source ?? '' } : undefined}
          help={coreInfo ? <><span className="swatch" style={{ background: coreColor(coreId) }} aria-hidden="true" /> {coreInfo.description}</> : undefined}
        />
        <NumberField path="core.diameterNm" issues={issues} value={core.diameterNm} onCommit={set('core.diameterNm')} />
        {shell && (
          <>
            <NumberField path="core.lipidTmC" issues={issues} value={core.lipidTmC ?? shell.tmC} onCommit={set('core.lipidTmC')} />
            <NumberField path="core.cholesterolMolPct" issues={issues} value={core.cholesterolMolPct ?? shell.cholesterolMolPct} onCommit={set('core.cholesterolMolPct')} />
          </>
        )}
        {copolymers && (
          <SelectField
            label={COPOLYMER_FIELD.label}
            path="core.copolymer"
            issues={issues}
            value={typeof core.copolymer === 'string' ? core.copolymer : ''}
            options={[{ id: '', name: 'class default (CMC 10 mg/L, M2 serum release)' }, ...copolymers]}
            onCommit={(v) => set('core.copolymer')(v === '' ? undefined : v)}
            testId="core-copolymer"
            help={COPOLYMER_FIELD.description}
          />
        )}
      </fieldset>

      <fieldset>
        <legend>Payloads</legend>
        {payloads.length === 0 && <p className="empty small">No payload: add a drug or a high-Z radiosensitizer.</p>}
        <FieldIssues id="payloads-issues" issues={issues.filter((i) => i.path === 'payloads')} />
        {payloads.map((p, i) => {
          const agent = String(p.agent ?? '');
          const agentInfo = agents.find((a) => a.id === agent);
          // the preparation method matters only where M1.partition encapsulates the drug (polymer cores, one-pot)
          const usualMethod = corePartitionMethod(coreId, agent, String(p.loading ?? ''));
          return (
            <div key={i} className="subgroup" data-testid="payload-row">
              <div className="subgroup-head">
                <span className="swatch" style={{ background: agentColor(agent) }} aria-hidden="true" />
                <strong>Payload {i + 1}</strong>
              </div>
              <SelectField label={labelOf('payloads.*.agent')} path={`payloads.${i}.agent`} issues={issues} value={agent} options={agents.map((a) => ({ id: a.id, name: a.name }))} onCommit={set(`payloads.${i}.agent`)} help={agentInfo?.description || undefined} provenance={agentInfo?.provenance ? { provenance: agentInfo.provenance, source: agentInfo.source ?? '', verify: agentInfo.verify } : undefined} />
              <SelectField
                label={labelOf('payloads.*.loading')}
                path={`payloads.${i}.loading`}
                issues={issues}
                value={p.loading}
                options={LOADING_MODES.map((m) => ({ id: m, name: m, note: modes.includes(m) ? undefined : `not possible with ${coreInfo?.name ?? coreId}` }))}
                onCommit={set(`payloads.${i}.loading`)}
              />
              <NumberField path={`payloads.${i}.feedMassRatio`} issues={issues} value={p.feedMassRatio} onCommit={set(`payloads.${i}.feedMassRatio`)} />
              {usualMethod && (
                <SelectField
                  label={PREP_METHOD_FIELD.label}
                  path={`payloads.${i}.method`}
                  issues={issues}
                  value={p.method ?? usualMethod}
                  options={PREP_METHOD_FIELD.options.map((m) => ({ id: m, name: m.replace('-', ' '), note: m === usualMethod ? `usual for ${coreInfo?.name ?? coreId}` : undefined }))}
                  onCommit={set(`payloads.${i}.method`)}
                  testId="payload-method"
                  help={PREP_METHOD_FIELD.description}
                />
              )}
              <SelectField
                label={FREE_DRUG_VEHICLE_FIELD.label}
                path={`payloads.${i}.freeDrugVehicle`}
                issues={issues}
                value={p.freeDrugVehicle ?? 'none'}
                options={vehicleChoices(agent)}
                onCommit={set(`payloads.${i}.freeDrugVehicle`)}
                testId="payload-vehicle"
                help={FREE_DRUG_VEHICLE_FIELD.description}
              />
              {/* last in the tab order (walk10 #15: Tab after the core diameter reached this × first), drawn at the row's top right */}
              <button type="button" className="icon danger subgroup-remove" onClick={() => edit(id, `payloads.${i}`, undefined)} aria-label={`Remove payload ${i + 1} (${agentInfo?.name ?? agent})`}>×</button>
            </div>
          );
        })}
        <button type="button" onClick={() => edit(id, `payloads.${payloads.length}`, { agent: 'doxorubicin', loading: modes[0] ?? 'one-pot', feedMassRatio: FEED_FIELD.default })}>+ Add payload</button>
      </fieldset>

      <fieldset>
        <legend>Coating</legend>
        <CheckField
          label="Cell-membrane / PEG coat"
          path="coating"
          issues={issues}
          value={coating !== null}
          onCommit={(on) => edit(id, 'coating', on ? { membranes: [{ source: DEFAULT_MEMBRANE, fraction: FRACTION_FIELD.max }], membraneToCoreMassRatio: MEMBRANE_RATIO_FIELD.default, peg: PEG_FIELD.default } : null)}
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
                  <SelectField label={labelOf('coating.membranes.*.source')} path={`coating.membranes.${i}.source`} issues={issues} value={src} options={sources.map((s) => ({ id: s.id, name: s.name }))} onCommit={set(`coating.membranes.${i}.source`)} help={info?.description || undefined} provenance={info?.provenance ? { provenance: info.provenance, source: info.source ?? '', verify: info.verify } : undefined} />
                  <NumberField path={`coating.membranes.${i}.fraction`} issues={issues} value={m.fraction} onCommit={set(`coating.membranes.${i}.fraction`)} />
                </div>
              );
            })}
            <div className="row">
              <button type="button" onClick={() => edit(id, `coating.membranes.${membranes.length}`, { source: 'caf-cervical', fraction: 0 })}>+ Add membrane</button>
              {membranes.length > 0 && Math.abs(fractionSum - 1) > FRACTION_SUM_TOLERANCE && (
                <button type="button" onClick={normalizeFractions} title="Scale the fractions so they sum to 1">Normalise (sum {sig(fractionSum, 3)})</button>
              )}
            </div>
            <NumberField path="coating.membraneToCoreMassRatio" issues={issues} value={coating.membraneToCoreMassRatio} onCommit={set('coating.membraneToCoreMassRatio')} />
            <CheckField label={labelOf('coating.peg')} path="coating.peg" issues={issues} value={coating.peg} onCommit={set('coating.peg')} />
            {coating.peg === true && (
              <>
                <NumberField path="coating.pegMolecularWeightDa" issues={issues} value={coating.pegMolecularWeightDa ?? PEG_MW_FIELD.default} onCommit={set('coating.pegMolecularWeightDa')} />
                <NumberField path="coating.pegDensityPerNm2" issues={issues} value={coating.pegDensityPerNm2 ?? PEG_DENSITY_FIELD.default} onCommit={set('coating.pegDensityPerNm2')} />
              </>
            )}
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>Scenario</legend>
        <ScenarioFields candidate={candidate} issues={issues} beams={beamChoices()} />
      </fieldset>

      <Deferred stage={2} fallback={paramsPlaceholder}><ParameterPanel candidate={candidate} open={paramsOpen} onOpenChange={setParamsOpen} /></Deferred>
      {issuesAt(issues, 'calibration').length > 0 && <FieldIssues id="cal-issues" issues={issuesAt(issues, 'calibration')} />}
    </section>
  );
}
