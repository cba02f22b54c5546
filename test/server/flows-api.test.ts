import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeSpec, type SessionSpecInput } from '../../src/spec/index';
import { makeCredentials, startTestApp, type TestApp } from './helpers';

let app: TestApp;
let clock = Date.parse('2026-12-01T12:00:00.000Z');
beforeAll(async () => {
  app = await startTestApp({ credentials: makeCredentials(), now: () => clock });
});
afterAll(() => app.close());

const SECRET = 'bearer-secret-do-not-export';
const spec = (ttl = 600): SessionSpecInput => ({
  client_session_token_ttl: ttl,
  requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'STATIC', max_retries: 3 } }],
});
const secretSpec = () => ({
  ...spec(),
  notifications: {
    endpoint: 'https://example.com/hook',
    topics: ['SESSION_COMPLETION'],
    auth_type: 'BEARER',
    auth_token: SECRET,
  },
});
const api = () => request(app.url);
let names = 0;
const uniqueFlowName = () => `Flow ${++names}`;
const create = async (body: Record<string, unknown> = {}) => {
  const response = await api()
    .post('/api/flows')
    .send({ name: uniqueFlowName(), spec: spec(), ...body });
  expect(response.status).toBe(201);
  return response.body as { flow: { id: string; name: string }; version: { number: number } };
};
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('POST /api/flows', () => {
  it('creates a flow with version 1 and answers 201 with both', async () => {
    const response = await api()
      .post('/api/flows')
      .send({ name: '  Onboarding  ', description: 'UK', spec: spec(), message: 'First' });

    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      flow: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Onboarding',
        description: 'UK',
        created_at: '2026-12-01T12:00:00.000Z',
        updated_at: '2026-12-01T12:00:00.000Z',
        archived_at: null,
        latest_version: 1,
        published_version: null,
        version_count: 1,
      },
      version: {
        number: 1,
        created_at: '2026-12-01T12:00:00.000Z',
        message: 'First',
        published: false,
        launch_count: 0,
        spec: JSON.parse(serializeSpec(spec())),
      },
    });
  });

  it('refuses an invalid spec with findings whose paths are relative to the spec', async () => {
    const response = await api()
      .post('/api/flows')
      .send({ name: uniqueFlowName(), spec: { requested_checks: [{ type: 'LIVENES' }] } });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: 'invalid_spec',
      message: 'The spec has 1 error; fix it before saving.',
      findings: [expect.objectContaining({ pathText: 'requested_checks[0].type' })],
    });
  });

  it.each([
    [{ spec: spec() }, 'name: '],
    [{ name: '', spec: spec() }, 'name: a flow needs a name'],
    [{ name: 'x'.repeat(101), spec: spec() }, 'name: a flow name has at most 100 characters'],
    [{ name: 'A' }, 'spec: required'],
    [{ name: 'A', spec: spec(), extra: 1 }, 'extra'],
  ])('refuses the body %j naming the field', async (body, problem) => {
    const response = await api().post('/api/flows').send(body);

    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_request');
    expect(response.body.message).toContain(problem);
  });

  it('refuses a name already used by another flow (any case) with 409', async () => {
    const { flow } = await create();

    const response = await api()
      .post('/api/flows')
      .send({ name: flow.name.toUpperCase(), spec: spec() });

    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      error: 'name_taken',
      message: `A flow named "${flow.name.toUpperCase()}" already exists. Choose another name.`,
    });
  });

  it('refuses cross-site requests and non-JSON bodies', async () => {
    const crossSite = await api()
      .post('/api/flows')
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ name: uniqueFlowName(), spec: spec() });
    const form = await api().post('/api/flows').type('form').send('name=x');

    expect(crossSite.status).toBe(403);
    expect(crossSite.body.error).toBe('cross_origin');
    expect(form.status).toBe(415);
  });

  it('refuses a body over 1 MB with 413 naming the limit', async () => {
    const response = await api()
      .post('/api/flows')
      .send({ name: uniqueFlowName(), description: 'x'.repeat(1_100_000), spec: spec() });

    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      error: 'body_too_large',
      message: 'The request body is larger than the 1 MB limit.',
    });
  });
});

describe('GET /api/flows and /api/flows/:id', () => {
  it('lists flows newest updated first, archived ones on request', async () => {
    const older = await create();
    clock += 1000;
    const newer = await create();
    clock += 1000;
    await api().post(`/api/flows/${older.flow.id}/archive`).send({});

    const active = await api().get('/api/flows');
    const only = await api().get('/api/flows?archived=only');
    const all = await api().get('/api/flows?archived=include');

    const ids = (r: request.Response) => r.body.flows.map((f: { id: string }) => f.id);
    expect(ids(active)).toContain(newer.flow.id);
    expect(ids(active)).not.toContain(older.flow.id);
    expect(ids(only)).toEqual([older.flow.id]);
    expect(ids(all).slice(0, 2)).toEqual([older.flow.id, newer.flow.id]);
    expect((await api().get('/api/flows?archived=maybe')).status).toBe(400);
  });

  it('answers a flow with its versions newest first', async () => {
    const { flow } = await create();
    await api()
      .post(`/api/flows/${flow.id}/versions`)
      .send({ base_version: 1, spec: spec(900), message: 'Longer' });

    const response = await api().get(`/api/flows/${flow.id}`);

    expect(response.status).toBe(200);
    expect(response.body.flow).toMatchObject({ id: flow.id, latest_version: 2, version_count: 2 });
    expect(response.body.versions).toEqual([
      {
        number: 2,
        created_at: expect.any(String),
        message: 'Longer',
        published: false,
        launch_count: 0,
      },
      { number: 1, created_at: expect.any(String), message: '', published: false, launch_count: 0 },
    ]);
  });

  it('answers 404 for an unknown flow and 400 for a malformed id', async () => {
    const unknown = await api().get(`/api/flows/${UNKNOWN}`);
    const malformed = await api().get('/api/flows/not-a-uuid');

    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('not_found');
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toContain('not a flow id');
  });
});

describe('PATCH /api/flows/:id', () => {
  it('renames and describes a flow', async () => {
    const { flow } = await create();
    const name = uniqueFlowName();

    const response = await api().patch(`/api/flows/${flow.id}`).send({ name, description: 'New' });

    expect(response.status).toBe(200);
    expect(response.body.flow).toMatchObject({ name, description: 'New' });
  });

  it('refuses a taken name with 409 and an empty patch with 400', async () => {
    const a = await create();
    const b = await create();

    const taken = await api().patch(`/api/flows/${b.flow.id}`).send({ name: a.flow.name });
    const empty = await api().patch(`/api/flows/${b.flow.id}`).send({});
    const missing = await api().patch(`/api/flows/${UNKNOWN}`).send({ name: 'Z' });

    expect(taken.status).toBe(409);
    expect(empty.status).toBe(400);
    expect(empty.body.message).toContain('send name or description');
    expect(missing.status).toBe(404);
  });
});

describe('versions', () => {
  it('saves a version (201), answers 200 unchanged for an equal spec, and reads it back', async () => {
    const { flow } = await create();

    const saved = await api()
      .post(`/api/flows/${flow.id}/versions`)
      .send({ base_version: 1, spec: spec(900) });
    const same = await api()
      .post(`/api/flows/${flow.id}/versions`)
      .send({ base_version: 2, spec: spec(900) });
    const read = await api().get(`/api/flows/${flow.id}/versions/2`);

    expect(saved.status).toBe(201);
    expect(saved.body.version).toMatchObject({ number: 2, spec: spec(900) });
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ unchanged: true, version: { number: 2 } });
    expect(read.status).toBe(200);
    expect(read.body.version).toMatchObject({ number: 2, spec: spec(900) });
  });

  it('answers 409 stale_version with the latest version when the base is not the latest', async () => {
    const { flow } = await create();
    await api()
      .post(`/api/flows/${flow.id}/versions`)
      .send({ base_version: 1, spec: spec(700) });
    await api()
      .post(`/api/flows/${flow.id}/versions`)
      .send({ base_version: 2, spec: spec(800) });
    await api()
      .post(`/api/flows/${flow.id}/versions`)
      .send({ base_version: 3, spec: spec(900) });

    const response = await api()
      .post(`/api/flows/${flow.id}/versions`)
      .send({ base_version: 3, spec: spec(1000) });

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      error: 'stale_version',
      message:
        'Version 4 was saved (by another tab or person) after version 3, which your draft is based on. Review the difference, then save on top of version 4.',
      latest: { number: 4, spec: spec(900), published: false, launch_count: 0 },
    });
  });

  it('lets exactly one of several concurrent saves on the same base through', async () => {
    const { flow } = await create();

    const answers = await Promise.all(
      [700, 800, 900, 1000, 1100].map((ttl) =>
        api()
          .post(`/api/flows/${flow.id}/versions`)
          .send({ base_version: 1, spec: spec(ttl) }),
      ),
    );

    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const detail = await api().get(`/api/flows/${flow.id}`);
    expect(detail.body.flow.version_count).toBe(2);
  });

  it('refuses invalid specs and bodies, and unknown versions', async () => {
    const { flow } = await create();

    const badSpec = await api()
      .post(`/api/flows/${flow.id}/versions`)
      .send({ base_version: 1, spec: { client_session_token_ttl: 'long' } });
    const noBase = await api().post(`/api/flows/${flow.id}/versions`).send({ spec: spec() });
    const missing = await api().get(`/api/flows/${flow.id}/versions/9`);
    const zero = await api().get(`/api/flows/${flow.id}/versions/0`);

    expect(badSpec.status).toBe(400);
    expect(badSpec.body.findings[0].pathText).toBe('client_session_token_ttl');
    expect(noBase.status).toBe(400);
    expect(noBase.body.message).toContain('base_version');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe(`"${flow.name}" has no version 9.`);
    expect(zero.status).toBe(400);
  });
});

describe('publish, duplicate, archive', () => {
  it('publishes and unpublishes a version', async () => {
    const { flow } = await create();

    const published = await api().post(`/api/flows/${flow.id}/publish`).send({ version: 1 });
    const detail = await api().get(`/api/flows/${flow.id}`);
    const unpublished = await api().post(`/api/flows/${flow.id}/publish`).send({ version: null });
    const unknown = await api().post(`/api/flows/${flow.id}/publish`).send({ version: 5 });
    const bad = await api().post(`/api/flows/${flow.id}/publish`).send({ version: 'latest' });

    expect(published.status).toBe(200);
    expect(published.body.flow.published_version).toBe(1);
    expect(detail.body.versions[0].published).toBe(true);
    expect(unpublished.body.flow.published_version).toBe(null);
    expect(unknown.status).toBe(404);
    expect(bad.status).toBe(400);
  });

  it('duplicates a flow under "… (copy)" or a given name', async () => {
    const { flow } = await create();

    const copy = await api().post(`/api/flows/${flow.id}/duplicate`).send({});
    const named = await api()
      .post(`/api/flows/${flow.id}/duplicate`)
      .send({ name: uniqueFlowName() });
    const clash = await api().post(`/api/flows/${flow.id}/duplicate`).send({ name: flow.name });

    expect(copy.status).toBe(201);
    expect(copy.body.flow.name).toBe(`${flow.name} (copy)`);
    expect(copy.body.version).toMatchObject({ number: 1, spec: spec() });
    expect(named.status).toBe(201);
    expect(clash.status).toBe(409);
  });

  it('archives and unarchives', async () => {
    const { flow } = await create();

    const archived = await api().post(`/api/flows/${flow.id}/archive`).send({});
    const unarchived = await api().post(`/api/flows/${flow.id}/unarchive`).send({});
    const missing = await api().post(`/api/flows/${UNKNOWN}/archive`).send({});
    const crossSite = await api()
      .post(`/api/flows/${flow.id}/archive`)
      .set('Sec-Fetch-Site', 'cross-site')
      .send({});

    expect(archived.body.flow.archived_at).toBe(new Date(clock).toISOString());
    expect(unarchived.body.flow.archived_at).toBe(null);
    expect(missing.status).toBe(404);
    expect(crossSite.status).toBe(403);
  });
});

describe('DELETE /api/flows/:id and undelete', () => {
  const archivedFlow = async () => {
    const created = await create();
    await api().post(`/api/flows/${created.flow.id}/archive`).send({});
    return created.flow;
  };

  it('refuses to delete an active flow, or without the exact name', async () => {
    const { flow } = await create();
    const active = await api().delete(
      `/api/flows/${flow.id}?confirm=${encodeURIComponent(flow.name)}`,
    );
    const archived = await archivedFlow();
    const noConfirm = await api().delete(`/api/flows/${archived.id}`);
    const wrong = await api().delete(`/api/flows/${archived.id}?confirm=nope`);
    const crossSite = await api()
      .delete(`/api/flows/${archived.id}?confirm=${encodeURIComponent(archived.name)}`)
      .set('Sec-Fetch-Site', 'cross-site');

    expect(active.status).toBe(409);
    expect(active.body.error).toBe('not_archived');
    expect(noConfirm.status).toBe(400);
    expect(noConfirm.body.message).toContain("confirm: add ?confirm= with the flow's exact name");
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({
      error: 'confirm_mismatch',
      message: `To delete this flow, confirm with its exact name: "${archived.name}".`,
    });
    expect(crossSite.status).toBe(403);
  });

  it('deletes softly, undoes within 60 s, and answers 410 after', async () => {
    const flow = await archivedFlow();
    const confirm = `confirm=${encodeURIComponent(flow.name)}`;

    const deleted = await api().delete(`/api/flows/${flow.id}?${confirm}`);
    const gone = await api().get(`/api/flows/${flow.id}`);
    clock += 59_000;
    const undone = await api().post(`/api/flows/${flow.id}/undelete`).send({});
    await api().delete(`/api/flows/${flow.id}?${confirm}`);
    clock += 60_001;
    const late = await api().post(`/api/flows/${flow.id}/undelete`).send({});

    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({
      flow_id: flow.id,
      deleted_at: new Date(clock - 60_001 - 59_000).toISOString(),
      undo_until: new Date(clock - 60_001 - 59_000 + 60_000).toISOString(),
    });
    expect(gone.status).toBe(404);
    expect(undone.status).toBe(200);
    expect(undone.body.flow).toMatchObject({ id: flow.id, name: flow.name });
    expect(late.status).toBe(410);
    expect(late.body.error).toBe('gone');
  });
});

describe('export and import', () => {
  const exportOf = async (id: string, history: boolean) => {
    const response = await api().get(`/api/flows/${id}/export?history=${history}`);
    expect(response.status).toBe(200);
    return response;
  };

  it('exports one flow as an attachment, secrets masked, with or without history', async () => {
    const { flow } = await create({ name: 'Onboarding – UK', spec: secretSpec() });
    await api()
      .post(`/api/flows/${flow.id}/versions`)
      .send({ base_version: 1, spec: { ...secretSpec(), client_session_token_ttl: 900 } });

    const full = await exportOf(flow.id, true);
    const latest = await exportOf(flow.id, false);

    expect(full.headers['content-disposition']).toBe(
      'attachment; filename="onboarding-uk.flow.json"',
    );
    expect(full.headers['content-type']).toContain('application/json');
    expect(full.text).not.toContain(SECRET);
    const file = JSON.parse(full.text);
    expect(file).toMatchObject({
      format: 'idv-studio/flows',
      format_version: 1,
      exported_at: new Date(clock).toISOString(),
    });
    expect(file.flows[0].versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    expect(file.flows[0].versions[1].spec.notifications.auth_token).toBe('********');
    expect(
      JSON.parse(latest.text).flows[0].versions.map((v: { number: number }) => v.number),
    ).toEqual([2]);
  });

  it('exports the whole library, archived flows included, and imports it back (round trip)', async () => {
    const archived = await create();
    await api().post(`/api/flows/${archived.flow.id}/archive`).send({});
    const library = await api().get('/api/flows/export');
    const before = (await api().get('/api/flows?archived=include')).body.flows.length;

    const imported = await api()
      .post('/api/flows/import')
      .send({ files: [{ name: 'idv-studio-library.json', text: library.text }] });

    expect(library.headers['content-disposition']).toBe(
      'attachment; filename="idv-studio-library.json"',
    );
    const exportedNames = JSON.parse(library.text).flows.map((f: { name: string }) => f.name);
    expect(exportedNames).toContain(archived.flow.name);
    expect(imported.status).toBe(201);
    expect(imported.body.flows).toHaveLength(exportedNames.length);
    expect(imported.body.flows.map((f: { name: string }) => f.name)).toEqual(
      exportedNames.map((n: string) => `${n} (2)`),
    );
    const after = (await api().get('/api/flows?archived=include')).body.flows.length;
    expect(after).toBe(before + exportedNames.length);
    const copy = imported.body.flows.find(
      (f: { name: string }) => f.name === `${archived.flow.name} (2)`,
    );
    expect(copy.archived_at).not.toBe(null);
    const again = await api().get(`/api/flows/${copy.id}/export?history=true`);
    const original = await exportOf(archived.flow.id, true);
    expect(JSON.parse(again.text).flows[0].versions).toEqual(
      JSON.parse(original.text).flows[0].versions,
    );
  });

  it('imports a bare spec as a new flow and warns about masked secrets and renames', async () => {
    const { flow } = await create({ spec: secretSpec() });
    const exported = await exportOf(flow.id, true);

    const response = await api()
      .post('/api/flows/import')
      .send({
        files: [
          { name: 'exported.flow.json', text: exported.text },
          { name: 'plain-spec.json', text: JSON.stringify(spec(1200)) },
        ],
      });

    expect(response.status).toBe(201);
    expect(response.body.flows.map((f: { name: string }) => f.name)).toEqual([
      `${flow.name} (2)`,
      'plain-spec',
    ]);
    expect(response.body.warnings).toEqual([
      {
        file: 'exported.flow.json',
        findings: [
          expect.objectContaining({
            code: 'secret.masked',
            pathText: 'flows[0].versions[0].spec.notifications.auth_token',
          }),
          expect.objectContaining({ code: 'flow.renamed', pathText: 'flows[0].name' }),
        ],
      },
    ]);
  });

  it('imports nothing when one file is invalid, listing each file’s findings with paths', async () => {
    const before = (await api().get('/api/flows?archived=include')).body.flows.length;
    const good = JSON.stringify(spec());
    const bad = JSON.stringify({
      format: 'idv-studio/flows',
      format_version: 1,
      flows: [
        {
          name: 'Broken',
          versions: [
            { number: 1, spec: spec() },
            { number: 2, spec: { requested_checks: [{ type: 'LIVENES' }] } },
          ],
        },
      ],
    });
    const newer = JSON.stringify({ format: 'idv-studio/flows', format_version: 99, flows: [] });

    const response = await api()
      .post('/api/flows/import')
      .send({
        files: [
          { name: 'good.json', text: good },
          { name: 'bad.json', text: bad },
          { name: 'newer.json', text: newer },
        ],
      });

    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_import');
    expect(response.body.message).toBe(
      '2 of 3 files cannot be imported, so nothing was imported. Fix the problems listed for each file, then import again.',
    );
    expect(
      response.body.files.map((f: { name: string; findings: { pathText: string }[] }) => [
        f.name,
        f.findings.map((x) => x.pathText),
      ]),
    ).toEqual([
      ['good.json', []],
      ['bad.json', ['flows[0].versions[1].spec.requested_checks[0].type']],
      ['newer.json', ['format_version']],
    ]);
    const after = (await api().get('/api/flows?archived=include')).body.flows.length;
    expect(after).toBe(before);
  });

  it('accepts imports up to 5 MB and refuses larger ones with 413 naming the limit', async () => {
    const padded = `${JSON.stringify(spec())}${' '.repeat(2_000_000)}`;
    const ok = await api()
      .post('/api/flows/import')
      .send({ files: [{ name: 'padded.json', text: padded }] });
    const huge = await api()
      .post('/api/flows/import')
      .send({
        files: [{ name: 'huge.json', text: `${JSON.stringify(spec())}${' '.repeat(5_300_000)}` }],
      });
    const empty = await api().post('/api/flows/import').send({ files: [] });

    expect(ok.status).toBe(201);
    expect(huge.status).toBe(413);
    expect(huge.body).toEqual({
      error: 'body_too_large',
      message: 'The import (all files together, as JSON) is larger than the 5 MB limit.',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toContain('choose at least one file');
  });

  it('refuses cross-site imports', async () => {
    const response = await api()
      .post('/api/flows/import')
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ files: [{ name: 'a.json', text: '{}' }] });

    expect(response.status).toBe(403);
  });
});
