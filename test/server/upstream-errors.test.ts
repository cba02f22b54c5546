import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeSpec, validateSpec } from '../../src/spec/index';
import { propertyPath } from '../../server/yoti/upstream-errors';
import {
  makeCredentials,
  startRecorder,
  startTestApp,
  type Received,
  type TestApp,
} from './helpers';

const credentials = makeCredentials('sdk-under-test');
const spec = {
  requested_checks: [{ type: 'ID_DOCUMENT_AUTHENTICITY', config: { manual_check: 'FALLBACK' } }],
  requested_tasks: [
    { type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'FALLBACK' } },
  ],
};

type Answer = { status: number; body?: unknown; delayMs?: number };
let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanup.map((close) => close()));
  cleanup = [];
});

/** The app with a fake Yoti that answers `respond`; returns both. */
async function withUpstream(respond: (r: Received, n: number) => Answer, timeoutMs = 2000) {
  const upstream = await startRecorder(respond);
  const app: TestApp = await startTestApp({
    credentials,
    settings: {
      mode: 'yoti',
      idvApiUrl: `${upstream.url}/idverify/v1`,
      launchBase: `${upstream.url}/idverify/v1`,
      upstreamTimeoutMs: timeoutMs,
    },
  });
  cleanup.push(app.close, upstream.close);
  return { app, upstream };
}

const create = (app: TestApp) => request(app.url).post('/api/sessions').send({ spec });

describe('what the upstream receives', () => {
  it('is one signed POST /sessions with the canonical spec as the body', async () => {
    const { app, upstream } = await withUpstream(() => ({
      status: 201,
      body: { session_id: 'sid-1', client_session_token: 'tok-1', client_session_token_ttl: 600 },
    }));

    const response = await create(app);

    expect(response.status).toBe(201);
    expect(response.body.launch_url).toBe(
      `${upstream.url}/idverify/v1/web/index.html?sessionID=sid-1&sessionToken=tok-1`,
    );
    expect(upstream.received).toHaveLength(1);
    const [sent] = upstream.received;
    expect(sent!.method).toBe('POST');
    expect(sent!.url).toMatch(
      /^\/idverify\/v1\/sessions\?sdkId=sdk-under-test&nonce=[0-9a-f-]{36}&timestamp=\d+$/,
    );
    expect(sent!.headers['content-type']).toBe('application/json');
    expect(sent!.headers['x-yoti-auth-digest']).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(sent!.body).toBe(JSON.stringify(JSON.parse(serializeSpec(validateSpec(spec).spec!))));
  });
});

describe('upstream failures are mapped, never passed through raw', () => {
  it("turns Yoti's 400 into findings at the properties' paths", async () => {
    const { app } = await withUpstream(() => ({
      status: 400,
      body: {
        code: 'PAYLOAD_VALIDATION',
        message: 'There were errors validating the payload',
        errors: [
          {
            property: 'requested_checks[0].config.manual_check',
            message: 'must be one of [ALWAYS, NEVER]',
          },
          { property: 'sdk_config.locale', message: 'unsupported' },
        ],
        internal_trace: 'should-not-leak',
      },
    }));

    const response = await create(app);

    expect(response.status).toBe(422);
    expect(response.body).toEqual({
      error: 'upstream_rejected',
      message:
        'Yoti rejected the spec: PAYLOAD_VALIDATION - There were errors validating the payload',
      findings: [
        {
          code: 'yoti.PAYLOAD_VALIDATION',
          severity: 'error',
          path: ['requested_checks', 0, 'config', 'manual_check'],
          pathText: 'requested_checks[0].config.manual_check',
          message: 'must be one of [ALWAYS, NEVER]',
        },
        {
          code: 'yoti.PAYLOAD_VALIDATION',
          severity: 'error',
          path: ['sdk_config', 'locale'],
          pathText: 'sdk_config.locale',
          message: 'unsupported',
        },
      ],
      upstream: {
        status: 400,
        code: 'PAYLOAD_VALIDATION',
        message: 'There were errors validating the payload',
        attempts: 1,
      },
    });
  });

  it.each([401, 403])('explains the usual causes of a %i', async (status) => {
    const { app } = await withUpstream(() => ({
      status,
      body: { code: 'UNAUTHORIZED', message: 'nope' },
    }));

    const response = await create(app);

    expect(response.status).toBe(502);
    expect(response.body.error).toBe('upstream_auth');
    expect(response.body.message).toBe(
      `Yoti refused the signed request (${status}) while creating the session.`,
    );
    const causes = response.body.causes.join('\n');
    expect(causes).toMatch(/YOTI_CLIENT_SDK_ID/);
    expect(causes).toMatch(/another application/);
    expect(causes).toMatch(/sandbox application is used against the production URL/);
    expect(causes).toMatch(/clock/);
    expect(response.body.upstream).toEqual({
      status,
      code: 'UNAUTHORIZED',
      message: 'nope',
      attempts: 1,
    });
  });

  it('explains a 404 on create as a wrong URL or environment', async () => {
    const { app } = await withUpstream(() => ({ status: 404 }));

    const response = await create(app);

    expect(response.status).toBe(502);
    expect(response.body.error).toBe('upstream_not_found');
    expect(response.body.causes[0]).toMatch(/YOTI_IDV_API_URL/);
  });

  it('answers 404 for a session Yoti does not know', async () => {
    const { app, upstream } = await withUpstream(() => ({
      status: 404,
      body: { code: 'SESSION_NOT_FOUND', message: 'x' },
    }));

    const response = await request(app.url).get('/api/sessions/abc-123');

    expect(response.status).toBe(404);
    expect(response.body.error).toBe('session_not_found');
    expect(response.body.message).toMatch(/^Yoti has no session abc-123 for this application/);
    expect(upstream.received).toHaveLength(1);
  });

  it('does not retry a create that got a 500', async () => {
    const { app, upstream } = await withUpstream(() => ({
      status: 500,
      body: { code: 'ERR', message: 'boom' },
    }));

    const response = await create(app);

    expect(response.status).toBe(502);
    expect(response.body).toMatchObject({
      error: 'upstream_unavailable',
      upstream: { status: 500, attempts: 1 },
    });
    expect(upstream.received).toHaveLength(1);
  });

  it('retries a read on 5xx, and reports the attempts when it keeps failing', async () => {
    const { app, upstream } = await withUpstream(() => ({ status: 503 }));

    const response = await request(app.url).get('/api/sessions/abc');

    expect(response.status).toBe(502);
    expect(response.body.message).toBe(
      'Yoti answered 503 while reading the session (after 3 attempts); try again later.',
    );
    expect(upstream.received).toHaveLength(3);
    const nonces = upstream.received.map((r) =>
      new URL(r.url, upstream.url).searchParams.get('nonce'),
    );
    expect(new Set(nonces).size).toBe(3);
  });

  it('succeeds when a retried read recovers', async () => {
    const { app } = await withUpstream((_r, n) =>
      n < 3 ? { status: 502 } : { status: 200, body: { session_id: 'abc', state: 'ONGOING' } },
    );

    const response = await request(app.url).get('/api/sessions/abc');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ session_id: 'abc', state: 'ONGOING' });
  });

  it('reports a read timeout after retrying, and a create timeout after one try', async () => {
    const { app, upstream } = await withUpstream(
      () => ({ status: 200, body: {}, delayMs: 1000 }),
      150,
    );

    const read = await request(app.url).get('/api/sessions/abc');
    const reads = upstream.received.length;
    const created = await create(app);

    expect(read.status).toBe(504);
    expect(read.body).toMatchObject({ error: 'upstream_timeout', upstream: { attempts: 3 } });
    expect(reads).toBe(3);
    expect(created.status).toBe(504);
    expect(created.body.message).toBe(
      'Yoti did not answer in time; the session may or may not have been created.',
    );
    expect(upstream.received.length - reads).toBe(1);
  });

  it('reports an unreachable upstream', async () => {
    const { app, upstream } = await withUpstream(() => ({ status: 200 }));
    await upstream.close();

    const response = await create(app);

    expect(response.status).toBe(502);
    expect(response.body.error).toBe('upstream_unreachable');
  });

  it('refuses a 201 without the documented fields', async () => {
    const { app } = await withUpstream(() => ({ status: 201, body: { id: 'x' } }));

    const response = await create(app);

    expect(response.status).toBe(502);
    expect(response.body.error).toBe('upstream_invalid_response');
  });
});

describe('propertyPath', () => {
  it.each([
    ['requested_checks[0].config.manual_check', ['requested_checks', 0, 'config', 'manual_check']],
    ['requested_checks.1.type', ['requested_checks', 1, 'type']],
    ['config.tags["my tag"]', ['config', 'tags', 'my tag']],
    ['$.sdk_config', ['sdk_config']],
    ['', []],
  ])('reads %s', (property, path) => {
    expect(propertyPath(property)).toEqual(path);
  });
});
