import { SignJWT } from 'jose';
import type { DataSource } from 'typeorm';
import type { Config } from '../../../../libs/config/config';
import { UserEntity } from '../../../../libs/persistence/entities/reference.entity';

/** The development key, for HS256 tokens that stand in for the county's identity provider. */
export function developmentKey(config: Config): Uint8Array {
  return new TextEncoder().encode(config.JWT_SECRET);
}

/**
 * Signs tokens for users in the database with the development key: the demo's and the tests' sign-in.
 * A token names only the user (`sub`); role, team and supplier are looked up on every request.
 */
export async function mintTokens(
  ds: DataSource,
  config: Config,
  usernames: string[] | 'all',
): Promise<Map<string, string>> {
  const repo = ds.getRepository(UserEntity);
  const users =
    usernames === 'all'
      ? await repo.find({ order: { username: 'ASC' } })
      : await repo.findBy(usernames.map((username) => ({ username })));
  if (usernames !== 'all') {
    const missing = usernames.filter((u) => !users.some((x) => x.username === u));
    if (missing.length) throw new Error(`no such user: ${missing.join(', ')}`);
  }
  const tokens = new Map<string, string>();
  for (const user of users) {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer(config.AUTH_ISSUER)
      .setAudience(config.AUTH_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(config.JWT_TTL)
      .sign(developmentKey(config));
    tokens.set(user.username, token);
  }
  return tokens;
}
