import { z } from 'zod';
import type { SessionSpec } from '../../src/spec/index';
import { send, SendError, type Answer } from '../http/send';
import type { Credentials } from './credentials';
import { signRequest, type SignOptions } from './signed-request';

export type Operation = 'create' | 'get' | 'delete';

/** Why an upstream call failed; mapped to an API error in upstream-errors.ts. */
export class UpstreamError extends Error {
  constructor(
    readonly operation: Operation,
    readonly kind: 'status' | 'timeout' | 'network' | 'invalid_response',
    readonly attempts: number,
    readonly status?: number,
    readonly body?: unknown,
  ) {
    super(`upstream ${operation} failed: ${kind}${status ? ` ${status}` : ''}`);
    this.name = 'UpstreamError';
  }
}

const createdSchema = z.object({
  session_id: z.string().min(1),
  client_session_token: z.string().min(1),
  client_session_token_ttl: z.number().int(),
});
export type CreatedSession = z.infer<typeof createdSchema>;

export type IdvClientOptions = {
  baseUrl: string;
  credentials: Credentials;
  timeoutMs: number;
  /** Pauses before each retry of a read; reads are tried `length + 1` times. */
  readRetryDelaysMs?: readonly number[];
};

/** The IDV calls Studio makes, signed by the official SDK and sent over keep-alive HTTP(S). */
export function createIdvClient(options: IdvClientOptions) {
  const { baseUrl, credentials, timeoutMs } = options;
  const retryDelays = options.readRetryDelaysMs ?? [250, 1000];

  /** One attempt: sign afresh (new nonce and timestamp), send, read the JSON answer. */
  async function attempt(
    operation: Operation,
    sign: Omit<SignOptions, 'baseUrl' | 'sdkId' | 'privateKey'>,
    attempts: number,
  ) {
    const request = signRequest({
      ...sign,
      baseUrl,
      sdkId: credentials.sdkId,
      privateKey: credentials.privateKey,
    });
    let answer: Answer;
    try {
      answer = await send(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        timeoutMs,
      });
    } catch (error) {
      const kind = error instanceof SendError ? error.kind : 'network';
      throw new UpstreamError(operation, kind, attempts);
    }
    let body: unknown;
    try {
      body = answer.text ? JSON.parse(answer.text) : undefined;
    } catch {
      body = undefined;
    }
    if (answer.status < 200 || answer.status >= 300)
      throw new UpstreamError(operation, 'status', attempts, answer.status, body);
    return body;
  }

  /** Reads are retried on timeouts, network errors and 5xx; writes are tried once. */
  async function withRetries<T>(
    operation: Operation,
    run: (attempts: number) => Promise<T>,
  ): Promise<T> {
    for (let n = 1; ; n++) {
      try {
        return await run(n);
      } catch (error) {
        const retryable =
          error instanceof UpstreamError &&
          (error.kind !== 'status' || (error.status ?? 0) >= 500) &&
          error.kind !== 'invalid_response';
        const pause = retryDelays[n - 1];
        if (!retryable || pause === undefined) throw error;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  return {
    /** POST /sessions with the spec's canonical JSON as the body. */
    async createSession(spec: SessionSpec): Promise<CreatedSession> {
      const body = await attempt(
        'create',
        { method: 'POST', endpoint: '/sessions', json: spec },
        1,
      );
      const parsed = createdSchema.safeParse(body);
      if (!parsed.success) throw new UpstreamError('create', 'invalid_response', 1, 201, body);
      return parsed.data;
    },
    /** GET /sessions/{id}: the session result, as Yoti sends it. */
    getSession(sessionId: string): Promise<unknown> {
      return withRetries('get', async (n) => {
        const body = await attempt('get', { method: 'GET', endpoint: `/sessions/${sessionId}` }, n);
        if (typeof body !== 'object' || body === null || Array.isArray(body))
          throw new UpstreamError('get', 'invalid_response', n, 200, body);
        return body;
      });
    },
    /** DELETE /sessions/{id}: the session and all its media. */
    async deleteSession(sessionId: string): Promise<void> {
      await attempt('delete', { method: 'DELETE', endpoint: `/sessions/${sessionId}` }, 1);
    },
  };
}

export type IdvClient = ReturnType<typeof createIdvClient>;
