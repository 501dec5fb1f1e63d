// The "new version available" prompt shown when a newer service worker is waiting: reload now or later (a lazy chunk; loaded only when an update exists).
import type { CSSProperties } from 'react';

const box: CSSProperties = {
  position: 'fixed', right: 16, bottom: 16, zIndex: 1000, maxWidth: '22rem', padding: '10px 12px',
  background: '#1f3a5f', color: '#fff', borderRadius: 8, boxShadow: '0 4px 16px rgba(0,0,0,0.25)', font: 'inherit',
};
const btn: CSSProperties = { font: 'inherit', padding: '4px 10px', marginRight: 8, cursor: 'pointer' };

export function UpdatePrompt({ onReload, onDismiss }: { onReload: () => void; onDismiss: () => void }) {
  return (
    <div role="status" aria-live="polite" data-testid="update-prompt" style={box}>
      <p style={{ margin: '0 0 8px' }}>A new version of Nanoplatform Designer is ready. Your workspace is kept when the page reloads.</p>
      <button type="button" style={btn} onClick={onReload}>Reload now</button>
      <button type="button" style={btn} onClick={onDismiss}>Later</button>
    </div>
  );
}
