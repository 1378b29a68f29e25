import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '../common/domain-error';
import { newId } from '../common/ids';

const KEY = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The `Idempotency-Key` header: a request repeated with the same key has effect once. Without the
 * header every request is new.
 */
export const IdempotencyKey = createParamDecorator((optional: boolean | undefined, ctx: ExecutionContext) => {
  const value = ctx.switchToHttp().getRequest<Request>().header('idempotency-key');
  if (value === undefined) return optional ? undefined : newId();
  if (!KEY.test(value)) {
    throw DomainError.invalidField('Idempotency-Key', 'format', 'must be 1–100 letters, digits or . _ : -');
  }
  return value;
});
