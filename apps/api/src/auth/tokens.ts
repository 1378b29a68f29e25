import { JwtService } from '@nestjs/jwt';
import type { DataSource } from 'typeorm';
import type { Config } from '../../../../libs/config/config';
import { UserEntity } from '../../../../libs/persistence/entities/reference.entity';
import type { TokenClaims } from './auth';

export function claimsOf(user: UserEntity): TokenClaims {
  return { sub: user.id, role: user.role, team: user.teamId, profession: user.profession, supplier: user.supplierId };
}

/** Signs tokens for users in the database; stands in for the county's identity provider in demos and tests. */
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
  const jwt = new JwtService({ secret: config.JWT_SECRET });
  const tokens = new Map<string, string>();
  for (const user of users) {
    tokens.set(
      user.username,
      await jwt.signAsync(claimsOf(user), { expiresIn: config.JWT_TTL as '8h', algorithm: 'HS256' }),
    );
  }
  return tokens;
}
