import { createHash, randomUUID } from 'node:crypto';
import { Router } from 'express';
import { validateSpec } from '../../src/spec/index';
import type { SandboxSessionStore } from '../store/sandbox-sessions';
import { provideResources } from './resources';
import { sessionResult } from './result';
import { loadSession, tokenTtl } from './session-loader';
import { YotiApiError } from './yoti-error';

export type SandboxApiDeps = { store: SandboxSessionStore; now: () => number };

const notFound = () =>
  new YotiApiError(404, 'SESSION_NOT_FOUND', 'No session with this id exists for this SDK id.');

/** The signed part of the emulated IDV API: create, read, delete, configuration. */
export function sandboxApi({ store, now }: SandboxApiDeps): Router {
  const router = Router();

  /** The session, if it exists and belongs to the SDK id that signed the request. */
  const owned = (sessionId: string, sdkId: unknown) => {
    const loaded = loadSession(store, sessionId);
    if (!loaded || loaded.row.sdk_id !== sdkId) throw notFound();
    return loaded;
  };

  router.post('/sessions', (req, res) => {
    const text = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new YotiApiError(400, 'PAYLOAD_VALIDATION', 'The request body is not valid JSON.', [
        { property: '', message: 'must be a JSON object' },
      ]);
    }
    const { spec, findings, valid } = validateSpec(value);
    if (!valid || !spec)
      throw new YotiApiError(
        400,
        'PAYLOAD_VALIDATION',
        'There were errors validating the payload',
        findings
          .filter((f) => f.severity === 'error')
          .map((f) => ({ property: f.path.length > 0 ? f.pathText : '', message: f.message })),
      );
    const t = now();
    const ttl = tokenTtl(spec, t);
    const session = {
      session_id: randomUUID(),
      sdk_id: String(res.locals.sdkId),
      client_session_token: randomUUID(),
      created_at: t,
      expires_at: t + ttl * 1000,
      spec_json: JSON.stringify(spec),
      state: 'ONGOING' as const,
      result_json: null,
      deleted: 0,
    };
    store.add(session);
    res.status(201).json({
      client_session_token_ttl: ttl,
      session_id: session.session_id,
      client_session_token: session.client_session_token,
    });
  });

  router.get('/sessions/:id', (req, res) => {
    const { row, spec, completion } = owned(req.params.id, res.locals.sdkId);
    res.json(sessionResult(row, spec, completion, now()));
  });

  router.get('/sessions/:id/configuration', (req, res) => {
    const { row, spec } = owned(req.params.id, res.locals.sdkId);
    // Stable ids derived from the session, so repeated reads agree.
    let n = 0;
    const uuid = () => {
      const h = createHash('sha256').update(`${row.session_id}:${n++}`).digest('hex');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
    };
    const r = provideResources(spec, { uuid, at: new Date(row.created_at).toISOString() });
    const sources = [{ type: 'END_USER' }];
    const captureMethods = spec.sdk_config?.allowed_capture_methods ?? 'CAMERA';
    const tasks = (list: { type: string }[]) =>
      list.map((t) => ({ type: t.type, state: 'REQUIRED' }));
    res.json({
      client_session_token_ttl: Math.max(0, Math.floor((row.expires_at - now()) / 1000)),
      session_id: row.session_id,
      requested_checks: spec.requested_checks.map((c) => c.type),
      capture: {
        biometric_consent:
          r.liveness_capture.length > 0 && !spec.block_biometric_consent
            ? 'REQUIRED'
            : 'NOT_REQUIRED',
        required_resources: [
          ...r.id_documents.map((d) => ({
            type: 'ID_DOCUMENT',
            id: d.id,
            state: 'REQUIRED',
            allowed_sources: sources,
            requested_tasks: tasks(d.tasks),
            supported_countries: [],
            allowed_capture_methods: captureMethods,
            attempts_remaining: {},
          })),
          ...r.supplementary_documents.map((d) => ({
            type: 'SUPPLEMENTARY_DOCUMENT',
            id: d.id,
            state: 'REQUIRED',
            allowed_sources: sources,
            requested_tasks: tasks(d.tasks),
            document_types: [d.document_type],
            country_codes: [d.issuing_country],
            objective: { type: 'PROOF_OF_ADDRESS' },
          })),
          ...r.liveness_capture.map((l) => ({
            type: 'LIVENESS',
            id: l.id,
            state: 'REQUIRED',
            allowed_sources: sources,
            liveness_type: l.liveness_type,
          })),
          ...r.face_capture.map((f) => ({
            type: 'FACE_CAPTURE',
            id: f.id,
            state: 'REQUIRED',
            allowed_sources: [{ type: 'RELYING_BUSINESS' }],
          })),
        ],
      },
    });
  });

  router.delete('/sessions/:id', (req, res) => {
    owned(req.params.id, res.locals.sdkId);
    store.remove(req.params.id);
    res.status(204).end();
  });

  router.use((_req, _res) => {
    throw new YotiApiError(404, 'NOT_FOUND', 'The sandbox does not emulate this endpoint.');
  });
  return router;
}
