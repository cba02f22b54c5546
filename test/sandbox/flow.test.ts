import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeCredentials,
  notifyingSpec,
  startRecorder,
  startTestApp,
  type TestApp,
} from '../server/helpers';
import { send, signedFor } from './helpers';

const credentials = makeCredentials();
let app: TestApp;
let elsewhere: Awaited<ReturnType<typeof startRecorder>>;
beforeAll(async () => {
  elsewhere = await startRecorder(() => ({ status: 204 }));
  app = await startTestApp({
    credentials,
    config: { sandboxNotifyAllow: [`127.0.0.1:${elsewhere.port}`] },
  });
});
afterAll(async () => {
  await app.close();
  await elsewhere.close();
});

type Created = { session_id: string; client_session_token: string; launch_url: string };
/** Launches through the app (so the receiver knows the session). */
async function launch(spec: unknown): Promise<Created> {
  const response = await request(app.url).post('/api/sessions').send({ spec });
  expect(response.status).toBe(201);
  return response.body;
}
const flow = (path: string) => `/sandbox/idverify/v1/web/${path}`;
const ids = (c: Created) => ({ sessionID: c.session_id, sessionToken: c.client_session_token });
const complete = (c: Created, outcomes: unknown[] = []) =>
  request(app.url)
    .post(flow('api/complete'))
    .send({ ...ids(c), outcomes });

describe('the user flow page', () => {
  it('is served with its script and styles as files, no inline script', async () => {
    const page = await request(app.url).get(flow('index.html?sessionID=a&sessionToken=b'));
    const script = await request(app.url).get(flow('flow.js'));

    expect(page.status).toBe(200);
    expect(page.text).toContain('<script type="module" src="flow.js"></script>');
    expect(page.text.match(/<script\b/g)).toHaveLength(1);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers a missing file under /web with 404, not a signature error', async () => {
    const response = await request(app.url).get(flow('missing.js'));

    expect(response.status).toBe(404);
    expect(response.body).toEqual({ eventType: 'ERROR', message: 'Not found.' });
  });

  it('describes the session with catalogue labels', async () => {
    const created = await launch(notifyingSpec(`${app.url}/api/notifications/yoti`));

    const response = await request(app.url).get(flow('api/session')).query(ids(created));

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      session_id: created.session_id,
      documents: [{ kind: 'ID_DOCUMENT', label: 'ID document', detail: 'PASSPORT issued in GBR' }],
      checks: [
        { index: 0, type: 'ID_DOCUMENT_AUTHENTICITY', label: 'Document authenticity' },
        { index: 1, type: 'LIVENESS', label: 'Liveness' },
      ],
      tasks: [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', label: 'ID document text extraction' }],
      redirects: { success_url: null, error_url: null },
    });
    expect(response.body.checks[0].reasons.REJECT).toContain('COUNTERFEIT');
    expect(response.body.error_codes).toContainEqual({ code: 2002, label: 'Session expired' });
  });

  it.each([
    [{ sessionToken: 't' }, 400, 2004],
    [{ sessionID: 'x' }, 401, 2003],
    [{ sessionID: 'nope', sessionToken: 't' }, 404, 2001],
  ])('answers %o with error %i / event code %i', async (query, status, eventCode) => {
    const response = await request(app.url).get(flow('api/session')).query(query);

    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ eventType: 'ERROR', eventCode });
  });

  it('refuses a wrong token with event code 2000', async () => {
    const created = await launch({});

    const response = await request(app.url)
      .get(flow('api/session'))
      .query({ sessionID: created.session_id, sessionToken: 'forged' });

    expect(response.status).toBe(401);
    expect(response.body.eventCode).toBe(2000);
  });
});

describe('completing the flow', () => {
  it('sets COMPLETED with the chosen recommendations, resources and tasks', async () => {
    const created = await launch(notifyingSpec(`${app.url}/api/notifications/yoti`));

    const done = await complete(created, [
      { value: 'REJECT', reason: 'COUNTERFEIT' },
      { value: 'APPROVE' },
    ]);
    const result = await request(app.url).get(`/api/sessions/${created.session_id}`);
    const again = await complete(created);

    expect(done.status).toBe(200);
    expect(done.body.event).toEqual({ eventType: 'SUCCESS' });
    expect(done.body.redirect).toBeNull();
    const body = result.body;
    expect(body.state).toBe('COMPLETED');
    expect(body.biometric_consent).toEqual(expect.any(String));
    expect(body.checks.map((c: { type: string; report: unknown }) => [c.type, c.report])).toEqual([
      [
        'ID_DOCUMENT_AUTHENTICITY',
        {
          recommendation: { value: 'REJECT', reason: 'COUNTERFEIT' },
          breakdown: [
            { sub_check: 'document_in_date', result: 'FAIL', details: [] },
            { sub_check: 'fraud_list_check', result: 'PASS', details: [] },
            { sub_check: 'no_sign_of_tampering', result: 'PASS', details: [] },
          ],
        },
      ],
      [
        'LIVENESS',
        {
          recommendation: { value: 'APPROVE' },
          breakdown: [{ sub_check: 'liveness_auth', result: 'PASS', details: [] }],
        },
      ],
    ]);
    const [document] = body.resources.id_documents;
    expect(document).toMatchObject({
      document_type: 'PASSPORT',
      issuing_country: 'GBR',
      source: { type: 'END_USER' },
    });
    expect(document.tasks).toMatchObject([
      { type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', state: 'DONE' },
    ]);
    expect(body.checks[0].resources_used).toEqual([document.id]);
    expect(body.resources.liveness_capture).toMatchObject([{ liveness_type: 'STATIC' }]);
    expect(again.status).toBe(401);
    expect(again.body.eventCode).toBe(2000);
  });

  it.each([
    ['BASIC', 'hook:basic-secret'],
    ['BEARER', 'bearer-secret'],
  ] as const)(
    'delivers the subscribed notifications to the app receiver with %s auth',
    async (auth_type, auth_token) => {
      const created = await launch(
        notifyingSpec(`${app.url}/api/notifications/yoti`, { auth_type, auth_token }),
      );

      const done = await complete(created);
      const result = (await request(app.url).get(`/api/sessions/${created.session_id}`)).body;
      const inbox = (
        await request(app.url).get('/api/notifications').query({ session_id: created.session_id })
      ).body.notifications;

      const [document] = result.resources.id_documents;
      const liveness = result.resources.liveness_capture[0];
      const expected = [
        { topic: 'resource_update', resource_id: document.id },
        { topic: 'resource_update', resource_id: liveness.id },
        { topic: 'task_completion', task_id: document.tasks[0].id },
        { topic: 'check_completion', check_id: result.checks[0].id },
        { topic: 'check_completion', check_id: result.checks[1].id },
        { topic: 'session_completion' },
      ].map((n) => ({ session_id: created.session_id, ...n }));
      expect(
        done.body.deliveries.map((d: { topic: string; outcome: string; status: number }) => [
          d.topic,
          d.outcome,
          d.status,
        ]),
      ).toEqual(expected.map((n) => [n.topic, 'delivered', 200]));
      const oldestFirst = [...inbox].reverse();
      expect(oldestFirst.map((d: { body: string }) => JSON.parse(d.body))).toEqual(expected);
      expect(oldestFirst.every((d: { verdict: string }) => d.verdict === 'accepted')).toBe(true);
      expect(oldestFirst[0].headers.authorization).toBe(
        `${auth_type === 'BASIC' ? 'Basic' : 'Bearer'} ********`,
      );
    },
  );

  it('abandons with an error code and redirects to error_url with yotiErrorCode', async () => {
    const created = await launch({
      requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'STATIC' } }],
      sdk_config: {
        success_url: 'https://rp.example/ok',
        error_url: 'https://rp.example/failed?x=1',
      },
    });

    const response = await request(app.url)
      .post(flow('api/abandon'))
      .send({ ...ids(created), eventCode: 4000 });
    const result = (await request(app.url).get(`/api/sessions/${created.session_id}`)).body;

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      event: { eventType: 'ERROR', eventCode: 4000 },
      redirect: 'https://rp.example/failed?x=1&yotiErrorCode=4000',
      deliveries: [],
    });
    expect(result.state).toBe('COMPLETED');
    expect(result.checks[0].report.recommendation).toEqual({ value: 'NOT_AVAILABLE' });
  });

  it('refuses an error code that is not a web error code', async () => {
    const created = await launch({});

    const response = await request(app.url)
      .post(flow('api/abandon'))
      .send({ ...ids(created), eventCode: 1234 });

    expect(response.status).toBe(400);
    expect(response.body.eventType).toBe('ERROR');
  });
});

describe('where the sandbox may send notifications', () => {
  it.each([
    [
      'http://169.254.169.254/latest/meta-data',
      /hosts in SANDBOX_NOTIFY_ALLOW; 169.254.169.254 is neither/,
    ],
    ['http://10.0.0.5:8080/hook', /10.0.0.5:8080 is neither/],
    ['__OWN__/api/sessions', /only delivers to its receiver, \/api\/notifications\/yoti/],
  ])('refuses %s, shows it and records it as refused-ssrf', async (target, reason) => {
    const endpoint = target.replace('__OWN__', app.url);
    const created = await launch({
      notifications: {
        endpoint,
        topics: ['SESSION_COMPLETION'],
        auth_type: 'BEARER',
        auth_token: 'tok',
      },
    });

    const done = await complete(created);
    const inbox = (
      await request(app.url).get('/api/notifications').query({ session_id: created.session_id })
    ).body.notifications;

    expect(done.body.deliveries).toEqual([
      {
        topic: 'session_completion',
        endpoint,
        outcome: 'refused',
        message: expect.stringMatching(reason),
        delivery_id: inbox[0].id,
      },
    ]);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      verdict: 'refused-ssrf',
      source: 'sandbox',
      status: null,
      topic: 'session_completion',
    });
    expect(inbox[0].headers.authorization).toBe('Bearer ********');
  });

  it('delivers to a host listed in SANDBOX_NOTIFY_ALLOW', async () => {
    const endpoint = `${elsewhere.url}/hooks/yoti`;
    const created = await launch({
      notifications: {
        endpoint,
        topics: ['SESSION_COMPLETION'],
        auth_type: 'BEARER',
        auth_token: 'tok',
      },
    });

    const done = await complete(created);

    expect(done.body.deliveries).toMatchObject([{ outcome: 'delivered', status: 204 }]);
    expect(elsewhere.received.at(-1)).toMatchObject({
      method: 'POST',
      url: '/hooks/yoti',
      body: JSON.stringify({ session_id: created.session_id, topic: 'session_completion' }),
    });
    expect(elsewhere.received.at(-1)!.headers.authorization).toBe('Bearer tok');
  });
});

describe('sandbox sessions persist in SQLite', () => {
  it('are readable through the signed API after completion', async () => {
    const created = await launch({});
    await complete(created);

    const result = await send(signedFor(app, 'GET', `/sessions/${created.session_id}`));

    expect(result.body).toMatchObject({ session_id: created.session_id, state: 'COMPLETED' });
    const row = app.db
      .prepare('SELECT state FROM sandbox_sessions WHERE session_id = ?')
      .get(created.session_id);
    expect(row).toEqual({ state: 'COMPLETED' });
  });
});
