// Lint: TypeScript rules plus the layering rule — imports point one way
// (model ← catalog ← schema ← engine ← share ← state ← {charts, viewer3d} ← ui ← app).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiLibs = ['react', 'react-dom', 'react-dom/*', 'three', 'three/*', '@react-three/*', 'zustand', 'zustand/*', 'zundo', '@observablehq/plot'];
const layer = (folder, forbidden, extra = []) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        ...forbidden.map((f) => ({ group: [`**/${f}`, `**/${f}/*`], message: `src/${folder} must not import src/${f} (layering).` })),
        ...(extra.length ? [{ group: extra, message: `src/${folder} must stay free of UI, 3D and state libraries.` }] : []),
      ],
    }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '**/*.d.ts'] },
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
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text must be rendered as text.' }],
    },
  },
  layer('model', ['catalog', 'schema', 'engine', 'library', 'share', 'state', 'charts', 'viewer3d', 'ui', 'workers', 'cli', 'validation'], uiLibs),
  layer('catalog', ['schema', 'engine', 'library', 'share', 'state', 'charts', 'viewer3d', 'ui', 'workers', 'cli', 'validation'], uiLibs),
  layer('schema', ['engine', 'library', 'share', 'state', 'charts', 'viewer3d', 'ui', 'workers', 'cli', 'validation'], uiLibs),
  layer('engine', ['library', 'share', 'state', 'charts', 'viewer3d', 'ui', 'workers', 'cli', 'validation'], uiLibs),
  layer('library', ['share', 'state', 'charts', 'viewer3d', 'ui', 'workers', 'cli'], uiLibs),
  layer('share', ['state', 'charts', 'viewer3d', 'ui', 'workers', 'cli', 'validation'], uiLibs),
  // the validation corpus is evidence, never input: only library, ui and cli may read it
  layer('validation', ['library', 'share', 'state', 'charts', 'viewer3d', 'ui', 'workers', 'cli'], uiLibs),
  layer('cli', ['state', 'charts', 'viewer3d', 'ui', 'workers'], uiLibs),
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'window', message: 'model is DOM-free' }, { name: 'document', message: 'model is DOM-free' }, { name: 'localStorage', message: 'model is DOM-free' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use a seeded RNG argument.' }, { object: 'Date', property: 'now', message: 'model is deterministic.' }],
    },
  },
);
