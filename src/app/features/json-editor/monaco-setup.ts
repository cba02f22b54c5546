/**
 * Monaco, bundled locally (never from a CDN): the editor core, the contributions the JSON editor
 * uses, and only the JSON language. Workers are Vite `?worker` imports: same-origin files, no eval,
 * so the app's CSP (`script-src 'self'; worker-src 'self' blob:`) holds.
 */
import * as monaco from 'monaco-editor/editor';
// What the JSON editor relies on. `features/suggest/register` brings only inline completions in
// 0.57, so the suggest widget's controller is imported from its own module.
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
// The JSON mode's worker client (this module) registers every other editor contribution as a side
// effect. Contributions registered after an editor is created are not attached to it, so load it
// now: the first editor then gets the same features as any later one.
import 'monaco-editor/internal/common/workers';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { sessionSpecJsonSchema } from '@/spec/index';

self.MonacoEnvironment = {
  getWorker: (_workerId, label) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

export const SCHEMA_URI = 'inmemory://idv-studio/session-spec.schema.json';
/** The editor's model; the schema is associated with it for completion and hover. */
export const MODEL_URI = monaco.Uri.parse('inmemory://idv-studio/session-spec.json');

// Our findings are the diagnostics (syntax errors included): Monaco's JSON diagnostics stay off,
// so nothing is underlined twice. Completion, hover, folding and formatting come from the worker.
jsonDefaults.setModeConfiguration({
  ...jsonDefaults.modeConfiguration,
  diagnostics: false,
  colors: false,
});
jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  enableSchemaRequest: false,
  schemaValidation: 'ignore',
  schemas: [{ uri: SCHEMA_URI, fileMatch: [MODEL_URI.toString()], schema: sessionSpecJsonSchema }],
});

export { monaco };
