import { describe, expect, it } from 'vitest';
import { DRAFT_KEY, DRAFT_VERSION, loadDraft, migrateDraft, saveDraft } from '@/app/store/draft';
import { serializeSpec, toggleCheck, type SessionSpec } from '@/spec/index';

const empty = (): SessionSpec => ({
  requested_checks: [],
  requested_tasks: [],
  required_documents: [],
});
const liveness = () => toggleCheck(empty(), 'LIVENESS', true);
const tracked = (spec: SessionSpec) => ({
  id: '0b6f9d6e-5a43-4a3e-9a3b-1f0e2d3c4b5a',
  name: 'Onboarding',
  version: 3,
  spec_text: serializeSpec(spec),
});

function memory(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('draft format version 2', () => {
  it('is the current version', () => {
    expect(DRAFT_VERSION).toBe(2);
  });

  it('migrates a version 1 draft: same spec and editor text, not tracked against a flow', () => {
    const v1 = JSON.stringify({ version: 1, spec: liveness(), invalidText: '{"x":' });
    const storage = memory({ [DRAFT_KEY]: v1 });
    expect(loadDraft(storage)).toEqual({ kind: 'ok', spec: liveness(), invalidText: '{"x":' });
    expect(storage.getItem(DRAFT_KEY)).toBe(v1);
  });

  it('migrates step by step and says which version it started from', () => {
    expect(migrateDraft({ version: 1, spec: {} })).toEqual({ version: 2, spec: {} });
    expect(migrateDraft({ version: 2, spec: {} })).toEqual({ version: 2, spec: {} });
    expect(migrateDraft({ version: 3, spec: {} })).toBe('it was saved by another version (3)');
    expect(migrateDraft({ version: '1', spec: {} })).toBe('it was saved by another version (1)');
    expect(migrateDraft([])).toBe('it is not a draft');
  });

  it('round-trips the tracked flow', () => {
    const storage = memory();
    const spec = liveness();
    expect(saveDraft(storage, spec, undefined, tracked(empty()))).toBe(true);
    expect(JSON.parse(storage.getItem(DRAFT_KEY) ?? '')).toMatchObject({ version: 2 });
    expect(loadDraft(storage)).toEqual({ kind: 'ok', spec, flow: tracked(empty()) });
  });

  it('leaves the flow out when the draft is not tracked', () => {
    const storage = memory();
    saveDraft(storage, empty(), undefined, null);
    expect(JSON.parse(storage.getItem(DRAFT_KEY) ?? '')).toEqual({ version: 2, spec: empty() });
  });

  it('sets aside a version 2 draft whose flow is malformed, naming the field', () => {
    const bad = {
      version: 2,
      spec: empty(),
      flow: { id: 'x', name: 'A', version: 0, spec_text: '' },
    };
    const storage = memory({ [DRAFT_KEY]: JSON.stringify(bad) });
    const load = loadDraft(storage, 7);
    expect(load).toMatchObject({ kind: 'set-aside', key: `${DRAFT_KEY}.set-aside.7` });
    expect(load.kind === 'set-aside' && load.reason).toMatch(
      /^it does not match the draft format \(flow\.version: /,
    );
  });
});
