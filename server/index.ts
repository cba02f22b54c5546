import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import { loadConfig } from './config';

const config = loadConfig();
const distDir = fileURLToPath(new URL('../dist', import.meta.url));
// In `npm run dev` Vite serves the client, so dist/ may legitimately be absent.
const staticDir = existsSync(`${distDir}/index.html`) ? distDir : undefined;
const app = createApp({ config, staticDir });

const server = app.listen(config.port, (error?: Error) => {
  if (error) {
    console.error(`Could not listen on port ${config.port}: ${error.message}`);
    process.exit(1);
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`IDV Session Studio listening on http://localhost:${port}`);
});

function shutdown(signal: NodeJS.Signals): void {
  console.log(`${signal} received, shutting down`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 5000).unref();
}

process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
