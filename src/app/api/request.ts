/**
 * The one fetch wrapper for the Studio server's JSON API: every call answers a result and never
 * throws. Refusals carry the server's code, message, findings and causes (server/http/errors.ts),
 * and the whole body as `details` for answers with more to read (a conflict's latest version, an
 * import's per-file findings).
 */
import { z } from 'zod';
import { formatPath, type Finding } from '@/spec/index';

const findingSchema = z
  .looseObject({
    code: z.string(),
    severity: z.enum(['error', 'warning']),
    path: z.array(z.union([z.string(), z.number()])),
    pathText: z.string().optional(),
    message: z.string(),
  })
  .transform((f): Finding => ({
    code: f.code,
    severity: f.severity,
    path: f.path,
    pathText: f.pathText ?? formatPath(f.path),
    message: f.message,
  }));
export const findingsSchema = z.array(findingSchema).catch([]);

/** The body of every non-2xx answer from /api. */
export const apiErrorSchema = z.looseObject({
  error: z.string(),
  message: z.string(),
  findings: findingsSchema.optional(),
  causes: z.array(z.string()).catch([]).optional(),
});

/** Why a call failed: HTTP status (0 when the server was not reached), code and plain message. */
export interface ApiProblem {
  status: number;
  code: string;
  message: string;
  findings: Finding[];
  causes: string[];
  /** The refusal's whole body, when the server sent JSON. */
  details?: unknown;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

const failure = (status: number, code: string, message: string) => ({
  ok: false as const,
  problem: { status, code, message, findings: [], causes: [] },
});

/** Calls `path` on the page's own origin; a 2xx answer must match `schema`, then `pick` shapes it. */
export async function requestJson<S extends z.ZodType, T>(
  path: string,
  init: RequestInit,
  schema: S,
  pick: (body: z.output<S>) => T,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        accept: 'application/json',
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
    });
  } catch {
    return failure(0, 'unreachable', 'The Studio server could not be reached.');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body);
    if (!parsed.success)
      return failure(response.status, 'http_error', `The server answered ${response.status}.`);
    const { error, message, findings = [], causes = [] } = parsed.data;
    return {
      ok: false,
      problem: { status: response.status, code: error, message, findings, causes, details: body },
    };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    return failure(
      response.status,
      'bad_response',
      `${path} gave an answer the app does not understand.`,
    );
  return { ok: true, data: pick(parsed.data) };
}
