/**
 * The flows API of the Studio server (/api/flows). Every call answers a result and never throws;
 * a refusal keeps the answer's body (`details`) so callers can read a conflict's latest version or
 * an import's per-file findings. The interface is what the flows store depends on: tests pass fakes.
 */
import { requestJson as call, type ApiProblem, type ApiResult } from '@/app/api/request';
import type { SessionSpec } from '@/spec/index';
import {
  deletedFlowSchema,
  flowDetailSchema,
  flowListSchema,
  flowOnlySchema,
  importedSchema,
  savedSchema,
  versionAnswerSchema,
  type DeletedFlow,
  type FlowDetail,
  type FlowSummary,
  type Imported,
  type Saved,
  type Version,
} from './schemas';

/** A refusal; `details` holds the answer's body. */
export type FlowProblem = ApiProblem;
export type FlowResult<T> = ApiResult<T>;
export type ArchivedFilter = 'exclude' | 'include' | 'only';

export interface NewFlow {
  name: string;
  description?: string;
  spec: SessionSpec;
  message?: string;
}

export interface FlowsApi {
  list: (archived: ArchivedFilter) => Promise<FlowResult<FlowSummary[]>>;
  create: (flow: NewFlow) => Promise<FlowResult<Saved>>;
  get: (id: string) => Promise<FlowResult<FlowDetail>>;
  update: (
    id: string,
    patch: { name?: string; description?: string },
  ) => Promise<FlowResult<FlowSummary>>;
  saveVersion: (
    id: string,
    body: { base_version: number; spec: SessionSpec; message?: string },
  ) => Promise<FlowResult<Saved>>;
  getVersion: (id: string, n: number) => Promise<FlowResult<Version>>;
  publish: (id: string, version: number | null) => Promise<FlowResult<FlowSummary>>;
  duplicate: (id: string, name?: string) => Promise<FlowResult<Saved>>;
  archive: (id: string, archived: boolean) => Promise<FlowResult<FlowSummary>>;
  remove: (id: string, confirmName: string) => Promise<FlowResult<DeletedFlow>>;
  undelete: (id: string) => Promise<FlowResult<FlowSummary>>;
  importFiles: (files: { name: string; text: string }[]) => Promise<FlowResult<Imported>>;
}

const flow = (id: string) => `/api/flows/${encodeURIComponent(id)}`;
const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

/** Where the browser downloads one flow (with or without its history) or the whole library. */
export const exportUrl = (id?: string, history = true): string =>
  id === undefined ? '/api/flows/export' : `${flow(id)}/export?history=${String(history)}`;

/** The real thing, over fetch against the page's own origin. */
export const httpFlowsApi: FlowsApi = {
  list: (archived) => call(`/api/flows?archived=${archived}`, {}, flowListSchema, (b) => b.flows),
  create: (body) => call('/api/flows', post(body), savedSchema, (b) => b),
  get: (id) => call(flow(id), {}, flowDetailSchema, (b) => b),
  update: (id, patch) =>
    call(flow(id), { method: 'PATCH', body: JSON.stringify(patch) }, flowOnlySchema, (b) => b.flow),
  saveVersion: (id, body) => call(`${flow(id)}/versions`, post(body), savedSchema, (b) => b),
  getVersion: (id, n) =>
    call(`${flow(id)}/versions/${n}`, {}, versionAnswerSchema, (b) => b.version),
  publish: (id, version) =>
    call(`${flow(id)}/publish`, post({ version }), flowOnlySchema, (b) => b.flow),
  duplicate: (id, name) =>
    call(`${flow(id)}/duplicate`, post(name === undefined ? {} : { name }), savedSchema, (b) => b),
  archive: (id, archived) =>
    call(
      `${flow(id)}/${archived ? 'archive' : 'unarchive'}`,
      post({}),
      flowOnlySchema,
      (b) => b.flow,
    ),
  remove: (id, confirmName) =>
    call(
      `${flow(id)}?confirm=${encodeURIComponent(confirmName)}`,
      { method: 'DELETE' },
      deletedFlowSchema,
      (b) => b,
    ),
  undelete: (id) => call(`${flow(id)}/undelete`, post({}), flowOnlySchema, (b) => b.flow),
  importFiles: (files) => call('/api/flows/import', post({ files }), importedSchema, (b) => b),
};
