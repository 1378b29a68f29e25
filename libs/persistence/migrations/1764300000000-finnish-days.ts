import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each decision reached the client (its rectification deadline counts from that), and the repair
 * of databases made while three earlier migrations were still being edited: a database that ran the
 * first version of `catalogue-versions`, `running-service` or `feedback-and-supervision` lacks what
 * their final versions add. Every repair step is a no-op on a database that ran the final versions.
 */
export class FinnishDays1764300000000 implements MigrationInterface {
  name = 'FinnishDays1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- running-service: changes of a running service, decided as decisions of their own.
      alter table arrangement
        add column if not exists change_status text check (change_status in ('requested', 'granted'));
      alter table decision
        drop constraint if exists decision_kind_check,
        add constraint decision_kind_check check (kind in ('initial', 'continuation', 'change'));

      -- feedback-and-supervision: a planned visit is found again by the scheduled run that made it.
      alter table planned_visit alter column id set default gen_random_uuid();
      alter table planned_visit add column if not exists visit_key text;
      update planned_visit set visit_key = id::text where visit_key is null;
      alter table planned_visit alter column visit_key set not null;
      do $$
      begin
        if not exists (select 1 from pg_constraint where conname = 'planned_visit_visit_key_key') then
          alter table planned_visit add constraint planned_visit_visit_key_key unique (visit_key);
        end if;
      end $$;

      -- How the client was notified of a decision (434/2003 § 59); older decisions went by post.
      alter table decision
        add column notification text not null default 'post'
          check (notification in ('post', 'electronic', 'in_person'));
      alter table arrangement
        add column decision_notification text check (decision_notification in ('post', 'electronic', 'in_person'));
      update arrangement set decision_notification = 'post' where decision_outcome is not null;
    `);

    // catalogue-versions: criteria named by code (they were bare texts in its first version).
    const rows = (await q.query('select version, services from catalogue_version')) as {
      version: number;
      services: Record<string, unknown>[];
    }[];
    for (const row of rows) {
      const services = row.services.map((s) => ({
        ...s,
        rightWhen: withCodes(s.rightWhen, 'right_when'),
        notRightWhen: withCodes(s.notRightWhen, 'not_right_when'),
      }));
      if (JSON.stringify(services) === JSON.stringify(row.services)) continue;
      await q.query('update catalogue_version set services = $2 where version = $1', [
        row.version,
        JSON.stringify(services),
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table decision drop column notification;
      alter table arrangement drop column decision_notification;
    `);
  }
}

function withCodes(criteria: unknown, prefix: string): unknown[] {
  return (Array.isArray(criteria) ? criteria : []).map((c: Record<string, unknown>, i) =>
    typeof c === 'object' && c !== null && 'code' in c ? c : { code: `${prefix}_${i + 1}`, text: c },
  );
}
