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
}

export interface FieldProblem {
  /** Dotted path of the field in the request, e.g. `body.hoursPerMonth`. */
  field: string;
  /** Machine-readable rule, e.g. `too_small`, `invalid_format`, `valid_contract`. */
  rule: string;
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

  static invalidField(field: string, rule: string, message: string): DomainError {
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
