import { describe, expect, it, vi } from 'vitest';
import { httpFlowsApi } from '@/app/features/flows/api/client';
import { flowDetailSchema, staleDetailsSchema } from '@/app/features/flows/api/schemas';
import { launchSchema } from '@/app/features/launch/api/schemas';
import { toggleCheck, type SessionSpec } from '@/spec/index';
import { answer } from './fetch-stub';

const ID = '0b6f9d6e-5a43-4a3e-9a3b-1f0e2d3c4b5a';
const empty = (): SessionSpec => ({
  requested_checks: [],
  requested_tasks: [],
  required_documents: [],
});
const flow = {
  id: ID,
  name: 'Onboarding',
  description: '',
  created_at: '2026-12-01T12:00:00.000Z',
  updated_at: '2026-12-01T12:05:00.000Z',
  archived_at: null,
  latest_version: 2,
  published_version: null,
  version_count: 2,
};
const summary = (n: number) => ({
  number: n,
  created_at: '2026-12-01T12:05:00.000Z',
  message: `v${n}`,
  published: false,
  launch_count: 0,
});

describe('flows API client', () => {
  it('lists flows with the archived filter and parses the summaries', async () => {
    const calls = answer(200, { flows: [flow] });
    const result = await httpFlowsApi.list('include');
    expect(calls).toEqual([{ url: '/api/flows?archived=include', method: 'GET' }]);
    expect(result).toEqual({ ok: true, data: [flow] });
  });

  it('POSTs a version with its base and reads the saved version', async () => {
    const calls = answer(201, { flow, version: summary(2) });
    const spec = toggleCheck(empty(), 'LIVENESS', true);
    const result = await httpFlowsApi.saveVersion(ID, { base_version: 1, spec, message: 'm' });
    expect(calls).toEqual([
      {
        url: `/api/flows/${ID}/versions`,
        method: 'POST',
        body: JSON.stringify({ base_version: 1, spec, message: 'm' }),
      },
    ]);
    expect(result.ok && result.data.version.number).toBe(2);
  });

  it('keeps the body of a 409 stale_version so the latest version can be shown', async () => {
    const latest = { ...summary(3), spec: empty() };
    answer(409, { error: 'stale_version', message: 'v3 is newer', latest });
    const result = await httpFlowsApi.saveVersion(ID, { base_version: 2, spec: empty() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({
      status: 409,
      code: 'stale_version',
      message: 'v3 is newer',
    });
    expect(staleDetailsSchema.parse(result.problem.details).latest).toEqual(latest);
  });

  it('sends the exact name to confirm a delete', async () => {
    const calls = answer(200, { flow_id: ID, deleted_at: 'a', undo_until: 'b' });
    await httpFlowsApi.remove(ID, 'Right to work & co');
    expect(calls).toEqual([
      { url: `/api/flows/${ID}?confirm=Right%20to%20work%20%26%20co`, method: 'DELETE' },
    ]);
  });

  it('refuses an answer it does not understand, naming the route', async () => {
    answer(200, { flows: [{ id: ID }] });
    const result = await httpFlowsApi.list('exclude');
    expect(result).toMatchObject({
      ok: false,
      problem: {
        code: 'bad_response',
        message: '/api/flows?archived=exclude gave an answer the app does not understand.',
      },
    });
  });

  it('reports an unreachable server without throwing', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    expect(await httpFlowsApi.get(ID)).toMatchObject({
      ok: false,
      problem: { status: 0, code: 'unreachable' },
    });
  });
});

describe('flows API schemas', () => {
  it('parses a flow with its versions in the server shapes, dropping unknown fields', () => {
    const parsed = flowDetailSchema.parse({ flow, versions: [{ ...summary(1), extra: true }] });
    expect(parsed.versions).toEqual([summary(1)]);
    const { launch_count: _n, ...incomplete } = summary(1);
    expect(flowDetailSchema.safeParse({ flow, versions: [incomplete] }).success).toBe(false);
  });

  it('refuses a version whose spec does not match the session-spec schema', () => {
    const bad = { latest: { ...summary(3), spec: { requested_checks: 'x' } } };
    expect(staleDetailsSchema.safeParse(bad).success).toBe(false);
  });

  it('reads the flow a launch was made from, and treats a missing or odd one as none', () => {
    const launch = {
      session_id: 's',
      created_at: 'a',
      expires_at: 'b',
      deleted_at: null,
      mode: 'sandbox',
      api_url: 'u',
      launch_url: 'l',
      client_session_token_ttl: 600,
      spec: {},
    };
    const linked = { id: ID, name: 'Onboarding', version: 3, modified: true };
    expect(launchSchema.parse({ ...launch, flow: linked }).flow).toEqual(linked);
    expect(launchSchema.parse({ ...launch, flow: null }).flow).toBeNull();
    expect(launchSchema.parse(launch).flow).toBeUndefined();
    expect(launchSchema.parse({ ...launch, flow: { id: ID } }).flow).toBeNull();
  });
});
