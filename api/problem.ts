import type { ErrorRequestHandler, Response } from 'express';
import { DomainError, InputError, TooManyRequestsError } from '../domain/errors';

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
    opts.log('unhandled error', { method: req.method, path: req.path, error: String((err as Error)?.stack ?? err) });
    sendProblem(res, 500, 'Internal error', opts.exposeErrors ? String((err as Error)?.message ?? err) : undefined, { code: 'internal-error' });
  };
}
