/**
 * The flow slice: which saved flow and version the draft is tracked against, with that version's
 * canonical text. Persisted with the draft; sent to the server on launch as `flow: { id, version }`.
 * "Unsaved changes" is derived, never stored: the draft's canonical text differs from `spec_text`.
 */
import type { StateCreator } from 'zustand';
import { z } from 'zod';
import { serializeSpec, validateSpecText, type SessionSpec } from '@/spec/index';
import type { SpecSlice } from './spec-slice';

export const trackedFlowSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  version: z.number().int().positive(),
  /** `serializeSpec` of the base version: what the draft is compared with. */
  spec_text: z.string(),
});
export type TrackedFlow = z.infer<typeof trackedFlowSchema>;

export interface FlowSlice {
  flow: TrackedFlow | null;
  /** Tracks the draft against a flow version (after a save), or stops tracking (null). */
  trackFlow: (flow: TrackedFlow | null) => void;
  /** Makes a saved version the draft (one undo step) and tracks the draft against it. */
  openVersion: (flow: { id: string; name: string; version: number }, spec: SessionSpec) => void;
  /** The tracked flow was renamed elsewhere in the app. */
  renameTrackedFlow: (id: string, name: string) => void;
}

export const createFlowSlice =
  (initial: TrackedFlow | null): StateCreator<FlowSlice & SpecSlice, [], [], FlowSlice> =>
  (set, get) => ({
    flow: initial,
    trackFlow: (flow) => set({ flow }),
    openVersion: (flow, spec) => {
      get().replaceSpec(spec);
      set({ flow: { ...flow, spec_text: serializeSpec(spec) } });
    },
    renameTrackedFlow: (id, name) => {
      const { flow } = get();
      if (flow?.id === id && flow.name !== name) set({ flow: { ...flow, name } });
    },
  });

/**
 * True when the draft differs from the version it is tracked against (typed broken JSON counts).
 * A selector, so it runs on every store change: synced text already is the serializer's output,
 * and only typed text (not canonical) is serialized again.
 */
export function hasUnsavedChanges(
  state: Pick<FlowSlice & SpecSlice, 'flow' | 'spec' | 'text' | 'textOrigin'>,
): boolean {
  if (!state.flow) return false;
  if (state.textOrigin === 'typed-invalid') return true;
  const canonical = state.textOrigin === 'synced' ? state.text : serializeSpec(state.spec);
  return canonical !== state.flow.spec_text;
}

/** The tracked version's spec, read back from its saved text (undefined if that no longer parses). */
export const baseSpecOf = (flow: TrackedFlow): SessionSpec | undefined =>
  validateSpecText(flow.spec_text).spec;
