import { describe, expect, it, vi } from 'vitest';
import { httpLaunchApi } from '@/app/features/launch/api/client';
import { completedResult, delivery, launch, SESSION } from './launch-fixtures';
import { answer as stub } from './fetch-stub';

const answer = (status: number, body: unknown) => stub(status, body, { headers: true });

describe('launch API client', () => {
  it('POSTs the spec as JSON to /api/sessions and reads the created session', async () => {
    const calls = answer(201, {
      session_id: SESSION,
      client_session_token: 't',
      client_session_token_ttl: 600,
      launch_url: launch().launch_url,
      warnings: [],
    });

    const result = await httpLaunchApi.createSession({ requested_checks: [] });

    expect(calls).toEqual([
      {
        url: '/api/sessions',
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: '{"spec":{"requested_checks":[]}}',
      },
    ]);
    expect(result.ok && result.data.launch_url).toBe(launch().launch_url);
  });

  it('turns a 400 with findings into a problem the UI can point at', async () => {
    const refusal = {
      error: 'invalid_spec',
      message: 'The spec has 1 error; fix it before launching.',
      findings: [
        {
          code: 'schema.invalid_enum',
          severity: 'error',
          path: ['requested_checks', 0, 'type'],
          pathText: 'requested_checks[0].type',
          message: '"BOGUS" is not a known type here.',
        },
      ],
    };
    answer(400, refusal);

    const result = await httpLaunchApi.createSession({});

    expect(result).toEqual({
      ok: false,
      problem: {
        status: 400,
        code: 'invalid_spec',
        message: 'The spec has 1 error; fix it before launching.',
        findings: [
          {
            code: 'schema.invalid_enum',
            severity: 'error',
            path: ['requested_checks', 0, 'type'],
            pathText: 'requested_checks[0].type',
            message: '"BOGUS" is not a known type here.',
          },
        ],
        causes: [],
        details: refusal,
      },
    });
  });

  it('keeps the causes of an upstream auth failure', async () => {
    answer(502, { error: 'upstream_auth', message: 'Yoti refused', causes: ['Wrong key.'] });
    const result = await httpLaunchApi.createSession({});
    expect(!result.ok && result.problem.causes).toEqual(['Wrong key.']);
  });

  it('says when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const result = await httpLaunchApi.listSessions();
    expect(result).toEqual({
      ok: false,
      problem: {
        status: 0,
        code: 'unreachable',
        message: 'The Studio server could not be reached.',
        findings: [],
        causes: [],
      },
    });
  });

  it('reads the history, a session result and the inbox', async () => {
    answer(200, { sessions: [launch()] });
    expect(await httpLaunchApi.listSessions()).toEqual({ ok: true, data: [launch()] });

    const calls = answer(200, completedResult());
    expect(await httpLaunchApi.getSession(SESSION)).toEqual({ ok: true, data: completedResult() });
    expect(calls[0]?.url).toBe(`/api/sessions/${SESSION}`);

    const inbox = answer(200, { notifications: [delivery(1)] });
    expect(await httpLaunchApi.listNotifications()).toEqual({ ok: true, data: [delivery(1)] });
    expect(inbox[0]?.url).toBe('/api/notifications?limit=1000');
  });

  it('DELETEs a session and POSTs a replay with a JSON body', async () => {
    const deleted = answer(200, { session_id: SESSION, deleted_at: '2026-11-25T18:20:00.000Z' });
    await httpLaunchApi.deleteSession(SESSION);
    expect(deleted[0]).toMatchObject({ url: `/api/sessions/${SESSION}`, method: 'DELETE' });

    const replay = answer(200, { notification: delivery(2, { replay_of: 1 }) });
    const result = await httpLaunchApi.replayNotification(1);
    expect(replay[0]).toMatchObject({
      url: '/api/notifications/1/replay',
      method: 'POST',
      body: '{}',
    });
    expect(result.ok && result.data.replay_of).toBe(1);
  });

  it('refuses an answer of the wrong shape', async () => {
    answer(200, { sessions: 'nope' });
    const result = await httpLaunchApi.listSessions();
    expect(!result.ok && result.problem.code).toBe('bad_response');
  });
});
