import { describe, expect, it } from 'vitest';
import { describeMode } from '@/app/features/launch/api/health';
import {
  hasMaskedSecret,
  launchSpec,
  launchState,
  launchSummary,
  shortId,
} from '@/app/features/launch/history';
import {
  checkLabel,
  formatDuration,
  recommendationSummary,
  resourceRows,
  taskRows,
  toneOf,
} from '@/app/features/launch/results';
import { completedResult, launch } from './launch-fixtures';

describe('session result', () => {
  it('lists every resource with what it is and where it came from', () => {
    expect(resourceRows(completedResult())).toEqual([
      {
        id: 'r1',
        kind: 'ID document',
        detail: 'PASSPORT issued in GBR',
        source: 'END_USER',
        tasks: [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', state: 'DONE' }],
      },
      {
        id: 'r2',
        kind: 'Liveness capture',
        detail: 'STATIC liveness',
        source: 'END_USER',
        tasks: [],
      },
    ]);
  });

  it('lists tasks with the catalogue label and the resource they ran on', () => {
    expect(taskRows(completedResult())).toEqual([
      {
        type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION',
        state: 'DONE',
        label: 'ID document text extraction',
        resource: 'ID document',
      },
    ]);
  });

  it('summarizes the recommendations', () => {
    expect(recommendationSummary(completedResult())).toBe('1 approved · 1 rejected');
  });

  it('reads a result without resources or reports', () => {
    const bare = { session_id: 's', state: 'ONGOING', checks: [{ id: 'c', type: 'LIVENESS' }] };
    expect(resourceRows(bare)).toEqual([]);
    expect(recommendationSummary(bare)).toBe('1 pending');
  });

  it('names checks from the catalogue, unknown ones by their type', () => {
    expect(checkLabel('ID_DOCUMENT_AUTHENTICITY')).toBe('Document authenticity');
    expect(checkLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });

  it('colours values', () => {
    expect(
      ['APPROVE', 'PASS', 'REJECT', 'FAIL', 'NOT_AVAILABLE', 'ONGOING', 'X'].map(toneOf),
    ).toEqual(['success', 'success', 'error', 'error', 'warning', 'default', 'default']);
  });

  it('writes token lifetimes for people', () => {
    expect(formatDuration(598)).toBe('9 min 58 s');
    expect(formatDuration(7200)).toBe('2 h');
    expect(formatDuration(0)).toBe('expired');
  });
});

describe('launch history', () => {
  it('summarizes the spec a launch used', () => {
    expect(launchSummary(launch())).toBe('2 checks · notifications');
    expect(launchSummary(launch({ spec: null }))).toBe('Spec not readable');
  });

  it('knows the stored spec carries the server’s mask instead of the token', () => {
    const spec = launchSpec(launch());
    expect(spec?.notifications?.auth_token).toBe('********');
    expect(spec && hasMaskedSecret(spec)).toBe(true);
  });

  it('shows deleted launches as DELETED without asking the server', () => {
    expect(launchState(launch({ deleted_at: '2026-11-25T18:20:00.000Z' }), undefined)).toBe(
      'DELETED',
    );
  });

  it('shows the state from the result, or why there is none', () => {
    expect(launchState(launch(), { status: 'ready', data: completedResult() })).toBe('COMPLETED');
    expect(launchState(launch(), { status: 'loading' })).toBe('LOADING');
    const gone = { status: 'error', code: 'session_not_found', message: '…' } as const;
    expect(launchState(launch(), gone)).toBe('GONE');
  });

  it('shortens session ids', () => {
    expect(shortId('9f0103eb-64fe-4588-833e-67e07fb46613')).toBe('9f0103eb…');
  });
});

describe('server mode', () => {
  const base = { status: 'ok' as const, apiBaseUrl: 'http://localhost:8080/api' };
  it('names the local sandbox and its emulated IDV API', () => {
    expect(
      describeMode({
        ...base,
        mode: 'local-sandbox',
        idvApiUrl: 'http://127.0.0.1:8080/sandbox/idverify/v1',
      }),
    ).toEqual({ label: 'Local sandbox', api: 'http://127.0.0.1:8080/sandbox/idverify/v1' });
  });

  it("tells Yoti's sandbox from production", () => {
    const sandbox = 'https://api.yoti.com/sandbox/idverify/v1';
    expect(describeMode({ ...base, mode: 'yoti', idvApiUrl: sandbox }).label).toBe('Yoti sandbox');
    const production = 'https://api.yoti.com/idverify/v1';
    expect(describeMode({ ...base, mode: 'yoti', idvApiUrl: production }).label).toBe('Yoti');
  });
});
