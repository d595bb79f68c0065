import { isGrpcServiceError, ServiceError } from '@temporalio/client';

export type Dependency = 'database' | 'temporal';

/** PostgreSQL SQLSTATE classes and codes of a server out of reach, starting or shutting down. */
const PG_UNAVAILABLE = /^(08|57P0[1-3]|53300)/;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);
/** gRPC status codes of a Temporal frontend out of reach or not answering in time. */
const GRPC_UNAVAILABLE = 14;
const GRPC_DEADLINE_EXCEEDED = 4;

/**
 * Which dependency an error says is out of reach, or null when it is anything else: PostgreSQL
 * refusing or dropping connections, or knex timing out acquiring one (a frozen server); the
 * Temporal frontend unavailable or past its deadline. Such a request answers 503 with Retry-After
 * (api/problem.ts), not 500: the request may be retried as it is. Pure.
 */
export function outageOf(err: unknown): Dependency | null {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (isGrpcServiceError(e) && (e.code === GRPC_UNAVAILABLE || e.code === GRPC_DEADLINE_EXCEEDED)) return 'temporal';
    if (e instanceof ServiceError && /UNAVAILABLE|DEADLINE_EXCEEDED/.test(e.message)) return 'temporal';
    const { name, code, message } = e as { name?: string; code?: unknown; message?: string };
    if (name === 'KnexTimeoutError') return 'database';
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || PG_UNAVAILABLE.test(code))) return 'database';
    if (typeof message === 'string' && /^Connection terminated|the database system is (starting up|shutting down|in recovery|not yet accepting)/.test(message)) return 'database';
  }
  return null;
}
