import path from 'node:path';
import express from 'express';
import type { Express } from 'express';
import { SANDBOX_PATH } from './config';
import { createEventBus, type EventBus } from './events';
import { ApiError, errorHandler } from './http/errors';
import { requestLog, type LogLine } from './http/log';
import { rateLimit } from './http/rate-limit';
import { sameOriginJson, securityHeaders } from './http/security';
import { createReceiver } from './notifications/receiver';
import { eventsRouter } from './routes/events';
import { flowsRouter } from './routes/flows';
import { healthRouter } from './routes/health';
import { notificationsRouter } from './routes/notifications';
import { sessionsRouter } from './routes/sessions';
import { createSandbox } from './sandbox/router';
import type { AppSettings } from './settings';
import type { Db } from './store/db';
import { deliveryStore } from './store/deliveries';
import { flowFileStore } from './store/flow-files';
import { launchRef } from './store/flow-queries';
import { flowStore } from './store/flows';
import { launchStore } from './store/launches';
import { installationSecret } from './store/meta';
import { sandboxSessionStore } from './store/sandbox-sessions';
import { createIdvClient } from './yoti/client';
import type { Credentials } from './yoti/credentials';

/** What createApp needs; everything injectable so tests can build the app in-process. */
export type AppDeps = {
  settings: AppSettings;
  credentials: Credentials;
  db: Db;
  /** Milliseconds since the epoch; tests pass a fake clock. */
  now?: () => number;
  /** One line per request; silent when left out. */
  log?: LogLine;
  events?: EventBus;
  /** Folder with the built client (dist/). When set, it is served with an SPA fallback. */
  staticDir?: string;
};

const originOf = (url: string) => new URL(url).origin;

/** Builds the Express app. Listening is left to server/index.ts. */
export function createApp(deps: AppDeps): Express {
  const { settings, credentials, db, staticDir } = deps;
  const now = deps.now ?? Date.now;
  const events = deps.events ?? createEventBus();
  const launches = launchStore(db);
  const deliveries = deliveryStore(db);
  const receiver = createReceiver({
    launches,
    deliveries,
    events,
    secret: installationSecret(db, 'receiver_hmac_key'),
    now,
  });
  const client = createIdvClient({
    baseUrl: settings.idvApiUrl,
    credentials,
    timeoutMs: settings.upstreamTimeoutMs,
    readRetryDelaysMs: settings.readRetryDelaysMs,
  });
  const guard = sameOriginJson(settings.ownOrigins);

  const app = express();
  app.disable('x-powered-by');
  // API answers are not cached, so no ETag: it would hash every response body.
  app.set('etag', false);
  if (deps.log) app.use(requestLog(deps.log));
  app.use(securityHeaders([originOf(settings.launchBase), originOf(settings.idvApiUrl)]));

  app.use('/api/health', healthRouter(settings));
  app.use(
    '/api/sessions',
    sessionsRouter({
      client,
      launches,
      events,
      settings,
      now,
      guard,
      limit: rateLimit(settings.launchRateLimit, now, 'session launches'),
      flowRef: launchRef(db),
    }),
  );
  app.use(
    '/api/flows',
    flowsRouter({ flows: flowStore(db, now), files: flowFileStore(db, now), now, guard }),
  );
  app.use('/api/notifications', notificationsRouter({ receiver, deliveries, guard }));
  app.use('/api/events', eventsRouter(events));
  app.use('/api', (_req, _res) => {
    throw new ApiError(404, 'not_found', 'No such API route.');
  });

  app.use(
    SANDBOX_PATH,
    createSandbox({
      store: sandboxSessionStore(db),
      clients: new Map([[credentials.sdkId, credentials.publicKey]]),
      events,
      now,
      notifier: { ownOrigins: settings.ownOrigins, allow: settings.sandboxNotifyAllow, receiver },
    }),
  );

  if (staticDir) {
    const root = path.resolve(staticDir);
    app.use(express.static(root, { index: 'index.html' }));
    // Client-side routes get the app shell; a missing asset (has an extension) stays a 404.
    app.get('/{*splat}', (req, res, next) => {
      if (path.extname(req.path)) return next();
      res.sendFile(path.join(root, 'index.html'));
    });
  }

  app.use((_req, _res) => {
    throw new ApiError(404, 'not_found', 'Not found.');
  });
  app.use(errorHandler);
  return app;
}
