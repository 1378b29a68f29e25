import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Reply } from './support/api';
import { ROOT, systemEnv } from './support/env';
import { eventually, refused } from './support/expect';
import { ownApi, type OwnProcess } from './support/own-services';

/**
 * Sign-in throttling over HTTP (issue 21). Each API here is the test's own, with small limits, a short
 * block and a throttle key of its own: its counts stay apart from the shared API's, where every browser
 * test signs in from this same machine. Neither waits on a clock of its own: a blocked sign-in is tried
 * again after the Retry-After the API answered.
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const octet = () => randomInt(1, 255);

async function signIn(api: OwnProcess, username: string, forwardedFor?: string): Promise<Reply> {
  const res = await fetch(`${api.url}/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({ username }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

/** What an API of the tests wrote to its log (.data/logs/api-<port>.log) since `from`. */
class ApiLog {
  private readonly file: string;
  private readonly from: number;
  constructor(port: number) {
    this.file = join(ROOT, '.data', 'logs', `api-${port}.log`);
    this.from = existsSync(this.file) ? statSync(this.file).size : 0;
  }
  text(): string {
    return existsSync(this.file) ? readFileSync(this.file).subarray(this.from).toString('utf8') : '';
  }
  /** The `count` lines of `event`, once the API has written them (it writes as it goes; a line may lag). */
  lines(event: string, count: number): Promise<Record<string, unknown>[]> {
    return eventually(`${count} ${event} lines in the log`, () => {
      const lines = this.events(event);
      return Promise.resolve(lines.length === count ? lines : undefined);
    });
  }
  events(event: string): Record<string, unknown>[] {
    return this.text()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.event === event);
  }
}

/** A refusal: 429, too_many_requests, and a Retry-After of whole seconds no longer than the block. */
function tooMany(reply: Reply, blockSeconds: number): number {
  expect(refused(reply, 429).code).toBe('too_many_requests');
  const retryAfter = Number(reply.headers?.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(blockSeconds);
  return retryAfter;
}

const BLOCK_SECONDS = 2;
const limits = (changes: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  SIGN_IN_THROTTLE_SECRET: randomBytes(24).toString('hex'),
  // Windows far longer than a test: what is counted stays counted while it runs.
  SIGN_IN_ATTEMPT_WINDOW_SECONDS: '600',
  SIGN_IN_FAILURE_WINDOW_SECONDS: '600',
  SIGN_IN_BLOCK_SECONDS: String(BLOCK_SECONDS),
  ...changes,
});

describe('an API that trusts no proxy', () => {
  const PORT = 3191;
  let api: OwnProcess;
  let log: ApiLog;
  beforeAll(async () => {
    log = new ApiLog(PORT);
    api = await ownApi(
      systemEnv(),
      PORT,
      limits({
        SIGN_IN_ATTEMPTS_PER_ADDRESS: '6',
        SIGN_IN_FAILURES_PER_ACCOUNT: '100',
        SIGN_IN_SLOW_AFTER_FAILURES: '2',
        SIGN_IN_SLOW_DOWN_MS: '50',
      }),
    );
  });
  afterAll(() => api.stop());

  it('slows rapid sign-ins from one address, then refuses them for a while with 429 and Retry-After, whatever X-Forwarded-For says; logs the refusal without the username; and admits again after the block', async () => {
    const usernames = Array.from({ length: 6 }, (_, i) => `nobody-${randomUUID()}-${i}`);
    const forwarded = usernames.map(() => `198.51.100.${octet()}`);
    for (const [i, username] of usernames.entries()) {
      // Each a different account, each claiming another address: with no proxy trusted, the header is the
      // caller's own say, and the address counted is the connection's.
      const reply = await signIn(api, username, forwarded[i]);
      expect(refused(reply, 400).problems).toEqual([
        expect.objectContaining({ field: 'username', rule: 'known_user' }),
      ]);
    }
    // After two failures each attempt waited longer than the one before.
    const slowed = await log.lines('sign_in_slowed', 3);
    expect(slowed.map((l) => [l.limit, l.failures, l.delayMs])).toEqual([
      ['address', 3, 50],
      ['address', 4, 100],
      ['address', 5, 150],
    ]);

    // The seventh attempt is refused, a known user's as well.
    const retryAfter = tooMany(await signIn(api, 'aino', `203.0.113.${octet()}`), BLOCK_SECONDS);
    const [refusal] = await log.lines('sign_in_refused', 1);
    expect(refusal).toMatchObject({
      level: 'warn',
      limit: 'address',
      retryAfter,
      key: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const text = log.text();
    for (const said of [...usernames, ...forwarded, '"aino"']) expect(text).not.toContain(said);

    // Once the block the API named has passed, the address is admitted again.
    await sleep(retryAfter * 1000 + 250);
    expect((await signIn(api, 'aino')).status).toBe(200);
  });
});

describe('an API behind a trusted proxy (the test, on the loopback)', () => {
  const PORT = 3192;
  let api: OwnProcess;
  let log: ApiLog;
  beforeAll(async () => {
    log = new ApiLog(PORT);
    api = await ownApi(
      systemEnv(),
      PORT,
      limits({
        TRUST_PROXY: 'loopback',
        SIGN_IN_ATTEMPTS_PER_ADDRESS: '5',
        SIGN_IN_FAILURES_PER_ACCOUNT: '3',
        SIGN_IN_SLOW_AFTER_FAILURES: '1000',
      }),
    );
  });
  afterAll(() => api.stop());

  it('refuses an account that failed too often, from any address, for a while; other accounts go on', async () => {
    const [first, second, third] = [`198.51.100.${octet()}`, `203.0.113.${octet()}`, `192.0.2.${octet()}`];
    // Three failures for aino's account, its username typed otherwise (no such user): a guesser's tries.
    for (let i = 0; i < 3; i++)
      expect(refused(await signIn(api, ' AINO', first), 400).problems[0]?.rule).toBe('known_user');

    const retryAfter = tooMany(await signIn(api, 'aino', second), BLOCK_SECONDS);
    const [refusal] = await log.lines('sign_in_refused', 1);
    expect(refusal).toMatchObject({ limit: 'account', retryAfter, key: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(log.events('sign_in_blocked')).toEqual([expect.objectContaining({ limit: 'account' })]);
    // The refusal is the account's: another person signs in from either address.
    expect((await signIn(api, 'sanna', second)).status).toBe(200);
    expect((await signIn(api, 'sanna', first)).status).toBe(200);
    const text = log.text();
    for (const said of ['AINO', '"aino"', first, second]) expect(text).not.toContain(said);

    await sleep(retryAfter * 1000 + 250);
    expect((await signIn(api, 'aino', third)).status).toBe(200);
  });

  it('counts each forwarded client on its own, an IPv6 client by its /64', async () => {
    const network = `2001:db8:${randomInt(1, 0xffff).toString(16)}:${randomInt(1, 0xffff).toString(16)}`;
    for (let i = 0; i < 5; i++) expect((await signIn(api, 'sanna', `${network}::${i + 1}`)).status).toBe(200);
    tooMany(await signIn(api, 'sanna', `${network}::ff`), BLOCK_SECONDS);
    // Another network is another client.
    expect((await signIn(api, 'sanna', `2001:db8:ffff:${randomInt(1, 0xffff).toString(16)}::1`)).status).toBe(200);
  });
});
