// Calibrate → "Your own model": type a release model as an expression in t and named parameters; the parameters are found
// as you type (one row each: start, lower and upper bound), problems name their position, and "Fit" stores the model in
// the candidate (measurements.releaseModel), so it is fitted beside the seven built-in models and travels in links and files.
import { useEffect, useMemo, useState } from 'react';
import { useStore } from '../../state/store';
import type { OwnReleaseModel } from '../../state/types';
import { checkModelExpression, checkModelParams, CUSTOM_MODEL_FUNCTIONS, fitPlausibility, type CompiledCustomModel, type CustomReleaseFit } from '../../engine/fitting';
import { NumberInput } from '../fields';
import { sig } from '../format';

/** Your model's fit to one measured curve, shown beside the inputs it was fitted with. */
export interface OwnFitShown {
  /** Which curve ("pH 7.4"). */
  label: string;
  fit: CustomReleaseFit;
  compiled: CompiledCustomModel | null;
}

type ParamValues = Record<string, { initial?: number; lower?: number; upper?: number }>;

const EXAMPLES = ['Fmax * (1 - exp(-(k*t)^b))', '100 * (1 - exp(-k*t))', 'kH * sqrt(t)', 'Fb + (100 - Fb) * (1 - exp(-k*t))'];

function valuesOf(model: OwnReleaseModel | undefined): ParamValues {
  const out: ParamValues = {};
  for (const p of model?.params ?? []) out[p.name] = { initial: p.initial, lower: p.lower, upper: p.upper };
  return out;
}

/** The model as it would be stored: only parameters of the expression, only the numbers given. */
export function ownModelFrom(expression: string, names: readonly string[], values: ParamValues): OwnReleaseModel {
  const params = names
    .map((name) => ({ name, ...Object.fromEntries(Object.entries(values[name] ?? {}).filter(([, v]) => typeof v === 'number' && Number.isFinite(v))) }))
    .filter((p) => Object.keys(p).length > 1);
  return { expression: expression.trim(), ...(params.length ? { params } : {}) };
}

/** The text with a marker under the character a message is about. */
function Caret({ text, position }: { text: string; position: number }) {
  const at = Math.min(position, text.length);
  return (
    <pre className="expr-caret small" aria-hidden="true" data-testid="own-model-caret">
      {text}
      {'\n'}
      {' '.repeat(at)}^
    </pre>
  );
}

export function OwnModelEditor({ candidateId, stored, fitted = [] }: { candidateId: string; stored: OwnReleaseModel | undefined; fitted?: readonly OwnFitShown[] }) {
  const setReleaseModel = useStore((s) => s.setReleaseModel);
  const [text, setText] = useState(stored?.expression ?? '');
  const [values, setValues] = useState<ParamValues>(() => valuesOf(stored));
  // follow outside changes (undo, link import, another tab) of the stored model
  useEffect(() => {
    setText(stored?.expression ?? '');
    setValues(valuesOf(stored));
  }, [stored]);

  const check = useMemo(() => (text.trim() ? checkModelExpression(text) : null), [text]);
  // a model that arrived in a link or file passed the schema's lexical gate; the full grammar is read here
  const storedCheck = useMemo(() => (stored ? checkModelExpression(stored.expression) : null), [stored]);
  const names = check?.ok ? check.names : [];
  const candidate = check?.ok ? ownModelFrom(text, names, values) : null;
  const paramProblems = candidate ? checkModelParams(names, candidate.params ?? []) : [];
  const unchanged = !!stored && !!candidate && JSON.stringify(candidate) === JSON.stringify(ownModelFrom(stored.expression, names, valuesOf(stored)));
  // the fitted values shown beside the inputs: only fits of the stored expression (a changed expression has none yet)
  const shownFits = stored && check?.ok && stored.expression.trim() === text.trim() ? fitted : [];
  const set = (name: string, key: 'initial' | 'lower' | 'upper', v: number | null) =>
    setValues((old) => ({ ...old, [name]: { ...old[name], [key]: v ?? undefined } }));

  return (
    <section className="own-model" aria-labelledby="own-model-h" data-testid="own-model">
      <h3 id="own-model-h">Your own model</h3>
      <p className="muted small">
        Type cumulative release F (%) as an expression in <code>t</code> (hours) and named parameters, e.g. <code>{EXAMPLES[0]}</code>.
        Allowed: numbers, <code>t</code>, <code>+ - * / ^</code>, parentheses, {CUSTOM_MODEL_FUNCTIONS.map((f, i) => <span key={f}>{i ? ', ' : ''}<code>{f}</code></span>)} and the constants <code>pi</code>, <code>e</code>;
        every other name is a parameter (1–8). It is fitted to each curve beside the seven built-in models, with the same statistics.
      </p>
      {storedCheck && !storedCheck.ok && (
        <p className="error" role="alert" data-testid="own-model-stored-error">
          The stored model cannot be fitted — <code>measurements.releaseModel.expression</code>: {storedCheck.problem.message}. Your data are kept; correct the expression below and press Fit, or remove the model.
        </p>
      )}
      <label htmlFor="own-model-expr">F(t) =</label>
      <input
        id="own-model-expr"
        className="expr-input"
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={text}
        placeholder={EXAMPLES[0]}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={check !== null && !check.ok}
        aria-describedby="own-model-msg"
        data-testid="own-model-expr"
      />
      <div id="own-model-msg" aria-live="polite">
        {check && !check.ok && (
          <div className="field-error" role="alert" data-testid="own-model-error">
            {check.problem.position !== null && <Caret text={text.trim()} position={check.problem.position} />}
            {check.problem.message}
          </div>
        )}
      </div>
      {names.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Parameters of your model">
          <table className="data" data-testid="own-model-params">
            <caption>Parameters found in the expression: starting value (default 1) and bounds (empty = unbounded){shownFits.length ? `; then the fitted value (± SE) per measured curve${unchanged ? '' : ' — from the last fit, before your changes'}` : ''}</caption>
            <thead><tr><th scope="col">parameter</th><th scope="col">start</th><th scope="col">lower bound</th><th scope="col">upper bound</th>{shownFits.map((o) => <th key={o.label} scope="col" className={unchanged ? undefined : 'muted'}>{unchanged ? 'fitted' : 'last fit'}, {o.label}</th>)}</tr></thead>
            <tbody>
              {names.map((n) => (
                <tr key={n}>
                  <th scope="row"><code>{n}</code></th>
                  {(['initial', 'lower', 'upper'] as const).map((k) => (
                    <td key={k}>
                      <NumberInput
                        label={`${n} ${k === 'initial' ? 'start' : `${k} bound`}`}
                        value={values[n]?.[k]}
                        onValue={(v) => set(n, k, v)}
                        testId={`own-param-${n}-${k}`}
                        style={{ width: '7em' }}
                      />
                    </td>
                  ))}
                  {shownFits.map((o) => {
                    const v = o.fit.params[n];
                    if (v === undefined) return <td key={o.label} className="muted">—</td>;
                    const se = o.fit.se[n];
                    const flags = fitPlausibility({ model: o.fit.model, params: { [n]: v } }, o.compiled);
                    return (
                      <td key={o.label} className={`r${unchanged ? '' : ' muted'}`} data-testid={`own-fitted-${n}-${o.label.replace(/\s+/g, '')}`} title={flags.join('; ') || undefined}>
                        {sig(v, 4)}{se != null ? ` ± ${sig(se, 2)}` : ''}{flags.length ? <span className="warn-text" aria-label={flags.join('; ')}> ⚠</span> : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {paramProblems.length > 0 && (
        <div className="field-error" role="alert" data-testid="own-model-param-error">
          {paramProblems.map((p, i) => <div key={i}>{p.message}</div>)}
        </div>
      )}
      <div className="row">
        {/* after a fit, nothing to fit again until the expression or a parameter changes: no button that claims a change */}
        {!(stored && unchanged) && (
          <button
            type="button"
            disabled={!candidate || paramProblems.length > 0}
            onClick={() => candidate && setReleaseModel(candidateId, candidate)}
            data-testid="own-model-fit"
          >
            {stored ? 'Fit the changed model' : 'Fit beside the built-in models'}
          </button>
        )}
        {stored && <button type="button" onClick={() => setReleaseModel(candidateId, undefined)} data-testid="own-model-remove">Remove your model</button>}
        <span className="muted small" data-testid="own-model-status">
          {stored ? (unchanged ? ' Fitted and stored with the candidate (travels in links and files; Ctrl+Z undoes). Change the expression or a parameter to fit again.' : ' Changed since the last fit: press “Fit the changed model” to store and fit it.') : ' Not stored yet.'}
        </span>
      </div>
      {!text.trim() && (
        <p className="small">Examples: {EXAMPLES.map((e) => <button key={e} type="button" className="link small" onClick={() => setText(e)}>{e}</button>)}</p>
      )}
    </section>
  );
}
