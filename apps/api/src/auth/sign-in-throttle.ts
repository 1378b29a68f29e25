import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { loggerFor } from '../../../../libs/observability/logger';
import { CONFIG, type Config } from '../common/config.provider';
import { DomainError } from '../common/domain-error';

/** The longest a sign-in answer is held back: longer, and a browser or a proxy may give up and send it again. */
export const MAX_SLOW_DOWN_MS = 5_000;

/** The key development and the tests hash with; production must set SIGN_IN_THROTTLE_SECRET (config.ts). */
const DEVELOPMENT_SECRET = 'development-only-sign-in-throttle-secret';

/** Which limit refused or slowed a sign-in: the client's address, or the account signed in to. */
export type ThrottleLimit = 'address' | 'account';

const log = loggerFor('sign-in-throttle');

/**
 * Sign-in throttling, for every way of signing in (the development sign-in, the identity provider's
 * callback). Call `admit` before looking at the credentials, then `failed` or `succeeded`:
 *
 *   await throttle.admit(req.ip, username);      // 429 with Retry-After when refused; may wait a while
 *   … check the credentials …
 *   await throttle.failed(req.ip, username);      // on a failure (no username where none is known)
 *   await throttle.succeeded(username);           // on a success
 *
 * Three counters, kept by rate-limiter-flexible in PostgreSQL (table `sign_in_throttle`), so that every API
 * process counts the same: every attempt per address (refused past SIGN_IN_ATTEMPTS_PER_ADDRESS in its
 * window), failures per address (they only slow), and failures per account (refused once they reach
 * SIGN_IN_FAILURES_PER_ACCOUNT, from any address). A refusal lasts SIGN_IN_BLOCK_SECONDS. Neither the
 * address nor the username is stored or logged: the keys are HMACs of them with SIGN_IN_THROTTLE_SECRET.
 */
@Injectable()
export class SignInThrottle {
  private readonly attempts: RateLimiterPostgres;
  private readonly addressFailures: RateLimiterPostgres;
  private readonly accountFailures: RateLimiterPostgres;
  private readonly secret: string;

  constructor(
    ds: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    this.secret = config.SIGN_IN_THROTTLE_SECRET ?? DEVELOPMENT_SECRET;
    // The table comes from the migrations; the library only reads and writes its rows.
    const store = { storeClient: ds, storeType: 'typeorm', tableName: 'sign_in_throttle', tableCreated: true };
    this.attempts = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'attempts',
      points: config.SIGN_IN_ATTEMPTS_PER_ADDRESS,
      duration: config.SIGN_IN_ATTEMPT_WINDOW_SECONDS,
      blockDuration: config.SIGN_IN_BLOCK_SECONDS,
      // One of the three deletes the table's long-expired rows (every 5 minutes, rows an hour past their end).
      clearExpiredByTimeout: true,
    });
    const failures = { ...store, duration: config.SIGN_IN_FAILURE_WINDOW_SECONDS, clearExpiredByTimeout: false };
    // Counted with penalty(), which never refuses: the limit is applied here, in admit().
    this.addressFailures = new RateLimiterPostgres({ ...failures, keyPrefix: 'address-failures', points: 1 });
    this.accountFailures = new RateLimiterPostgres({
      ...failures,
      keyPrefix: 'account-failures',
      points: config.SIGN_IN_FAILURES_PER_ACCOUNT,
    });
  }

  /**
   * Lets a sign-in attempt go on, or refuses it: a DomainError answered 429 with Retry-After, logged.
   * Counts the attempt against the address. Once the address or the account has failed more than
   * SIGN_IN_SLOW_AFTER_FAILURES times, waits before answering. `account` is the username tried, where it
   * is known before the credentials are checked.
   */
  async admit(address: string | undefined, account?: string): Promise<void> {
    const from = this.key('address', address);
    try {
      await this.attempts.consume(from);
    } catch (err) {
      throw err instanceof RateLimiterRes ? this.refusal('address', from, err) : err;
    }
    let failures = (await this.addressFailures.get(from))?.consumedPoints ?? 0;
    let slowedBy: { limit: ThrottleLimit; key: string } = { limit: 'address', key: from };
    if (account !== undefined) {
      const of = this.key('account', account);
      const counted = await this.accountFailures.get(of);
      if (counted && counted.consumedPoints >= this.config.SIGN_IN_FAILURES_PER_ACCOUNT) {
        throw this.refusal('account', of, counted);
      }
      if ((counted?.consumedPoints ?? 0) > failures) {
        failures = counted!.consumedPoints;
        slowedBy = { limit: 'account', key: of };
      }
    }
    const delayMs = slowDownMs(failures, this.config);
    if (delayMs > 0) {
      log.info({ event: 'sign_in_slowed', ...slowedBy, failures, delayMs }, 'sign-in slowed');
      await sleep(delayMs);
    }
  }

  /**
   * A sign-in failed: counted against the address and, where a username was tried, against that account,
   * which is refused from its SIGN_IN_FAILURES_PER_ACCOUNT-th failure on for SIGN_IN_BLOCK_SECONDS.
   */
  async failed(address: string | undefined, account?: string): Promise<void> {
    await this.addressFailures.penalty(this.key('address', address));
    if (account === undefined) return;
    const of = this.key('account', account);
    const counted = await this.accountFailures.penalty(of);
    // Only the failure that reached the limit blocks: later ones (in a race) find the block in place.
    if (counted.consumedPoints === this.config.SIGN_IN_FAILURES_PER_ACCOUNT) {
      await this.accountFailures.block(of, this.config.SIGN_IN_BLOCK_SECONDS);
      log.warn(
        { event: 'sign_in_blocked', limit: 'account', retryAfter: this.config.SIGN_IN_BLOCK_SECONDS, key: of },
        'sign-in blocked',
      );
    }
  }

  /** A sign-in succeeded: the account's failures are forgotten (the address's run out with their window). */
  async succeeded(account: string): Promise<void> {
    await this.accountFailures.delete(this.key('account', account));
  }

  private refusal(limit: ThrottleLimit, key: string, counted: RateLimiterRes): DomainError {
    const error = DomainError.tooManyRequests(
      `too many sign-in attempts ${limit === 'address' ? 'from this address' : 'for this account'}; try again later`,
      counted.msBeforeNext / 1000,
    );
    log.warn({ event: 'sign_in_refused', limit, retryAfter: error.retryAfterSeconds, key }, 'sign-in refused');
    return error;
  }

  private key(kind: ThrottleLimit, value: string | undefined): string {
    return throttleKey(this.secret, kind, kind === 'address' ? addressOf(value) : accountOf(value ?? ''));
  }
}

/** The stored and logged key: an HMAC-SHA-256 of what it counts, so that neither is kept or shown. */
export function throttleKey(secret: string, kind: ThrottleLimit, value: string): string {
  return createHmac('sha256', secret).update(`${kind}\0${value}`).digest('hex');
}

/**
 * How long an attempt waits after `failures` failures of its address or account: nothing for the first
 * SIGN_IN_SLOW_AFTER_FAILURES, then SIGN_IN_SLOW_DOWN_MS more for each one after, MAX_SLOW_DOWN_MS at most.
 */
export function slowDownMs(
  failures: number,
  settings: Pick<Config, 'SIGN_IN_SLOW_AFTER_FAILURES' | 'SIGN_IN_SLOW_DOWN_MS'>,
): number {
  const over = failures - settings.SIGN_IN_SLOW_AFTER_FAILURES;
  return over > 0 ? Math.min(MAX_SLOW_DOWN_MS, over * settings.SIGN_IN_SLOW_DOWN_MS) : 0;
}

/** One account however its username is written: `Aino` and ` aino` are tries at the same account. */
export function accountOf(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}

/**
 * One client however its address is written: an IPv4 address mapped into IPv6 is the IPv4 address, and an
 * IPv6 address counts as its /64 (one home or office network gets a whole /64 to choose addresses from).
 */
export function addressOf(ip: string | undefined): string {
  const address = (ip ?? '').trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIP(address) === 6) return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
  return address === '' ? 'unknown' : address;
}

/** An IPv6 address's eight groups, written out (`::` filled in, a trailing IPv4 part as two groups). */
function ipv6Groups(address: string): string[] {
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const text = v4
    ? `${address.slice(0, v4.index)}${((Number(v4[1]) << 8) | Number(v4[2])).toString(16)}:${(
        (Number(v4[3]) << 8) |
        Number(v4[4])
      ).toString(16)}`
    : address;
  const [head = '', tail] = text.split('::');
  const start = head === '' ? [] : head.split(':');
  const end = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined ? start : [...start, ...Array<string>(8 - start.length - end.length).fill('0'), ...end];
  return groups.map((g) => parseInt(g, 16).toString(16));
}
