#!/usr/bin/env node
// Makes sure a system Chromium exists for the browser tests. Playwright's own
// browser download is not used: only Debian packages are reachable in CI.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const DEFAULT_PATH = '/usr/bin/chromium';
const override = process.env.CHROMIUM_PATH;

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

function run(command, args) {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) fail(`"${command} ${args.join(' ')}" exited with ${result.status}`);
}

function hasAptGet() {
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

if (override) {
  if (!existsSync(override)) fail(`CHROMIUM_PATH=${override} does not exist.`);
  console.log(`ensure-chromium: using CHROMIUM_PATH=${override}`);
  process.exit(0);
}

if (existsSync(DEFAULT_PATH)) {
  console.log(`ensure-chromium: found ${DEFAULT_PATH}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !hasAptGet()) {
  fail(
    `no Chromium at ${DEFAULT_PATH}. Install it with "sudo apt-get install chromium", ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

run('apt-get', ['update']);
run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
if (!existsSync(DEFAULT_PATH)) fail(`apt-get finished but ${DEFAULT_PATH} is still missing.`);
console.log(`ensure-chromium: installed ${DEFAULT_PATH}`);
