import express, { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { launchFlowRef } from '../../src/flows/index';
import { maskSpecSecrets } from '../../src/spec/index';
import type { EventBus } from '../events';
import { parseOr400 } from '../http/errors';
import { validSpecOr400 } from '../http/spec-body';
import type { AppSettings } from '../settings';
import type { LaunchRef } from '../store/flow-queries';
import { NO_FLOW, type Launch, type LaunchStore } from '../store/launches';
import { UpstreamError, type IdvClient } from '../yoti/client';
import { upstreamToApiError } from '../yoti/upstream-errors';
import { launchFlowOf } from './launch-flow';

export type SessionsDeps = {
  client: IdvClient;
  launches: LaunchStore;
  events: EventBus;
  settings: AppSettings;
  now: () => number;
  /** Same-origin JSON check for state-changing routes. */
  guard: RequestHandler;
  /** Rate limit for launches. */
  limit: RequestHandler;
  /** Looks up a saved flow version, for launches that name one (`flow` in the body). */
  flowRef?: LaunchRef;
};

const createBody = z.strictObject({
  spec: z.unknown().refine((v) => v !== undefined, 'required'),
  flow: launchFlowRef.optional(),
});
const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
/** Session ids go into the upstream path, so only safe characters (Yoti's are UUIDs). */
const sessionId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'not a session id');

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A launch as the API shows it: ISO times, secrets masked. */
export function launchView(launch: Launch & { notification_count?: number }) {
  let spec: unknown;
  try {
    spec = maskSpecSecrets(JSON.parse(launch.spec_json));
  } catch {
    spec = null;
  }
  return {
    session_id: launch.session_id,
    created_at: iso(launch.created_at),
    expires_at: iso(launch.created_at + launch.client_session_token_ttl * 1000),
    deleted_at: iso(launch.deleted_at),
    mode: launch.mode,
    api_url: launch.api_url,
    launch_url: launch.launch_url,
    client_session_token: launch.client_session_token,
    client_session_token_ttl: launch.client_session_token_ttl,
    spec,
    flow: launch.flow_id
      ? {
          id: launch.flow_id,
          name: launch.flow_name,
          version: launch.flow_version,
          modified: launch.flow_modified === 1,
        }
      : null,
    notification_count: launch.notification_count ?? 0,
  };
}

const upstream = (sessionIdValue?: string) => (error: unknown) => {
  throw error instanceof UpstreamError ? upstreamToApiError(error, sessionIdValue) : error;
};

/** /api/sessions: launch (sign and submit), history, results, delete. */
export function sessionsRouter({
  client,
  launches,
  events,
  settings,
  now,
  guard,
  limit,
  flowRef,
}: SessionsDeps): Router {
  const router = Router();

  router.post('/', guard, limit, express.json({ limit: '1mb' }), async (req, res) => {
    const body = parseOr400(createBody, req.body, 'request body');
    const { spec, findings } = validSpecOr400(body.spec, 'launching');
    const flow = body.flow ? launchFlowOf(flowRef, body.flow, spec) : NO_FLOW;
    const created = await client.createSession(spec).catch(upstream());
    const query = new URLSearchParams({
      sessionID: created.session_id,
      sessionToken: created.client_session_token,
    });
    const launch: Launch = {
      ...created,
      created_at: now(),
      mode: settings.mode,
      api_url: settings.idvApiUrl,
      spec_json: JSON.stringify(spec),
      launch_url: `${settings.launchBase}/web/index.html?${query}`,
      deleted_at: null,
      ...flow,
    };
    launches.add(launch);
    events.publish({
      type: 'session',
      data: {
        kind: 'created',
        session_id: launch.session_id,
        at: new Date(launch.created_at).toISOString(),
      },
    });
    res.status(201).json({
      session_id: created.session_id,
      client_session_token: created.client_session_token,
      client_session_token_ttl: created.client_session_token_ttl,
      launch_url: launch.launch_url,
      warnings: findings,
    });
  });

  router.get('/', (req, res) => {
    const { limit: count } = parseOr400(listQuery, req.query, 'query');
    res.json({ sessions: launches.list(count).map(launchView) });
  });

  router.get('/:id', async (req, res) => {
    const id = parseOr400(sessionId, req.params.id, 'session id');
    res.json(await client.getSession(id).catch(upstream(id)));
  });

  router.delete('/:id', guard, async (req, res) => {
    const id = parseOr400(sessionId, req.params.id, 'session id');
    await client.deleteSession(id).catch(upstream(id));
    const at = now();
    launches.markDeleted(id, at);
    const deletedAt = new Date(at).toISOString();
    events.publish({ type: 'session', data: { kind: 'deleted', session_id: id, at: deletedAt } });
    res.json({ session_id: id, deleted_at: deletedAt });
  });

  return router;
}
