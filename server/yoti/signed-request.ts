import type { KeyObject } from 'node:crypto';
import yoti from 'yoti';

const { RequestBuilder, Payload } = yoti;

/** A request signed by the official SDK, ready to send as is. */
export type SignedRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Exactly the bytes that were signed, or undefined when there is no body. */
  body: string | undefined;
};

export type SignOptions = {
  baseUrl: string;
  sdkId: string;
  privateKey: KeyObject;
  method: 'GET' | 'POST' | 'DELETE';
  endpoint: string;
  /** A JSON value; the SDK's Payload serializes it with JSON.stringify, key order kept. */
  json?: unknown;
};

/**
 * Builds and signs a request with the SDK's RequestBuilder and Payload (reference §11): nonce,
 * millisecond timestamp and `X-Yoti-Auth-Digest` over `METHOD&/path?query[&base64(body)]`.
 *
 * The key is passed as a parsed KeyObject: RequestBuilder hands `pem` straight to
 * `crypto.createSign().sign()`, which accepts one, so the PEM is not re-parsed for every request
 * (re-parsing costs three times the signature itself). test/server/signing.test.ts pins this.
 */
export function signRequest(options: SignOptions): SignedRequest {
  const builder = new RequestBuilder()
    .withBaseUrl(options.baseUrl)
    .withPemString(options.privateKey as unknown as string)
    .withEndpoint(options.endpoint)
    .withQueryParam('sdkId', options.sdkId)
    .withMethod(options.method);
  const payload = options.json === undefined ? undefined : new Payload(options.json);
  if (payload) builder.withPayload(payload);
  const request = builder.build();
  const body = payload?.getPayloadData();
  return {
    method: options.method,
    url: request.getUrl(),
    headers: request.getHeaders(),
    body: typeof body === 'string' ? body : body?.toString('utf8'),
  };
}
