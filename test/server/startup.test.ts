import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'idv-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: join(dir, 'data'), ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe('start-up with a bad key', () => {
  it('stops with one clear line for a broken PEM, never a stack trace or the key', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const file = join(dir, 'broken.pem');
    writeFileSync(file, pem.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!'));

    const result = start({ YOTI_CLIENT_SDK_ID: 'sdk', YOTI_KEY_FILE_PATH: file });

    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `Start-up failed: YOTI_KEY_FILE_PATH: ${file} is not a PEM private key (expected the .pem file downloaded from Yoti Hub)\n`,
    );
    expect(result.stdout).toBe('');
  });

  it('stops with one clear line for a key that is not RSA', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const file = join(dir, 'ed25519.pem');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));

    const result = start({ YOTI_CLIENT_SDK_ID: 'sdk', YOTI_KEY_FILE_PATH: file });

    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `Start-up failed: YOTI_KEY_FILE_PATH: ${file} holds an ED25519 key; Yoti application keys are RSA\n`,
    );
  });
});
