import type { ErrorRequestHandler, Response } from 'express';
import { outageOf } from '../domain/dependency-outage';
import { DomainError, InputError, TooManyRequestsError } from '../domain/errors';

/** How long a client should wait before trying again a request a dependency outage refused. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/** Sends an RFC 9457 problem document. */
export function sendProblem(res: Response, status: number, title: string, detail?: string, extra: Record<string, unknown> = {}): void {
  res.status(status).type('application/problem+json').json({ type: 'about:blank', title, status, ...(detail ? { detail } : {}), ...extra });
}

/**
 * The one final error handler: domain errors become their 4xx problem, body-parser failures 400/413,
 * anything else a 500 that is logged and, outside development, says nothing of its cause.
 */
export function problemHandler(opts: { exposeErrors: boolean; log: (msg: string, fields: Record<string, unknown>) => void }): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof TooManyRequestsError) res.setHeader('Retry-After', String(err.retryAfterSeconds));
    if (err instanceof DomainError && err.status === 503) res.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
    if (err instanceof DomainError) {
      if (err.status >= 500) opts.log('request failed', { method: req.method, path: req.path, error: err.message });
      const extra = { code: err.code, ...(Object.keys(err.params).length > 0 ? { params: err.params } : {}), ...(err instanceof InputError ? { errors: err.errors } : {}) };
      return sendProblem(res, err.status, err.title, err.message, extra);
    }
    const parserStatus = (err as { status?: number; type?: string }).status;
    if (parserStatus === 400 && (err as { type?: string }).type === 'entity.parse.failed') {
      return sendProblem(res, 400, 'Malformed JSON', 'The request body is not valid JSON', { code: 'malformed-json' });
    }
    if (parserStatus === 413) return sendProblem(res, 413, 'Payload too large', 'The request body exceeds the size limit', { code: 'payload-too-large' });
    if (parserStatus && parserStatus >= 400 && parserStatus < 500) {
      return sendProblem(res, parserStatus, 'Bad request', (err as Error).message, { code: 'bad-request' });
    }
    const outage = outageOf(err);
    if (outage) {
      opts.log('dependency unavailable', { method: req.method, path: req.path, dependency: outage, error: String((err as Error)?.message ?? err) });
      res.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
      const what = outage === 'database' ? 'The database' : 'The workflow engine';
      return sendProblem(res, 503, 'Service unavailable', `${what} is out of reach for a moment; try again shortly`, { code: `${outage}-unavailable`, retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS });
    }
    opts.log('unhandled error', { method: req.method, path: req.path, error: String((err as Error)?.stack ?? err) });
    sendProblem(res, 500, 'Internal error', opts.exposeErrors ? String((err as Error)?.message ?? err) : undefined, { code: 'internal-error' });
  };
}
