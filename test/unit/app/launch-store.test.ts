import { describe, expect, it, vi } from 'vitest';
import type { ApiProblem, ApiResult, LaunchApi } from '@/app/features/launch/api/client';
import type { CreatedSession } from '@/app/features/launch/api/schemas';
import { createLaunchStore, launchStoreFor } from '@/app/features/launch/launch-store';
import { createStudioStore } from '@/app/store/store';
import { finding } from '@/spec/index';
import { completedResult, delivery, launch, SESSION } from './launch-fixtures';

const ok = <T>(data: T): Promise<ApiResult<T>> => Promise.resolve({ ok: true, data });
const fail = (problem: Partial<ApiProblem>): Promise<ApiResult<never>> =>
  Promise.resolve({
    ok: false,
    problem: { status: 400, code: 'x', message: 'no', findings: [], causes: [], ...problem },
  });

const created: CreatedSession = {
  session_id: SESSION,
  client_session_token: 't',
  client_session_token_ttl: 600,
  launch_url: launch().launch_url,
  warnings: [],
};

/** A fake API that answers like the server after one completed launch; calls are recorded. */
function fakeApi(overrides: Partial<LaunchApi> = {}) {
  const api = {
    createSession: vi.fn<LaunchApi['createSession']>(() => ok(created)),
    listSessions: vi.fn<LaunchApi['listSessions']>(() => ok([launch()])),
    getSession: vi.fn<LaunchApi['getSession']>(() => ok(completedResult())),
    deleteSession: vi.fn<LaunchApi['deleteSession']>(() =>
      ok({ deleted_at: '2026-11-25T18:20:00.000Z' }),
    ),
    listNotifications: vi.fn<LaunchApi['listNotifications']>(() => ok([delivery(1)])),
    replayNotification: vi.fn<LaunchApi['replayNotification']>((id) =>
      ok(delivery(9, { replay_of: id })),
    ),
    ...overrides,
  };
  return api;
}

const setup = (overrides: Partial<LaunchApi> = {}) => {
  const api = fakeApi(overrides);
  const notify = vi.fn();
  const store = createLaunchStore({ api, notify, refreshDelayMs: 0 });
  return { api, notify, store };
};

/** Lets pending promises and zero-delay timers run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('launch store', () => {
  it('launches the spec, then shows the new session with its result', async () => {
    const { api, store } = setup();
    const spec = { requested_checks: [], requested_tasks: [], required_documents: [] };

    expect(await store.getState().launch(spec)).toBe(true);
    await settle();

    expect(api.createSession).toHaveBeenCalledWith(spec);
    const s = store.getState();
    expect(s.selectedId).toBe(SESSION);
    expect(s.tab).toBe('session');
    expect(s.launched[SESSION]?.launch_url).toBe(created.launch_url);
    expect(s.history).toEqual({ status: 'ready', data: [launch()] });
    expect(s.results[SESSION]).toEqual({ status: 'ready', data: completedResult() });
    expect(s.attempt).toEqual({ kind: 'idle' });
  });

  it('keeps the findings when the server refuses the spec', async () => {
    const findings = [finding('error', 'schema.x', ['notifications', 'endpoint'], 'Bad URL.')];
    const { store } = setup({
      createSession: () =>
        fail({ code: 'invalid_spec', message: 'The spec has 1 error', findings }),
    });

    expect(await store.getState().launch({})).toBe(false);

    const attempt = store.getState().attempt;
    expect(attempt.kind === 'refused' && attempt.problem.findings).toEqual(findings);
    expect(store.getState().selectedId).toBeNull();
  });

  it('records flow events per session and re-reads that session’s result', async () => {
    const { api, store } = setup();
    store.getState().flowEvent(SESSION, { eventType: 'ERROR', eventCode: 4000 });
    await settle();

    expect(store.getState().flowEvents[SESSION]).toEqual([{ eventType: 'ERROR', eventCode: 4000 }]);
    expect(api.getSession).toHaveBeenCalledWith(SESSION);
  });

  it('adds live notifications to the inbox and refreshes a shown result once per burst', async () => {
    const { api, store } = setup();
    await store.getState().refreshResult(SESSION);
    vi.mocked(api.getSession).mockClear();

    for (const id of [5, 6, 7])
      store.getState().liveEvent({ type: 'notification', data: delivery(id) });
    await settle();

    expect(store.getState().inbox.data?.map((d) => d.id)).toEqual([7, 6, 5]);
    expect(api.getSession).toHaveBeenCalledTimes(1);
  });

  it('does not fetch results of sessions nobody looks at', async () => {
    const { api, store } = setup();
    store
      .getState()
      .liveEvent({ type: 'notification', data: delivery(5, { session_id: 'other' }) });
    await settle();
    expect(api.getSession).not.toHaveBeenCalled();
  });

  it('reloads the history when a session is created or deleted elsewhere', async () => {
    const { api, store } = setup();
    const event = (kind: string) => ({
      type: 'session' as const,
      data: { kind, session_id: SESSION, at: '2026-11-25T18:15:21.204Z' },
    });
    store.getState().liveEvent(event('created'));
    store.getState().liveEvent(event('deleted'));
    store.getState().liveEvent(event('completed'));
    await settle();
    expect(api.listSessions).toHaveBeenCalledTimes(2);
  });

  it('catches up from the lists after the live connection comes back', async () => {
    const { api, store } = setup();
    store.getState().setLive('open');
    store.getState().setLive('reconnecting');
    store.getState().setLive('open');
    await settle();
    expect(api.listSessions).toHaveBeenCalledTimes(1);
    expect(api.listNotifications).toHaveBeenCalledTimes(1);
  });

  it('deletes a session, says so, and reloads history and result', async () => {
    const { api, notify, store } = setup();
    expect(await store.getState().deleteSession(SESSION)).toBe(true);
    expect(api.deleteSession).toHaveBeenCalledWith(SESSION);
    expect(notify).toHaveBeenCalledWith({
      severity: 'success',
      message: `Session ${SESSION} deleted.`,
    });
    expect(api.listSessions).toHaveBeenCalled();
    expect(api.getSession).toHaveBeenCalledWith(SESSION);
  });

  it('reports a failed delete', async () => {
    const { notify, store } = setup({
      deleteSession: () => fail({ status: 502, message: 'Yoti answered 500.' }),
    });
    expect(await store.getState().deleteSession(SESSION)).toBe(false);
    expect(notify).toHaveBeenCalledWith({
      severity: 'error',
      message: 'Could not delete the session: Yoti answered 500.',
    });
  });

  it('replays a delivery and adds the new verdict to the inbox', async () => {
    const { api, notify, store } = setup();
    await store.getState().refreshInbox();
    expect(await store.getState().replay(1)).toBe(true);
    expect(api.replayNotification).toHaveBeenCalledWith(1);
    expect(store.getState().inbox.data?.map((d) => [d.id, d.replay_of])).toEqual([
      [9, 1],
      [1, null],
    ]);
    expect(notify).toHaveBeenCalledWith({
      severity: 'success',
      message: 'Replayed notification #1: Accepted.',
    });
  });

  it('keeps the last good list when a refresh fails', async () => {
    const { api, store } = setup();
    await store.getState().refreshHistory();
    vi.mocked(api.listSessions).mockImplementation(() =>
      fail({ status: 0, code: 'unreachable', message: 'down' }),
    );
    await store.getState().refreshHistory();
    expect(store.getState().history).toEqual({
      status: 'error',
      code: 'unreachable',
      message: 'down',
      data: [launch()],
    });
  });

  it('belongs to one studio store', () => {
    const studio = createStudioStore();
    const api = fakeApi();
    expect(launchStoreFor(studio, api)).toBe(launchStoreFor(studio, api));
    expect(launchStoreFor(createStudioStore(), api)).not.toBe(launchStoreFor(studio, api));
  });

  it('sends its notices to the studio store', async () => {
    const studio = createStudioStore();
    const store = launchStoreFor(studio, fakeApi());
    await store.getState().deleteSession(SESSION);
    expect(studio.getState().notices.map((n) => n.message)).toEqual([
      `Session ${SESSION} deleted.`,
    ]);
  });
});
