import type { KeyObject } from 'node:crypto';
import { signRequest, type SignedRequest } from '../../server/yoti/signed-request';
import type { TestApp } from '../server/helpers';

/** A request to the app's sandbox, signed with `key` (the app's own unless given). */
export function signedFor(
  app: TestApp,
  method: 'GET' | 'POST' | 'DELETE',
  endpoint: string,
  json?: unknown,
  key: KeyObject = app.credentials.privateKey,
): SignedRequest {
  return signRequest({
    baseUrl: `${app.url}/sandbox/idverify/v1`,
    sdkId: app.credentials.sdkId,
    privateKey: key,
    method,
    endpoint,
    json,
  });
}

/** Sends a signed request as it is; returns status and JSON body. */
export async function send(request: SignedRequest): Promise<{ status: number; body: unknown }> {
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
