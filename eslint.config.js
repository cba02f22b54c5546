// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Import boundaries (STYLE habit 2) with the built-in `no-restricted-imports`.
 * The rule matches the import string, not the resolved file, so a relative
 * import is judged by how many `../` it needs to leave its folder. We emit one
 * config per folder depth; a later config replaces the rule for a file, so each
 * entry carries every restriction that applies to it.
 */
const MAX_DEPTH = 8;
const SOURCES = '{ts,tsx,js,mjs}';
const ups = (count) => `(\\.\\./){${count}}`;

/** Nothing under src/ may import server/ (keys and signing never reach the bundle). */
const noServer = (depthBelowSrc) => ({
  regex: `^${ups(depthBelowSrc + 1)}server(/|$)`,
  message: 'src/ must not import server/: server code and secrets never reach the bundle.',
});

/** src/app/ may not import the CLI. */
const noCli = (depthBelowApp) => [
  { regex: `^${ups(depthBelowApp + 1)}cli(/|$)`, message: 'src/app must not import src/cli.' },
  { regex: '^@/cli(/|$)', message: 'src/app must not import src/cli.' },
];

/** src/spec/ imports only zod and relative files that stay inside src/spec. */
const specOnly = (depthBelowSpec) => [
  {
    regex: '^(?!zod(/|$)|\\.{1,2}(/|$))',
    message: 'src/spec is pure: it may import only zod and files inside src/spec.',
  },
  {
    regex: `^${ups(depthBelowSpec)}\\.\\.(/|$)`,
    message: 'src/spec is pure: relative imports must stay inside src/spec.',
  },
];

/**
 * src/codegen/ (lazy-loaded in the browser) and src/flows/ (saved-flow API shapes and file format)
 * are pure too: zod, src/spec and themselves.
 */
const specAndSelfOnly = (folder, depthBelowFolder) => [
  {
    regex: '^(?!zod(/|$)|\\.{1,2}(/|$))',
    message: `src/${folder} is pure: it may import only zod, src/spec and itself.`,
  },
  {
    regex: `^${ups(depthBelowFolder)}\\.\\./(?!spec(/|$))`,
    message: `src/${folder} is pure: relative imports may leave it only for src/spec.`,
  },
];

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { paths: [], patterns }],
});

const depths = [...Array(MAX_DEPTH).keys()];
const at = (folder, depth) => `${folder}/${'*/'.repeat(depth)}*.${SOURCES}`;

const boundaries = [
  // Deeper than MAX_DEPTH: a conservative fallback.
  {
    files: [`src/**/*.${SOURCES}`],
    rules: restrict([
      { regex: '^(\\.\\./)+server(/|$)', message: 'src/ must not import server/.' },
    ]),
  },
  ...depths.map((d) => ({ files: [at('src', d)], rules: restrict([noServer(d)]) })),
  ...depths.map((d) => ({
    files: [at('src/app', d)],
    rules: restrict([noServer(d + 1), ...noCli(d)]),
  })),
  ...depths.map((d) => ({
    files: [at('src/spec', d)],
    rules: restrict([noServer(d + 1), ...specOnly(d)]),
  })),
  ...['codegen', 'flows'].flatMap((folder) =>
    depths.map((d) => ({
      files: [at(`src/${folder}`, d)],
      rules: restrict([noServer(d + 1), ...specAndSelfOnly(folder, d)]),
    })),
  ),
  {
    files: [`src/{spec,codegen,flows}/**/*.${SOURCES}`],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch'].map(
          (name) => ({ name, message: 'src/spec is pure: no DOM or browser APIs.' }),
        ),
        ...['process', 'Buffer', 'require', '__dirname', '__filename'].map((name) => ({
          name,
          message: 'src/spec is pure: no Node APIs.',
        })),
      ],
    },
  },
];

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'data/', 'test-results/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [`src/**/*.${SOURCES}`],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: [`src/app/**/*.{ts,tsx}`],
    ...reactHooks.configs.flat.recommended,
  },
  ...boundaries,
);
