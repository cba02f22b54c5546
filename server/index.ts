import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import { loadConfig } from './config';
import { createEventBus } from './events';
import { batchedLog } from './http/log';
import { appSettings } from './settings';
import { openDatabase, type Db } from './store/db';
import { loadCredentials } from './yoti/credentials';

/** Start-up problems are one line on stderr, never a stack trace. */
function fail(problem: string): never {
  console.error(`Start-up failed: ${problem}`);
  process.exit(1);
}

const config = loadConfig();
const loaded = loadCredentials(config);
if (!loaded.ok) fail(loaded.problem);
let db: Db;
try {
  db = openDatabase(config.dataDir);
} catch (error) {
  const code = (error as { code?: unknown }).code;
  fail(
    `DATA_DIR: cannot open the database in ${config.dataDir} (${typeof code === 'string' ? code : (error as Error).message})`,
  );
}

const distDir = fileURLToPath(new URL('../dist', import.meta.url));
// In `npm run dev` Vite serves the client, so dist/ may legitimately be absent.
const staticDir = existsSync(`${distDir}/index.html`) ? distDir : undefined;
const events = createEventBus();
const log = batchedLog((text) => process.stdout.write(text));
const server = createServer();

server.once('error', (error: NodeJS.ErrnoException) =>
  fail(`PORT: cannot listen on port ${config.port} (${error.code ?? error.message})`),
);
// The app is built once the port is known: in local-sandbox mode its IDV client calls this port.
server.listen(config.port, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const settings = appSettings(config, port);
  server.on(
    'request',
    createApp({
      settings,
      credentials: loaded.credentials,
      db,
      events,
      staticDir,
      log,
    }),
  );
  const mode = config.mode === 'yoti' ? `Yoti at ${settings.idvApiUrl}` : 'local sandbox';
  console.log(`IDV Session Studio listening on http://localhost:${port} (${mode})`);
});

function shutdown(signal: NodeJS.Signals): void {
  log.flush();
  console.log(`${signal} received, shutting down`);
  events.closeAll();
  server.close(() => {
    db.close();
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 5000).unref();
}

process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
