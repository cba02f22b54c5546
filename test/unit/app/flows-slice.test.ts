import { describe, expect, it } from 'vitest';
import { createStudioStore } from '@/app/store/store';
import { hasUnsavedChanges } from '@/app/store/flow-slice';
import { serializeSpec, toggleCheck, type SessionSpec } from '@/spec/index';

const empty = (): SessionSpec => ({
  requested_checks: [],
  requested_tasks: [],
  required_documents: [],
});
const liveness = () => toggleCheck(empty(), 'LIVENESS', true);
const ref = { id: 'f1', name: 'Onboarding', version: 2 };

describe('flow slice', () => {
  it('starts untracked, with no unsaved changes to speak of', () => {
    const store = createStudioStore(liveness());
    expect(store.getState().flow).toBeNull();
    expect(hasUnsavedChanges(store.getState())).toBe(false);
  });

  it('opening a version makes it the draft, tracked against it, in one undo step', () => {
    const store = createStudioStore(empty());
    store.getState().openVersion(ref, liveness());
    const s = store.getState();
    expect(s.spec).toEqual(liveness());
    expect(s.flow).toEqual({ ...ref, spec_text: serializeSpec(liveness()) });
    expect(s.past).toEqual([empty()]);
    expect(hasUnsavedChanges(s)).toBe(false);
  });

  it('an edit makes unsaved changes; editing back to the saved spec clears them', () => {
    const store = createStudioStore(empty(), 'light', {
      ...ref,
      spec_text: serializeSpec(empty()),
    });
    store.getState().apply((s) => toggleCheck(s, 'LIVENESS', true));
    expect(hasUnsavedChanges(store.getState())).toBe(true);
    store.getState().apply((s) => toggleCheck(s, 'LIVENESS', false));
    expect(hasUnsavedChanges(store.getState())).toBe(false);
  });

  it('compares canonically: JSON typed in another key order is not a change', () => {
    const store = createStudioStore(liveness(), 'light', {
      ...ref,
      spec_text: serializeSpec(liveness()),
    });
    store
      .getState()
      .setText(
        '{"required_documents":[],"requested_tasks":[],"requested_checks":[{"config":{"liveness_type":"STATIC","max_retries":3},"type":"LIVENESS"}]}',
      );
    expect(store.getState().textOrigin).toBe('typed');
    expect(hasUnsavedChanges(store.getState())).toBe(false);
  });

  it('text that does not parse counts as unsaved changes', () => {
    const store = createStudioStore(empty(), 'light', {
      ...ref,
      spec_text: serializeSpec(empty()),
    });
    store.getState().setText('{"requested_checks": [');
    expect(hasUnsavedChanges(store.getState())).toBe(true);
  });

  it('renames only the tracked flow, and tracking can stop', () => {
    const store = createStudioStore(empty(), 'light', { ...ref, spec_text: '' });
    store.getState().renameTrackedFlow('other', 'X');
    expect(store.getState().flow?.name).toBe('Onboarding');
    store.getState().renameTrackedFlow('f1', 'Onboarding UK');
    expect(store.getState().flow?.name).toBe('Onboarding UK');
    store.getState().trackFlow(null);
    expect(store.getState().flow).toBeNull();
  });
});
