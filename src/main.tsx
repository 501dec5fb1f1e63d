// Browser entry: sets zod to jitless before anything loads it, then loads and mounts the workbench.
import './state/zod-jitless';
import './styles/app.css';

async function boot() {
  const [{ StrictMode, createElement }, { createRoot }, { default: App }, { startPersistence }] = await Promise.all([
    import('react'),
    import('react-dom/client'),
    import('./App'),
    import('./state/persistence'),
  ]);
  startPersistence();
  createRoot(document.getElementById('root')!).render(createElement(StrictMode, null, createElement(App)));
}

void boot();
