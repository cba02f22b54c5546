import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';

const config = { mode: 'local-sandbox', apiBaseUrl: 'http://studio.test/api' } as const;

describe('GET /api/health', () => {
  it('reports status, mode and API base URL from the config', async () => {
    const app = createApp({ config });

    const response = await request(app).get('/api/health');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'ok',
      mode: 'local-sandbox',
      apiBaseUrl: 'http://studio.test/api',
    });
  });
});

describe('unknown API routes', () => {
  it('answer with a JSON 404', async () => {
    const app = createApp({ config });

    const response = await request(app).get('/api/nope');

    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({ error: 'not_found', message: 'No such API route.' });
  });
});

describe('malformed JSON bodies', () => {
  it('get a JSON 400 without a stack trace', async () => {
    const app = createApp({ config });

    const response = await request(app)
      .post('/api/health')
      .set('content-type', 'application/json')
      .send('{"broken":');

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.error).toBe('request_error');
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('static client', () => {
  let staticDir: string;

  beforeAll(() => {
    staticDir = mkdtempSync(join(tmpdir(), 'idv-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<h1>shell</h1>');
    writeFileSync(join(staticDir, 'app.js'), 'console.log(1)');
  });

  afterAll(() => rmSync(staticDir, { recursive: true, force: true }));

  it('serves index.html for client-side routes', async () => {
    const app = createApp({ config, staticDir });

    const response = await request(app).get('/sessions/new');

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toBe('<h1>shell</h1>');
  });

  it('serves built assets as they are', async () => {
    const app = createApp({ config, staticDir });

    const response = await request(app).get('/app.js');

    expect(response.status).toBe(200);
    expect(response.text).toBe('console.log(1)');
  });

  it('keeps a missing asset a 404 instead of the shell', async () => {
    const app = createApp({ config, staticDir });

    const response = await request(app).get('/missing.js');

    expect(response.status).toBe(404);
  });

  it('still answers unknown API routes with JSON', async () => {
    const app = createApp({ config, staticDir });

    const response = await request(app).get('/api/nope');

    expect(response.status).toBe(404);
    expect(response.body.error).toBe('not_found');
  });
});
