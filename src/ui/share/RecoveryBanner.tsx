// Stored data could not be read: explain, offer the raw text for download, and let the user start fresh without losing it.
import { useState } from 'react';
import type { Recovery } from '../../share';
import { downloadText } from './download';

export interface RecoveryBannerProps {
  recovery: Recovery;
  /** Move the unreadable data aside (share/storage startFresh) and start with an empty or default workspace. */
  onStartFresh: () => void;
  fileName?: string;
}

const EXPLAIN: Record<Recovery['reason'], string> = {
  'corrupted-json': 'The saved workspace in this browser is damaged and cannot be read.',
  'not-an-envelope': 'The data saved under this app’s name is not a workspace.',
  'future-version': 'The saved workspace was written by a newer version of this app.',
  'invalid-workspace': 'The saved workspace does not pass validation.',
  'unreadable-storage': 'This browser’s storage cannot be read.',
};

export function RecoveryBanner({ recovery, onStartFresh, fileName = 'nanoplatform-workspace-unreadable.json' }: RecoveryBannerProps) {
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
      <div className="row">
        <button type="button" onClick={download} disabled={recovery.raw === ''}>Download raw data</button>
        {!fresh ? (
          <button type="button" onClick={() => { setFresh(true); onStartFresh(); }}>Start fresh (keeps the download)</button>
        ) : null}
      </div>
    </section>
  );
}
