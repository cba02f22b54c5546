/**
 * The flows API of the Studio server (/api/flows). Every call answers a result and never throws;
 * a refusal keeps the answer's body (`details`) so callers can read a conflict's latest version or
 * an import's per-file findings. The interface is what the flows store depends on: tests pass fakes.
 */
import type { z } from 'zod';
import { apiErrorSchema } from '@/app/features/launch/api/schemas';
import type { ApiProblem } from '@/app/features/launch/api/client';
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

/** A refusal: the launch API's problem plus the raw body of the answer. */
export interface FlowProblem extends ApiProblem {
  details: unknown;
}
export type FlowResult<T> = { ok: true; data: T } | { ok: false; problem: FlowProblem };
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

const failure = (status: number, code: string, message: string, details: unknown = undefined) => ({
  ok: false as const,
  problem: { status, code, message, findings: [], causes: [], details },
});

async function call<S extends z.ZodType, T>(
  path: string,
  init: RequestInit,
  schema: S,
  pick: (body: z.output<S>) => T,
): Promise<FlowResult<T>> {
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
