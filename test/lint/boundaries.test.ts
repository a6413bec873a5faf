import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer boundaries of architecture.md are lint rules (eslint.config.js). Each case lints a small
// source text as if it were the named file (the file need not exist) with the project's own
// config, and checks which boundary rule, if any, reports it.

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The ids of the boundary rules that report `code` placed at `filePath`. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const boundaryRules = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties']);
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && boundaryRules.has(m.ruleId)).map((m) => m.ruleId as string);
}

const IMPORTS = '@typescript-eslint/no-restricted-imports';

describe('forbidden imports fail lint at any depth', () => {
  it.each([
    // The case the old one-level pattern let through.
    ['src/engine/cascade/step.ts', "import { useApp } from '../../state/app-store';\nexport const x = useApp;\n"],
    ['src/engine/cascade/deep/more.ts', "import { x } from '../../../state/app-store';\nexport const y = x;\n"],
    ['src/engine/margin.ts', "import { x } from '../ui/charts/palette';\nexport const y = x;\n"],
    ['src/engine/risk/var.ts', "import { x } from '../../worker/client';\nexport const y = x;\n"],
    ['src/engine/risk/var.ts', "import { x } from '../../state';\nexport const y = x;\n"],
    ['src/engine/pricing/black76.ts', "import { useState } from 'react';\nexport const y = useState;\n"],
    ['src/engine/pricing/black76.ts', "import { wrap } from 'comlink';\nexport const y = wrap;\n"],
    ['src/engine/pricing/black76.ts', "import { createStore } from 'zustand/vanilla';\nexport const y = createStore;\n"],
    // A type from the store is still a dependency running back up.
    ['src/engine/report.ts', "import type { AppState } from '../state/store-types';\nexport type Y = AppState;\n"],
    ['src/worker/jobs/deep.ts', "import { useApp } from '../../state/app-store';\nexport const y = useApp;\n"],
    ['src/worker/client.ts', "import { Notices } from '../ui/common/Notices';\nexport const y = Notices;\n"],
    ['src/state/slices/deep.ts', "import { seriesColor } from '../../ui/charts/palette';\nexport const y = seriesColor;\n"],
    // Outside the worker, the engine's code is not imported, only its types.
    ['src/ui/panels/deep/Panel.ts', "import { evaluate } from '../../../engine';\nexport const y = evaluate;\n"],
    ['src/state/app-store.ts', "import { evaluate } from '../engine/index';\nexport const y = evaluate;\n"],
    // The UI reaches the workers through the stores.
    ['src/ui/cascade/RunControls.tsx', "import { createCascadeClient } from '../../worker/cascade-client';\nexport const y = createCascadeClient;\n"],
    // Types come from the public face, not from inside.
    ['src/ui/risk/RiskPanel.ts', "import type { Report } from '../../engine/report-types';\nexport type Y = Report;\n"],
    // src/shared, which every layer imports, imports nothing: no layer, no package, at any depth.
    ['src/shared/path.ts', "import { dec } from '../engine/money';\nexport const y = dec;\n"],
    ['src/shared/deep/x.ts', "import { useApp } from '../../state/app-store';\nexport const y = useApp;\n"],
    ['src/shared/path.ts', "import type { Report } from '../engine';\nexport type Y = Report;\n"],
    ['src/shared/path.ts', "import Decimal from 'decimal.js';\nexport const y = Decimal;\n"],
    ['src/shared/path.ts', "import { useState } from 'react';\nexport const y = useState;\n"],
  ])('%s: %s', async (filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toContain(IMPORTS);
  });
});

describe('the engine touches no browser API, clock or unseeded randomness', () => {
  it.each([
    ['document', 'export const y = document.title;\n', 'no-restricted-globals'],
    ['window', 'export const y = window.innerWidth;\n', 'no-restricted-globals'],
    ['localStorage', "export const y = localStorage.getItem('x');\n", 'no-restricted-globals'],
    ['Math.random', 'export const y = Math.random();\n', 'no-restricted-properties'],
    ['Date.now', 'export const y = Date.now();\n', 'no-restricted-properties'],
  ])('%s in src/engine/cascade/x.ts', async (_name, code, rule) => {
    expect(await boundaryErrors('src/engine/cascade/x.ts', code)).toEqual([rule]);
  });

  it.each([
    ['document', 'export const y = document.title;\n', 'no-restricted-globals'],
    ['Math.random', 'export const y = Math.random();\n', 'no-restricted-properties'],
    ['Date.now', 'export const y = Date.now();\n', 'no-restricted-properties'],
  ])('nor does src/shared: %s', async (_name, code, rule) => {
    expect(await boundaryErrors('src/shared/x.ts', code)).toEqual([rule]);
  });
});

describe('allowed imports pass', () => {
  it.each([
    ['src/engine/cascade/step.ts', "import { x } from '../margin/cross';\nexport const y = x;\n"],
    ['src/engine/cascade/step.ts', "import Decimal from 'decimal.js';\nexport const y = Decimal;\n"],
    ['src/worker/api.ts', "import { evaluate } from '../engine';\nexport const y = evaluate;\n"],
    ['src/worker/cascade-api.ts', "import { x } from '../engine/cascade/index';\nexport const y = x;\n"],
    ['src/state/app-store.ts', "import { createEngineClient } from '../worker/client';\nexport const y = createEngineClient;\n"],
    ['src/state/app-store.ts', "import type { Report } from '../engine';\nexport type Y = Report;\n"],
    ['src/ui/panels/deep/Panel.tsx', "import type { Report } from '../../../engine';\nexport type Y = Report;\n"],
    ['src/ui/panels/deep/Panel.tsx', "import { type Report } from '../../../engine/index';\nexport type Y = Report;\n"],
    ['src/ui/cascade/RunControls.tsx', "import type { CascadeRunProgress } from '../../worker/cascade-api';\nexport type Y = CascadeRunProgress;\n"],
    ['src/ui/panels/Panel.tsx', "import { useApp } from '../../state/app-store';\nexport const y = useApp;\n"],
    // Every layer may import src/shared, values included; inside it, its own folder.
    ['src/engine/format/parse.ts', "import { formatPath } from '../../shared/path';\nexport const y = formatPath;\n"],
    ['src/state/paths.ts', "import { formatPath } from '../shared/path';\nexport const y = formatPath;\n"],
    ['src/ui/panels/deep/Panel.tsx', "import { formatPath } from '../../../shared/path';\nexport const y = formatPath;\n"],
    ['src/worker/cascade-api.ts', "import { formatPath } from '../shared/path';\nexport const y = formatPath;\n"],
    ['src/shared/deep/x.ts', "import { formatPath } from './path';\nexport const y = formatPath;\n"],
    // A local variable named like a browser global is no global.
    ['src/engine/cascade/x.ts', 'export function f(location: number) {\n  return location + 1;\n}\n'],
  ])('%s: %s', async (filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
