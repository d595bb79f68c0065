import type { FieldError } from '../law/record-schemas';

/**
 * Base of the errors the API turns into problem+json answers. `code` is stable and the UI
 * translates it (with `params`), so no English reaches a Russian or Kyrgyz screen; `message` is
 * for API clients and logs.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
  constructor(message: string, readonly code: string, readonly params: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The request is malformed or its data breaks a rule (400, or 422 with field errors). */
export class InputError extends DomainError {
  readonly title = 'Invalid input';
  constructor(message: string, readonly errors: FieldError[] = [], readonly status: 400 | 422 = 422, code = 'invalid-input') {
    super(message, code);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly status = 401;
  readonly title = 'Not signed in';
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly title = 'Forbidden';
}

/** Unknown, or not visible to this user: the two are deliberately indistinguishable. */
export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly title = 'Not found';
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly title = 'Conflict';
}

export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly title = 'Too many requests';
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message, 'too-many-attempts', { retryAfterSeconds });
  }
}

/** A dependency (the workflow engine) did not answer in time; nothing was decided. */
export class UnavailableError extends DomainError {
  readonly status = 503;
  readonly title = 'Service unavailable';
}
