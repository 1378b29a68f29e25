import type { RuleCode } from '../../../../libs/contracts/rules';

/** Errors services throw; ErrorFilter maps each code to one HTTP status and a stable JSON body. */
export enum ErrorCode {
  Validation = 'validation_failed',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  InvalidTransition = 'invalid_transition',
  Conflict = 'conflict',
  /** The Idempotency-Key was used before with another request. */
  IdempotencyKeyReused = 'idempotency_key_reused',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  /** Too many attempts (sign-in): refused for a while; the answer's Retry-After says how long. */
  TooManyRequests = 'too_many_requests',
  Unavailable = 'unavailable',
  /** Something the API did not foresee; the log has it, the answer says no more. */
  Internal = 'internal',
}

/**
 * Every code the API answers with, its HTTP status, when, and whether sending the request again helps:
 * the one registry (the filter answers with these statuses; docs/reference/errors.md is written from it).
 */
export const ERRORS: Record<ErrorCode, { status: number; when: string; again: string }> = {
  [ErrorCode.Validation]: {
    status: 400,
    when: 'bad input, malformed JSON, a body that is not UTF-8; each problem names the field and the rule',
    again: 'no: correct it first',
  },
  [ErrorCode.Unauthenticated]: {
    status: 401,
    when: 'no valid bearer token or session',
    again: 'with a valid token or after signing in',
  },
  [ErrorCode.Forbidden]: {
    status: 403,
    when: 'the role or the person may not do this, or a change from the browser came without its CSRF token',
    again: 'no',
  },
  [ErrorCode.NotFound]: {
    status: 404,
    when: 'an unknown id (arrangement, supplier, case, visit) or route',
    again: 'no',
  },
  [ErrorCode.InvalidTransition]: {
    status: 409,
    when: 'the action does not fit the state it is in (said before any check of who may act)',
    again: 'after reloading',
  },
  [ErrorCode.Conflict]: {
    status: 409,
    when: 'a change based on an older version, or one that collides with another',
    again: 'after reloading',
  },
  [ErrorCode.IdempotencyKeyReused]: {
    status: 422,
    when: 'the `Idempotency-Key` was used with another request (method, path or body)',
    again: 'with a new key',
  },
  [ErrorCode.PayloadTooLarge]: {
    status: 413,
    when: 'a body over its limit (the answer names it): a JSON body, a survey file, an attachment',
    again: 'no: split it',
  },
  [ErrorCode.UnsupportedMediaType]: {
    status: 415,
    when: 'a body in a character set other than UTF-8, or an attachment not sent as application/pdf',
    again: 'no: send it as UTF-8, or the PDF as the body',
  },
  [ErrorCode.TooManyRequests]: {
    status: 429,
    when: 'too many failed sign-ins from one address or for one username',
    again: 'yes, after `Retry-After`',
  },
  [ErrorCode.Unavailable]: {
    status: 503,
    when: 'PostgreSQL or Temporal did not answer within its deadline; nothing was changed',
    again: 'yes, after `Retry-After`, with the same `Idempotency-Key`',
  },
  [ErrorCode.Internal]: {
    status: 500,
    when: 'an error the API did not foresee; nothing more was done, and the log has the details',
    again: 'not before it is mended',
  },
};

export interface FieldProblem {
  /** Dotted path of the field in the request, e.g. `body.hoursPerMonth`. */
  field: string;
  /** Machine-readable rule, e.g. `too_small`, `invalid_format`, `valid_contract`. */
  rule: RuleCode;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
    /** Seconds the caller should wait before sending again (the answer's Retry-After), where that is known. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static invalidField(field: string, rule: RuleCode, message: string): DomainError {
    return new DomainError(ErrorCode.Validation, `${field}: ${message}`, [{ field, rule, message }]);
  }

  /** Bad input with every problem named; the message sums them up. */
  static invalid(problems: FieldProblem[]): DomainError {
    return new DomainError(ErrorCode.Validation, problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
  }

  /** Refused for `retryAfterSeconds` (a whole number, at least 1: Retry-After has no fractions). */
  static tooManyRequests(message: string, retryAfterSeconds: number): DomainError {
    return new DomainError(ErrorCode.TooManyRequests, message, [], Math.max(1, Math.ceil(retryAfterSeconds)));
  }

  static notFound(what: string, id: string): DomainError {
    return new DomainError(ErrorCode.NotFound, `${what} ${id} was not found`);
  }
}
