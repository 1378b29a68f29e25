import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { catchError, from, type Observable, switchMap, tap } from 'rxjs';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../../libs/contracts';
import { DomainError, ErrorCode } from './domain-error';
import { select } from './postgres';

/**
 * Idempotency-Keys, as the IETF draft describes them: the first request with a key is remembered by a
 * hash of its method, path and body; the same key with another request is refused with 422, before
 * anything is done; a request that succeeded marks its key completed. A request refused for its input
 * changed nothing and is forgotten, as Stripe does: the corrected request may be sent under the same key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly ds: DataSource) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const key = req.header('idempotency-key');
    if (!key || req.method === 'GET' || !req.user || key.length > 100) return next.handle();
    const user = req.user;
    const hash = createHash('sha256')
      .update(`${req.method} ${req.path}\n${canonical(req.body)}`)
      .digest('hex');
    return from(this.remember(user.userId, key, hash, req)).pipe(
      switchMap(() => next.handle()),
      tap(() => void this.complete(user.userId, key)),
      catchError(async (err: unknown) => {
        if (isRefusal(err)) await this.forget(user.userId, key, hash);
        throw err;
      }),
    );
  }

  private async remember(userId: string, key: string, hash: string, req: Request): Promise<void> {
    const [first] = await select<{ requestHash: string; method: string; path: string }>(
      this.ds,
      `with added as (
         insert into idempotency_key (user_id, key, request_hash, method, path) values ($1, $2, $3, $4, $5)
         on conflict (user_id, key) do nothing
         returning request_hash, method, path)
       select request_hash as "requestHash", method, path from added
       union all
       select request_hash, method, path from idempotency_key where user_id = $1 and key = $2
       limit 1`,
      [userId, key, hash, req.method, req.path],
    );
    if (first && first.requestHash !== hash) {
      throw new DomainError(
        ErrorCode.IdempotencyKeyReused,
        `the Idempotency-Key ${key} was used for another request (${first.method} ${first.path}); ` +
          'send a new key for a new request',
        [{ field: 'Idempotency-Key', rule: 'same_request', message: 'was used with another request' }],
      );
    }
  }

  private async forget(userId: string, key: string, hash: string): Promise<void> {
    await this.ds
      .query(
        'delete from idempotency_key where user_id = $1 and key = $2 and request_hash = $3 and completed_at is null',
        [userId, key, hash],
      )
      .catch(() => undefined);
  }

  private async complete(userId: string, key: string): Promise<void> {
    await this.ds
      .query(
        'update idempotency_key set completed_at = now() where user_id = $1 and key = $2 and completed_at is null',
        [userId, key],
      )
      // Not marked, the next repeat is sent to the process again, where Temporal's Update id dedupes it.
      .catch(() => undefined);
  }
}

/** A request refused for its input reached nothing: the corrected one may be sent under the same key. */
function isRefusal(err: unknown): boolean {
  return err instanceof DomainError && err.code === ErrorCode.Validation;
}

/** Whether a command with this key has completed before: a repeat then changes nothing. */
export async function completedBefore(ds: DataSource, userId: string, key: string): Promise<boolean> {
  const rows = await select(
    ds,
    'select 1 from idempotency_key where user_id = $1 and key = $2 and completed_at is not null',
    [userId, key],
  );
  return rows.length > 0;
}

/** JSON with keys sorted, so that the same request in another key order is the same request. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
