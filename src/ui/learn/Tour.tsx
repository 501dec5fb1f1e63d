// Learning mode: a guided tour that builds IZB@CCM part by part with the 3D exploded view and the scores following along,
// then two "what if" steps whose reasoning is computed from the model. Text comes from the seeds (cited on screen).
import { Component, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { LazyParticleViewer } from '../../viewer3d';
import { explainChange, highZRealityNote, scoreDraft, scoreStrip, TOUR_STEPS, tourStep, type StripItem, type StripKey, type TourStep } from '../../library';
import type { FormulationDraft } from '../../catalog';
import type { Scores } from '../../model/scores';
import { particleSpecOf } from '../particle-spec';
import { GlossaryList, GlossaryText, Term } from './Term';
import './learn.css';

export interface TourProps {
  /** Load the step's formulation into the workspace (e.g. the store's "add candidate" action). Hidden when absent. */
  onLoad?: (draft: FormulationDraft, stepId: string) => void;
  /** Leave learning mode. Hidden when absent. */
  onClose?: () => void;
  /** 0-based step to start at (default 0). */
  initialStep?: number;
  /** Height of the 3D view in px (default 320). */
  viewerHeight?: number;
}

class ViewerBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  override render() {
    return this.state.error ? <p className="muted">3D view unavailable: {this.state.error}</p> : this.props.children;
  }
}

const fmt = (x: StripItem) => (x.value === null ? 'n/a' : x.value.toFixed(x.digits));

function ScoreStrip({ scores, focus, before }: { scores: Scores; focus: readonly StripKey[]; before?: Scores }) {
  const items = scoreStrip(scores);
  const prev = before ? new Map(scoreStrip(before).map((x) => [x.key, x])) : null;
  const changes = before ? new Map(explainChange(before, scores, items.map((x) => x.key)).map((l) => [l.key, l])) : null;
  return (
    <dl className="strip" data-testid="tour-scores" aria-label="Scores so far">
      {items.map((x) => {
        const ch = changes?.get(x.key);
        return (
          <div key={x.key} className={focus.includes(x.key) ? 'focus' : undefined} data-key={x.key}>
            <dt>{x.term ? <Term id={x.term}>{x.label}</Term> : x.label}</dt>
            <dd>
              {prev && ch && ch.effect !== 'same' ? (
                <>
                  <span className="muted">{fmt(prev.get(x.key)!)} → </span>
                  <span className={`delta-${ch.effect}`}>{fmt(x)}</span>
                </>
              ) : (
                fmt(x)
              )}
              {x.unit ? <span className="muted small"> {x.unit}</span> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function useStepScores(step: TourStep): { scores: Scores | null; error: string | null } {
  return useMemo(() => {
    const r = scoreDraft(step.draft);
    return r.ok ? { scores: r.scores, error: null } : { scores: null, error: r.message };
  }, [step]);
}

/** A quoted source in a student's words: the patent notice by its name, the model's documentation by its section. */
function citeWords(source: string): string {
  if (source === 'doc 000') return 'Patent transfer notice on IZB@CCM (the company’s description of the particle)';
  if (source === 'doc 001') return 'A review of cancer nanomedicines';
  if (source === 'doc 002') return 'An mRNA lipid-nanoparticle clinical trial report';
  const m = /^MODEL\.md (M[\d.]+)$/.exec(source);
  if (m) return `This app’s model description, section ${m[1]}`;
  return source;
}

export function Tour({ onLoad, onClose, initialStep = 0, viewerHeight = 320 }: TourProps) {
  const [index, setIndex] = useState(Math.max(0, Math.min(TOUR_STEPS.length - 1, initialStep)));
  const [showGlossary, setShowGlossary] = useState(false);
  const step = TOUR_STEPS[index];
  const { scores, error } = useStepScores(step);
  const baseStep = step.compareWith ? tourStep(step.compareWith) : null;
  const base = useMemo(() => {
    if (!baseStep) return null;
    const r = scoreDraft(baseStep.draft);
    return r.ok ? r.scores : null;
  }, [baseStep]);
  // the release view at the lysosome's pH after a day, so the tour can show the acid release (the workbench has the pH/time controls)
  const spec = useMemo(() => particleSpecOf(`tour-${step.id}`, { ...step.draft }, scores, { pH: 5.0, timeH: 24 }), [step, scores]);
  const reasoning = base && scores ? explainChange(base, scores, step.focus) : null;
  const last = index === TOUR_STEPS.length - 1;
  const honest = scores && step.focus.includes('def') ? highZRealityNote(scores) : null;
  // After Back/Next the new step's heading and 3D model come into view and the heading takes focus (not on first render).
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) { moved.current = true; return; }
    const h = heading.current;
    if (!h) return;
    if (h.getBoundingClientRect().top < 0 || h.getBoundingClientRect().top > window.innerHeight * 0.5) h.scrollIntoView({ block: 'start' });
    h.focus({ preventScroll: true });
  }, [index]);

  return (
    <section className="tour panel" aria-labelledby="tour-title" data-testid="tour" data-step={step.id}>
      <div className="panel-head">
        <h2 id="tour-title">Learn: build IZB@CCM step by step</h2>
        <div className="row">
          <button type="button" aria-expanded={showGlossary} aria-controls="tour-glossary" onClick={() => setShowGlossary((g) => !g)}>
            Glossary
          </button>
          {onClose ? (
            <button type="button" onClick={onClose}>
              Close tour
            </button>
          ) : null}
        </div>
      </div>
      <ol className="tour-progress" aria-label="Tour steps">
        {TOUR_STEPS.map((s, i) => (
          <li key={s.id}>
            <button type="button" aria-current={i === index ? 'step' : undefined} onClick={() => setIndex(i)} title={s.title}>
              {s.n}
            </button>
          </li>
        ))}
      </ol>
      {/* one Back/Next pair, at the top beside the step heading (the heading takes focus after a move) */}
      <div className="tour-nav tour-nav-top">
        <button type="button" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>← Back</button>
        <button type="button" onClick={() => setIndex((i) => Math.min(TOUR_STEPS.length - 1, i + 1))} disabled={last} data-testid="tour-next">Next →</button>
      </div>
      <div className="tour-body">
        <div>
          <h3 data-testid="tour-title" aria-live="polite" ref={heading} tabIndex={-1} className="tour-step-title">
            Step {step.n} of {TOUR_STEPS.length}: {step.title}
          </h3>
          <p className="tour-part">{step.part}</p>
          <p data-testid="tour-caption">
            <GlossaryText text={step.caption} />
          </p>
          <div className="tour-why">
            <h4>Why — what the sources say</h4>
            {step.why.map((q, i) => (
              <blockquote key={i}>
                “{q.text}”<cite>{citeWords(q.source)}</cite>
              </blockquote>
            ))}
          </div>
          {honest ? (
            <div className="tour-honest" data-testid="tour-honest">
              <h4>Where the model and the source differ</h4>
              <p>{honest}</p>
            </div>
          ) : null}
          <details className="tour-model">
            <summary>How the model computes it (for experts)</summary>
            <p><GlossaryText text={step.model} /></p>
          </details>
          {reasoning ? (
            <div data-testid="tour-reasoning">
              <h4>The model's reasoning (compared with step {baseStep!.n}, {baseStep!.title.replace(/^.*— /, '')})</h4>
              <ul className="reasoning">
                {reasoning.map((l) => (
                  <li key={l.key} className={l.effect}>
                    {l.text}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
        <div id="tour-3d">
          {spec ? (
            <ViewerBoundary>
              <Suspense fallback={<p className="muted">loading the 3D viewer…</p>}>
                <LazyParticleViewer specs={[spec]} explodeStep={step.explodeStep} height={viewerHeight} />
              </Suspense>
            </ViewerBoundary>
          ) : null}
          {spec && step.explodeStep > 0 ? (
            <p className="small muted" data-testid="tour-explode-note">The particle is drawn taken apart so that the part this step adds can be seen (assembly step {step.explodeStep} of 3); step 5 shows it put together.</p>
          ) : null}
        </div>
      </div>
      <h4>Scores so far{base ? ' (change from the full IZB@CCM)' : ''}</h4>
      {scores ? <ScoreStrip scores={scores} focus={step.focus} before={base ?? undefined} /> : <p className="error">This step could not be scored: {error}</p>}
      <div className="tour-nav">
        {onLoad ? (
          <button type="button" onClick={() => onLoad(step.draft, step.id)}>
            Open this step in the workbench
          </button>
        ) : null}
        <span className="muted small">Assumed: size 120 nm and the 1 : 1 membrane ratio are not disclosed in the patent.</span>
      </div>
      {showGlossary ? (
        <div id="tour-glossary">
          <GlossaryList />
        </div>
      ) : null}
    </section>
  );
}

export default Tour;
