import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yoti from 'yoti';
import { serializeSpec, validateSpec } from '../../src/spec/index';
import { createIdvClient } from '../../server/yoti/client';
import { signRequest } from '../../server/yoti/signed-request';
import { startRecorder } from './helpers';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const credentials = { sdkId: 'a1b2c3d4-sdk', privateKey, publicKey };

const specInput = {
  client_session_token_ttl: 900,
  requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'STATIC', max_retries: 3 } }],
  sdk_config: { locale: 'en-GB', primary_colour: '#2d9fff' },
};

let upstream: Awaited<ReturnType<typeof startRecorder>>;
beforeAll(async () => {
  upstream = await startRecorder(() => ({
    status: 201,
    body: { session_id: 's-1', client_session_token: 't-1', client_session_token_ttl: 900 },
  }));
});
afterAll(() => upstream.close());

describe('request signing (reference §11)', () => {
  it('signs METHOD&/path?query&base64(body) with the app key, as received upstream', async () => {
    const spec = validateSpec(specInput).spec!;
    const client = createIdvClient({
      baseUrl: `${upstream.url}/idverify/v1`,
      credentials,
      timeoutMs: 2000,
    });
    const before = Date.now();

    await client.createSession(spec);

    const request = upstream.received.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.url).toMatch(
      /^\/idverify\/v1\/sessions\?sdkId=a1b2c3d4-sdk&nonce=[0-9a-f-]{36}&timestamp=\d{13}$/,
    );
    const timestamp = Number(new URL(request.url, upstream.url).searchParams.get('timestamp'));
    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(timestamp).toBeLessThanOrEqual(Date.now());
    // The body is our canonical spec, exactly: serializeSpec's JSON without the indentation.
    expect(request.body).toBe(JSON.stringify(JSON.parse(serializeSpec(spec))));
    const signed = `POST&${request.url.replace('/idverify/v1', '')}&${Buffer.from(request.body).toString('base64')}`;
    const digest = Buffer.from(String(request.headers['x-yoti-auth-digest']), 'base64');
    expect(verify('RSA-SHA256', Buffer.from(signed), createPublicKey(pem), digest)).toBe(true);
    expect(request.headers).toMatchObject({
      'content-type': 'application/json',
      accept: 'application/json',
      'x-yoti-sdk': 'Node',
      'x-yoti-sdk-version': 'Node-4.13.2',
    });
  });

  it('signs a body-less GET as METHOD&/path?query only', async () => {
    const client = createIdvClient({ baseUrl: upstream.url, credentials, timeoutMs: 2000 });

    await client.getSession('s-1').catch(() => undefined);

    const request = upstream.received.at(-1)!;
    expect(request.method).toBe('GET');
    expect(request.body).toBe('');
    const digest = Buffer.from(String(request.headers['x-yoti-auth-digest']), 'base64');
    expect(verify('RSA-SHA256', Buffer.from(`GET&${request.url}`), publicKey, digest)).toBe(true);
  });

  it('gives the same signature from the parsed key as the SDK gives from the PEM text', () => {
    const request = signRequest({
      baseUrl: 'https://api.yoti.com/idverify/v1',
      sdkId: 'sdk',
      privateKey,
      method: 'POST',
      endpoint: '/sessions',
      json: { a: 1 },
    });
    const path = request.url.replace('https://api.yoti.com/idverify/v1', '');
    const message = `POST&${path}&${Buffer.from(request.body!).toString('base64')}`;

    const fromPem = yoti.internals.YotiCommon.getRSASignatureForMessage(message, pem);

    expect(request.headers['X-Yoti-Auth-Digest']).toBe(fromPem);
  });

  it('uses a new nonce for every request', () => {
    const sign = () =>
      new URL(
        signRequest({
          baseUrl: 'https://x.test',
          sdkId: 's',
          privateKey,
          method: 'GET',
          endpoint: '/sessions/1',
        }).url,
      ).searchParams.get('nonce');

    expect(sign()).not.toBe(sign());
  });
});
