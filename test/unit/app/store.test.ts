import { describe, expect, it } from 'vitest';
import { createStudioStore } from '@/app/store/store';
import { DRAFT_KEY, loadDraft, saveDraft } from '@/app/store/draft';
import { serializeSpec, toggleCheck, type SessionSpec } from '@/spec/index';

const empty = (): SessionSpec => ({
  requested_checks: [],
  requested_tasks: [],
  required_documents: [],
});

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

describe('spec slice', () => {
  it('a form edit updates the spec, the serialized text and the findings', () => {
    const store = createStudioStore(empty());
    store.getState().apply((s) => toggleCheck(s, 'LIVENESS', true));
    const s = store.getState();
    expect(s.spec.requested_checks.map((c) => c.type)).toEqual(['LIVENESS']);
    expect(s.text).toBe(serializeSpec(s.spec));
    expect(s.textOrigin).toBe('synced');
    expect(s.findings.some((f) => f.code === 'session.nothing_requested')).toBe(false);
  });

  it('valid typed JSON flows into the spec at once and keeps the text as typed', () => {
    const store = createStudioStore(empty());
    const typed = '{"requested_checks":[{"type":"LIVENESS","config":{"liveness_type":"ZOOM"}}]}';
    store.getState().setText(typed);
    expect(store.getState().spec.requested_checks).toEqual([
      { type: 'LIVENESS', config: { liveness_type: 'ZOOM' } },
    ]);
    expect(store.getState().text).toBe(typed);
    store.getState().syncText();
    expect(store.getState().text).toBe(serializeSpec(store.getState().spec));
  });

  it('invalid text keeps the last valid spec and the typed text, with findings', () => {
    const store = createStudioStore(empty());
    store.getState().apply((s) => toggleCheck(s, 'LIVENESS', true));
    const before = store.getState().spec;
    store.getState().setText('{"requested_checks": [');
    const s = store.getState();
    expect(s.spec).toBe(before);
    expect(s.text).toBe('{"requested_checks": [');
    expect(s.textOrigin).toBe('typed-invalid');
    expect(s.findings[0]?.code).toBe('json.syntax');
  });

  it('undo and redo step through form and JSON edits', () => {
    const store = createStudioStore(empty());
    store.getState().apply((s) => toggleCheck(s, 'LIVENESS', true));
    store.getState().setText('{"resources_ttl": 90000}');
    expect(store.getState().spec.resources_ttl).toBe(90000);
    store.getState().undo();
    expect(store.getState().spec.requested_checks).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().spec).toEqual(empty());
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().spec.resources_ttl).toBe(90000);
  });

  it('a new edit clears the redo stack', () => {
    const store = createStudioStore(empty());
    store.getState().apply((s) => toggleCheck(s, 'LIVENESS', true));
    store.getState().undo();
    store.getState().apply((s) => toggleCheck(s, 'THIRD_PARTY_IDENTITY', true));
    expect(store.getState().future).toEqual([]);
  });

  it('an edit that changes nothing adds no undo step', () => {
    const store = createStudioStore(empty());
    store.getState().apply((s) => toggleCheck(s, 'LIVENESS', false));
    expect(store.getState().past).toEqual([]);
  });
});

describe('draft', () => {
  it('round-trips the spec and the invalid text', () => {
    const storage = new MemoryStorage();
    const spec = toggleCheck(empty(), 'LIVENESS', true);
    saveDraft(storage, spec, '{"broken":');
    expect(loadDraft(storage)).toEqual({ kind: 'ok', spec, invalidText: '{"broken":' });
  });

  it('sets aside a corrupt draft instead of dropping it', () => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, '{not json');
    const r = loadDraft(storage, 1234);
    expect(r).toMatchObject({
      kind: 'set-aside',
      key: `${DRAFT_KEY}.set-aside.1234`,
      reason: 'it is not valid JSON',
    });
    expect(storage.getItem(`${DRAFT_KEY}.set-aside.1234`)).toBe('{not json');
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('sets aside a draft from another version or with a malformed spec', () => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, JSON.stringify({ version: 99, spec: empty() }));
    expect(loadDraft(storage)).toMatchObject({
      kind: 'set-aside',
      reason: 'it was saved by another version (99)',
    });
    storage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, spec: { requested_checks: 'x' } }));
    expect(loadDraft(storage)).toMatchObject({ kind: 'set-aside' });
  });
});
