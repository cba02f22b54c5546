import { randomUUID, timingSafeEqual } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { z } from 'zod';
import type { EventBus } from '../events';
import type { SandboxSessionStore } from '../store/sandbox-sessions';
import { describeFlow } from './flow-description';
import { FlowError, flowErrors, redirectUrl } from './flow-support';
import { deliverNotifications, type NotifierDeps } from './notify';
import { completeSession, RECOMMENDATIONS, type FlowEvent } from './result';
import { loadSession } from './session-loader';
import { WEB_ERROR_CODES } from './vocabulary';

export type FlowDeps = {
  store: SandboxSessionStore;
  events: EventBus;
  now: () => number;
  notifier: NotifierDeps;
};

const ids = { sessionID: z.string().optional(), sessionToken: z.string().optional() };
const completeSchema = z.strictObject({
  ...ids,
  outcomes: z
    .array(
      z.strictObject({ value: z.enum(RECOMMENDATIONS), reason: z.string().max(100).optional() }),
    )
    .max(100),
});
const abandonSchema = z.strictObject({
  ...ids,
  eventCode: z
    .number()
    .int()
    .refine((code) => code in WEB_ERROR_CODES, 'not a web error code'),
});

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The stand-in user flow: static page at /web/index.html plus the small API it calls. */
export function flowRouter({ store, events, now, notifier }: FlowDeps): Router {
  const router = Router();
  router.use(express.static(fileURLToPath(new URL('./web', import.meta.url)), { index: false }));

  /** The ongoing session these ids open, or the error the real flow would show. */
  function open(sessionID: string | undefined, sessionToken: string | undefined) {
    if (!sessionID) throw new FlowError(400, 2004, 'No session ID was given (sessionID).');
    if (!sessionToken) throw new FlowError(401, 2003, 'No session token was given (sessionToken).');
    const loaded = loadSession(store, sessionID);
    if (!loaded)
      throw new FlowError(404, 2001, 'Session not found: it does not exist or was deleted.');
    if (!sameText(sessionToken, loaded.row.client_session_token))
      throw new FlowError(401, 2000, 'The session token is not valid for this session.');
    if (loaded.row.state === 'COMPLETED')
      throw new FlowError(
        401,
        2000,
        'This session is already completed; its token no longer opens the flow.',
      );
    if (now() >= loaded.row.expires_at)
      throw new FlowError(410, 2002, 'The session token has expired.');
    return loaded;
  }

  router.get('/api/session', (req, res) => {
    const q = req.query;
    const loaded = open(
      typeof q.sessionID === 'string' ? q.sessionID : undefined,
      typeof q.sessionToken === 'string' ? q.sessionToken : undefined,
    );
    res.json(describeFlow(loaded.row, loaded.spec));
  });

  const json = express.json({ limit: '64kb' });
  const requireJson: express.RequestHandler = (req, _res, next) => {
    if (!req.is('application/json')) throw new FlowError(415, undefined, 'Send JSON.');
    next();
  };

  /** Completes the session, tells listeners, then sends its notifications. */
  async function finish(
    sessionID: string | undefined,
    sessionToken: string | undefined,
    outcomes: z.infer<typeof completeSchema>['outcomes'],
    event: FlowEvent,
  ) {
    const { row, spec } = open(sessionID, sessionToken);
    const t = now();
    const completion = completeSession(spec, outcomes, event, {
      uuid: randomUUID,
      at: new Date(t).toISOString(),
      now: t,
    });
    if (!store.complete(row.session_id, JSON.stringify(completion)))
      throw new FlowError(409, 2000, 'This session is already completed.');
    events.publish({
      type: 'session',
      data: { kind: 'completed', session_id: row.session_id, at: new Date(t).toISOString() },
    });
    const deliveries = await deliverNotifications(spec, row.session_id, completion, notifier);
    const target =
      event.eventType === 'SUCCESS' ? spec.sdk_config?.success_url : spec.sdk_config?.error_url;
    return { event, redirect: target ? redirectUrl(target, event) : null, deliveries };
  }

  router.post('/api/complete', requireJson, json, async (req, res) => {
    const body = completeSchema.safeParse(req.body);
    if (!body.success)
      throw new FlowError(
        400,
        undefined,
        'Send { sessionID, sessionToken, outcomes: [{ value, reason? }] }.',
      );
    res.json(
      await finish(body.data.sessionID, body.data.sessionToken, body.data.outcomes, {
        eventType: 'SUCCESS',
      }),
    );
  });

  router.post('/api/abandon', requireJson, json, async (req, res) => {
    const body = abandonSchema.safeParse(req.body);
    if (!body.success)
      throw new FlowError(
        400,
        undefined,
        'Send { sessionID, sessionToken, eventCode } with a web error code.',
      );
    const event = { eventType: 'ERROR' as const, eventCode: body.data.eventCode };
    res.json(await finish(body.data.sessionID, body.data.sessionToken, [], event));
  });

  router.use((_req, _res) => {
    throw new FlowError(404, undefined, 'Not found.');
  });
  router.use(flowErrors);
  return router;
}
