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
    // Criteria were bare texts before; a proposal now names them by code.
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
      await q.query('update catalogue_version set services = $2 where version = $1', [
        row.version,
        JSON.stringify(services),
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table arrangement drop column special_considerations;
      alter table catalogue_version drop column note, drop column changed_codes;
    `);
  }
}

function withCodes(criteria: unknown, prefix: string): unknown[] {
  return (Array.isArray(criteria) ? criteria : []).map((c: Record<string, unknown>, i) =>
    'code' in c ? c : { code: `${prefix}_${i + 1}`, text: c },
  );
}
