import { generateKeyPairSync, createPublicKey, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type AppDeps } from '../../server/app';
import type { Config } from '../../server/config';
import { createEventBus } from '../../server/events';
import { appSettings, type AppSettings } from '../../server/settings';
import { openDatabase, type Db } from '../../server/store/db';
import type { Credentials } from '../../server/yoti/credentials';

/** A fresh RSA-2048 identity (takes ~100 ms; share one per file). */
export function makeCredentials(sdkId: string = randomUUID()): Credentials {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { sdkId, privateKey, publicKey: createPublicKey(privateKey) };
}

export const baseConfig = (overrides: Partial<Config> = {}): Config => ({
  port: 0,
  dataDir: '(unused)',
  publicUrl: undefined,
  mode: 'local-sandbox',
  apiBaseUrl: '(unused)',
  yoti: undefined,
  sandboxNotifyAllow: [],
  launchRateLimit: 0,
  upstreamTimeoutMs: 2000,
  ...overrides,
});

export type TestApp = {
  url: string;
  server: Server;
  db: Db;
  settings: AppSettings;
  credentials: Credentials;
  logs: string[];
  events: ReturnType<typeof createEventBus>;
  close: () => Promise<void>;
};

export type TestAppOptions = {
  config?: Partial<Config>;
  settings?: Partial<AppSettings>;
  credentials?: Credentials;
  now?: () => number;
  staticDir?: string;
};

/**
 * The app on a real loopback port with a temp data folder, so its IDV client can call its own
 * sandbox (local mode) or a fake upstream (settings.idvApiUrl).
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'idv-test-'));
  const db = openDatabase(dataDir);
  const credentials = options.credentials ?? makeCredentials();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const settings = {
    ...appSettings(baseConfig(options.config), port),
    readRetryDelaysMs: [10, 10],
    ...options.settings,
  };
  const logs: string[] = [];
  const events = createEventBus();
  const deps: AppDeps = {
    settings,
    credentials,
    db,
    events,
    log: (line) => logs.push(line),
    ...(options.now ? { now: options.now } : {}),
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
  };
  server.on('request', createApp(deps));
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    db,
    settings,
    credentials,
    logs,
    events,
    close: async () => {
      events.closeAll();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A request as a fake upstream or receiver saw it. */
export type Received = {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
};

/** A bare HTTP server that records requests and answers with `respond`. */
export async function startRecorder(
  respond: (
    request: Received,
    count: number,
  ) => { status: number; body?: unknown; delayMs?: number },
) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      const answer = respond(request, received.length);
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(
          answer.status,
          answer.body === undefined ? {} : { 'content-type': 'application/json' },
        );
        res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A small valid spec that subscribes to notifications at `endpoint`. */
export function notifyingSpec(
  endpoint: string,
  auth: { auth_type?: 'BASIC' | 'BEARER'; auth_token?: string } = {},
) {
  return {
    requested_checks: [
      { type: 'ID_DOCUMENT_AUTHENTICITY', config: { manual_check: 'NEVER' } },
      { type: 'LIVENESS', config: { liveness_type: 'STATIC', max_retries: 3 } },
    ],
    requested_tasks: [
      { type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'FALLBACK' } },
    ],
    notifications: {
      endpoint,
      topics: ['RESOURCE_UPDATE', 'TASK_COMPLETION', 'CHECK_COMPLETION', 'SESSION_COMPLETION'],
      ...auth,
    },
  };
}
