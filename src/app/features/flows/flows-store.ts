/**
 * Flows state: the library and the flow on show (server data), the comparison on show and the save
 * dialog. UI only: never persisted, exported or sent. One per studio store, like the launch store;
 * its I/O goes through an injected `FlowsApi` and its messages through the studio's notices.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Remote } from '@/app/features/launch/remote';
import { useStudioApi } from '@/app/store/context';
import type { StudioStore } from '@/app/store/store';
import { serializeSpec, type SessionSpec } from '@/spec/index';
import { httpFlowsApi, type FlowProblem, type FlowResult, type FlowsApi } from './api/client';
import type { FlowDetail, FlowSummary, Saved } from './api/schemas';

/** One side of a comparison: what it is called and the spec. */
export interface CompareSide {
  label: string;
  spec: SessionSpec;
}
export interface Comparison {
  title: string;
  a: CompareSide;
  b: CompareSide;
}

export interface FlowsState {
  library: Remote<FlowSummary[]>;
  showArchived: boolean;
  query: string;
  /** The flow whose versions are shown (null: the library). */
  openId: string | null;
  detail: Remote<FlowDetail> | null;
  /** A version to point out in the flow on show (from a launch history link). */
  highlight: number | null;
  /** Counts `openFlow` calls, so a narrow layout can switch to the Flows tab each time. */
  openSeq: number;
  /** Summaries by id, from every answer: the header reads the tracked flow's published version. */
  known: Record<string, FlowSummary>;
  comparison: Comparison | null;
  /** The save dialog: closed, open, or open to save the draft as a new flow. */
  saveOpen: false | 'version' | 'new';
  refresh: () => Promise<void>;
  setShowArchived: (on: boolean) => void;
  setQuery: (query: string) => void;
  openFlow: (id: string, highlight?: number) => void;
  closeFlow: () => void;
  refreshDetail: () => Promise<void>;
  /**
   * Reads one flow's summary unless already known (the header's chips). Answers 'missing' when
   * the server no longer has the flow, 'unknown' when it could not say.
   */
  ensureKnown: (id: string) => Promise<'known' | 'missing' | 'unknown'>;
  compare: (comparison: Comparison | null) => void;
  setSaveOpen: (open: FlowsState['saveOpen']) => void;
  /** Records what an answer said about flows and refreshes the lists that show them. */
  changed: (...flows: FlowSummary[]) => void;
  forget: (id: string) => void;
}

export interface FlowsDeps {
  api: FlowsApi;
}
export type FlowsStore = StoreApi<FlowsState> & { api: FlowsApi };

const failed = <T>(problem: FlowProblem, data?: T): Remote<T> => ({
  status: 'error',
  code: problem.code,
  message: problem.message,
  ...(data !== undefined ? { data } : {}),
});

const byId = (flows: readonly FlowSummary[]) => Object.fromEntries(flows.map((f) => [f.id, f]));

export function createFlowsStore({ api }: FlowsDeps): FlowsStore {
  const store = createStore<FlowsState>()((set, get) => ({
    library: { status: 'loading' },
    showArchived: false,
    query: '',
    openId: null,
    detail: null,
    highlight: null,
    openSeq: 0,
    known: {},
    comparison: null,
    saveOpen: false,

    refresh: async () => {
      const answer = await api.list(get().showArchived ? 'include' : 'exclude');
      set((s) =>
        answer.ok
          ? {
              library: { status: 'ready', data: answer.data },
              known: { ...s.known, ...byId(answer.data) },
            }
          : { library: failed(answer.problem, s.library.data) },
      );
    },
    setShowArchived: (showArchived) => {
      set({ showArchived });
      void get().refresh();
    },
    setQuery: (query) => set({ query }),
    openFlow: (id, highlight) => {
      const same = get().openId === id;
      set({
        openId: id,
        highlight: highlight ?? null,
        openSeq: get().openSeq + 1,
        detail: same ? get().detail : { status: 'loading' },
      });
      void get().refreshDetail();
    },
    closeFlow: () => set({ openId: null, detail: null, highlight: null }),
    refreshDetail: async () => {
      const id = get().openId;
      if (id === null) return;
      const answer = await api.get(id);
      if (get().openId !== id) return;
      set((s) =>
        answer.ok
          ? {
              detail: { status: 'ready', data: answer.data },
              known: { ...s.known, [id]: answer.data.flow },
            }
          : { detail: failed(answer.problem, s.detail?.data) },
      );
    },
    ensureKnown: async (id) => {
      if (get().known[id]) return 'known';
      const answer = await api.get(id);
      if (answer.ok) {
        set((s) => ({ known: { ...s.known, [id]: answer.data.flow } }));
        return 'known';
      }
      return answer.problem.status === 404 ? 'missing' : 'unknown';
    },
    compare: (comparison) => set({ comparison }),
    setSaveOpen: (saveOpen) => set({ saveOpen }),
    changed: (...flows) => {
      set((s) => ({ known: { ...s.known, ...byId(flows) } }));
      void get().refresh();
      if (flows.some((f) => f.id === get().openId)) void get().refreshDetail();
    },
    forget: (id) => {
      set((s) => {
        const { [id]: _gone, ...known } = s.known;
        return s.openId === id ? { known, openId: null, detail: null } : { known };
      });
      void get().refresh();
    },
  }));
  return Object.assign(store, { api });
}

/** The tracked-flow record for a saved version of `spec`. */
export const trackedFrom = (saved: Saved, spec: SessionSpec) => ({
  id: saved.flow.id,
  name: saved.flow.name,
  version: saved.version.number,
  spec_text: serializeSpec(spec),
});

/** Notifies the problem of a failed answer; answers the data or undefined. */
export function settle<T>(studio: StudioStore, answer: FlowResult<T>, what: string): T | undefined {
  if (answer.ok) return answer.data;
  studio.getState().notify({ severity: 'error', message: `${what}: ${answer.problem.message}` });
  return undefined;
}

const stores = new WeakMap<StudioStore, FlowsStore>();

/** The flows store that goes with this studio store (created on first use). */
export function flowsStoreFor(studio: StudioStore, api: FlowsApi = httpFlowsApi): FlowsStore {
  let store = stores.get(studio);
  if (!store) {
    store = createFlowsStore({ api });
    stores.set(studio, store);
  }
  return store;
}

/** The flows store of the studio store in context. */
export const useFlowsApi = (): FlowsStore => flowsStoreFor(useStudioApi());

/** Subscribes to a slice of the flows state. */
export function useFlows<T>(selector: (state: FlowsState) => T): T {
  return useStore(useFlowsApi(), selector);
}
