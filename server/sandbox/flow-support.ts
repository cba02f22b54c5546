import type { ErrorRequestHandler } from 'express';
import type { FlowEvent } from './result';

/** A flow error: shown on the page and posted to the parent as `{ eventType: 'ERROR', eventCode }`. */
export class FlowError extends Error {
  constructor(
    readonly status: number,
    readonly eventCode: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** success_url as given; error_url with the code added as `yotiErrorCode`, as Yoti does. */
export function redirectUrl(target: string, event: FlowEvent): string | null {
  try {
    const url = new URL(target);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (event.eventType === 'ERROR') url.searchParams.set('yotiErrorCode', String(event.eventCode));
    return url.toString();
  } catch {
    return null;
  }
}

/** The flow API's error handler: `{ eventType: 'ERROR', eventCode?, message }`, no stack trace. */
export const flowErrors: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  if (res.headersSent) return next(err);
  if (err instanceof FlowError) {
    res.status(err.status).json({
      eventType: 'ERROR',
      ...(err.eventCode ? { eventCode: err.eventCode } : {}),
      message: err.message,
    });
    return;
  }
  const type = (err as { type?: unknown } | null)?.type;
  const malformed = type === 'entity.parse.failed' || type === 'entity.too.large';
  if (!malformed) res.locals.error = err instanceof Error ? err.name : 'error';
  res.status(malformed ? 400 : 500).json({
    eventType: 'ERROR',
    eventCode: 5004,
    message: malformed ? 'The request body is not valid JSON.' : 'The sandbox failed.',
  });
};
