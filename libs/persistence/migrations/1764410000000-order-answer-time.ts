import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The time a contract gives its supplier to answer an order, in working days: the order the supplier
 * reads says by when it must answer. Contracts agreed without one name no deadline.
 */
export class OrderAnswerTime1764410000000 implements MigrationInterface {
  name = 'OrderAnswerTime1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table supplier_contract add column order_answer_working_days integer
        check (order_answer_working_days between 1 and 30);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table supplier_contract drop column order_answer_working_days;`);
  }
}
