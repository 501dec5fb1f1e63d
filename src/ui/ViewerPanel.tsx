// Right column, top: the lazy-loaded 3D particle viewer of the selected candidate.
export function ViewerPanel() {
  return (
    <section className="panel viewer" aria-label="3D view">
      <h2>3D view</h2>
      <p className="muted">The 3D particle viewer loads here.</p>
    </section>
  );
}
