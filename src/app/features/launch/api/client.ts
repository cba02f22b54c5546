/**
 * The launch API of the Studio server: every call answers a result, never throws. The interface is
 * what the launch store depends on, so unit tests pass a fake.
 */
import { requestJson as call, type ApiResult } from '@/app/api/request';
import {
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

export type { ApiProblem, ApiResult } from '@/app/api/request';

export interface LaunchApi {
  /** `flow`: the saved flow version the draft is tracked against, recorded with the launch. */
  createSession: (spec: unknown, flow?: FlowRef) => Promise<ApiResult<CreatedSession>>;
  listSessions: () => Promise<ApiResult<Launch[]>>;
  getSession: (id: string) => Promise<ApiResult<SessionResult>>;
  deleteSession: (id: string) => Promise<ApiResult<{ deleted_at: string }>>;
  listNotifications: () => Promise<ApiResult<Delivery[]>>;
  replayNotification: (id: number) => Promise<ApiResult<Delivery>>;
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
