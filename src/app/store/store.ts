/**
 * One store built from typed slices (STYLE habit 5). What goes where:
 * - persisted (local storage): the spec, and the editor text while it does not parse; the flow the
 *   draft is tracked against (flow slice); the theme;
 * - exported (download, share link, code): the spec only;
 * - sent to the server: the spec, and `flow: { id, version }` when tracked (on launch);
 * - UI only: everything in the UI slice, the undo history.
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { emptySpec, type SessionSpec } from '@/spec/index';
import { createFlowSlice, type FlowSlice, type TrackedFlow } from './flow-slice';
import { createSpecSlice, type SpecSlice } from './spec-slice';
import { createUiSlice, type ThemeMode, type UiSlice } from './ui-slice';

export type StudioState = SpecSlice & UiSlice & FlowSlice;
export type StudioStore = UseBoundStore<StoreApi<StudioState>>;

export function createStudioStore(
  initial: SessionSpec = emptySpec(),
  theme: ThemeMode = 'light',
  flow: TrackedFlow | null = null,
): StudioStore {
  return create<StudioState>()((...a) => ({
    ...createSpecSlice(initial)(...a),
    ...createUiSlice(theme)(...a),
    ...createFlowSlice(flow)(...a),
  }));
}
