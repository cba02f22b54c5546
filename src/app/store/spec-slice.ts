/**
 * The spec slice: the working spec, the JSON text shown in the editor, findings and undo history.
 *
 * `spec` is always structurally valid (the form can show it). `text` is what the editor shows: the
 * serializer's output after a form edit, or exactly what the user typed while editing the JSON.
 * Typed text that parses commits to `spec` at once; text that does not keeps the last valid spec
 * and shows its findings. Nothing the user typed is thrown away.
 */
import type { StateCreator } from 'zustand';
import {
  serializeSpec,
  validateSpec,
  validateSpecText,
  type Finding,
  type SessionSpec,
} from '@/spec/index';

/** Where the text came from: the serializer (`synced`), or the user's typing (valid or not). */
export type TextOrigin = 'synced' | 'typed' | 'typed-invalid';

const HISTORY_LIMIT = 200;
/** Typing bursts closer together than this become one undo step. */
const COALESCE_MS = 1000;

export interface SpecSlice {
  spec: SessionSpec;
  text: string;
  textOrigin: TextOrigin;
  findings: Finding[];
  past: SessionSpec[];
  future: SessionSpec[];
  lastTypedAt: number;
  /** Applies a pure edit (from src/spec/edits) as one undo step. */
  apply: (edit: (spec: SessionSpec) => SessionSpec) => void;
  /** Replaces the whole spec (template, import, share link) as one undo step. */
  replaceSpec: (spec: SessionSpec) => void;
  /** The editor's text changed. */
  setText: (text: string) => void;
  /** Rewrites the text from the spec (e.g. when the editor loses focus). */
  syncText: () => void;
  undo: () => void;
  redo: () => void;
}

const pushPast = (past: SessionSpec[], spec: SessionSpec) => [...past, spec].slice(-HISTORY_LIMIT);

const synced = (spec: SessionSpec) => ({
  spec,
  text: serializeSpec(spec),
  textOrigin: 'synced' as const,
  findings: validateSpec(spec).findings,
});

export const createSpecSlice =
  (initial: SessionSpec): StateCreator<SpecSlice, [], [], SpecSlice> =>
  (set, get) => ({
    ...synced(initial),
    past: [],
    future: [],
    lastTypedAt: 0,
    apply: (edit) => {
      const { spec, past } = get();
      const next = edit(spec);
      if (next === spec) return;
      set({ ...synced(next), past: pushPast(past, spec), future: [], lastTypedAt: 0 });
    },
    replaceSpec: (next) => {
      const { spec, past } = get();
      set({ ...synced(next), past: pushPast(past, spec), future: [], lastTypedAt: 0 });
    },
    setText: (text) => {
      const state = get();
      if (text === state.text) return;
      const result = validateSpecText(text);
      if (!result.spec) {
        set({ text, textOrigin: 'typed-invalid', findings: result.findings });
        return;
      }
      const now = Date.now();
      const coalesce = state.lastTypedAt > 0 && now - state.lastTypedAt < COALESCE_MS;
      set({
        spec: result.spec,
        text,
        textOrigin: 'typed',
        findings: result.findings,
        past: coalesce ? state.past : pushPast(state.past, state.spec),
        future: [],
        lastTypedAt: now,
      });
    },
    syncText: () => {
      const { spec, textOrigin } = get();
      if (textOrigin === 'typed') set(synced(spec));
    },
    undo: () => {
      const { past, future, spec, textOrigin } = get();
      // Undo first restores the last valid spec when the text is broken, without losing history.
      if (textOrigin === 'typed-invalid') return set({ ...synced(spec), lastTypedAt: 0 });
      const prev = past[past.length - 1];
      if (!prev) return;
      set({ ...synced(prev), past: past.slice(0, -1), future: [spec, ...future], lastTypedAt: 0 });
    },
    redo: () => {
      const { past, future, spec } = get();
      const [next, ...rest] = future;
      if (!next) return;
      set({ ...synced(next), past: pushPast(past, spec), future: rest, lastTypedAt: 0 });
    },
  });
