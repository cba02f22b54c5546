#!/usr/bin/env node
// `npm run dev`: the API in tsx watch mode on 8081 and the Vite dev server,
// which proxies /api and /sandbox to it. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

const API_PORT = '8081';
const children = [];
let stopping = false;

function start(name, command, args, env = {}) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`dev: ${name} exited (${signal ?? code}); stopping the rest`);
      stop('SIGTERM', code ?? 1);
    }
  });
  children.push(child);
}

function stop(signal, exitCode = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
  setTimeout(() => process.exit(exitCode), 3000).unref();
  Promise.all(children.map((c) => c.exitCode ?? new Promise((r) => c.once('exit', r)))).then(() =>
    process.exit(exitCode),
  );
}

// The browser talks to Vite (which proxies /api and /sandbox), so that is the app's public origin:
// launch URLs, the notification endpoint and the same-origin check all use it.
start('api', bin('tsx'), ['watch', '--clear-screen=false', 'server/index.ts'], {
  PORT: API_PORT,
  PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:5173',
});
start('vite', bin('vite'), []);

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
