import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorCode } from './domain-error';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.Validation]: HttpStatus.BAD_REQUEST,
  [ErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.InvalidTransition]: HttpStatus.CONFLICT,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.Unavailable]: HttpStatus.SERVICE_UNAVAILABLE,
};

/** Every error leaves the API as `{ error: { code, message, problems } }`. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorFilter.name);

  catch(err: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (err instanceof DomainError) {
      res.status(STATUS[err.code]).json({ error: { code: err.code, message: err.message, problems: err.problems } });
      return;
    }
    if (err instanceof HttpException) {
      // Nest's own: unknown routes, malformed JSON bodies.
      const status = err.getStatus();
      const code = status === 404 ? ErrorCode.NotFound : status < 500 ? ErrorCode.Validation : ErrorCode.Unavailable;
      res.status(status).json({ error: { code, message: err.message, problems: [] } });
      return;
    }
    this.logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    res
      .status(500)
      .json({ error: { code: 'internal', message: 'internal error; nothing more was done', problems: [] } });
  }
}
