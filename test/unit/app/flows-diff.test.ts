import { describe, expect, it } from 'vitest';
import {
  changePath,
  describeChanges,
  groupChanges,
  maskedText,
} from '@/app/features/flows/diff/group-changes';
import { MASK, serializeSpec, type SessionSpec, type SpecChange } from '@/spec/index';

const change = (section: string, summary: string, path: SpecChange['path'] = []): SpecChange => ({
  kind: 'changed',
  section,
  summary,
  path,
});

describe('diff view data', () => {
  it('groups changes by section in first-seen order, keeping each group in order', () => {
    const a = change('Checks', 'a');
    const b = change('Session', 'b');
    const c = change('Checks', 'c');
    expect(groupChanges([a, b, c])).toEqual([
      { section: 'Checks', changes: [a, c] },
      { section: 'Session', changes: [b] },
    ]);
  });

  it('counts changes and sections, and writes paths as JSON paths', () => {
    expect(describeChanges([])).toBe('No differences');
    expect(describeChanges([change('Checks', 'a')])).toBe('1 change in 1 section');
    expect(describeChanges([change('Checks', 'a'), change('Session', 'b')])).toBe(
      '2 changes in 2 sections',
    );
    expect(changePath(change('Checks', 'a', ['requested_checks', 1, 'config']))).toBe(
      'requested_checks[1].config',
    );
    expect(changePath(change('Other', 'a'))).toBe('$');
  });

  it('masks the auth token and API keys in the JSON text, keeping the canonical layout', () => {
    const spec: SessionSpec = {
      requested_checks: [],
      requested_tasks: [],
      required_documents: [],
      notifications: {
        endpoint: 'https://example.com/hook',
        topics: ['SESSION_COMPLETION'],
        auth_token: 'very-secret-token',
      },
    };
    const text = maskedText(spec);
    expect(text).not.toContain('very-secret-token');
    expect(text).toBe(serializeSpec(spec).replace('very-secret-token', MASK));
  });
});
