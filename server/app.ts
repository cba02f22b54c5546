import path from 'node:path';
import express from 'express';
import type { ErrorRequestHandler, Express } from 'express';
import type { Config } from './config';

/** What createApp needs; everything injectable so tests can build the app in-process. */
export type AppDeps = {
  config: Pick<Config, 'mode' | 'apiBaseUrl'>;
  /** Folder with the built client (dist/). When set, it is served with an SPA fallback. */
  staticDir?: string;
};

/** Builds the Express app. Listening is left to server/index.ts. */
export function createApp({ config, staticDir }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));

  app.get('/api/health', (_req, res) => {
    res.json({ status: 'ok', mode: config.mode, apiBaseUrl: config.apiBaseUrl });
  });

  app.use('/api', (_req, res) => {
    res.status(404).json({ error: 'not_found', message: 'No such API route.' });
  });

  if (staticDir) {
    const root = path.resolve(staticDir);
    app.use(express.static(root, { index: 'index.html' }));
    // Client-side routes get the app shell; a missing asset (has an extension) stays a 404.
    app.get('/{*splat}', (req, res, next) => {
      if (path.extname(req.path)) return next();
      res.sendFile(path.join(root, 'index.html'));
    });
  }

  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found', message: 'Not found.' });
  });

  app.use(errorHandler);
  return app;
}

/** The one error handler: a JSON body, never a stack trace or Express's HTML page. */
const errorHandler: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  if (res.headersSent) {
    next(err);
    return;
  }
  const status = statusOf(err);
  if (status >= 500) console.error(err);
  res.status(status).json({
    error: status >= 500 ? 'internal_error' : 'request_error',
    message: status >= 500 ? 'Something went wrong.' : messageOf(err),
  });
};

/** The fields Express and its middleware put on errors they raise (http-errors style). */
type HttpError = { status?: unknown; statusCode?: unknown; expose?: unknown };

function statusOf(err: unknown): number {
  const { status, statusCode } = (typeof err === 'object' && err !== null ? err : {}) as HttpError;
  const code = status ?? statusCode;
  return typeof code === 'number' && code >= 400 && code < 600 ? code : 500;
}

/** Only errors marked `expose` (e.g. malformed JSON) carry a message meant for the client. */
function messageOf(err: unknown): string {
  return err instanceof Error && (err as HttpError).expose === true
    ? err.message
    : 'The request could not be processed.';
}
