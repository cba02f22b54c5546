import type { RequestHandler } from 'express';

/** Where log lines go; the default is stdout. */
export type LogLine = (line: string) => void;

/**
 * One line per request: method, path (never the query, which can carry tokens), status, time.
 * Headers and bodies are never logged.
 */
export function requestLog(log: LogLine): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const path = req.originalUrl.split('?', 1)[0];
      const error = typeof res.locals.error === 'string' ? ` error=${res.locals.error}` : '';
      log(`${req.method} ${path} ${res.statusCode} ${ms.toFixed(1)}ms${error}`);
    });
    next();
  };
}

/**
 * A log sink that batches the lines of one event-loop turn into a single write: one syscall
 * instead of one per request under load. `flush` writes what is pending (on shutdown).
 */
export function batchedLog(write: (text: string) => void): LogLine & { flush: () => void } {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    write(text);
  };
  return Object.assign(
    (line: string) => {
      if (pending.push(line) === 1) setImmediate(flush);
    },
    { flush },
  );
}
