import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluations at the family's interval (seed 002: "1–3 kuukauden välein järjestettävissä
 * arviointipalavereissa … laaditaan mahdolliset uudet tavoitteet"): an evaluation keeps the new goals set
 * at it and the gap agreed to the next one, when it changed. The card's required steps done by hand are
 * kept with who recorded them and when; the process's state holds them too, for its own rules.
 */
export class EvaluationIntervalAndSteps1764510000000 implements MigrationInterface {
  name = 'EvaluationIntervalAndSteps1764510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table evaluation add column new_goals_text_id uuid, add column evaluation_interval text;
      create table service_step (
        arrangement_id uuid not null references arrangement (id) on delete cascade,
        seq integer not null,
        code text not null,
        done_on date not null,
        recorded_by uuid not null references app_user (id),
        recorded_at timestamptz not null,
        text_id uuid,
        primary key (arrangement_id, seq)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table service_step;
      alter table evaluation drop column new_goals_text_id, drop column evaluation_interval;
    `);
  }
}
