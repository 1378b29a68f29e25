import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections of visits recorded wrongly: each with who made it, why, and the visit as it was before, so
 * that the original is never lost. A visit cancelled as a record stays in the table, marked void, and
 * counts in no month's use (its charged hours are nothing from then on).
 */
export class VisitCorrections1764494000000 implements MigrationInterface {
  name = 'VisitCorrections1764494000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table visit add column voided boolean not null default false;
      create table visit_correction (
        id uuid primary key,
        visit_id uuid not null references visit (id) on delete cascade,
        kind text not null check (kind in ('edit', 'cancel')),
        reason text not null,
        before jsonb not null,
        after jsonb,
        corrected_by uuid not null references app_user (id),
        corrected_at timestamptz not null default now(),
        check ((kind = 'edit') = (after is not null))
      );
      create index visit_correction_visit on visit_correction (visit_id, corrected_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table visit_correction;
      alter table visit drop column voided;
    `);
  }
}
