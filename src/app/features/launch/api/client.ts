/**
 * The launch API of the Studio server: every call answers a result, never throws. The interface is
 * what the launch store depends on, so unit tests pass a fake.
 */
import type { z } from 'zod';
import type { Finding } from '@/spec/index';
import {
  apiErrorSchema,
  createdSchema,
  deletedSchema,
  deliveryListSchema,
  launchListSchema,
  replaySchema,
  sessionResultSchema,
  type CreatedSession,
  type Delivery,
  type FlowRef,
  type Launch,
  type SessionResult,
} from './schemas';

/** Why a call failed: HTTP status (0 when the server was not reached), code and plain message. */
export interface ApiProblem {
  status: number;
  code: string;
  message: string;
  findings: Finding[];
  causes: string[];
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

export interface LaunchApi {
  /** `flow`: the saved flow version the draft is tracked against, recorded with the launch. */
  createSession: (spec: unknown, flow?: FlowRef) => Promise<ApiResult<CreatedSession>>;
  listSessions: () => Promise<ApiResult<Launch[]>>;
  getSession: (id: string) => Promise<ApiResult<SessionResult>>;
  deleteSession: (id: string) => Promise<ApiResult<{ deleted_at: string }>>;
  listNotifications: () => Promise<ApiResult<Delivery[]>>;
  replayNotification: (id: number) => Promise<ApiResult<Delivery>>;
}

const problem = (status: number, code: string, message: string): ApiProblem => ({
  status,
  code,
  message,
  findings: [],
  causes: [],
});

async function call<S extends z.ZodType, T>(
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
    return {
      ok: false,
      problem: problem(0, 'unreachable', 'The Studio server could not be reached.'),
    };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body);
    if (!parsed.success)
      return {
        ok: false,
        problem: problem(response.status, 'http_error', `The server answered ${response.status}.`),
      };
    const { error, message, findings, causes } = parsed.data;
    return {
      ok: false,
      problem: {
        status: response.status,
        code: error,
        message,
        findings: findings ?? [],
        causes: causes ?? [],
      },
    };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    return {
      ok: false,
      problem: problem(
        response.status,
        'bad_response',
        `${path} gave an answer the app does not understand.`,
      ),
    };
  return { ok: true, data: pick(parsed.data) };
}

const session = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

/** The real thing, over fetch against the page's own origin. */
export const httpLaunchApi: LaunchApi = {
  createSession: (spec, flow) =>
    call(
      '/api/sessions',
      { method: 'POST', body: JSON.stringify(flow ? { spec, flow } : { spec }) },
      createdSchema,
      (b) => b,
    ),
  listSessions: () => call('/api/sessions', {}, launchListSchema, (b) => b.sessions),
  getSession: (id) => call(session(id), {}, sessionResultSchema, (b) => b),
  deleteSession: (id) => call(session(id), { method: 'DELETE' }, deletedSchema, (b) => b),
  listNotifications: () =>
    call('/api/notifications?limit=1000', {}, deliveryListSchema, (b) => b.notifications),
  replayNotification: (id) =>
    call(
      `/api/notifications/${id}/replay`,
      { method: 'POST', body: '{}' },
      replaySchema,
      (b) => b.notification,
    ),
};
