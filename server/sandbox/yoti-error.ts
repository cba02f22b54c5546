import type { ErrorRequestHandler } from 'express';

/** An error the sandbox answers in Yoti's shape: `{ code, message, errors? }`. */
export class YotiApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: { property: string; message: string }[],
  ) {
    super(message);
    this.name = 'YotiApiError';
  }
}

/** The sandbox's error handler: Yoti's error body shape, never a stack trace. */
export const yotiErrorHandler: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  if (res.headersSent) return next(err);
  if (err instanceof YotiApiError) {
    res.status(err.status).json({
      code: err.code,
      message: err.message,
      ...(err.errors ? { errors: err.errors } : {}),
    });
    return;
  }
  const type = (err as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') {
    res.status(413).json({ code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' });
    return;
  }
  res.locals.error = err instanceof Error ? err.name : 'error';
  res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'The sandbox failed.' });
};
