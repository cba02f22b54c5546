import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCredentials, startTestApp, type TestApp } from './helpers';

const credentials = makeCredentials();
let staticDir: string;
let app: TestApp;

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'idv-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<h1>shell</h1>');
  writeFileSync(join(staticDir, 'app.js'), 'console.log(1)');
  app = await startTestApp({ credentials, staticDir, config: { publicUrl: 'http://studio.test' } });
});

afterAll(async () => {
  await app.close();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('GET /api/health', () => {
  it('reports status, mode, the API base URL, the IDV API URL and the notification endpoint', async () => {
    const response = await request(app.url).get('/api/health');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'ok',
      mode: 'local-sandbox',
      apiBaseUrl: 'http://studio.test/api',
      idvApiUrl: `${app.url}/sandbox/idverify/v1`,
      notificationEndpoint: 'http://studio.test/api/notifications/yoti',
    });
  });
});

describe('unknown API routes', () => {
  it('answer with a JSON 404', async () => {
    const response = await request(app.url).get('/api/nope');

    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({ error: 'not_found', message: 'No such API route.' });
  });
});

describe('static client', () => {
  it('serves index.html for client-side routes', async () => {
    const response = await request(app.url).get('/sessions/new');

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toBe('<h1>shell</h1>');
  });

  it('serves built assets as they are', async () => {
    const response = await request(app.url).get('/app.js');

    expect(response.status).toBe(200);
    expect(response.text).toBe('console.log(1)');
  });

  it('keeps a missing asset a JSON 404 instead of the shell', async () => {
    const response = await request(app.url).get('/missing.js');

    expect(response.status).toBe(404);
    expect(response.body.error).toBe('not_found');
  });

  it('still answers unknown API routes with JSON', async () => {
    const response = await request(app.url).get('/api/nope');

    expect(response.status).toBe(404);
    expect(response.body.error).toBe('not_found');
  });
});

describe('security headers', () => {
  it('are on every response: CSP for Monaco, MUI and the flow iframe, nosniff, referrer policy', async () => {
    for (const path of ['/api/health', '/', '/sandbox/idverify/v1/web/index.html']) {
      const response = await request(app.url).get(path);

      const csp = String(response.headers['content-security-policy']).split('; ');
      expect(csp).toEqual(
        expect.arrayContaining([
          "script-src 'self'",
          "style-src 'self' 'unsafe-inline'",
          "worker-src 'self' blob:",
          "img-src 'self' data: blob:",
          "connect-src 'self'",
          "frame-ancestors 'self'",
        ]),
      );
      expect(csp.find((d) => d.startsWith('frame-src'))).toMatch(/^frame-src 'self' /);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it("let the flow iframe come from the Yoti API's origin in yoti mode", async () => {
    const yotiApp = await startTestApp({
      credentials,
      settings: {
        mode: 'yoti',
        idvApiUrl: 'https://api.yoti.com/sandbox/idverify/v1',
        launchBase: 'https://api.yoti.com/sandbox/idverify/v1',
      },
    });
    try {
      const response = await request(yotiApp.url).get('/api/health');

      expect(response.headers['content-security-policy']).toContain(
        "frame-src 'self' https://api.yoti.com;",
      );
    } finally {
      await yotiApp.close();
    }
  });
});
