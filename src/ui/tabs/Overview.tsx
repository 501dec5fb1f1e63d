// Overview tab: the composite score with every desirability bar and its limits, the key numbers, and the warnings.
import { totalLoadingInterval } from '../interval-refs';
import type { ComponentId, Desirability } from '../../model/scores';
import type { EngineScores as Scores } from '../../engine';
import { COMPONENT_IDS } from '../../engine';
import { Num } from '../Num';
import { RELEASED_PCT_DECIMALS, score, sig, withUnit } from '../format';
import { useEffect, useState } from 'react';
import { selectSelected, useStore } from '../../state/store';

const COMPONENT_LABEL: Record<ComponentId, string> = {
  loading: 'Loading', release: 'Release', targeting: 'Targeting', radiosensitization: 'Radiosensitization', safety: 'Safety',
};

/** The tumour's SER (in vivo scenario), as the Overview and the Radiation tab name it (walk11 #9; the In vitro tab names the plate's). */
export const SER_TUMOUR_LABEL = 'Sensitizer enhancement ratio, tumour in vivo';
export const SER_TUMOUR_NOTE = 'dose ratio at SF 0.1 in the tumour; the In vitro tab’s SER is of the cells in its plate';

/** A unit after a number: nothing for dimensionless ('1'), else a space and the unit. */
const unitText = (u: string) => (u === '1' || u === '' ? '' : ` ${u}`);

/**
 * The marker on a number your calibrations moved (walk11 #15): "calibrated", with which calibrations and the value
 * without them on hover and for screen readers. Nothing when the number, as shown, is the same without them.
 */
function CalMark({ id, now, was, unit, digits = 3, decimals, words }: { id: string; now: number | null | undefined; was: number | null | undefined; unit: string; digits?: number; decimals?: number; words: string }) {
  // moved as the number is shown (its digits): a shift below them would put a marker on a number that did not change
  if (typeof now !== 'number' || typeof was !== 'number' || withUnit(now, unit, digits, decimals) === withUnit(was, unit, digits, decimals)) return null;
  const why = `Moved by your calibrations (${words}); without them: ${withUnit(was, unit, digits, decimals)}`;
  return <>{' '}<span className="badge badge-data" data-testid={`calibrated-${id}`} title={why} aria-label={`calibrated. ${why}`} style={{ alignSelf: 'flex-start' }}>calibrated</span>{' '}</>;
}

function DesirabilityBar({ id, d, was, words }: { id: ComponentId; d: Desirability; was?: Desirability; words: string }) {
  const pct = d.d === null ? 0 : d.d * 100;
  return (
    <div className="dbar" data-testid={`dbar-${id}`}>
      <div className="dbar-label">
        <span>{COMPONENT_LABEL[id]}</span>
        {d.d === null ? <span className="muted">n/a</span> : <span><CalMark id={`dbar-${id}`} now={pct} was={was?.d == null ? undefined : was.d * 100} unit="" digits={2} words={words} /> <Num value={pct} unit="" digits={2} explain={`score.${id}`} title={`${COMPONENT_LABEL[id]} desirability (×100)`} /></span>}
      </div>
      <div className="dbar-track" role="meter" aria-label={`${COMPONENT_LABEL[id]} desirability`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(pct)}>
        <div className="dbar-fill" style={{ width: `${pct}%` }} />
      </div>
      <div className="dbar-limits muted">
        {d.response === null ? (d.note ?? 'does not apply to this candidate') : (
          <>response {sig(d.response, 3)}{unitText(d.unit)} · limits {sig(d.lower, 3)} → {sig(d.upper, 3)}{unitText(d.unit)} ({d.scale}) · weight {sig(d.weight, 2)}{d.note ? ` · ${d.note}` : ''}</>
        )}
      </div>
    </div>
  );
}

type Marks = typeof import('../calibration-marks');
let marks: Marks | null = null;
/** Load the calibration markers' code: a lazy chunk, since only a calibrated candidate needs it (initial JS budget). */
export const loadCalibrationMarks = (): Promise<Marks> => import('../calibration-marks').then((x) => (marks = x));
function useCalibrationMarks(s: Scores): Marks | null {
  const has = s.formulation.calibrations !== undefined;
  const [, setLoaded] = useState(marks !== null);
  useEffect(() => { if (has && !marks) void loadCalibrationMarks().then(() => setLoaded(true)); }, [has]);
  return has ? marks : null;
}

export function Overview({ scores }: { scores: Scores }) {
  const s = scores;
  // the same candidate without its calibrations: every number they move is marked (walk11 #15)
  const m = useCalibrationMarks(s);
  const u = m?.uncalibrated(s) ?? null;
  const words = m && u ? m.calibrationWords(s) : '';
  return (
    <div className="overview">
      <div className="score-card">
        <div className="overall">
          <span className="overall-label">Overall score</span>
          <Num className="overall-value" value={s.score.overall} unit="" digits={2} explain="score.overall" title="Overall score (Derringer desirability, 0–100)" />
          <CalMark id="overall" now={s.score.overall} was={u?.score.overall} unit="" digits={2} words={words} />
          <span className="muted">of 100 — geometric mean of the desirabilities below (each floored at 0.01)</span>
          <UncertaintyNote />
        </div>
        <div className="dbars">
          {COMPONENT_IDS.map((id) => <DesirabilityBar key={id} id={id} d={s.score.desirability[id]} was={u?.score.desirability[id]} words={words} />)}
        </div>
      </div>
      <h3>Key numbers</h3>
      <dl className="kv">
        <dt>Total loading</dt><dd><Num value={s.loading.totalLoadingPct} unit="wt %" explain="loading.totalLoadingPct" title="Total loading" interval={totalLoadingInterval(s.loading.payloads)} intervalTestId="interval-overview-loading" /><CalMark id="loading" now={s.loading.totalLoadingPct} was={u?.loading.totalLoadingPct} unit="wt %" words={words} /></dd>
        <dt>Release selectivity (pH 5.0 / 7.4, 24 h)</dt><dd><Num value={s.release.selectivityIndex} unit="" explain="release.selectivityIndex" title="Release selectivity index" interval={{ none: 'selectivity' }} /><CalMark id="selectivity" now={s.release.selectivityIndex} was={u?.release.selectivityIndex} unit="" words={words} /></dd>
        <dt>Released in 24 h at pH 7.4</dt><dd><Num value={s.release.releasedAt24hPct['7.4']} unit="%" decimals={RELEASED_PCT_DECIMALS} explain="release.releasedAt24hPct" title="Released at 24 h, pH 7.4" interval={{ kind: 'release', metric: 'release-pct' }} intervalTestId="interval-overview-release" /><CalMark id="release74" now={s.release.releasedAt24hPct['7.4']} was={u?.release.releasedAt24hPct['7.4']} unit="%" decimals={RELEASED_PCT_DECIMALS} words={words} /></dd>
        <dt>Hydrodynamic diameter</dt><dd><Num value={s.targeting.hydrodynamicDiameterNm} unit="nm" explain="targeting.hydrodynamicDiameterNm" title="Hydrodynamic diameter" interval={{ kind: 'size', metric: 'size-nm' }} intervalTestId="interval-overview-size" /><CalMark id="size" now={s.targeting.hydrodynamicDiameterNm} was={u?.targeting.hydrodynamicDiameterNm} unit="nm" words={words} /></dd>
        <dt>Circulation half-life</dt><dd><Num value={s.targeting.circulationHalfLifeH} unit="h" explain="targeting.circulationHalfLifeH" title="Circulation half-life" interval={{ kind: 'pk', metric: 'half-life-h' }} intervalTestId="interval-overview-half-life" /><CalMark id="half-life" now={s.targeting.circulationHalfLifeH} was={u?.targeting.circulationHalfLifeH} unit="h" words={words} /></dd>
        <dt>Tumour delivery</dt><dd><Num value={s.targeting.tumorDeliveryPctID} unit="% ID" explain="targeting.tumorDeliveryPctID" title="Tumour delivery" interval={{ kind: 'pk', metric: 'tumour-pct-id' }} intervalTestId="interval-overview-delivery" /><CalMark id="delivery" now={s.targeting.tumorDeliveryPctID} was={u?.targeting.tumorDeliveryPctID} unit="% ID" words={words} /></dd>
        {/* walk11 #9: the tumour's SER, named by its scenario, so the In vitro tab's SER of the plate does not read as a contradiction */}
        <dt data-testid="overview-ser-label">{SER_TUMOUR_LABEL}<span className="muted small dt-sub">{SER_TUMOUR_NOTE}</span></dt><dd><Num value={s.radiosensitization.sensitizerEnhancementRatio} unit="" digits={4} explain="radiosensitization.sensitizerEnhancementRatio" title={SER_TUMOUR_LABEL} interval={{ kind: 'radiosensitization', metric: 'ser' }} intervalTestId="interval-overview-ser" />{s.formulation.calibrations?.localEffect ? <span className="badge badge-data" data-testid="ser-calibrated" title={s.formulation.calibrations.localEffect.fittedTo}>local effect fitted to your data</span> : <CalMark id="ser" now={s.radiosensitization.sensitizerEnhancementRatio} was={u?.radiosensitization.sensitizerEnhancementRatio} unit="" digits={4} words={words} />}</dd>
        <dt>EQD2 gain</dt><dd><Num value={s.radiosensitization.eqd2GainGy} unit="Gy" explain="radiosensitization.eqd2GainGy" title="EQD2 gain" interval={{ none: 'eqd2-gain' }} /><CalMark id="eqd2" now={s.radiosensitization.eqd2GainGy} was={u?.radiosensitization.eqd2GainGy} unit="Gy" words={words} /></dd>
      </dl>
      <Warnings scores={s} />
    </div>
  );
}

export function Warnings({ scores }: { scores: Scores }) {
  // walk9 #8: the warning's text stays the engine's (golden corpus); the view says when your calibration has replaced the assumed local effect
  const le = scores.formulation.calibrations?.localEffect;
  if (!scores.warnings.length) return <p className="ok-note">No warnings for this candidate.</p>;
  return (
    <section aria-labelledby="warn-title" className="warnings">
      <h3 id="warn-title">Warnings ({scores.warnings.length})</h3>
      <ul>
        {scores.warnings.map((w, i) => <li key={i} data-code={w.code}>{w.message}{le && /calibrate with your own data/.test(w.message) && <> <span className="badge badge-data" data-testid="warning-calibrated">calibrated</span> Your clonogenic fit now sets the local-effect strength ({le.fittedTo ?? 'fitted to your data'}); FAK biology is still the catalog’s.</>}</li>)}
      </ul>
    </section>
  );
}

/**
 * The overall score under parameter uncertainty, once a Monte Carlo run of this very draft exists (Uncertainty or
 * Compare): the headline is the model at the nominal parameters; the draws' median can sit well below it because the
 * spreads are skewed (log-normal) and the desirability ramps saturate at 1, so the note says both.
 */
function UncertaintyNote() {
  const c = useStore(selectSelected);
  const entry = useStore((s) => (c ? s.mc[c.id] : undefined));
  const setTab = useStore((s) => s.setTab);
  if (!c) return null;
  const band = entry && entry.draft === c.draft ? entry.result.bands['score.overall'] : undefined;
  if (!band) {
    return (
      <span className="small muted" data-testid="overall-uncertainty">
        At the nominal parameters. <button type="button" className="link" onClick={() => setTab('uncertainty')}>Uncertainty</button> shows its spread.
      </span>
    );
  }
  return (
    <span className="small" data-testid="overall-uncertainty">
      At the nominal parameters. Under parameter uncertainty ({entry!.result.draws} draws): median {score(band.p50)}, 5–95 % {score(band.p5)}–{score(band.p95)}.
      The spreads are skewed and the desirabilities saturate at 1, so the median can differ from the nominal score.
    </span>
  );
}
