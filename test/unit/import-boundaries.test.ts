import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** Lints a snippet as if it lived at `filePath` and returns the boundary errors. */
async function boundaryErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  it('names the rule that src/flows breaks', async () => {
    const errors = await boundaryErrors("import fs from 'node:fs';", 'src/flows/probe.ts');

    expect(errors).toEqual([
      "'node:fs' import is restricted from being used by a pattern. " +
        'src/flows is pure: it may import only zod, src/spec and itself.',
    ]);
  });

  it('fails a node builtin import inside src/spec', async () => {
    const errors = await boundaryErrors("import fs from 'node:fs';", 'src/spec/probe.ts');

    expect(errors).toEqual([
      "'node:fs' import is restricted from being used by a pattern. " +
        'src/spec is pure: it may import only zod and files inside src/spec.',
    ]);
  });

  it.each([
    ["import fs from 'node:fs';", 'src/spec/probe.ts'],
    ["import path from 'path';", 'src/spec/probe.ts'],
    ["import { create } from 'zustand';", 'src/spec/probe.ts'],
    ["import Button from '@mui/material/Button';", 'src/spec/probe.ts'],
    ["import { App } from '../app/app';", 'src/spec/probe.ts'],
    ["import { App } from '@/app/app';", 'src/spec/probe.ts'],
    ["import { x } from '../../app/app';", 'src/spec/nested/probe.ts'],
    ["import { createApp } from '../../server/app';", 'src/app/probe.ts'],
    ["import { createApp } from '../../../server/app';", 'src/app/nested/probe.ts'],
    ["import { run } from '../cli/run';", 'src/app/probe.ts'],
    ["import { run } from '@/cli/run';", 'src/app/nested/probe.ts'],
    ['export const key = process.env.KEY;', 'src/spec/probe.ts'],
    ["import fs from 'node:fs';", 'src/codegen/probe.ts'],
    ["import { App } from '../app/app';", 'src/codegen/probe.ts'],
    ["import { x } from '../../cli/main';", 'src/codegen/nested/probe.ts'],
    ['export const f = fetch;', 'src/codegen/probe.ts'],
    ["import fs from 'node:fs';", 'src/flows/probe.ts'],
    ["import Database from 'better-sqlite3';", 'src/flows/probe.ts'],
    ["import { create } from 'zustand';", 'src/flows/probe.ts'],
    ["import { App } from '../app/app';", 'src/flows/probe.ts'],
    ["import { emit } from '../codegen/emit';", 'src/flows/probe.ts'],
    ["import { flowStore } from '../../server/store/flows';", 'src/flows/probe.ts'],
    ["import { x } from '../../app/app';", 'src/flows/nested/probe.ts'],
    ['export const key = process.env.KEY;', 'src/flows/probe.ts'],
    ['export const f = localStorage;', 'src/flows/probe.ts'],
  ])('rejects %s in %s', async (code, filePath) => {
    expect(await boundaryErrors(code, filePath)).not.toEqual([]);
  });

  it.each([
    ["import { z } from 'zod';", 'src/spec/probe.ts'],
    ["import { schema } from './schema';", 'src/spec/probe.ts'],
    ["import { schema } from '../schema';", 'src/spec/nested/probe.ts'],
    ["import { schema } from '../spec/schema';", 'src/app/probe.ts'],
    ["import { schema } from '@/spec/schema';", 'src/cli/probe.ts'],
    ["import { createApp } from '../server/app';", 'test/probe.ts'],
    ["import { serializeSpec } from '../spec/index';", 'src/codegen/probe.ts'],
    ["import { emit } from './emit';", 'src/codegen/probe.ts'],
    ["import { generateCode } from '@/codegen/index';", 'src/app/probe.ts'],
    ["import { z } from 'zod';", 'src/flows/probe.ts'],
    ["import { validateSpec } from '../spec/index';", 'src/flows/probe.ts'],
    ["import { MASK } from '../../spec/secrets';", 'src/flows/nested/probe.ts'],
    ["import { migrateFlowFile } from './format';", 'src/flows/probe.ts'],
    ["import { readFlowFile } from '../../src/flows/index';", 'server/probe.ts'],
    ["import { flowSummarySchema } from '@/flows/index';", 'src/app/probe.ts'],
  ])('allows %s in %s', async (code, filePath) => {
    expect(await boundaryErrors(code, filePath)).toEqual([]);
  });
});
