// Reference library: every preset as a card (composition, size, route, published facts with sources) beside the model's
// predictions, marked agree / differ; a class filter; Load and Compare-with-IZB@CCM hand the preset to the host app.
import { useMemo, useState } from 'react';
import { PRESETS, type FormulationDraft } from '../../catalog';
import { PRESET_FILTERS, presetCard, presetsInFilter, type LiteratureComparison, type PresetCard, type PresetFilterId } from '../../library';
import { Term } from '../learn/Term';
import './library.css';

export interface ReferenceLibraryProps {
  /** Load the preset into the workspace (draft = the preset's formulation, a fresh copy). */
  onLoad: (presetId: string, draft: FormulationDraft) => void;
  /** Put the preset beside IZB@CCM in the comparison view. */
  onCompare: (presetId: string, withPresetId: 'izb-ccm') => void;
  /** Filter to start with (default 'all'). */
  initialFilter?: PresetFilterId;
}

const num = (v: number | null | undefined, digits = 3) => (v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : String(Number(v.toPrecision(digits))));

function literatureText(r: LiteratureComparison): string {
  const u = r.unit === '1' ? '' : ` ${r.unit}`;
  if (r.literature.range) return `${num(r.literature.range[0])}–${num(r.literature.range[1])}${u}`;
  return `${num(r.literature.value ?? null)}${u}`;
}

function Verdict({ r }: { r: LiteratureComparison }) {
  if (r.caveat) return <span className="verdict verdict-caveat" title={r.caveat}>not comparable</span>;
  if (r.verdict === 'agree') return <span className="verdict verdict-agree">✓ agrees</span>;
  if (r.verdict === 'differ') return <span className="verdict verdict-differ">✗ differs{r.deviationPct !== null ? ` (${r.deviationPct > 0 ? '+' : ''}${num(r.deviationPct, 2)} %)` : ''}</span>;
  return <span className="verdict muted">not computed</span>;
}

function Card({ c, onLoad, onCompare }: { c: PresetCard; onLoad: ReferenceLibraryProps['onLoad']; onCompare: ReferenceLibraryProps['onCompare'] }) {
  const s = c.scores;
  const titleId = `lib-card-${c.id}`;
  return (
    <article className="lib-card" aria-labelledby={titleId} data-testid="library-card" data-preset={c.id} data-class={c.presetClass}>
      <header>
        <h3 id={titleId}>{c.name}</h3>
        <span className="badge">{PRESET_FILTERS.find((f) => f.id === c.filter)?.label ?? c.presetClass}</span>
        {c.comparisons.length > 0 ? (
          <span className="lib-agreement small">
            {c.agreement.agree} agree · {c.agreement.differ} differ{c.agreement.caveat ? ` · ${c.agreement.caveat} not comparable` : ''}
          </span>
        ) : null}
      </header>
      <p>{c.summary}</p>
      <dl className="kv lib-composition">
        <dt>Carrier</dt>
        <dd>
          {c.composition.core}
          {c.coreDiameterNm !== null ? `, ${c.coreDiameterNm} nm` : ''}
        </dd>
        <dt>Payloads</dt>
        <dd>{c.composition.payloads.join(' + ') || '— (the carrier is the agent)'}</dd>
        <dt>Coat</dt>
        <dd>{c.composition.coat}</dd>
        <dt>Route</dt>
        <dd>{c.route === 'intratumoral' ? 'intratumoral injection' : 'intravenous'}</dd>
      </dl>
      {s ? (
        <dl className="lib-model kv" aria-label="Model predictions">
          <dt>Model: size</dt>
          <dd>{num(s.targeting.hydrodynamicDiameterNm)} nm</dd>
          <dt>
            <Term id="LC">Loading</Term>
          </dt>
          <dd>{num(s.loading.totalLoadingPct)} %</dd>
          <dt>
            <Term id="selectivity index">Selectivity</Term>
          </dt>
          <dd>{num(s.release.selectivityIndex)}</dd>
          <dt>
            <Term id="% ID">Tumour delivery</Term>
          </dt>
          <dd>{num(s.targeting.tumorDeliveryPctID)} % ID</dd>
          <dt>
            <Term id="SER">SER</Term>
          </dt>
          <dd>{num(s.radiosensitization.sensitizerEnhancementRatio, 4)}</dd>
          <dt>
            <Term id="desirability">Overall</Term>
          </dt>
          <dd>{num(s.score.overall, 3)} / 100</dd>
        </dl>
      ) : (
        <p className="error">This preset does not score: {c.error}</p>
      )}
      {c.comparisons.length > 0 ? (
        <div className="table-scroll">
          <table className="lib-compare">
            <caption className="sr-only">{c.name}: published values beside the model</caption>
            <thead>
              <tr>
                <th scope="col">Published</th>
                <th scope="col">Literature</th>
                <th scope="col">Model</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {c.comparisons.map((r) => (
                <tr key={r.metric} data-verdict={r.caveat ? 'caveat' : r.verdict}>
                  <th scope="row">
                    {r.label}
                    <div className="muted small">
                      {r.source}
                      {r.status === 'recalled' ? ' (recalled, to verify)' : ''}
                      {r.caveat ? ` — ${r.caveat}` : ''}
                    </div>
                  </th>
                  <td>{literatureText(r)}</td>
                  <td>
                    {num(r.model)}
                    {r.unit === '1' ? '' : ` ${r.unit}`}
                  </td>
                  <td>
                    <Verdict r={r} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <details>
        <summary>Published facts ({c.facts.length})</summary>
        <ul className="lib-facts">
          {c.facts.map((f, i) => (
            <li key={i}>
              {f.text} <span className="muted small">— {f.source}</span>
              {f.status === 'recalled' ? <span className="badge badge-verify">to verify</span> : null}
            </li>
          ))}
        </ul>
      </details>
      {c.warnings.length > 0 ? (
        <details>
          <summary>Model notes ({c.warnings.length})</summary>
          <ul className="small">
            {c.warnings.map((w, i) => (
              <li key={i}>{w.message}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="row lib-actions">
        <button type="button" onClick={() => onLoad(c.id, structuredClone(PRESETS[c.id].formulation))} data-testid="library-load">
          Load
        </button>
        {c.id !== 'izb-ccm' ? (
          <button type="button" onClick={() => onCompare(c.id, 'izb-ccm')}>
            Compare with IZB@CCM
          </button>
        ) : null}
      </div>
    </article>
  );
}

export function ReferenceLibrary({ onLoad, onCompare, initialFilter = 'all' }: ReferenceLibraryProps) {
  const [filter, setFilter] = useState<PresetFilterId>(initialFilter);
  const ids = useMemo(() => presetsInFilter(filter), [filter]);
  const cards = useMemo(() => ids.map((id) => presetCard(id)), [ids]);
  return (
    <section className="library panel" aria-labelledby="library-title" data-testid="reference-library">
      <div className="panel-head">
        <h2 id="library-title">Reference library</h2>
        <span className="muted small">
          {cards.length} preset{cards.length === 1 ? '' : 's'}; published facts beside the model (a point value agrees within ± 10 %)
        </span>
      </div>
      <div className="row lib-filters" role="group" aria-label="Filter by class">
        {PRESET_FILTERS.map((f) => (
          <button key={f.id} type="button" aria-pressed={filter === f.id} onClick={() => setFilter(f.id)} data-filter={f.id}>
            {f.label}
            <span className="muted small"> {presetsInFilter(f.id).length}</span>
          </button>
        ))}
      </div>
      <div className="lib-grid">
        {cards.map((c) => (
          <Card key={c.id} c={c} onLoad={onLoad} onCompare={onCompare} />
        ))}
      </div>
    </section>
  );
}

export default ReferenceLibrary;
