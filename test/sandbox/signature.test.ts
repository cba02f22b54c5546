import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCredentials, startTestApp, type TestApp } from '../server/helpers';
import { send, signedFor } from './helpers';

const credentials = makeCredentials();
const stranger = makeCredentials();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ credentials });
});
afterAll(() => app.close());

const unauthorized = (message: RegExp) => ({
  status: 401,
  body: { code: 'UNAUTHORIZED', message: expect.stringMatching(message) },
});

describe('sandbox request signatures (reference §11)', () => {
  it('accepts a request signed by the configured application', async () => {
    const result = await send(signedFor(app, 'POST', '/sessions', {}));

    expect(result.status).toBe(201);
  });

  it('answers 401 for a signature made with another key', async () => {
    const result = await send(signedFor(app, 'POST', '/sessions', {}, stranger.privateKey));

    expect(result).toEqual(unauthorized(/signature does not match/));
  });

  it('answers 401 when the body differs from what was signed', async () => {
    const request = signedFor(app, 'POST', '/sessions', { user_tracking_id: 'a' });

    const result = await send({ ...request, body: JSON.stringify({ user_tracking_id: 'b' }) });

    expect(result).toEqual(unauthorized(/signature does not match/));
  });

  it('answers 401 when the query differs from what was signed', async () => {
    const request = signedFor(app, 'GET', '/sessions/abc');

    const result = await send({
      ...request,
      url: request.url.replace('/sessions/abc', '/sessions/abd'),
    });

    expect(result).toEqual(unauthorized(/signature does not match/));
  });

  it('answers 401 for a replayed nonce', async () => {
    const request = signedFor(app, 'POST', '/sessions', {});

    const first = await send(request);
    const replay = await send(request);

    expect(first.status).toBe(201);
    expect(replay).toEqual(unauthorized(/nonce was already used/));
  });

  it('answers 401 for a missing digest or an unknown SDK id', async () => {
    const request = signedFor(app, 'GET', '/sessions/abc');
    const { 'X-Yoti-Auth-Digest': _digest, ...unsigned } = request.headers;

    const missing = await send({ ...request, headers: unsigned });
    const unknown = await send({
      ...request,
      url: request.url.replace(credentials.sdkId, 'someone-else'),
    });

    expect(missing).toEqual(unauthorized(/header is missing/));
    expect(unknown).toEqual(unauthorized(/Unknown SDK id someone-else/));
  });
});

describe('sandbox timestamps', () => {
  it('answers 401 when the timestamp is more than 5 minutes from the sandbox clock', async () => {
    const skewed = await startTestApp({ credentials, now: () => Date.now() + 6 * 60_000 });
    try {
      const result = await send(signedFor(skewed, 'POST', '/sessions', {}));

      expect(result).toEqual(unauthorized(/more than 5 minutes from the server clock/));
    } finally {
      await skewed.close();
    }
  });
});
