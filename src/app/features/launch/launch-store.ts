/**
 * Launch state: the launch in progress, the session on show, and server data (history, inbox,
 * results) kept fresh by server-sent events. UI only: never persisted, exported or sent. It lives
 * beside the studio store (one per studio store) so the launch feature stays self-contained; its
 * I/O goes through an injected `LaunchApi`.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStudioApi } from '@/app/store/context';
import type { StudioStore } from '@/app/store/store';
import type { Notice } from '@/app/store/ui-slice';
import { httpLaunchApi, type ApiProblem, type LaunchApi } from './api/client';
import type {
  CreatedSession,
  Delivery,
  FlowRef,
  Launch,
  SessionEvent,
  SessionResult,
} from './api/schemas';
import { describeVerdict, mergeDeliveries } from './inbox';
import type { Remote } from './remote';
import type { FlowEvent } from './web-error-codes';

export type LaunchAttempt =
  { kind: 'idle' } | { kind: 'sending' } | { kind: 'refused'; problem: ApiProblem };
export type LaunchTab = 'session' | 'inbox' | 'history';
export type LiveStatus = 'connecting' | 'open' | 'reconnecting';
export type LiveEvent =
  { type: 'notification'; data: Delivery } | { type: 'session'; data: SessionEvent };

export interface LaunchState {
  attempt: LaunchAttempt;
  tab: LaunchTab;
  selectedId: string | null;
  /** Sessions launched from this page: their flow can be embedded and post events here. */
  launched: Record<string, CreatedSession>;
  /** postMessage events from each session's flow, oldest first. */
  flowEvents: Record<string, FlowEvent[]>;
  history: Remote<Launch[]>;
  inbox: Remote<Delivery[]>;
  results: Record<string, Remote<SessionResult>>;
  live: LiveStatus;
  /** Sends the spec; on success the new session is selected and shown. */
  launch: (spec: unknown) => Promise<boolean>;
  select: (sessionId: string | null) => void;
  setTab: (tab: LaunchTab) => void;
  refreshHistory: () => Promise<void>;
  refreshInbox: () => Promise<void>;
  refreshResult: (sessionId: string) => Promise<void>;
  /** Loads the results of these sessions unless already loaded (for the history's states). */
  ensureResults: (sessionIds: readonly string[]) => void;
  deleteSession: (sessionId: string) => Promise<boolean>;
  replay: (deliveryId: number) => Promise<boolean>;
  flowEvent: (sessionId: string, event: FlowEvent) => void;
  liveEvent: (event: LiveEvent) => void;
  setLive: (status: LiveStatus) => void;
}

export interface LaunchDeps {
  api: LaunchApi;
  /** The flow version the draft is tracked against, sent with the spec (none when untracked). */
  flowOf?: () => FlowRef | undefined;
  notify: (notice: Omit<Notice, 'id'>) => void;
  /** Notifications arrive in bursts; a result is re-read once the burst is over. */
  refreshDelayMs?: number;
}

export type LaunchStore = StoreApi<LaunchState>;

const failed = <T>(problem: ApiProblem, data?: T): Remote<T> => ({
  status: 'error',
  code: problem.code,
  message: problem.message,
  ...(data !== undefined ? { data } : {}),
});

export function createLaunchStore({
  api,
  notify,
  flowOf = () => undefined,
  refreshDelayMs = 150,
}: LaunchDeps): LaunchStore {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  return createStore<LaunchState>()((set, get) => {
    const setResult = (id: string, value: Remote<SessionResult>) =>
      set((s) => ({ results: { ...s.results, [id]: value } }));
    const refreshSoon = (id: string) => {
      clearTimeout(timers.get(id));
      timers.set(
        id,
        setTimeout(() => {
          timers.delete(id);
          void get().refreshResult(id);
        }, refreshDelayMs),
      );
    };
    return {
      attempt: { kind: 'idle' },
      tab: 'session',
      selectedId: null,
      launched: {},
      flowEvents: {},
      history: { status: 'loading' },
      inbox: { status: 'loading' },
      results: {},
      live: 'connecting',

      launch: async (spec) => {
        set({ attempt: { kind: 'sending' } });
        const flow = flowOf();
        const created = await (flow ? api.createSession(spec, flow) : api.createSession(spec));
        if (!created.ok) {
          set({ attempt: { kind: 'refused', problem: created.problem } });
          return false;
        }
        const id = created.data.session_id;
        set((s) => ({
          attempt: { kind: 'idle' },
          launched: { ...s.launched, [id]: created.data },
          selectedId: id,
          tab: 'session',
        }));
        void get().refreshHistory();
        void get().refreshResult(id);
        return true;
      },
      select: (selectedId) => set({ selectedId, tab: 'session' }),
      setTab: (tab) => set({ tab }),

      refreshHistory: async () => {
        const answer = await api.listSessions();
        set((s) => ({
          history: answer.ok
            ? { status: 'ready', data: answer.data }
            : failed(answer.problem, s.history.data),
        }));
      },
      refreshInbox: async () => {
        const answer = await api.listNotifications();
        set((s) => ({
          inbox: answer.ok
            ? { status: 'ready', data: mergeDeliveries(s.inbox.data ?? [], answer.data) }
            : failed(answer.problem, s.inbox.data),
        }));
      },
      refreshResult: async (id) => {
        const before = get().results[id];
        if (!before) setResult(id, { status: 'loading' });
        const answer = await api.getSession(id);
        setResult(
          id,
          answer.ok
            ? { status: 'ready', data: answer.data }
            : failed(answer.problem, get().results[id]?.data),
        );
      },
      ensureResults: (ids) => {
        for (const id of ids) if (!get().results[id]) void get().refreshResult(id);
      },

      deleteSession: async (id) => {
        const answer = await api.deleteSession(id);
        if (!answer.ok) {
          notify({
            severity: 'error',
            message: `Could not delete the session: ${answer.problem.message}`,
          });
          return false;
        }
        notify({ severity: 'success', message: `Session ${id} deleted.` });
        await Promise.all([get().refreshHistory(), get().refreshResult(id)]);
        return true;
      },
      replay: async (deliveryId) => {
        const answer = await api.replayNotification(deliveryId);
        if (!answer.ok) {
          notify({ severity: 'error', message: `Could not replay: ${answer.problem.message}` });
          return false;
        }
        set((s) => ({
          inbox: { status: 'ready', data: mergeDeliveries(s.inbox.data ?? [], [answer.data]) },
        }));
        const verdict = describeVerdict(answer.data.verdict).label;
        notify({
          severity: answer.data.verdict === 'accepted' ? 'success' : 'warning',
          message: `Replayed notification #${deliveryId}: ${verdict}.`,
        });
        return true;
      },

      flowEvent: (id, event) => {
        set((s) => ({
          flowEvents: { ...s.flowEvents, [id]: [...(s.flowEvents[id] ?? []), event] },
        }));
        refreshSoon(id);
      },
      liveEvent: (event) => {
        if (event.type === 'notification') {
          set((s) => ({
            inbox: { status: 'ready', data: mergeDeliveries(s.inbox.data ?? [], [event.data]) },
          }));
          const id = event.data.session_id;
          if (id !== null && get().results[id]) refreshSoon(id);
          return;
        }
        const { kind, session_id: id } = event.data;
        if (kind !== 'completed') void get().refreshHistory();
        if (get().results[id]) refreshSoon(id);
      },
      setLive: (live) => {
        const was = get().live;
        set({ live });
        // Events sent while disconnected are lost: catch up from the lists.
        if (live === 'open' && was === 'reconnecting') {
          void get().refreshHistory();
          void get().refreshInbox();
        }
      },
    };
  });
}

const stores = new WeakMap<StudioStore, LaunchStore>();

/** The launch store that goes with this studio store (created on first use). */
export function launchStoreFor(studio: StudioStore, api: LaunchApi = httpLaunchApi): LaunchStore {
  let store = stores.get(studio);
  if (!store) {
    store = createLaunchStore({
      api,
      notify: (n) => studio.getState().notify(n),
      flowOf: () => {
        const flow = studio.getState().flow;
        return flow ? { id: flow.id, version: flow.version } : undefined;
      },
    });
    stores.set(studio, store);
  }
  return store;
}

/** The launch store of the studio store in context. */
export const useLaunchApi = (): LaunchStore => launchStoreFor(useStudioApi());

/** Subscribes to a slice of the launch state. */
export function useLaunch<T>(selector: (state: LaunchState) => T): T {
  return useStore(useLaunchApi(), selector);
}
