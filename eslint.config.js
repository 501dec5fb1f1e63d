// Lint: TypeScript rules plus the layer rules — which folder of src/ may import which (docs/architecture.md draws the picture).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers of src/, bottom to top. A folder may import only the folders named in its `may` list (and npm packages);
// `types` lists folders it may import types from but never code (erased at build time, so no run-time dependency).
// App = src/App.tsx and src/main.tsx, which may import everything but the CLI.
const LAYERS = ['model', 'catalog', 'schema', 'engine', 'validation', 'library', 'share', 'state', 'charts', 'viewer3d', 'workers', 'ui', 'cli'];
export const RULES = {
  model: { may: [] },
  // Presets are typed by the schema's input type (types only: the schema imports the catalog's code).
  catalog: { may: ['model'], types: ['schema'] },
  schema: { may: ['model', 'catalog'] },
  engine: { may: ['model', 'catalog', 'schema'] },
  // The validation corpus is evidence, never input: only library, ui and cli may read it.
  validation: { may: ['model', 'catalog', 'schema', 'engine'] },
  library: { may: ['model', 'catalog', 'schema', 'engine', 'validation'] },
  share: { may: ['model', 'catalog', 'schema', 'engine', 'library'] },
  // The store holds the selected tab's id (a type from the tab registry) and Monte Carlo results (a worker message type).
  state: { may: ['model', 'catalog', 'schema', 'engine', 'library', 'share'], types: ['workers', 'ui/tabs/registry'] },
  // Renderers of model output; charts' tests score presets through the engine.
  charts: { may: ['model', 'catalog', 'engine'] },
  // The 3D chunk: the particle spec, catalog visuals and pure geometry; never the engine (it would load with three.js).
  viewer3d: { may: ['model', 'catalog'] },
  // The engine off the main thread.
  workers: { may: ['model', 'catalog', 'schema', 'engine'] },
  // The UI reaches the model's code through the engine (its public face); model types may be imported directly.
  ui: { may: ['catalog', 'schema', 'engine', 'validation', 'library', 'share', 'state', 'charts', 'viewer3d', 'workers'], types: ['model'] },
  cli: { may: ['model', 'catalog', 'schema', 'engine', 'validation', 'library', 'share'] },
};
const REACT = ['react', 'react-dom', 'react-dom/*'];
const THREE = ['three', 'three/*', '@react-three/*'];
const STORE = ['zustand', 'zustand/*', 'zundo'];
const PLOT = ['@observablehq/plot'];
const PURE = [...REACT, ...THREE, ...STORE, ...PLOT];
const LIBS = {
  model: PURE, catalog: PURE, schema: PURE, engine: PURE, validation: PURE, library: PURE, share: PURE, workers: PURE, cli: PURE,
  state: [...THREE, ...PLOT],
  charts: [...THREE, ...STORE],
  viewer3d: [...STORE, ...PLOT],
  ui: [...THREE],
};

// `import x from '../state/store'`, `'../../ui'`: a relative path with the folder as one of its segments.
const folderRe = (folders) => `^\\.\\.?/(.*/)?(${folders.join('|')})(/|$)`;
const NO_HTML = { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text must be rendered as text.' };

function layer(folder) {
  const { may, types = [] } = RULES[folder];
  const typeFolders = types.filter((t) => !t.includes('/'));
  const typeFiles = types.filter((t) => t.includes('/'));
  const banned = LAYERS.filter((l) => l !== folder && !may.includes(l) && !typeFolders.includes(l));
  const where = `src/${folder} may import ${may.length ? may.join(', ') : 'no other folder'}${types.length ? ` (types only from ${types.join(', ')})` : ''}`;
  const exempt = typeFiles.map((f) => `(?!\\.\\.?/(.*/)?${f}$)`).join('');
  const patterns = [
    { regex: `${exempt}${folderRe(banned)}`, message: `${where} (layering, docs/architecture.md).` },
    ...(typeFolders.length ? [{ regex: folderRe(typeFolders), allowTypeImports: true, message: `${where}: import types only (import type …).` }] : []),
    ...typeFiles.map((f) => ({ regex: `^\\.\\.?/(.*/)?${f}$`, allowTypeImports: true, message: `${where}: import types only (import type …).` })),
    { group: LIBS[folder], message: `src/${folder} must not use ${LIBS[folder].join(', ')} (layering, docs/architecture.md).` },
  ];
  // Dynamic import() is a run-time dependency too; no-restricted-imports does not see it.
  const dyn = [...banned, ...typeFolders, ...typeFiles.map((f) => f.split('/')[0])];
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
      'no-restricted-syntax': ['error', NO_HTML, {
        selector: `ImportExpression[source.value=/${folderRe(dyn).replaceAll('/', '\\x2F')}/]`,
        message: `${where}: no dynamic import() of a higher layer either.`,
      }],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'dist-cli', 'node_modules', 'coverage', 'tests/e2e/test-results', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node scripts and the browser-test harness run in Node and evaluate code in the page.
    files: ['**/*.mjs', '**/*.js', 'scripts/**/*.ts', 'tests/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // Some files also list their globals in /* global */ comments; that is not a redeclaration.
    rules: { 'no-redeclare': ['error', { builtinGlobals: false }] },
  },
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', NO_HTML],
    },
  },
  ...LAYERS.map(layer),
  {
    files: ['src/App.tsx', 'src/main.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ regex: folderRe(['cli']), message: 'The app does not import the CLI.' }] }] },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'window', message: 'model is DOM-free' }, { name: 'document', message: 'model is DOM-free' }, { name: 'localStorage', message: 'model is DOM-free' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use a seeded RNG argument.' }, { object: 'Date', property: 'now', message: 'model is deterministic.' }],
    },
  },
);
