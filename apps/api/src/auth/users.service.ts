import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserEntity } from '../../../../libs/persistence/entities/reference.entity';
import { BoundedMap } from '../common/bounded-map';
import { CONFIG, type Config } from '../common/config.provider';
import type { AuthUser } from '../../../../libs/contracts';

/** People looked up recently: more than act at once; an id no one uses again is not kept for ever. */
const USERS_KEPT = 10_000;

/** The user register, read through a short cache: a change to a person reaches every request within it. */
@Injectable()
export class UsersService {
  private readonly cache = new BoundedMap<string, { user: AuthUser | null; until: number }>(USERS_KEPT);

  constructor(
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** The user as the register has them now; null when unknown or disabled. */
  async active(id: string): Promise<AuthUser | null> {
    const hit = this.cache.get(id);
    if (hit && hit.until > Date.now()) return hit.user;
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await this.ds.getRepository(UserEntity).findOneBy({ id }) : null;
    const user: AuthUser | null =
      row && !row.disabledAt
        ? {
            userId: row.id,
            role: row.role,
            teamId: row.teamId,
            profession: row.profession,
            supplierId: row.supplierId,
            ...(row.unitLead ? { unitLead: true } : {}),
            teams: await this.teamsOf(row),
          }
        : null;
    this.cache.set(id, { user, until: Date.now() + this.config.USER_CACHE_MS });
    return user;
  }

  /** A team lead reaches the teams they lead; everyone else the team they work in. */
  private async teamsOf(row: UserEntity): Promise<string[]> {
    if (row.role !== 'team_lead') return row.teamId ? [row.teamId] : [];
    const led: { teamId: string }[] = await this.ds.query(
      'select team_id as "teamId" from team_lead where user_id = $1 order by team_id',
      [row.id],
    );
    return led.map((t) => t.teamId);
  }
}
