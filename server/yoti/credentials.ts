import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';

/** The application identity requests are signed with. The PEM text is not kept. */
export type Credentials = { sdkId: string; privateKey: KeyObject; publicKey: KeyObject };

export type CredentialsResult =
  { ok: true; credentials: Credentials } | { ok: false; problem: string };

/** Files the local sandbox keeps in DATA_DIR. */
export const SANDBOX_KEY_FILE = 'sandbox-key.pem';
export const SANDBOX_SDK_ID_FILE = 'sandbox-sdk-id';

/**
 * Reads the Yoti key (yoti mode) or the local sandbox key, generating the sandbox key pair and SDK
 * id on first start. Problems come back as one line that names the file, never its content.
 */
export function loadCredentials(config: Pick<Config, 'yoti' | 'dataDir'>): CredentialsResult {
  if (config.yoti) {
    const key = readPrivateKey(config.yoti.keyFilePath, 'YOTI_KEY_FILE_PATH');
    return key.ok ? { ok: true, credentials: withPublic(config.yoti.sdkId, key.key) } : key;
  }
  const keyPath = path.join(config.dataDir, SANDBOX_KEY_FILE);
  const idPath = path.join(config.dataDir, SANDBOX_SDK_ID_FILE);
  try {
    if (!existsSync(keyPath)) {
      mkdirSync(config.dataDir, { recursive: true });
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      writeFileSync(keyPath, privateKey.export({ type: 'pkcs1', format: 'pem' }), { mode: 0o600 });
      chmodSync(keyPath, 0o600);
      writeFileSync(idPath, `${randomUUID()}\n`);
    }
    const sdkId = readFileSync(idPath, 'utf8').trim();
    if (!sdkId)
      return {
        ok: false,
        problem: `DATA_DIR: ${idPath} is empty; delete it and ${keyPath} to start afresh`,
      };
    const key = readPrivateKey(keyPath, 'DATA_DIR');
    return key.ok ? { ok: true, credentials: withPublic(sdkId, key.key) } : key;
  } catch (error) {
    return {
      ok: false,
      problem: `DATA_DIR: cannot set up the local sandbox key in ${config.dataDir} (${codeOf(error)})`,
    };
  }
}

function withPublic(sdkId: string, privateKey: KeyObject): Credentials {
  return { sdkId, privateKey, publicKey: createPublicKey(privateKey) };
}

type KeyResult = { ok: true; key: KeyObject } | { ok: false; problem: string };

/** Reads and checks a PEM private key; error texts never include the file's content. */
export function readPrivateKey(file: string, variable: string): KeyResult {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    const why: Record<string, string> = {
      ENOENT: 'does not exist',
      EACCES: 'cannot be read (permission denied)',
      EISDIR: 'is a folder, not a key file',
    };
    return {
      ok: false,
      problem: `${variable}: ${file} ${why[codeOf(error)] ?? `cannot be read (${codeOf(error)})`}`,
    };
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (error) {
    const encrypted =
      codeOf(error) === 'ERR_MISSING_PASSPHRASE' ||
      /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(pem);
    return {
      ok: false,
      problem: encrypted
        ? `${variable}: ${file} is encrypted with a passphrase; use the unencrypted PEM from Yoti Hub`
        : `${variable}: ${file} is not a PEM private key (expected the .pem file downloaded from Yoti Hub)`,
    };
  }
  if (key.asymmetricKeyType !== 'rsa')
    return {
      ok: false,
      problem: `${variable}: ${file} holds an ${key.asymmetricKeyType?.toUpperCase() ?? 'unknown'} key; Yoti application keys are RSA`,
    };
  return { ok: true, key };
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown error';
}
