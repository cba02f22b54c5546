import { z } from 'zod';
import { finding, type Finding } from '../../src/spec/index';
import { ApiError } from '../http/errors';
import type { Operation, UpstreamError } from './client';

const yotiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  errors: z
    .array(z.object({ property: z.string().optional(), message: z.string().optional() }))
    .optional(),
});

/**
 * Turns a Yoti property (`requested_checks[0].config.manual_check`, `sdk_config.locale`,
 * `requested_checks.0.type`, `tags["my tag"]`) into a JSON path array.
 */
export function propertyPath(property: string): (string | number)[] {
  const path: (string | number)[] = [];
  const token = /\["((?:[^"\\]|\\.)*)"\]|\[(\d+)\]|([^.[\]]+)/g;
  for (const match of property.replace(/^\$\.?/, '').matchAll(token)) {
    const [, quoted, index, word] = match;
    if (quoted !== undefined) path.push(JSON.parse(`"${quoted}"`) as string);
    else if (index !== undefined) path.push(Number(index));
    else if (word !== undefined) path.push(/^\d+$/.test(word) ? Number(word) : word);
  }
  return path;
}

const AUTH_CAUSES = [
  'YOTI_CLIENT_SDK_ID is not the SDK id of the Yoti Hub application the key belongs to.',
  'YOTI_KEY_FILE_PATH holds a key from another application, or the key was regenerated in Yoti Hub.',
  'A sandbox application is used against the production URL or the other way round: check YOTI_IDV_API_URL (sandbox: https://api.yoti.com/sandbox/idverify/v1).',
  "The server's clock is off: the signed timestamp must be close to Yoti's time (sync it with NTP).",
];

const NOT_FOUND_CAUSES = [
  'YOTI_IDV_API_URL does not point at the IDV API (it normally ends in /idverify/v1).',
  'The SDK id is unknown to this environment: sandbox applications work only against the sandbox URL.',
];

const WHAT: Record<Operation, string> = {
  create: 'creating the session',
  get: 'reading the session',
  delete: 'deleting the session',
};

/** Maps an upstream failure to the API error Studio answers with; never passes Yoti's raw answer on. */
export function upstreamToApiError(error: UpstreamError, sessionId?: string): ApiError {
  const { operation, kind, status, attempts } = error;
  const parsed = yotiErrorSchema.safeParse(error.body);
  const yotiError = parsed.success ? parsed.data : undefined;
  const upstream = {
    status: status ?? null,
    code: yotiError?.code ?? null,
    message: yotiError?.message ?? null,
    attempts,
  };
  const tries = attempts > 1 ? ` (after ${attempts} attempts)` : '';
  if (kind === 'timeout')
    return new ApiError(
      504,
      'upstream_timeout',
      operation === 'create'
        ? 'Yoti did not answer in time; the session may or may not have been created.'
        : `Yoti did not answer in time while ${WHAT[operation]}${tries}.`,
      { upstream },
    );
  if (kind === 'network')
    return new ApiError(
      502,
      'upstream_unreachable',
      `Could not reach the IDV API while ${WHAT[operation]}${tries}.`,
      { upstream },
    );
  if (kind === 'invalid_response')
    return new ApiError(
      502,
      'upstream_invalid_response',
      `The IDV API gave an answer Studio does not understand while ${WHAT[operation]}.`,
      { upstream },
    );
  if (status === 400 && yotiError)
    return new ApiError(
      422,
      'upstream_rejected',
      `Yoti rejected the spec: ${yotiError.code} - ${yotiError.message}`,
      {
        findings: upstreamFindings(yotiError),
        upstream,
      },
    );
  if (status === 401 || status === 403)
    return new ApiError(
      502,
      'upstream_auth',
      `Yoti refused the signed request (${status}) while ${WHAT[operation]}.`,
      {
        causes:
          status === 403
            ? [
                ...AUTH_CAUSES,
                'The application is not enabled for Identity Verification or for a feature the spec asks for.',
              ]
            : AUTH_CAUSES,
        upstream,
      },
    );
  if (status === 404 && operation !== 'create')
    return new ApiError(
      404,
      'session_not_found',
      `Yoti has no session ${sessionId ?? 'with this id'} for this application: it was deleted, its resources expired (resources_ttl), or it was created with another SDK id or environment.`,
      { upstream },
    );
  if (status === 404)
    return new ApiError(502, 'upstream_not_found', 'The IDV API answered 404 to the create call.', {
      causes: NOT_FOUND_CAUSES,
      upstream,
    });
  if ((status ?? 0) >= 500)
    return new ApiError(
      502,
      'upstream_unavailable',
      `Yoti answered ${status} while ${WHAT[operation]}${tries}; try again later.`,
      { upstream },
    );
  return new ApiError(502, 'upstream_error', `Yoti answered ${status} while ${WHAT[operation]}.`, {
    upstream,
  });
}

function upstreamFindings(error: z.infer<typeof yotiErrorSchema>): Finding[] {
  const listed = (error.errors ?? []).map((e) =>
    finding(
      'error',
      `yoti.${error.code}`,
      propertyPath(e.property ?? ''),
      e.message ?? error.message,
    ),
  );
  return listed.length > 0 ? listed : [finding('error', `yoti.${error.code}`, [], error.message)];
}
