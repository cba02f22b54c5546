/** A fetch stub for API-client tests: one canned answer, and the requests it received. */
import { afterEach, vi } from 'vitest';

export type Call = { url: string; method: string; headers?: Record<string, string>; body?: string };

/** Stubs fetch with one answer; records each request (with its headers when `headers` is set). */
export function answer(status: number, body: unknown, { headers = false } = {}): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
    calls.push({
      url,
      method: init.method ?? 'GET',
      ...(headers ? { headers: init.headers as Record<string, string> } : {}),
      ...(typeof init.body === 'string' ? { body: init.body } : {}),
    });
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});
