import type { ErrorRequestHandler } from 'express';
import type { z } from 'zod';

/** An error meant for the client: status, a stable code, a plain message and extra fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Parses a request value with a schema, or throws a 400 that lists what is wrong. */
export function parseOr400<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what: string,
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
  throw new ApiError(400, 'invalid_request', `The ${what} is not valid: ${problems.join('; ')}.`, {
    problems,
  });
}

/** What body-parser puts on the errors it raises. */
type ParserError = { type?: unknown; status?: unknown; statusCode?: unknown; expose?: unknown };

const PARSER_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'malformed_json', 'The request body is not valid JSON.'],
  'entity.too.large': [413, 'body_too_large', 'The request body is larger than the 1 MB limit.'],
  'encoding.unsupported': [
    415,
    'unsupported_encoding',
    'The request body encoding is not supported.',
  ],
  'charset.unsupported': [415, 'unsupported_charset', 'Send the request body as UTF-8.'],
  'request.aborted': [400, 'request_aborted', 'The request was aborted before its body arrived.'],
};

/**
 * The one error handler: a JSON body, never a stack trace or Express's HTML page. Server errors
 * are reported to the request log line (res.locals.error), not printed separately.
 */
export const errorHandler: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  if (res.headersSent) {
    next(err);
    return;
  }
  if (err instanceof ApiError) {
    res.status(err.status).json({ error: err.code, message: err.message, ...err.details });
    return;
  }
  const parser = (typeof err === 'object' && err !== null ? err : {}) as ParserError;
  const known = typeof parser.type === 'string' ? PARSER_ERRORS[parser.type] : undefined;
  if (known) {
    const [status, code, message] = known;
    res.status(status).json({ error: code, message });
    return;
  }
  const raw = parser.status ?? parser.statusCode;
  const status = typeof raw === 'number' && raw >= 400 && raw < 600 ? raw : 500;
  if (status >= 500)
    res.locals.error =
      err instanceof Error
        ? `${err.name}: ${err.message}`.replace(/\s+/g, ' ').slice(0, 200)
        : 'error';
  res.status(status).json({
    error: status >= 500 ? 'internal_error' : 'request_error',
    message:
      status >= 500
        ? 'Something went wrong.'
        : err instanceof Error && parser.expose === true
          ? err.message
          : 'The request could not be processed.',
  });
};
