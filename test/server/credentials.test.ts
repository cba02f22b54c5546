import { generateKeyPairSync } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loadCredentials,
  SANDBOX_KEY_FILE,
  SANDBOX_SDK_ID_FILE,
} from '../../server/yoti/credentials';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'idv-keys-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const yotiWith = (file: string) => ({
  dataDir: dir,
  yoti: { sdkId: 'sdk-1', keyFilePath: file, idvApiUrl: 'https://api.yoti.com/idverify/v1' },
});

describe('loadCredentials in yoti mode', () => {
  it('reads an RSA PEM key and derives its public key', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const file = join(dir, 'app.pem');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));

    const result = loadCredentials(yotiWith(file));

    expect(result.ok).toBe(true);
    expect(result.ok && result.credentials.sdkId).toBe('sdk-1');
    expect(result.ok && result.credentials.publicKey.asymmetricKeyType).toBe('rsa');
  });

  it('fails with one line for a missing file', () => {
    const file = join(dir, 'missing.pem');

    expect(loadCredentials(yotiWith(file))).toEqual({
      ok: false,
      problem: `YOTI_KEY_FILE_PATH: ${file} does not exist`,
    });
  });

  it('fails with one line for a folder', () => {
    mkdirSync(join(dir, 'folder'));

    expect(loadCredentials(yotiWith(join(dir, 'folder')))).toEqual({
      ok: false,
      problem: `YOTI_KEY_FILE_PATH: ${join(dir, 'folder')} is a folder, not a key file`,
    });
  });

  it('fails for a broken PEM without echoing its content', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const broken = pem.slice(0, 200) + pem.slice(260);
    const file = join(dir, 'broken.pem');
    writeFileSync(file, broken);

    const result = loadCredentials(yotiWith(file));

    expect(result).toEqual({
      ok: false,
      problem: `YOTI_KEY_FILE_PATH: ${file} is not a PEM private key (expected the .pem file downloaded from Yoti Hub)`,
    });
    expect(JSON.stringify(result)).not.toContain(broken.split('\n')[1]!.slice(0, 20));
  });

  it('refuses a key that is not RSA', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const file = join(dir, 'ec.pem');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));

    expect(loadCredentials(yotiWith(file))).toEqual({
      ok: false,
      problem: `YOTI_KEY_FILE_PATH: ${file} holds an EC key; Yoti application keys are RSA`,
    });
  });

  it('refuses a public key or an encrypted key', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pub = join(dir, 'public.pem');
    const enc = join(dir, 'encrypted.pem');
    writeFileSync(pub, publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(
      enc,
      privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }),
    );

    expect(loadCredentials(yotiWith(pub))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/is not a PEM private key/),
    });
    expect(loadCredentials(yotiWith(enc))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/is encrypted with a passphrase/),
    });
  });
});

describe('loadCredentials in local-sandbox mode', () => {
  it('generates a private key (mode 0600) and an SDK id on first start, and reuses them', () => {
    const first = loadCredentials({ dataDir: dir, yoti: undefined });
    const keyFile = join(dir, SANDBOX_KEY_FILE);

    expect(first.ok).toBe(true);
    expect(existsSync(keyFile)).toBe(true);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const sdkId = readFileSync(join(dir, SANDBOX_SDK_ID_FILE), 'utf8').trim();
    expect(first.ok && first.credentials.sdkId).toBe(sdkId);

    const second = loadCredentials({ dataDir: dir, yoti: undefined });
    expect(second.ok && second.credentials.sdkId).toBe(sdkId);
    expect(
      second.ok && first.ok && second.credentials.publicKey.export({ type: 'spki', format: 'der' }),
    ).toEqual(first.ok && first.credentials.publicKey.export({ type: 'spki', format: 'der' }));
  });
});
