// Library tab: the reference-library cards (load a preset, compare it with IZB@CCM), the live validation dashboard and the validation corpus.
import { lazy, Suspense } from 'react';
import { ReferenceLibrary, ValidationDashboard } from '../library';
import { useStore } from '../../state/store';

/** The corpus view is its own chunk: it scores ~50 systems and draws with the chart library. */
const CorpusDashboard = lazy(() => import('../library/CorpusDashboard'));

export default function LibraryTab() {
  const addCandidate = useStore((s) => s.addCandidate);
  const addPreset = useStore((s) => s.addPreset);
  const setTab = useStore((s) => s.setTab);
  const onCompare = (presetId: string, withId: 'izb-ccm') => {
    const names = new Set(useStore.getState().candidates.map((c) => String(c.draft.name)));
    if (!names.has('IZB@CCM')) addPreset(withId);
    addPreset(presetId);
    setTab('compare');
  };
  return (
    <div>
      <ReferenceLibrary onLoad={(_id, draft) => addCandidate({ ...draft })} onCompare={onCompare} />
      <ValidationDashboard />
      <Suspense fallback={<p className="muted" role="status">Loading the validation corpus…</p>}>
        <CorpusDashboard />
      </Suspense>
    </div>
  );
}
