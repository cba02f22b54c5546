/** A local stand-in for the IDV API that checks request signatures, and helpers to run snippets. */
import { execFile } from 'node:child_process';
import { createVerify, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Received {
  url: string;
  body: Buffer;
  headers: Record<string, string | string[] | undefined>;
  signatureValid: boolean;
}

/** Key pair, temp dir with the PEM and a `node_modules/yoti` link, and the signing server. */
export async function startHarness() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const dir = mkdtempSync(path.join(tmpdir(), 'idv-codegen-'));
  const keyFile = path.join(dir, 'key.pem');
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs1', format: 'pem' }));
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(
    path.resolve(import.meta.dirname, '../../node_modules/yoti'),
    path.join(dir, 'node_modules/yoti'),
  );
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const message = `${req.method}&${req.url}&${body.toString('base64')}`;
      const digest = String(req.headers['x-yoti-auth-digest'] ?? '');
      const signatureValid = createVerify('RSA-SHA256')
        .update(message)
        .verify(publicKey, digest, 'base64');
      received.push({ url: req.url ?? '', body, headers: req.headers, signatureValid });
      res.writeHead(signatureValid ? 201 : 401, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify(
          signatureValid
            ? {
                session_id: 'sess-123',
                client_session_token: 'tok-456',
                client_session_token_ttl: 600,
              }
            : { code: 'UNAUTHORIZED' },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const env = { ...process.env, YOTI_KEY_FILE_PATH: keyFile, YOTI_IDV_API_URL: url };
  return {
    dir,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    /** Writes `code` to `file` in the temp dir and runs it with `command` as SDK ID `sdkId`. */
    run(command: string, file: string, code: string, sdkId: string) {
      const target = path.join(dir, file);
      writeFileSync(target, code);
      return new Promise<{ code: number; stdout: string; stderr: string; request?: Received }>(
        (resolve) =>
          execFile(
            command,
            [target],
            { cwd: dir, env: { ...env, YOTI_CLIENT_SDK_ID: sdkId }, timeout: 30_000 },
            (err, stdout, stderr) =>
              resolve({
                code: err ? ((err as { code?: number }).code ?? 1) : 0,
                stdout,
                stderr,
                request: received.find((r) => r.url.includes(`sdkId=${sdkId}&`)),
              }),
          ),
      );
    },
  };
}
