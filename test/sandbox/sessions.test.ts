import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCredentials, startTestApp, type TestApp } from '../server/helpers';
import { send, signedFor } from './helpers';

const credentials = makeCredentials();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ credentials });
});
afterAll(() => app.close());

describe('sandbox POST /sessions', () => {
  it('validates the spec as Yoti does, naming the properties in its error shape', async () => {
    const spec = {
      requested_checks: [{ type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'SOMETIMES' } }],
      sdk_config: { allowed_capture_methods: 'UPLOAD' },
    };

    const result = await send(signedFor(app, 'POST', '/sessions', spec));

    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      code: 'PAYLOAD_VALIDATION',
      message: 'There were errors validating the payload',
      errors: [
        { property: 'requested_checks[0].config.manual_check', message: expect.any(String) },
        { property: 'sdk_config.allowed_capture_methods', message: expect.any(String) },
      ],
    });
  });

  it('creates a session with UUIDs and the requested TTL', async () => {
    const result = await send(
      signedFor(app, 'POST', '/sessions', { client_session_token_ttl: 900 }),
    );

    expect(result).toEqual({
      status: 201,
      body: {
        client_session_token_ttl: 900,
        session_id: expect.stringMatching(
          /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        ),
        client_session_token: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
    });
  });
});

describe('sandbox GET, configuration and DELETE /sessions/{id}', () => {
  it('serves an ongoing session, its configuration, then deletes it', async () => {
    const spec = {
      user_tracking_id: 'u-1',
      requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'ZOOM' } }],
      requested_tasks: [
        { type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'NEVER' } },
      ],
      required_documents: [
        {
          type: 'ID_DOCUMENT',
          filter: {
            type: 'ORTHOGONAL_RESTRICTIONS',
            type_restriction: { inclusion: 'WHITELIST', document_types: ['DRIVING_LICENCE'] },
          },
        },
      ],
    };
    const created = (await send(signedFor(app, 'POST', '/sessions', spec))).body as {
      session_id: string;
      client_session_token: string;
    };
    const path = `/sessions/${created.session_id}`;

    const result = await send(signedFor(app, 'GET', path));
    const configuration = await send(signedFor(app, 'GET', `${path}/configuration`));
    const deleted = await send(signedFor(app, 'DELETE', path));
    const gone = await send(signedFor(app, 'GET', path));

    expect(result.body).toEqual({
      client_session_token_ttl: expect.any(Number),
      session_id: created.session_id,
      user_tracking_id: 'u-1',
      state: 'ONGOING',
      client_session_token: created.client_session_token,
      checks: [],
      resources: {
        id_documents: [],
        supplementary_documents: [],
        liveness_capture: [],
        face_capture: [],
        applicant_profiles: [],
        share_codes: [],
      },
    });
    expect(configuration.body).toMatchObject({
      session_id: created.session_id,
      requested_checks: ['LIVENESS'],
      capture: {
        biometric_consent: 'REQUIRED',
        required_resources: [
          {
            type: 'ID_DOCUMENT',
            state: 'REQUIRED',
            requested_tasks: [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', state: 'REQUIRED' }],
          },
          { type: 'LIVENESS', liveness_type: 'ZOOM' },
        ],
      },
    });
    expect(deleted.status).toBe(204);
    expect(gone).toEqual({
      status: 404,
      body: { code: 'SESSION_NOT_FOUND', message: expect.any(String) },
    });
  });

  it('answers unknown endpoints in the Yoti error shape', async () => {
    const result = await send(signedFor(app, 'GET', '/supported-documents'));

    expect(result).toEqual({
      status: 404,
      body: { code: 'NOT_FOUND', message: 'The sandbox does not emulate this endpoint.' },
    });
  });
});
