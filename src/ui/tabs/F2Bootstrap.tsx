// Calibrate → bootstrap f2 from individual units: two CSVs with one column per unit (vessel), read by the one CSV reader,
// → f2 of the means, the CV limits checked from the units, and the seeded bootstrap f2 with its 90 % interval (similar
// when the lower bound is ≥ 50). The files are not stored with the candidate (session only).
import { useEffect, useMemo, useRef, useState } from 'react';
import { assessF2, bootstrapF2, F2_RULES, parseReleaseProfileCsv, PROFILE_TIME_UNITS, type BootstrapF2Result, type ReleaseProfileData } from '../../engine/fitting';
import { NumberInput } from '../fields';
import { sig } from '../format';
import { F2Verdict } from './F2Panel';

const EXAMPLE = 'time_h,vessel 1,vessel 2,vessel 3,…\n0.5,12.1,11.4,13.0\n1,24.8,…';

function read(text: string): { data?: ReleaseProfileData; error?: string } {
  if (!text.trim()) return {};
  try {
    return { data: parseReleaseProfileCsv(text) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

function UnitsInput({ role, text, setText }: { role: 'reference' | 'test'; text: string; setText: (t: string) => void }) {
  const [fileError, setFileError] = useState<string | null>(null);
  // which file fills the box (walkthrough 8 #41: the cleared file input showed no name, so reference and test could not be told apart)
  const [source, setSource] = useState<{ name: string; edited: boolean } | null>(null);
  const Role = role === 'reference' ? 'Reference' : 'Test';
  return (
    <div className="field">
      <label>
        <span>{Role} units (CSV: time, then one column per unit)</span>
        <textarea value={text} onChange={(e) => { setText(e.target.value); setSource((s) => (s ? { ...s, edited: true } : s)); }} placeholder={EXAMPLE} spellCheck={false} data-testid={`f2boot-${role}`} />
      </label>
      <label className="file-label small">
        Upload the {role} file{' '}
        <input type="file" accept=".csv,.tsv,.txt,text/csv" data-testid={`f2boot-${role}-file`}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void f.text().then((t) => { setFileError(null); setText(t); setSource({ name: f.name, edited: false }); }, (err: unknown) => setFileError(`${f.name}: could not be read (${String(err)})`));
          }} />
      </label>
      <p className="small muted file-source" data-testid={`f2boot-${role}-source`}>
        {source ? <>{Role}: <strong>{source.name}</strong>{source.edited ? ' (edited in the box)' : ''}</> : text.trim() ? `${Role}: pasted or handed over from the release import` : `${Role}: no file yet`}
      </p>
      {fileError && <p className="error" role="alert">{fileError}</p>}
    </div>
  );
}

/** Two products handed over from the main release import (a reference/test export): fills both boxes and opens the block. */
export interface F2Incoming { reference: string; test: string; n: number }

export function F2Bootstrap({ incoming }: { incoming?: F2Incoming | null } = {}) {
  const [refText, setRef] = useState(incoming?.reference ?? '');
  const [testText, setTest] = useState(incoming?.test ?? '');
  const box = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (!incoming) return;
    setRef(incoming.reference);
    setTest(incoming.test);
    if (box.current) { box.current.open = true; box.current.scrollIntoView({ block: 'start' }); }
  }, [incoming]);
  const [seed, setSeed] = useState(1);
  const [samples, setSamples] = useState(5000);
  const ref = useMemo(() => read(refText), [refText]);
  const test = useMemo(() => read(testText), [testText]);
  const result = useMemo((): { bs?: BootstrapF2Result; error?: string } | null => {
    if (!ref.data || !test.data) return null;
    if (!ref.data.units || !test.data.units) return { error: 'both files need one column per unit (vessel): time, unit 1, unit 2, … (a single release column gives means only)' };
    try {
      return { bs: bootstrapF2({ t: ref.data.t, units: ref.data.units }, { t: test.data.t, units: test.data.units }, { seed, samples }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [ref, test, seed, samples]);
  // times are compared in hours and shown in the files' unit (hours when the two files differ)
  const timeUnit = ref.data && test.data && ref.data.timeUnit === test.data.timeUnit ? ref.data.timeUnit : 'h';
  const plain = ref.data && test.data ? assessF2({ t: ref.data.t, F: ref.data.F, sd: ref.data.sd }, { t: test.data.t, F: test.data.F, sd: test.data.sd }) : null;
  return (
    <details className="f2-block" data-testid="f2-bootstrap" ref={box}>
      <summary><strong>Bootstrap f2 from individual units</strong> (when the CV limits of f2 fail)</summary>
      <p className="muted small">
        Paste or upload each product's release per unit (vessel): a header row, then time and one cumulative release (%) column per unit
        (12 units per product are usual). f2 of the means is shown with the CV limits checked from the units; the bootstrap resamples the units of each
        product with replacement ({sig(samples, 4)} times, seeded) and reports the 90 % percentile interval of f2: similar when its lower bound is ≥ {F2_RULES.similarF2}
        (EMA Q&amp;A on f2, 2018; Shah et al. 1998). These files are not stored with the candidate.
      </p>
      <div className="row">
        <UnitsInput role="reference" text={refText} setText={setRef} />
        <UnitsInput role="test" text={testText} setText={setTest} />
      </div>
      <div className="row">
        <label>Seed <NumberInput label="Seed" value={seed} testId="f2boot-seed" check={(v) => (Number.isInteger(v) ? null : 'a whole number')} onValue={(v) => { if (v !== null && Number.isInteger(v)) setSeed(v); }} /></label>
        <label>Resamples <NumberInput label="Resamples" value={samples} testId="f2boot-samples" check={(v) => (Number.isInteger(v) && v >= 200 && v <= 100_000 ? null : 'a whole number from 200 to 100 000')} onValue={(v) => { if (v !== null && Number.isInteger(v) && v >= 200 && v <= 100_000) setSamples(v); }} /></label>
      </div>
      {ref.error && <p className="error" role="alert">Reference: {ref.error}</p>}
      {test.error && <p className="error" role="alert">Test: {test.error}</p>}
      {ref.data && <p className="muted small" data-testid="f2boot-reference-read">Reference: {ref.data.notes.join('; ')}.</p>}
      {test.data && <p className="muted small" data-testid="f2boot-test-read">Test: {test.data.notes.join('; ')}.</p>}
      {plain && <F2Verdict a={plain} what="means of the units" testId="f2boot-plain" timeUnit={timeUnit} />}
      {result?.error && <p className="error" role="alert" data-testid="f2boot-error">{result.error}</p>}
      {result?.bs && (
        <div className="small" role="status" data-testid="f2boot-result" data-report-block="Bootstrap f2 from individual units">
          <strong>Bootstrap f2</strong> ({result.bs.unitsReference} + {result.bs.unitsTest} units, {result.bs.samples} resamples, seed {String(result.bs.seed)}, t = {result.bs.times.map((t) => sig(t / PROFILE_TIME_UNITS[timeUnit], 3)).join(', ')} {timeUnit}):
          90 % CI <span data-testid="f2boot-ci">{sig(result.bs.ci[0], 4)} – {sig(result.bs.ci[1], 4)}</span>, median {sig(result.bs.bootstrapMedian, 4)}, mean {sig(result.bs.bootstrapMean, 4)}; f2 of the means {sig(result.bs.f2, 4)} —{' '}
          <strong data-testid="f2boot-verdict">{result.bs.similar ? `similar (lower bound ≥ ${F2_RULES.similarF2})` : `not shown similar (lower bound < ${F2_RULES.similarF2})`}</strong>
          {result.bs.notes.length > 0 && <ul className="muted">{result.bs.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
        </div>
      )}
    </details>
  );
}
