import { SignJWT } from 'jose';
import { loadConfig } from '../../../../libs/config/config';
import { ErrorCode } from '../common/domain-error';
import { TokenVerifier } from './token-verifier';
import { developmentKey } from './tokens';

const config = loadConfig({});
const person = '6f1c0a52-0000-4000-8000-000000000001';
const start = new Date('2026-12-01T10:00:00Z');

function tokenUntil(exp: Date, key = developmentKey(config)): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(person)
    .setIssuer(config.AUTH_ISSUER)
    .setAudience(config.AUTH_AUDIENCE)
    .setExpirationTime(exp.getTime() / 1000)
    .sign(key);
}

describe('the bearer token verifier', () => {
  beforeEach(() => jest.useFakeTimers({ now: start }));
  afterEach(() => jest.useRealTimers());

  it('refuses a token it verified before once the token has expired', async () => {
    const verifier = new TokenVerifier(config);
    const token = await tokenUntil(new Date(start.getTime() + 60_000));
    await expect(verifier.userOf(token)).resolves.toBe(person);
    jest.setSystemTime(start.getTime() + 59_999);
    await expect(verifier.userOf(token)).resolves.toBe(person);
    // At its expiry second, as jose counts it.
    jest.setSystemTime(start.getTime() + 60_000);
    await expect(verifier.userOf(token)).rejects.toMatchObject({ code: ErrorCode.Unauthenticated });
  });

  it('refuses a token signed with another key each time it comes, and still accepts a good one', async () => {
    const verifier = new TokenVerifier(config);
    const forged = await tokenUntil(new Date(start.getTime() + 60_000), new TextEncoder().encode('x'.repeat(40)));
    await expect(verifier.userOf(forged)).rejects.toMatchObject({ code: ErrorCode.Unauthenticated });
    await expect(verifier.userOf(forged)).rejects.toMatchObject({ code: ErrorCode.Unauthenticated });
    await expect(verifier.userOf(await tokenUntil(new Date(start.getTime() + 60_000)))).resolves.toBe(person);
  });
});
