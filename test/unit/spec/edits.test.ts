import { describe, expect, it } from 'vitest';
import {
  addDocument,
  addFilterEntry,
  applyFix,
  moveDocument,
  removeAtPath,
  removeDocument,
  removeFilterEntry,
  setAtPath,
  setFilter,
  toggleCheck,
  toggleTask,
  toggleTopic,
} from '../../../src/spec/edits';
import { emptySpec as empty } from '../../../src/spec/defaults';
import type { SessionSpec } from '../../../src/spec/schema';

describe('toggleCheck', () => {
  it('appends the default config when switched on', () => {
    const spec = toggleCheck(empty(), 'LIVENESS', true);
    expect(spec.requested_checks).toEqual([
      { type: 'LIVENESS', config: { max_retries: 3, liveness_type: 'STATIC' } },
    ]);
  });
  it('removes every check of that type when switched off', () => {
    const on = toggleCheck(toggleCheck(empty(), 'LIVENESS', true), 'ID_DOCUMENT_COMPARISON', true);
    expect(toggleCheck(on, 'LIVENESS', false).requested_checks.map((c) => c.type)).toEqual([
      'ID_DOCUMENT_COMPARISON',
    ]);
  });
  it('returns the same spec when nothing changes', () => {
    const spec = empty();
    expect(toggleCheck(spec, 'LIVENESS', false)).toBe(spec);
  });
  it('does not mutate its input', () => {
    const spec = Object.freeze(empty());
    expect(() => toggleCheck(spec, 'THIRD_PARTY_IDENTITY', true)).not.toThrow();
    expect(spec.requested_checks).toEqual([]);
  });
});

describe('toggleTask', () => {
  it('adds text extraction with a FALLBACK manual check', () => {
    expect(toggleTask(empty(), 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', true).requested_tasks).toEqual([
      { type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'FALLBACK' } },
    ]);
  });
  it('removes it again', () => {
    const on = toggleTask(empty(), 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION', true);
    expect(
      toggleTask(on, 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION', false).requested_tasks,
    ).toEqual([]);
  });
});

describe('setAtPath and removeAtPath', () => {
  it('creates missing containers on the way', () => {
    const spec = setAtPath(
      empty(),
      ['sdk_config', 'attempts_configuration', 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', 'GENERIC'],
      3,
    );
    expect(spec.sdk_config).toEqual({
      attempts_configuration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: 3 } },
    });
  });
  it('copies instead of mutating', () => {
    const before = setAtPath(empty(), ['sdk_config', 'locale'], 'en-GB');
    const after = setAtPath(before, ['sdk_config', 'locale'], 'fr');
    expect(before.sdk_config?.locale).toBe('en-GB');
    expect(after.sdk_config?.locale).toBe('fr');
  });
  it('removes a key when the value is undefined', () => {
    const spec = setAtPath(
      setAtPath(empty(), ['user_tracking_id'], 'u1'),
      ['user_tracking_id'],
      undefined,
    );
    expect('user_tracking_id' in spec).toBe(false);
  });
  it('prunes sdk_config when its last key is removed', () => {
    const spec = setAtPath(empty(), ['sdk_config', 'locale'], 'en-GB');
    expect(removeAtPath(spec, ['sdk_config', 'locale'])).toEqual(empty());
  });
  it('keeps an emptied check config, which Yoti expects as {}', () => {
    const spec = toggleCheck(empty(), 'ID_DOCUMENT_AUTHENTICITY', true, {
      type: 'ID_DOCUMENT_AUTHENTICITY',
      config: { manual_check: 'NEVER' },
    });
    expect(
      removeAtPath(spec, ['requested_checks', 0, 'config', 'manual_check']).requested_checks[0],
    ).toEqual({ type: 'ID_DOCUMENT_AUTHENTICITY', config: {} });
  });
  it('removes an array element by index', () => {
    const spec = setAtPath(
      empty(),
      ['sdk_config', 'suppressed_screens'],
      ['ID_DOCUMENT_EDUCATION', 'FLOW_COMPLETION'],
    );
    expect(
      removeAtPath(spec, ['sdk_config', 'suppressed_screens', 0]).sdk_config?.suppressed_screens,
    ).toEqual(['FLOW_COMPLETION']);
  });
});

describe('documents', () => {
  const id = { type: 'ID_DOCUMENT' } as const;
  const poa = { type: 'SUPPLEMENTARY_DOCUMENT', objective: { type: 'PROOF_OF_ADDRESS' } } as const;
  it('adds at the end by default and at an index when given', () => {
    const spec = addDocument(addDocument(empty(), id), poa, 0);
    expect(spec.required_documents.map((d) => d.type)).toEqual([
      'SUPPLEMENTARY_DOCUMENT',
      'ID_DOCUMENT',
    ]);
  });
  it('removes by index', () => {
    expect(removeDocument(addDocument(empty(), id), 0).required_documents).toEqual([]);
  });
  it('moves a document', () => {
    const spec = addDocument(addDocument(empty(), id), poa);
    expect(moveDocument(spec, 1, 0).required_documents.map((d) => d.type)).toEqual([
      'SUPPLEMENTARY_DOCUMENT',
      'ID_DOCUMENT',
    ]);
  });
  it('ignores a move out of range', () => {
    const spec = addDocument(empty(), id);
    expect(moveDocument(spec, 0, 5)).toBe(spec);
  });
  it('sets and clears a filter', () => {
    const path = ['required_documents', 0, 'filter'];
    const withFilter = setFilter(addDocument(empty(), id), path, {
      type: 'DOCUMENT_RESTRICTIONS',
      inclusion: 'WHITELIST',
      documents: [],
    });
    expect(withFilter.required_documents[0]).toHaveProperty('filter.type', 'DOCUMENT_RESTRICTIONS');
    expect(setFilter(withFilter, path, undefined).required_documents[0]).toEqual(id);
  });
  it('adds and removes document-restriction entries', () => {
    const path = ['required_documents', 0, 'filter'];
    let spec = setFilter(addDocument(empty(), id), path, {
      type: 'DOCUMENT_RESTRICTIONS',
      inclusion: 'WHITELIST',
      documents: [],
    });
    spec = addFilterEntry(spec, path, { country_codes: ['GBR'], document_types: ['PASSPORT'] });
    spec = addFilterEntry(spec, path, { document_types: ['NATIONAL_ID'] });
    expect(spec.required_documents[0]).toHaveProperty('filter.documents.length', 2);
    spec = removeFilterEntry(spec, path, 0);
    expect(spec.required_documents[0]).toHaveProperty('filter.documents', [
      { document_types: ['NATIONAL_ID'] },
    ]);
  });
});

describe('toggleTopic', () => {
  it('adds and removes a topic without duplicates', () => {
    let spec: SessionSpec = { ...empty(), notifications: { endpoint: 'https://x.test/hook' } };
    spec = toggleTopic(toggleTopic(spec, 'SESSION_COMPLETION', true), 'SESSION_COMPLETION', true);
    expect(spec.notifications?.topics).toEqual(['SESSION_COMPLETION']);
    expect(toggleTopic(spec, 'SESSION_COMPLETION', false).notifications?.topics).toEqual([]);
  });
});

describe('applyFix', () => {
  it('adds the missing task', () => {
    expect(
      applyFix(empty(), { op: 'addTask', type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION' })
        .requested_tasks,
    ).toHaveLength(1);
  });
  it('sets a value', () => {
    expect(
      applyFix(empty(), { op: 'set', path: ['resources_ttl'], value: 87300 }).resources_ttl,
    ).toBe(87300);
  });
});
