// The layer rules of eslint.config.js do what docs/architecture.md says: each folder may import only the layers below it.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { resolve } from 'node:path';

const eslint = new ESLint({ cwd: resolve(__dirname, '../..') });

/** Rule ids reported for `code` as if it were the file at `path` (the file need not exist). */
async function lint(path: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: resolve(__dirname, '../..', path) });
  return r.messages.map((m) => m.ruleId ?? m.message);
}
const LAYER = ['@typescript-eslint/no-restricted-imports'];
const DYNAMIC = ['no-restricted-syntax'];

// [file, import line, expected rule ids ([] = allowed)]
const CASES: [string, string, string[]][] = [
  ['src/model/x.ts', "import { CORES } from '../catalog';", LAYER],
  ['src/model/x.ts', "import { create } from 'zustand';", LAYER],
  ['src/catalog/x.ts', "import { param } from '../model/param';", []],
  ['src/catalog/x.ts', "import { parseFormulation } from '../schema';", LAYER],
  ['src/schema/x.ts', "import { CORES } from '../catalog';", []],
  ['src/engine/x.ts', "import { validationChecks } from '../library';", LAYER],
  ['src/library/x.ts', "import { scoreFormulation } from '../engine';", []],
  ['src/library/x.ts', "import { CORPUS } from '../validation';", []],
  ['src/validation/x.ts', "import { scoreFormulation } from '../engine';", []],
  ['src/validation/x.ts', "import { validationChecks } from '../library';", LAYER],
  ['src/share/x.ts', "import { CORPUS } from '../validation';", LAYER],
  ['src/state/x.ts', "import { CORPUS } from '../validation';", LAYER],
  ['src/share/x.ts', "import { useStore } from '../state/store';", LAYER],
  ['src/state/x.ts', "import { encodeLink } from '../share';", []],
  ['src/state/x.ts', "import type { Job } from '../workers/client';", []],
  ['src/state/x.ts', "import { workerClient } from '../workers/shared-client';", LAYER],
  ['src/state/x.ts', "export const c = () => import('../workers/client');", DYNAMIC],
  ['src/state/x.ts', "import type { TabId } from '../ui/tabs/registry';", []],
  ['src/state/x.ts', "import { TABS } from '../ui/tabs/registry';", LAYER],
  ['src/state/x.ts', "import type { Choice } from '../ui/catalog-view';", LAYER],
  ['src/state/x.ts', "import * as THREE from 'three';", LAYER],
  ['src/workers/x.ts', "import { useStore } from '../state/store';", LAYER],
  ['src/workers/x.ts', "import { scoreCompleted } from '../engine';", []],
  ['src/workers/x.ts', "import '../schema/zod-jitless';", []],
  ['src/charts/x.ts', "import { useStore } from '../state/store';", LAYER],
  ['src/charts/x.ts', "import * as THREE from 'three';", LAYER],
  ['src/charts/x.ts', "import type { Scores } from '../model/scores';", []],
  ['src/viewer3d/x.ts', "import { CORE_VISUALS } from '../catalog';", []],
  ['src/viewer3d/x.ts', "import { scoreFormulation } from '../engine';", LAYER],
  ['src/viewer3d/x.ts', "import { Overview } from '../ui/tabs/Overview';", LAYER],
  ['src/viewer3d/x.ts', "import { plot } from '@observablehq/plot';", LAYER],
  ['src/ui/x.ts', "import { useStore } from '../state/store';", []],
  ['src/ui/x.ts', "import { workerClient } from '../workers/shared-client';", []],
  ['src/ui/x.ts', "export const v = () => import('../viewer3d/ParticleViewer');", []],
  ['src/ui/x.ts', "import { main } from '../cli/main';", LAYER],
  ['src/ui/tabs/x.tsx', "import { csvText } from '../../model/csv';", LAYER],
  ['src/ui/tabs/x.tsx', "import type { Scores } from '../../model/scores';", []],
  ['src/ui/tabs/x.tsx', "import { csvText } from '../../engine';", []],
  ['src/ui/x.ts', "import * as THREE from 'three';", LAYER],
  ['src/cli/x.ts', "import { useStore } from '../state/store';", LAYER],
  ['src/cli/x.ts', "import { encodeLink } from '../share';", []],
  ['src/App.tsx', "import { main } from './cli/main';", LAYER],
  ['src/App.tsx', "import { ResultsPanel } from './ui/ResultsPanel';", []],
  ['src/cli/commands/x.ts', "import { main } from '../main';", []],
];

describe('layer rules (eslint.config.js)', () => {
  it.each(CASES)('%s: %s → %j', async (file, line, want) => {
    const got = await lint(file, `${line}\nexport {};\n`);
    expect(got.filter((r) => r !== '@typescript-eslint/no-unused-vars')).toEqual(want);
  }, 60_000);
});
