import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { RETRY_AFTER_SECONDS } from '../../../../libs/observability/http-probes';
import { DomainError, ERRORS, ErrorCode } from './domain-error';
import { isOutage } from './outage';

/** Every error leaves the API as `{ error: { code, message, problems } }`, with the status its code has. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorFilter.name);

  catch(err: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const known = asDomainError(err);
    if (known) {
      const retryAfter = known.retryAfterSeconds ?? (known.code === ErrorCode.Unavailable ? RETRY_AFTER_SECONDS : null);
      if (retryAfter !== null) res.setHeader('Retry-After', String(retryAfter));
      res.status(ERRORS[known.code].status).json({
        error: { code: known.code, message: known.message, problems: known.problems },
      });
      return;
    }
    this.logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    res.status(ERRORS[ErrorCode.Internal].status).json({
      error: { code: ErrorCode.Internal, message: 'internal error; nothing more was done', problems: [] },
    });
  }
}

/** What the request met, as the API's own error: its own, the framework's, the body parser's, an outage. */
function asDomainError(err: unknown): DomainError | null {
  if (err instanceof DomainError) return err;
  const parser = bodyParserError(err);
  if (parser) return parser;
  if (isOutage(err)) {
    return new DomainError(
      ErrorCode.Unavailable,
      'a service this request needs is not answering; nothing was changed, send the request again',
    );
  }
  if (err instanceof HttpException) {
    // Nest's own: unknown routes, and the body parser's SyntaxError or a path's bad escape, as a 400.
    const status = err.getStatus();
    if (status === 400) {
      return /JSON/.test(err.message)
        ? DomainError.invalidField('(body)', 'json', `is not valid JSON: ${err.message}`)
        : DomainError.invalidField('(request)', 'malformed', err.message);
    }
    const code = status === 404 ? ErrorCode.NotFound : status < 500 ? ErrorCode.Validation : ErrorCode.Unavailable;
    return new DomainError(code, err.message);
  }
  return null;
}

/** body-parser's errors carry a `type`: the body was too large, not JSON, not UTF-8 or of an unknown charset. */
function bodyParserError(err: unknown): DomainError | null {
  const e = err as { type?: unknown; limit?: unknown; status?: unknown };
  if (typeof e?.type !== 'string' || typeof e.status !== 'number') return null;
  switch (e.type) {
    case 'entity.too.large':
      return new DomainError(
        ErrorCode.PayloadTooLarge,
        `the body is larger than the limit of ${String(e.limit)} bytes`,
        [{ field: '(body)', rule: 'size', message: `at most ${String(e.limit)} bytes` }],
      );
    case 'entity.parse.failed':
      return DomainError.invalidField('(body)', 'json', 'is not valid JSON');
    case 'entity.verify.failed':
    case 'encoding.invalid':
      return DomainError.invalidField('(body)', 'utf8', 'is not valid UTF-8');
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new DomainError(ErrorCode.UnsupportedMediaType, 'send the body as UTF-8 JSON or text/csv', [
        { field: '(body)', rule: 'charset', message: 'only UTF-8 is read' },
      ]);
    default:
      return e.status < 500 ? DomainError.invalidField('(body)', 'readable', 'could not be read') : null;
  }
}
