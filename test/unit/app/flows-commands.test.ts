import { describe, expect, it, vi } from 'vitest';
import type { FlowResult, FlowsApi } from '@/app/features/flows/api/client';
import type { FlowSummary, Version } from '@/app/features/flows/api/schemas';
import { deleteFlow, openInEditor, setArchived } from '@/app/features/flows/commands';
import { saveVersion } from '@/app/features/flows/save-commands';
import { createFlowsStore } from '@/app/features/flows/flows-store';
import type { LaunchApi } from '@/app/features/launch/api/client';
import { launchStoreFor } from '@/app/features/launch/launch-store';
import { createStudioStore } from '@/app/store/store';
import { serializeSpec, toggleCheck, type SessionSpec } from '@/spec/index';

const empty = (): SessionSpec => ({
  requested_checks: [],
  requested_tasks: [],
  required_documents: [],
});
const liveness = () => toggleCheck(empty(), 'LIVENESS', true);
const flow: FlowSummary = {
  id: 'f1',
  name: 'Onboarding',
  description: '',
  created_at: 'a',
  updated_at: 'b',
  archived_at: null,
  latest_version: 2,
  published_version: null,
  version_count: 2,
};
const version = (n: number, spec: SessionSpec): Version => ({
  number: n,
  created_at: '2026-12-01T12:00:00.000Z',
  message: '',
  published: false,
  launch_count: 0,
  spec,
});
const ok = <T>(data: T): Promise<FlowResult<T>> => Promise.resolve({ ok: true, data });
const never = () => Promise.reject(new Error('not expected in this test'));

function fakeApi(overrides: Partial<FlowsApi>): FlowsApi {
  return {
    list: () => ok([]),
    create: never,
    get: () => ok({ flow, versions: [] }),
    update: never,
    saveVersion: never,
    getVersion: never,
    publish: never,
    duplicate: never,
    archive: never,
    remove: never,
    undelete: never,
    importFiles: never,
    ...overrides,
  };
}

const tracked = (n: number, spec: SessionSpec) => ({
  id: 'f1',
  name: 'Onboarding',
  version: n,
  spec_text: serializeSpec(spec),
});

describe('flow commands', () => {
  it('saves the draft on top of its base and tracks the new version', async () => {
    const saveVersionApi = vi.fn<FlowsApi['saveVersion']>(() =>
      ok({ flow, version: version(2, liveness()) }),
    );
    const flows = createFlowsStore({ api: fakeApi({ saveVersion: saveVersionApi }) });
    const studio = createStudioStore(liveness(), 'light', tracked(1, empty()));

    const outcome = await saveVersion(studio, flows, '  Liveness  ');

    expect(saveVersionApi).toHaveBeenCalledWith('f1', {
      base_version: 1,
      spec: liveness(),
      message: 'Liveness',
    });
    expect(outcome.kind).toBe('saved');
    expect(studio.getState().flow).toEqual(tracked(2, liveness()));
    expect(studio.getState().notices.map((n) => n.message)).toEqual(['Saved "Onboarding" v2.']);
  });

  it('answers the latest version on a stale base, and saves on top of it when asked', async () => {
    const latest = version(3, empty());
    const saveVersionApi = vi
      .fn<FlowsApi['saveVersion']>()
      .mockResolvedValueOnce({
        ok: false,
        problem: {
          status: 409,
          code: 'stale_version',
          message: 'stale',
          findings: [],
          causes: [],
          details: { error: 'stale_version', message: 'stale', latest },
        },
      })
      .mockResolvedValueOnce({ ok: true, data: { flow, version: version(4, liveness()) } });
    const flows = createFlowsStore({ api: fakeApi({ saveVersion: saveVersionApi }) });
    const studio = createStudioStore(liveness(), 'light', tracked(2, empty()));

    expect(await saveVersion(studio, flows, '')).toEqual({ kind: 'stale', latest });
    expect(studio.getState().flow?.version).toBe(2);
    expect((await saveVersion(studio, flows, '', latest.number)).kind).toBe('saved');
    expect(saveVersionApi.mock.calls[1]?.[1]).toEqual({ base_version: 3, spec: liveness() });
    expect(studio.getState().flow?.version).toBe(4);
  });

  it('opens a version in the editor; the notice’s Undo brings back the draft and its tracking', async () => {
    const flows = createFlowsStore({
      api: fakeApi({ getVersion: () => ok(version(1, liveness())) }),
    });
    const studio = createStudioStore(empty());

    expect(await openInEditor(studio, flows, flow, 1)).toBe(true);
    expect(studio.getState().spec).toEqual(liveness());
    expect(studio.getState().flow).toEqual(tracked(1, liveness()));

    const undo = studio.getState().notices[0]?.action;
    expect(undo?.label).toBe('Undo');
    undo?.run();
    expect(studio.getState().spec).toEqual(empty());
    expect(studio.getState().flow).toBeNull();
  });

  it('archives with an Undo that brings the flow back', async () => {
    const archive = vi.fn<FlowsApi['archive']>((_id, archived) =>
      ok({ ...flow, archived_at: archived ? 'now' : null }),
    );
    const flows = createFlowsStore({ api: fakeApi({ archive }) });
    const studio = createStudioStore(empty());

    await setArchived(studio, flows, flow, true);
    const notice = studio.getState().notices[0];
    expect(notice?.message).toBe('Archived "Onboarding".');
    notice?.action?.run();
    await vi.waitFor(() => expect(archive).toHaveBeenLastCalledWith('f1', false));
  });
});

describe('launch linkage', () => {
  it('sends the tracked flow version with the spec, and nothing when untracked', async () => {
    const createSession = vi.fn<LaunchApi['createSession']>(() =>
      Promise.resolve({
        ok: false,
        problem: { status: 400, code: 'x', message: 'no', findings: [], causes: [] },
      }),
    );
    const api = { createSession } as unknown as LaunchApi;
    const studio = createStudioStore(liveness(), 'light', tracked(3, liveness()));
    await launchStoreFor(studio, api).getState().launch(liveness());
    expect(createSession).toHaveBeenLastCalledWith(liveness(), { id: 'f1', version: 3 });

    studio.getState().trackFlow(null);
    await launchStoreFor(studio, api).getState().launch(liveness());
    expect(createSession).toHaveBeenLastCalledWith(liveness());
  });
});

describe('deleting the tracked flow', () => {
  it('stops tracking the draft, and Undo tracks it again', async () => {
    const remove = vi.fn<FlowsApi['remove']>(() =>
      ok({
        flow_id: 'f1',
        deleted_at: 'now',
        undo_until: new Date(Date.now() + 60_000).toISOString(),
      }),
    );
    const undelete = vi.fn<FlowsApi['undelete']>(() => ok({ ...flow, archived_at: 'then' }));
    const flows = createFlowsStore({ api: fakeApi({ remove, undelete }) });
    const studio = createStudioStore(liveness(), 'light', tracked(2, liveness()));

    expect(
      await deleteFlow(studio, flows, { ...flow, archived_at: 'then' }, 'Onboarding'),
    ).toBeNull();
    expect(remove).toHaveBeenCalledWith('f1', 'Onboarding');
    expect(studio.getState().flow).toBeNull();
    const notice = studio.getState().notices[0];
    expect(notice?.message).toMatch(
      /^Deleted "Onboarding"\. You can undo this for (59|60) seconds\.$/,
    );
    // The Undo stays offered for as long as the server keeps the flow, not the usual 6 s.
    expect(notice?.durationMs).toBeGreaterThan(58_000);

    notice?.action?.run();
    await vi.waitFor(() => expect(studio.getState().flow).toEqual(tracked(2, liveness())));
  });
});

describe('flows store', () => {
  it('says whether the server still has a tracked flow', async () => {
    const answers: Record<string, Awaited<ReturnType<FlowsApi['get']>>> = {
      f1: { ok: true, data: { flow, versions: [] } },
      gone: {
        ok: false,
        problem: {
          status: 404,
          code: 'flow_not_found',
          message: 'no',
          findings: [],
          causes: [],
          details: {},
        },
      },
      down: {
        ok: false,
        problem: {
          status: 0,
          code: 'unreachable',
          message: 'no',
          findings: [],
          causes: [],
          details: undefined,
        },
      },
    };
    const get = vi.fn<FlowsApi['get']>((id) => Promise.resolve(answers[id]!));
    const flows = createFlowsStore({ api: fakeApi({ get }) });
    expect(await flows.getState().ensureKnown('f1')).toBe('known');
    expect(flows.getState().known.f1).toEqual(flow);
    expect(await flows.getState().ensureKnown('f1')).toBe('known');
    expect(get).toHaveBeenCalledTimes(1);
    expect(await flows.getState().ensureKnown('gone')).toBe('missing');
    expect(await flows.getState().ensureKnown('down')).toBe('unknown');
  });
});
