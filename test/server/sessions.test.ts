import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCredentials, startTestApp, type TestApp } from './helpers';

const credentials = makeCredentials();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ credentials });
});
afterAll(() => app.close());

const SECRET_TOKEN = 'user:pa55-word-do-not-show';
const SECRET_API_KEY = 'ca-api-key-do-not-show';
const secretSpec = () => ({
  requested_checks: [
    {
      type: 'WATCHLIST_ADVANCED_CA',
      config: { type: 'WITH_CUSTOM_ACCOUNT', api_key: SECRET_API_KEY, client_ref: 'ref-1' },
    },
  ],
  requested_tasks: [
    { type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'NEVER' } },
  ],
  notifications: {
    endpoint: `${app.url}/api/notifications/yoti`,
    topics: ['SESSION_COMPLETION'],
    auth_type: 'BASIC',
    auth_token: SECRET_TOKEN,
  },
});
const launch = (body: unknown) =>
  request(app.url)
    .post('/api/sessions')
    .send(body as object);

describe('POST /api/sessions against the local sandbox', () => {
  it('creates a session and answers 201 with its token and launch URL', async () => {
    const response = await launch({
      spec: { requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'STATIC' } }] },
    });

    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      session_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      client_session_token: expect.stringMatching(/^[0-9a-f-]{36}$/),
      client_session_token_ttl: 600,
      launch_url: `${app.settings.launchBase}/web/index.html?sessionID=${response.body.session_id}&sessionToken=${response.body.client_session_token}`,
      warnings: [],
    });
  });

  it('records the launch; the history is newest first with secrets masked', async () => {
    const first = await launch({ spec: { client_session_token_ttl: 1200 } });
    const second = await launch({ spec: secretSpec() });

    const history = await request(app.url).get('/api/sessions');

    expect(history.status).toBe(200);
    const [newest, older] = history.body.sessions;
    expect(newest.session_id).toBe(second.body.session_id);
    expect(older.session_id).toBe(first.body.session_id);
    expect(newest).toMatchObject({
      mode: 'local-sandbox',
      api_url: app.settings.idvApiUrl,
      launch_url: second.body.launch_url,
      deleted_at: null,
      client_session_token_ttl: 600,
    });
    expect(newest.spec.notifications.auth_token).toBe('********');
    expect(newest.spec.requested_checks[0].config.api_key).toBe('********');
    expect(newest.spec.requested_checks[0].config.client_ref).toBe('ref-1');
    expect(JSON.stringify(history.body)).not.toContain(SECRET_TOKEN);
    expect(JSON.stringify(history.body)).not.toContain(SECRET_API_KEY);
  });

  it('never writes secrets, tokens or bodies to the log', async () => {
    const created = await launch({ spec: secretSpec() });
    await request(app.url).get(`/api/sessions/${created.body.session_id}`);

    const log = app.logs.join('\n');
    expect(log).toContain('POST /api/sessions 201');
    expect(log).toContain('POST /sandbox/idverify/v1/sessions 201');
    for (const secret of [
      SECRET_TOKEN,
      SECRET_API_KEY,
      created.body.client_session_token,
      'nonce=',
      'sdkId=',
    ])
      expect(log).not.toContain(secret);
  });

  it("passes Yoti's session result through, then deletes the session", async () => {
    const created = await launch({ spec: { user_tracking_id: 'tracker-1' } });
    const id = created.body.session_id;

    const result = await request(app.url).get(`/api/sessions/${id}`);
    const deleted = await request(app.url).delete(`/api/sessions/${id}`);
    const after = await request(app.url).get(`/api/sessions/${id}`);
    const history = await request(app.url).get('/api/sessions');

    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      session_id: id,
      state: 'ONGOING',
      user_tracking_id: 'tracker-1',
      checks: [],
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ session_id: id, deleted_at: expect.any(String) });
    expect(after.status).toBe(404);
    expect(after.body.error).toBe('session_not_found');
    expect(
      history.body.sessions.find((s: { session_id: string }) => s.session_id === id).deleted_at,
    ).toBe(deleted.body.deleted_at);
  });

  it('rejects a session id that could change the upstream path', async () => {
    const response = await request(app.url).get('/api/sessions/..%2F..%2Fsupported-documents');

    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_request');
  });
});

describe('POST /api/sessions with a bad spec or body', () => {
  it('answers 400 with the findings of an invalid spec, at their paths', async () => {
    const response = await launch({
      spec: { requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'FAST' } }] },
    });

    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_spec');
    expect(response.body.findings[0]).toMatchObject({
      severity: 'error',
      path: ['requested_checks', 0, 'config', 'liveness_type'],
      pathText: 'requested_checks[0].config.liveness_type',
    });
  });

  it('answers 400 for malformed JSON, without a stack trace', async () => {
    const response = await request(app.url)
      .post('/api/sessions')
      .set('content-type', 'application/json')
      .send('{"spec":');

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'malformed_json',
      message: 'The request body is not valid JSON.',
    });
  });

  it('answers 413 for a body over 1 MB', async () => {
    const big = { spec: { user_tracking_id: 'x'.repeat(1024 * 1024) } };

    const response = await launch(big);

    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      error: 'body_too_large',
      message: 'The request body is larger than the 1 MB limit.',
    });
  });

  it('answers 400 for wrongly typed bodies, saying what is wrong', async () => {
    const noSpec = await launch({ specs: {} });
    const array = await request(app.url)
      .post('/api/sessions')
      .set('content-type', 'application/json')
      .send('[1]');
    const stringSpec = await launch({ spec: 'text' });

    expect(noSpec.status).toBe(400);
    expect(noSpec.body.message).toMatch(/^The request body is not valid: /);
    expect(noSpec.body.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^spec: /)]),
    );
    expect(array.status).toBe(400);
    expect(array.body.error).toBe('invalid_request');
    expect(stringSpec.status).toBe(400);
    expect(stringSpec.body.findings[0].code).toBe('schema.not_an_object');
  });
});

describe('same-origin JSON requests only, for state-changing routes', () => {
  const spec = { spec: {} };

  it('refuses a cross-site browser request (Sec-Fetch-Site) and a foreign Origin', async () => {
    const crossSite = await launch(spec).set('sec-fetch-site', 'cross-site');
    const foreign = await launch(spec).set('origin', 'https://evil.example');
    const deleteCrossSite = await request(app.url)
      .delete('/api/sessions/abc')
      .set('sec-fetch-site', 'same-site');

    for (const response of [crossSite, foreign, deleteCrossSite]) {
      expect(response.status).toBe(403);
      expect(response.body.error).toBe('cross_origin');
    }
  });

  it('accepts a same-origin browser request', async () => {
    const sameOrigin = await launch(spec)
      .set('sec-fetch-site', 'same-origin')
      .set('origin', app.url);
    const ownOrigin = await launch(spec).set('origin', app.url);

    expect(sameOrigin.status).toBe(201);
    expect(ownOrigin.status).toBe(201);
  });

  it('refuses bodies that are not application/json (what a cross-site form could send)', async () => {
    const form = await request(app.url).post('/api/sessions').type('form').send('spec=1');
    const text = await request(app.url)
      .post('/api/sessions')
      .set('content-type', 'text/plain')
      .send('{"spec":{}}');

    for (const response of [form, text]) {
      expect(response.status).toBe(415);
      expect(response.body.error).toBe('unsupported_media_type');
    }
  });
});

describe('launch rate limit', () => {
  it('allows the configured burst, then answers 429 with Retry-After until tokens refill', async () => {
    let now = Date.now();
    const limited = await startTestApp({
      credentials,
      now: () => now,
      settings: { launchRateLimit: 2 },
    });
    try {
      const post = () => request(limited.url).post('/api/sessions').send({ spec: {} });

      const statuses = [(await post()).status, (await post()).status];
      const refused = await post();
      now += 30_000;
      const refilled = await post();

      expect(statuses).toEqual([201, 201]);
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBe('30');
      expect(refused.body).toMatchObject({ error: 'rate_limited', retryAfterSeconds: 30 });
      expect(refilled.status).toBe(201);
    } finally {
      await limited.close();
    }
  });
});
