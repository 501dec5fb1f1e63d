// Learn tab: the guided tour of IZB@CCM (each step can be loaded into the workspace) and the glossary.
import { Tour } from '../learn';
import { useStore } from '../../state/store';

export default function LearnTab() {
  const addCandidate = useStore((s) => s.addCandidate);
  const setTab = useStore((s) => s.setTab);
  return <Tour onLoad={(draft) => addCandidate({ ...draft })} onClose={() => setTab('overview')} />;
}
