import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCredentials, notifyingSpec, startTestApp, type TestApp } from './helpers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ credentials: makeCredentials() });
});
afterAll(() => app.close());

const liveness = (retries = 3) => ({
  requested_checks: [
    { type: 'LIVENESS', config: { liveness_type: 'STATIC', max_retries: retries } },
  ],
});
const api = () => request(app.url);
let count = 0;
async function savedFlow(spec: unknown = liveness()) {
  const response = await api()
    .post('/api/flows')
    .send({ name: `Launch flow ${++count}`, spec });
  expect(response.status).toBe(201);
  return response.body.flow as { id: string; name: string };
}
const launch = (body: unknown) =>
  api()
    .post('/api/sessions')
    .send(body as object);
async function historyItem(sessionId: string) {
  const history = await api().get('/api/sessions');
  return history.body.sessions.find((s: { session_id: string }) => s.session_id === sessionId);
}

describe('launching a saved flow version', () => {
  it('records the flow, name and version; unmodified when the spec is the saved one', async () => {
    const flow = await savedFlow();

    const launched = await launch({ spec: liveness(), flow: { id: flow.id, version: 1 } });

    expect(launched.status).toBe(201);
    const item = await historyItem(launched.body.session_id);
    expect(item.flow).toEqual({ id: flow.id, name: flow.name, version: 1, modified: false });
    expect(item.notification_count).toBe(0);
  });

  it('compares canonically: key order and defaults do not count as a change', async () => {
    const flow = await savedFlow();
    const reordered = {
      required_documents: [],
      requested_tasks: [],
      requested_checks: [{ config: { max_retries: 3, liveness_type: 'STATIC' }, type: 'LIVENESS' }],
    };

    const launched = await launch({ spec: reordered, flow: { id: flow.id, version: 1 } });

    expect((await historyItem(launched.body.session_id)).flow.modified).toBe(false);
  });

  it('marks a launch modified when the spec differs from that version', async () => {
    const flow = await savedFlow();

    const launched = await launch({ spec: liveness(5), flow: { id: flow.id, version: 1 } });

    expect((await historyItem(launched.body.session_id)).flow).toMatchObject({
      version: 1,
      modified: true,
    });
  });

  it('shows launches per version in the flow history, and keeps the name it was launched under', async () => {
    const flow = await savedFlow();
    await api()
      .post(`/api/flows/${flow.id}/versions`)
      .send({ base_version: 1, spec: liveness(4) });
    const launched = await launch({ spec: liveness(4), flow: { id: flow.id, version: 2 } });
    await launch({ spec: liveness(4), flow: { id: flow.id, version: 2 } });
    await launch({ spec: liveness(), flow: { id: flow.id, version: 1 } });
    await api()
      .patch(`/api/flows/${flow.id}`)
      .send({ name: `${flow.name} renamed` });

    const detail = await api().get(`/api/flows/${flow.id}`);
    const version = await api().get(`/api/flows/${flow.id}/versions/2`);

    expect(
      detail.body.versions.map((v: { number: number; launch_count: number }) => [
        v.number,
        v.launch_count,
      ]),
    ).toEqual([
      [2, 2],
      [1, 1],
    ]);
    expect(version.body.version.launch_count).toBe(2);
    expect((await historyItem(launched.body.session_id)).flow.name).toBe(flow.name);
  });

  it.each([
    [
      { id: '00000000-0000-4000-8000-000000000000', version: 1 },
      'flow.id: no saved flow has this id',
    ],
    [{ id: 'abc', version: 1 }, 'flow.id'],
    [{ version: 1 }, 'flow.id'],
    [{ id: '00000000-0000-4000-8000-000000000000', version: 0 }, 'flow.version'],
  ])('refuses flow %j with 400 naming %s, and launches nothing', async (flow, problem) => {
    const before = (await api().get('/api/sessions')).body.sessions.length;

    const response = await launch({ spec: liveness(), flow });

    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_request');
    expect(response.body.message).toContain(problem);
    expect((await api().get('/api/sessions')).body.sessions.length).toBe(before);
  });

  it('refuses a version the flow does not have, naming flow.version', async () => {
    const flow = await savedFlow();

    const response = await launch({ spec: liveness(), flow: { id: flow.id, version: 3 } });

    expect(response.status).toBe(400);
    expect(response.body.message).toBe(
      `The request body is not valid: flow.version: the flow "${flow.name}" has no version 3.`,
    );
  });

  it('shows flow: null for launches from an unsaved draft, and counts notifications', async () => {
    const spec = notifyingSpec(`${app.url}/api/notifications/yoti`, {
      auth_type: 'BEARER',
      auth_token: 'count-me',
    });
    const launched = await launch({ spec });
    for (const topic of ['resource_update', 'session_completion'])
      await api()
        .post('/api/notifications/yoti')
        .set('authorization', 'Bearer count-me')
        .send({ session_id: launched.body.session_id, topic });

    const item = await historyItem(launched.body.session_id);

    expect(item.flow).toBe(null);
    expect(item.notification_count).toBe(2);
  });
});
