import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files attached to a supervision case: a supplier's clarification as a PDF, a team's document. Kept in
 * PostgreSQL with the case (backed up with it, removed with nothing else), each checked to be a PDF
 * without active content before it is stored, and only ever sent back as a download.
 */
export class CaseAttachments1764460000000 implements MigrationInterface {
  name = 'CaseAttachments1764460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table case_attachment (
        id uuid primary key,
        case_id uuid not null references supervision_case (id),
        file_name text not null check (length(file_name) between 1 and 200),
        content_type text not null check (content_type = 'application/pdf'),
        size_bytes integer not null check (size_bytes > 0),
        sha256 text not null,
        body bytea not null,
        uploaded_by uuid not null references app_user (id),
        uploaded_at timestamptz not null default now()
      );
      create index case_attachment_case on case_attachment (case_id, uploaded_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table case_attachment;');
  }
}
