// Library tab: the reference-library cards (load a preset, compare it with IZB@CCM) and the live validation dashboard.
import { ReferenceLibrary, ValidationDashboard } from '../library';
import { useStore } from '../../state/store';
import type { FormulationDraft } from '../../state/types';

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
      <ReferenceLibrary onLoad={(_id, draft) => addCandidate(draft as unknown as FormulationDraft)} onCompare={onCompare} />
      <ValidationDashboard />
    </div>
  );
}
