// Stored data could not be read: explain, offer the raw text for download, and let the user start fresh without losing it.
// Also lists the copies earlier "Start fresh" choices set aside (each downloadable) and says where edits go meanwhile.
import { useState } from 'react';
import type { Recovery, SetAsideCopy } from '../../share';
import { downloadText } from './download';

export interface RecoveryBannerProps {
  recovery: Recovery;
  /** Move the unreadable data aside (share/storage startFresh) and start with an empty or default workspace. */
  onStartFresh: () => void;
  fileName?: string;
  /** True while edits are kept under a separate key (the unreadable data is not overwritten). */
  held?: boolean;
  /** Copies set aside by earlier "Start fresh" choices. */
  setAside?: readonly SetAsideCopy[];
}

const EXPLAIN: Record<Recovery['reason'], string> = {
  'corrupted-json': 'The saved workspace in this browser is damaged and cannot be read.',
  'not-an-envelope': 'The data saved under this app’s name is not a workspace.',
  'future-version': 'The saved workspace was written by a newer version of this app.',
  'invalid-workspace': 'The saved workspace does not pass validation.',
  'unreadable-storage': 'This browser’s storage cannot be read.',
};

export function RecoveryBanner({ recovery, onStartFresh, fileName = 'nanoplatform-workspace-unreadable.json', held = false, setAside = [] }: RecoveryBannerProps) {
  const [fresh, setFresh] = useState(false);
  const download = () => downloadText(fileName, recovery.raw, 'application/json');
  return (
    <section className="npd-recovery" role="alert" aria-label="Saved workspace could not be loaded">
      <p>
        <strong>{EXPLAIN[recovery.reason]}</strong> {recovery.message}
      </p>
      <p>
        {fresh
          ? 'Started fresh. The unreadable data is kept aside in this browser and can still be downloaded.'
          : 'Nothing has been deleted. Download the raw data to keep it (it can be repaired or opened by a newer version), then start fresh.'}
      </p>
      {held ? (
        <p data-testid="recovery-held">
          Not saved yet: your edits are kept in this browser beside the unreadable data (they come back after a reload) and
          move into the saved workspace when you start fresh.
        </p>
      ) : null}
      <div className="row">
        <button type="button" onClick={download} disabled={recovery.raw === ''}>Download raw data</button>
        {!fresh ? (
          <button type="button" onClick={() => { setFresh(true); onStartFresh(); }}>Start fresh (keeps the download)</button>
        ) : null}
      </div>
      <SetAsideList copies={setAside} />
    </section>
  );
}

/** Download buttons for the set-aside copies of unreadable data (newest last). */
export function SetAsideList({ copies, fileName = 'nanoplatform-workspace-set-aside' }: { copies: readonly SetAsideCopy[]; fileName?: string }) {
  if (!copies.length) return null;
  return (
    <div className="row" role="group" aria-label="Set-aside copies of unreadable data" data-testid="set-aside">
      <span>Set aside earlier ({copies.length}):</span>
      {copies.map((c) => (
        <button key={c.key} type="button" onClick={() => downloadText(`${fileName}-${c.n}.json`, c.raw, 'application/json')}>
          {`Download copy ${c.n || 'from an older version'}`}
        </button>
      ))}
    </div>
  );
}
