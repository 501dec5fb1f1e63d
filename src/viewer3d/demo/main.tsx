// Standalone demo of the viewer (viewer-demo.html), used by tests/e2e/viewer.e2e.mjs.
// Query: ?specs=izb-ccm,nbtxr3&cutaway=1&explode=2&release=1&mode=2d
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { LazyParticleViewer } from '../index';
import { DEMO_SPECS } from './specs';

const q = new URLSearchParams(location.search);
const ids = (q.get('specs') ?? 'izb-ccm').split(',').filter((id) => id in DEMO_SPECS);
const specs = (ids.length ? ids : ['izb-ccm']).map((id) => DEMO_SPECS[id]);

function Demo() {
  return (
    <main style={{ maxWidth: 1100, margin: '0 auto', padding: 16, fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: 20 }}>Nanoplatform Designer — particle viewer demo</h1>
      <p>Showing {specs.map((s) => s.label).join(' and ')}. Drag to rotate, scroll to zoom. Counts come from the demo fixtures.</p>
      <Suspense fallback={<p>Loading the 3D viewer…</p>}>
        <LazyParticleViewer
          specs={specs}
          cutaway={q.get('cutaway') === '1'}
          explodeStep={Number(q.get('explode') ?? 0)}
          showRelease={q.get('release') === '1'}
          mode={q.get('mode') === '2d' ? '2d' : 'auto'}
        />
      </Suspense>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><Demo /></StrictMode>);
