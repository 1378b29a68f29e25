import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../../libs/contracts';
import { COUNTY_SETTINGS_ACTIONS } from '../../../../libs/contracts/actions';
import type { AnySettingKey, SettingKey } from '../../../../libs/contracts/county-settings';
import { today } from '../../../../libs/domain/dates';
import { permits } from '../access/permissions';
import { CatalogueService } from '../catalogue/catalogue.service';
import { DomainError } from '../common/domain-error';
import { select } from '../common/postgres';
import type { SetCountySettingDto } from './county-settings.dto';

/** A figure as the county set it: what, for what, from when, from where, by whom. */
export interface SettingValue {
  id: string;
  key: SettingKey;
  scope: string;
  value: number;
  validFrom: string;
  source: string;
  note: string | null;
  example: boolean;
  setBy: string | null;
  setAt: string;
}

/** Any value set, a figure or a text (the rectification authority's address): as the settings list shows it. */
export type ListedSetting = Omit<SettingValue, 'key' | 'value'> & {
  key: AnySettingKey;
  value: number | null;
  text: string | null;
};

const COLUMNS = `s.id::text, s.key, s.scope, s.value::float as value, s.text_value as text,
  to_char(s.valid_from, 'YYYY-MM-DD') as "validFrom", s.source, s.note, s.example, u.full_name as "setBy", s.set_at as "setAt"`;

/**
 * The county's targets, baselines and norms: a new value is a new row from its day, so a figure of a past
 * period keeps the value in force then. The one place the figures read them from.
 */
@Injectable()
export class CountySettingsService {
  constructor(
    private readonly ds: DataSource,
    private readonly catalogue: CatalogueService,
  ) {}

  /** Every value set, newest first, the ones in force today, and whether the caller may set one. */
  async list(user: AuthUser) {
    const history = await select<ListedSetting>(
      this.ds,
      `select ${COLUMNS} from county_setting s left join app_user u on u.id = s.set_by
       order by s.key, s.scope, s.valid_from desc, s.id desc`,
    );
    return {
      inForce: await this.inForceRows(today()),
      history,
      allowedActions: COUNTY_SETTINGS_ACTIONS.filter(() => permits(user.role, 'county_settings.change')),
    };
  }

  /**
   * The values in force on a day, by key and scope: for each, the latest set from that day or before. A
   * key the county has not set is absent: the figure then has no target to draw, and says so.
   */
  async inForce(on: string): Promise<Map<SettingKey, Map<string, SettingValue>>> {
    // The figures read figures: a text setting (an address) is the letters'.
    const rows = (await this.inForceRows(on)).flatMap(({ text: _t, ...r }) =>
      r.value === null ? [] : [{ ...r, key: r.key as SettingKey, value: r.value }],
    );
    const byKey = new Map<SettingKey, Map<string, SettingValue>>();
    for (const r of rows) byKey.set(r.key, (byKey.get(r.key) ?? new Map<string, SettingValue>()).set(r.scope, r));
    return byKey;
  }

  private inForceRows(on: string): Promise<ListedSetting[]> {
    return select<ListedSetting>(
      this.ds,
      `select distinct on (s.key, s.scope) ${COLUMNS}
       from county_setting s left join app_user u on u.id = s.set_by
       where s.valid_from <= $1
       order by s.key, s.scope, s.valid_from desc, s.id desc`,
      [on],
    );
  }

  async set(dto: SetCountySettingDto, user: AuthUser): Promise<ListedSetting> {
    if (dto.key === 'purchase_baseline_cents' || (dto.key === 'nps_target' && dto.scope !== '')) {
      const known = (await this.catalogue.current()).services.some((s) => s.code === dto.scope);
      if (!known) throw DomainError.invalidField('scope', 'known_service', `no service ${dto.scope} in the catalogue`);
    }
    const [inserted] = await select<{ id: string }>(
      this.ds,
      `insert into county_setting (key, scope, value, text_value, valid_from, source, note, set_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning id::text`,
      [dto.key, dto.scope, dto.value, dto.text, dto.validFrom, dto.source, dto.note, user.userId],
    );
    const [row] = await select<ListedSetting>(
      this.ds,
      `select ${COLUMNS} from county_setting s left join app_user u on u.id = s.set_by where s.id = $1`,
      [inserted!.id],
    );
    return row!;
  }
}
