// The results tabs, one row each (id, label, what it needs, its view): TabId derives from this list, so a tab is added here only.
import { lazy, type ReactNode } from 'react';
import type { EngineScores as Scores } from '../../engine';
import type { Candidate } from '../../state/types';
import type { McEntry } from '../../state/store';
import { Overview } from './Overview';
import { ProvenanceBadge } from '../ProvenanceBadge';

// The first five tabs are in the main chunk (they show on load); the rest load on first open.
// Radiation loads when first shown (its DEF and survival figures are not needed at start: initial JS budget)
// Loading, Release and Targeting load on first open (not before the builder is usable: initial JS budget, #21)
const Loading = lazy(() => import('./Loading').then((m) => ({ default: m.Loading })));
const Release = lazy(() => import('./Release').then((m) => ({ default: m.Release })));
const Targeting = lazy(() => import('./Targeting').then((m) => ({ default: m.Targeting })));
const Radiation = lazy(() => import('./Radiation').then((m) => ({ default: m.Radiation })));
const Compare = lazy(() => import('./Compare'));
const Explore = lazy(() => import('./Explore'));
const Optimize = lazy(() => import('./Optimize'));
const Calibrate = lazy(() => import('./Calibrate'));
const Uncertainty = lazy(() => import('./Uncertainty'));
const Outcome = lazy(() => import('./Outcome'));
const LibraryTab = lazy(() => import('./LibraryTab'));
const LearnTab = lazy(() => import('./LearnTab'));
const InVitro = lazy(() => import('./InVitro'));
const BenchSheet = lazy(() => import('./BenchSheet'));

/** What a candidate tab is drawn from: the selected candidate, its (last valid) scores, its fresh Monte Carlo result. */
export interface CandidateView {
  candidate: Candidate;
  scores: Scores;
  mc: McEntry['result'] | undefined;
}

/**
 * `candidate` tabs show the selected candidate's results (the panel shows a banner instead while it has no valid scores);
 * `workspace` tabs show the whole workspace or the reference library and need no candidate.
 */
export type TabDef =
  | { id: string; label: string; scope: 'candidate'; render: (v: CandidateView) => ReactNode }
  | { id: string; label: string; scope: 'workspace'; render: () => ReactNode };

const beamOf = (c: Candidate) => String((c.draft.scenario as { beam?: string } | undefined)?.beam ?? '225kVp');

/** In display order (the tab strip and arrow-key order). */
export const TABS = [
  { id: 'overview', label: 'Overview', scope: 'candidate', render: (v) => <Overview scores={v.scores} /> },
  { id: 'loading', label: 'Loading', scope: 'candidate', render: (v) => <Loading scores={v.scores} /> },
  { id: 'release', label: 'Release', scope: 'candidate', render: (v) => <Release scores={v.scores} bands={v.mc?.releaseBands} bandDraws={v.mc?.draws} /> },
  { id: 'radiation', label: 'Radiation', scope: 'candidate', render: (v) => <Radiation scores={v.scores} beamId={beamOf(v.candidate)} /> },
  { id: 'targeting', label: 'Targeting', scope: 'candidate', render: (v) => <Targeting scores={v.scores} /> },
  { id: 'invitro', label: 'In vitro', scope: 'candidate', render: (v) => <InVitro scores={v.scores} candidate={v.candidate} /> },
  { id: 'uncertainty', label: 'Uncertainty', scope: 'candidate', render: (v) => <Uncertainty candidate={v.candidate} /> },
  { id: 'outcome', label: 'Outcome', scope: 'candidate', render: (v) => <Outcome candidate={v.candidate} ProvenanceBadge={ProvenanceBadge} /> },
  { id: 'compare', label: 'Compare', scope: 'workspace', render: () => <Compare /> },
  { id: 'explore', label: 'Explore', scope: 'workspace', render: () => <Explore /> },
  { id: 'optimize', label: 'Optimize', scope: 'workspace', render: () => <Optimize ProvenanceBadge={ProvenanceBadge} /> },
  { id: 'calibrate', label: 'Calibrate', scope: 'candidate', render: (v) => <Calibrate candidate={v.candidate} /> },
  { id: 'bench', label: 'Bench sheet', scope: 'candidate', render: (v) => <BenchSheet scores={v.scores} candidate={v.candidate} /> },
  { id: 'library', label: 'Library & validation', scope: 'workspace', render: () => <LibraryTab /> },
  { id: 'learn', label: 'Learn', scope: 'workspace', render: () => <LearnTab /> },
] as const satisfies readonly TabDef[];

export type TabId = (typeof TABS)[number]['id'];

/** The row of a tab id. */
export function tabDef(id: TabId): TabDef {
  const t = TABS.find((x) => x.id === id);
  if (!t) throw new Error(`unknown tab "${id}"`);
  return t;
}
