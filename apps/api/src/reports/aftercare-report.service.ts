import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { today } from '../../../../libs/domain/dates';
import { reach } from '../access/record-policy';
import type { AuthUser } from '../auth/auth';
import { select } from '../common/postgres';
import { CountySettingsService, type SettingValue } from '../settings/county-settings.service';

/**
 * Aftercare's figures (seed 003) over the young people of the workers the lead leads: each responsible worker's
 * young people against the county's aftercare norm (its setting; other counties' aims are not this one's), the
 * young people placed elsewhere and placed here by county, and the costs between counties by county and year.
 */
@Injectable()
export class AftercareReportService {
  constructor(
    private readonly ds: DataSource,
    private readonly settings: CountySettingsService,
  ) {}

  async report(user: AuthUser) {
    const on = today();
    // Each statement its own parameters: the lead's reach over the young people `c`, after the ones given.
    const scoped = (...given: unknown[]) => {
      const params = [...given];
      return { params, reached: reach(user, 'client', (v) => `$${params.push(v)}`) };
    };
    const [dated, counted, costed] = [scoped(on), scoped(on), scoped()];
    const norms = (await this.settings.inForce(on)).get('aftercare_caseload_norm') ?? new Map<string, SettingValue>();
    const [workers, counties, costs] = await Promise.all([
      // Responsible workers: own workers here of young people this county placed, in aftercare today.
      select<{ profession: string | null; youngPeople: number }>(
        this.ds,
        `select u.id as "userId", u.full_name as name, u.profession, u.team_id as "teamId",
                count(*)::int as "youngPeople"
         from aftercare a join client c on c.id = a.client_id join app_user u on u.id = c.own_worker_id
         where a.placing_county = (select code from county where own) and a.started_on <= $1 and a.ends_on >= $1
           and ${dated.reached}
         group by u.id order by u.full_name, u.id`,
        dated.params,
      ),
      select(
        this.ds,
        `select k.code as "countyCode", jsonb_build_object('fi', k.name_fi, 'sv', k.name_sv, 'en', k.name_en) as name,
                count(*) filter (where a.placing_county = o.code)::int as "placedFromHere",
                count(*) filter (where a.residence_county = o.code)::int as "placedHere"
         from aftercare a join client c on c.id = a.client_id cross join (select code from county where own) o
           join county k on k.code = case when a.placing_county = o.code then a.residence_county else a.placing_county end
         where a.started_on <= $1 and a.ends_on >= $1 and k.code <> o.code and ${counted.reached}
         group by k.code order by k.name_fi`,
        counted.params,
      ),
      // What this county arranged for young people other counties placed (they pay), and what other counties
      // told the services they arrange for young people placed from here cost (this county pays).
      select(
        this.ds,
        `select county as "countyCode", year::int, sum(paid_by_them)::float8 as "paidByThemCents",
                sum(paid_by_us)::float8 as "paidByUsCents"
         from (
           select a.paying_county as county, extract(year from v.month) as year, v.cost_cents as paid_by_them,
                  0 as paid_by_us
           from arrangement a join visit_charge_month v on v.arrangement_id = a.id join client c on c.id = a.client_id
           where a.paying_county is not null and ${costed.reached}
           union all
           select s.county_code, extract(year from t.month), 0, t.amount_cents
           from aftercare_cost_told t join aftercare_service_elsewhere s on s.id = t.service_id
             join client c on c.id = s.client_id
           where ${costed.reached}
         ) x
         group by county, year order by year desc, county`,
        costed.params,
      ),
    ]);
    return {
      on,
      responsibleWorkers: workers.map((w) => {
        const norm = (w.profession ? norms.get(w.profession)?.value : undefined) ?? null;
        return { ...w, norm, overNorm: norm !== null && w.youngPeople > norm };
      }),
      counties,
      costs,
    };
  }
}
