import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who changed the catalogue and why; the soft rules a proposal was justified against, for the queue. */
export class CatalogueVersions1763900000000 implements MigrationInterface {
  name = 'CatalogueVersions1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table catalogue_version
        add column note text,
        add column changed_codes text[] not null default '{}';
      alter table arrangement add column special_considerations text[] not null default '{}';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table arrangement drop column special_considerations;
      alter table catalogue_version drop column note, drop column changed_codes;
    `);
  }
}
