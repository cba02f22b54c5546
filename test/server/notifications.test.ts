import { get, type IncomingMessage } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCredentials, notifyingSpec, startTestApp, type TestApp } from './helpers';

const credentials = makeCredentials();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ credentials });
});
afterAll(() => app.close());

const receiver = () => `${app.url}/api/notifications/yoti`;
async function launchWith(auth: {
  auth_type?: 'BASIC' | 'BEARER';
  auth_token?: string;
}): Promise<string> {
  const response = await request(app.url)
    .post('/api/sessions')
    .send({ spec: notifyingSpec(receiver(), auth) });
  expect(response.status).toBe(201);
  return response.body.session_id;
}
const deliver = (body: unknown, authorization?: string) => {
  const r = request(app.url)
    .post('/api/notifications/yoti')
    .set('content-type', 'application/json');
  if (authorization) r.set('authorization', authorization);
  return r.send(typeof body === 'string' ? body : JSON.stringify(body));
};
const inbox = async (sessionId?: string) =>
  (
    await request(app.url)
      .get('/api/notifications')
      .query(sessionId ? { session_id: sessionId } : {})
  ).body.notifications;

describe('POST /api/notifications/yoti', () => {
  it('accepts BASIC auth (base64 of auth_token) with 200 and records the delivery, Authorization masked', async () => {
    const id = await launchWith({ auth_type: 'BASIC', auth_token: 'hook:s3cret' });
    const basic = `Basic ${Buffer.from('hook:s3cret').toString('base64')}`;

    const response = await deliver({ session_id: id, topic: 'session_completion' }, basic);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ verdict: 'accepted' });
    const [stored] = await inbox(id);
    expect(stored).toMatchObject({
      id: response.body.id,
      source: 'receiver',
      session_id: id,
      topic: 'session_completion',
      verdict: 'accepted',
      status: 200,
      body: JSON.stringify({ session_id: id, topic: 'session_completion' }),
      replay_of: null,
    });
    expect(stored.headers.authorization).toBe('Basic ********');
    expect(stored.headers['content-type']).toBe('application/json');
    expect(JSON.stringify(stored)).not.toContain(Buffer.from('hook:s3cret').toString('base64'));
    expect(stored).not.toHaveProperty('auth_digest');
  });

  it('accepts BEARER auth with the token as is, and rejects a wrong or missing one with 401', async () => {
    const id = await launchWith({ auth_type: 'BEARER', auth_token: 'opaque-token' });
    const body = { session_id: id, topic: 'check_completion', check_id: 'c-1' };

    const ok = await deliver(body, 'Bearer opaque-token');
    const wrong = await deliver(body, 'Bearer other-token');
    const basicInstead = await deliver(
      body,
      `Basic ${Buffer.from('opaque-token').toString('base64')}`,
    );
    const missing = await deliver(body);

    expect(ok.status).toBe(200);
    expect([wrong.status, basicInstead.status, missing.status]).toEqual([401, 401, 401]);
    expect(wrong.body.verdict).toBe('rejected-auth');
    expect(missing.body.message).toMatch(/No Authorization header/);
    expect((await inbox(id)).map((d: { verdict: string }) => d.verdict)).toEqual([
      'rejected-auth',
      'rejected-auth',
      'rejected-auth',
      'accepted',
    ]);
  });

  it('records unknown sessions (404) and malformed bodies (400)', async () => {
    const unknown = await deliver(
      { session_id: 'not-launched', topic: 'session_completion' },
      'Bearer x',
    );
    const notJson = await deliver('{oops', 'Bearer x');
    const noTopic = await deliver({ session_id: 'x' });

    expect(unknown.status).toBe(404);
    expect(unknown.body.verdict).toBe('unknown-session');
    expect(notJson.status).toBe(400);
    expect(notJson.body.verdict).toBe('malformed');
    expect(noTopic.status).toBe(400);
    const recent = await inbox();
    expect(
      recent.slice(0, 3).map((d: { verdict: string; body: string }) => [d.verdict, d.body]),
    ).toEqual([
      ['malformed', '{"session_id":"x"}'],
      ['malformed', '{oops'],
      ['unknown-session', '{"session_id":"not-launched","topic":"session_completion"}'],
    ]);
  });
});

describe('POST /api/notifications/:id/replay', () => {
  it('re-judges a stored delivery with its original Authorization, recording a new entry', async () => {
    const id = await launchWith({ auth_type: 'BEARER', auth_token: 'replay-token' });
    const good = await deliver(
      { session_id: id, topic: 'session_completion' },
      'Bearer replay-token',
    );
    const bad = await deliver({ session_id: id, topic: 'session_completion' }, 'Bearer nope');

    const replayGood = await request(app.url)
      .post(`/api/notifications/${good.body.id}/replay`)
      .send({});
    const replayBad = await request(app.url)
      .post(`/api/notifications/${bad.body.id}/replay`)
      .send({});

    expect(replayGood.status).toBe(200);
    expect(replayGood.body.notification).toMatchObject({
      verdict: 'accepted',
      replay_of: good.body.id,
      session_id: id,
    });
    expect(replayBad.body.notification).toMatchObject({
      verdict: 'rejected-auth',
      replay_of: bad.body.id,
    });
    expect(replayGood.body.notification.id).toBeGreaterThan(bad.body.id);
  });

  it('answers 404 for an unknown delivery, and is same-origin only', async () => {
    const missing = await request(app.url).post('/api/notifications/999999/replay').send({});
    const crossSite = await request(app.url)
      .post('/api/notifications/1/replay')
      .set('sec-fetch-site', 'cross-site')
      .send({});

    expect(missing.status).toBe(404);
    expect(crossSite.status).toBe(403);
  });
});

describe('GET /api/events', () => {
  it('streams notification and session events', async () => {
    const events: string[] = [];
    const stream = await new Promise<IncomingMessage>((resolve) =>
      get(`${app.url}/api/events`, resolve),
    );
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => events.push(chunk));
    try {
      expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');

      const id = await launchWith({});
      const delivered = await deliver({ session_id: id, topic: 'session_completion' });
      await new Promise((resolve) => setTimeout(resolve, 50));

      const text = events.join('');
      expect(text).toContain(`event: session\ndata: {"kind":"created","session_id":"${id}"`);
      expect(text).toContain(
        `event: notification\nid: ${delivered.body.id}\ndata: {"id":${delivered.body.id},`,
      );
      expect(delivered.body.verdict).toBe('accepted');
    } finally {
      stream.destroy();
    }
  });
});
