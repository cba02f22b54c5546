/**
 * Launch throughput and latency of POST /api/sessions against the local sandbox, on loopback.
 *
 * - Cost floor: raw RSA-2048 signatures per second on one core (crypto.sign with a parsed key).
 *   Each launch costs one signature (our client) plus one verification (the sandbox; ~40x cheaper).
 * - Throughput: a fixed number of launches through the real server (a child process, rate limit
 *   off), concurrency 4. Goal: at least half the raw signing rate.
 * - Latency: sequential launches through Studio vs. straight to the sandbox with the official SDK,
 *   interleaved. Goal: under 15% added median latency.
 */
import { spawn } from 'node:child_process';
import { createPrivateKey, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import yoti from 'yoti';
import { signRequest } from '../server/yoti/signed-request';

const LAUNCHES = 2000;
const CONCURRENCY = 4;
const LATENCY_SAMPLES = 300;
const TIME_LIMIT_MS = 60_000;
const ROOT = path.resolve(import.meta.dirname, '..');

const SPEC = {
  client_session_token_ttl: 900,
  resources_ttl: 90000,
  user_tracking_id: 'bench',
  requested_checks: [
    { type: 'ID_DOCUMENT_AUTHENTICITY', config: { manual_check: 'FALLBACK' } },
    { type: 'LIVENESS', config: { liveness_type: 'STATIC', max_retries: 3 } },
    { type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'FALLBACK' } },
  ],
  requested_tasks: [
    { type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'FALLBACK' } },
  ],
  sdk_config: { allowed_capture_methods: 'CAMERA', primary_colour: '#2d9fff', locale: 'en-GB' },
  required_documents: [{ type: 'ID_DOCUMENT' }],
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Signatures per second on this core for ~1.5 s. */
function signingRate(key: Parameters<typeof sign>[2]): number {
  const message = Buffer.from(
    `POST&/sessions?sdkId=x&nonce=y&timestamp=1&${Buffer.from(JSON.stringify(SPEC)).toString('base64')}`,
  );
  for (let i = 0; i < 50; i++) sign('sha256', message, key);
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < 1500) {
    sign('sha256', message, key);
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'idv-bench-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LAUNCH_RATE_LIMIT: '0' },
    stdio: 'ignore',
  });
  try {
    for (let waited = 0; ; waited += 100) {
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (waited > 30_000 || child.exitCode !== null) throw new Error('the server did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const pem = readFileSync(path.join(dataDir, 'sandbox-key.pem'), 'utf8');
    const sdkId = readFileSync(path.join(dataDir, 'sandbox-sdk-id'), 'utf8').trim();
    const key = createPrivateKey(pem);
    const sandbox = `${base}/sandbox/idverify/v1`;

    const viaStudio = async () => {
      const response = await fetch(`${base}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ spec: SPEC }),
      });
      if (response.status !== 201) throw new Error(`launch answered ${response.status}`);
      await response.arrayBuffer();
    };
    /** Straight to the sandbox: the SDK's RequestBuilder + Payload signing, sent with fetch. */
    const direct = (parsedKey: boolean) => async () => {
      const request = parsedKey
        ? signRequest({
            baseUrl: sandbox,
            sdkId,
            privateKey: key,
            method: 'POST',
            endpoint: '/sessions',
            json: SPEC,
          })
        : (() => {
            const built = new yoti.RequestBuilder()
              .withBaseUrl(sandbox)
              .withPemString(pem)
              .withEndpoint('/sessions')
              .withQueryParam('sdkId', sdkId)
              .withPost()
              .withPayload(new yoti.Payload(SPEC))
              .build();
            return { url: built.getUrl(), headers: built.getHeaders(), body: JSON.stringify(SPEC) };
          })();
      const response = await fetch(request.url, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
      });
      if (response.status !== 201) throw new Error(`sandbox answered ${response.status}`);
      await response.arrayBuffer();
    };
    const idvClient = new yoti.IDVClient(sdkId, pem, { apiUrl: sandbox });
    const sdkSpec = new yoti.SessionSpecificationBuilder()
      .withClientSessionTokenTtl(900)
      .withResourcesTtl(90000)
      .withUserTrackingId('bench')
      .withRequestedCheck(
        new yoti.RequestedDocumentAuthenticityCheckBuilder().withManualCheckFallback().build(),
      )
      .withRequestedCheck(
        new yoti.RequestedLivenessCheckBuilder().forStaticLiveness().withMaxRetries(3).build(),
      )
      .withRequestedCheck(
        new yoti.RequestedFaceMatchCheckBuilder().withManualCheckFallback().build(),
      )
      .withRequestedTask(
        new yoti.RequestedTextExtractionTaskBuilder().withManualCheckFallback().build(),
      )
      .build();
    const viaIdvClient = async () => {
      await idvClient.createSession(sdkSpec);
    };

    // Warm-up: JIT, connections, SQLite pages.
    for (let i = 0; i < 100; i++) await Promise.all([viaStudio(), direct(true)(), direct(false)()]);

    const rawRate = signingRate(key);
    const pemRate = signingRate(pem);

    let started = 0;
    let done = 0;
    const deadline = performance.now() + TIME_LIMIT_MS;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (started < LAUNCHES && performance.now() < deadline) {
          started++;
          await viaStudio();
          done++;
        }
      }),
    );
    const launchRate = done / ((performance.now() - t0) / 1000);

    const variants = {
      studio: viaStudio,
      directParsed: direct(true),
      directPem: direct(false),
      idvClient: viaIdvClient,
    };
    const samples: Record<keyof typeof variants, number[]> = {
      studio: [],
      directParsed: [],
      directPem: [],
      idvClient: [],
    };
    for (let i = 0; i < LATENCY_SAMPLES && performance.now() < deadline + TIME_LIMIT_MS; i++)
      for (const [name, run] of Object.entries(variants) as [
        keyof typeof variants,
        () => Promise<void>,
      ][]) {
        const t = performance.now();
        await run();
        samples[name].push(performance.now() - t);
      }
    const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) as Record<
      keyof typeof variants,
      number
    >;
    const added = (vs: number) => `${(((m.studio - vs) / vs) * 100).toFixed(1)}%`;

    console.log(
      `raw RSA-2048 signing, one core:     ${rawRate.toFixed(0)}/s (parsed key; ${pemRate.toFixed(0)}/s re-parsing the PEM each time, as the SDK does given PEM text)`,
    );
    console.log(
      `launches through POST /api/sessions: ${launchRate.toFixed(0)}/s (${done} launches, concurrency ${CONCURRENCY}) = ${((launchRate / rawRate) * 100).toFixed(0)}% of the raw signing rate (goal >= 50%)`,
    );
    console.log(`median latency, sequential, n=${samples.studio.length} each:`);
    console.log(`  through Studio (POST /api/sessions):                 ${ms(m.studio)}`);
    console.log(
      `  direct, RequestBuilder with the parsed key + fetch:  ${ms(m.directParsed)}  -> Studio adds ${added(m.directParsed)} (goal < 15%)`,
    );
    console.log(
      `  direct, RequestBuilder with PEM text + fetch:        ${ms(m.directPem)}  -> Studio adds ${added(m.directPem)}`,
    );
    console.log(
      `  direct, IDVClient.createSession (PEM text, superagent): ${ms(m.idvClient)}  -> Studio adds ${added(m.idvClient)}`,
    );
  } finally {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
