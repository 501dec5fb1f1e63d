// The header's "offline" note (walk9 #36; a lazy chunk, loaded only when the browser goes offline): what still works.
export default function OfflineNote(): React.JSX.Element | null {
  return (
    <span className="badge" role="status" data-testid="offline-note" style={{ alignSelf: 'center', whiteSpace: 'normal' }} title="The installed app runs from this device: every tab, shared links and the model pages open; a new version arrives when you are back online.">
      Offline: the app works from this device
    </span>
  );
}
