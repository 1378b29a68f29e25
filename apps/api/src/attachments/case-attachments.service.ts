import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { fileTypeFromBuffer } from 'file-type';
import { DataSource } from 'typeorm';
import { actorOf, type AuthUser, type SupervisionState } from '../../../../libs/contracts';
import { caseRefusal } from '../../../../libs/domain/actions/case-actions';
import { AccessLogService } from '../access/access-log.service';
import { RecordPolicy } from '../access/record-policy';
import { CONFIG, type Config } from '../common/config.provider';
import { DomainError, ErrorCode } from '../common/domain-error';
import { select } from '../common/postgres';
import { activeContentOf, attachmentName } from './pdf-check';

const LISTED = `select a.id, a.case_id as "caseId", a.file_name as "fileName", a.size_bytes as "sizeBytes",
                      u.role as "uploadedByRole", a.uploaded_at as "uploadedAt"
               from case_attachment a join app_user u on u.id = a.uploaded_by`;

/**
 * The files of a supervision case. A file is kept only when it is a PDF by its bytes (not by its name or
 * the type the sender claimed) and carries nothing a viewer could run; it is only ever sent back as a
 * download. Whoever reads the case reads its files.
 */
@Injectable()
export class CaseAttachmentsService {
  constructor(
    private readonly ds: DataSource,
    private readonly policy: RecordPolicy,
    private readonly accessLog: AccessLogService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async attach(caseId: string, user: AuthUser, body: unknown, sentName: string | undefined) {
    await this.policy.assert(user, 'supervision_case', caseId);
    await this.requireOpen(caseId, user);
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new DomainError(
        ErrorCode.UnsupportedMediaType,
        'send the file as the body, Content-Type: application/pdf',
        [{ field: '(body)', rule: 'pdf_only', message: 'a PDF file, as application/pdf' }],
      );
    }
    const type = await fileTypeFromBuffer(body);
    if (type?.mime !== 'application/pdf') {
      throw DomainError.invalidField('(body)', 'pdf_only', `is not a PDF by its content (${type?.mime ?? 'unknown'})`);
    }
    const active = activeContentOf(body);
    if (active) {
      throw DomainError.invalidField('(body)', 'active_content', `carries /${active}: send the PDF without it`);
    }
    const id = randomUUID();
    await this.ds.query(
      `insert into case_attachment (id, case_id, file_name, content_type, size_bytes, sha256, body, uploaded_by)
       values ($1, $2, $3, 'application/pdf', $4, $5, $6, $7)`,
      [
        id,
        caseId,
        attachmentName(sentName),
        body.length,
        createHash('sha256').update(body).digest('hex'),
        body,
        user.userId,
      ],
    );
    const [row] = await select(this.ds, `${LISTED} where a.id = $1`, [id]);
    return row;
  }

  /** The case's rule for `attachFile`, the one that offers it on the case: an open case, a supplier's own. */
  private async requireOpen(caseId: string, user: AuthUser): Promise<void> {
    const [c] = await select<{ state: SupervisionState | null }>(
      this.ds,
      'select state from supervision_case where id = $1',
      [caseId],
    );
    const refusal = c?.state ? caseRefusal('attachFile', c.state, actorOf(user)) : null;
    if (!refusal) return;
    const code = refusal.kind === 'forbidden' ? ErrorCode.Forbidden : ErrorCode.InvalidTransition;
    throw new DomainError(code, refusal.message);
  }

  async list(caseId: string, user: AuthUser) {
    await this.policy.assert(user, 'supervision_case', caseId);
    return select(this.ds, `${LISTED} where a.case_id = $1 order by a.uploaded_at, a.id`, [caseId]);
  }

  /**
   * A file to download. A supplier's account may name a family, so its reading is logged like the case's:
   * under each family whose feedback the case rests on, for supervision.
   */
  async file(caseId: string, attachmentId: string, user: AuthUser) {
    await this.policy.assert(user, 'supervision_case', caseId);
    const [file] = await select<{ fileName: string; body: Buffer }>(
      this.ds,
      'select file_name as "fileName", body from case_attachment where id = $1 and case_id = $2',
      [attachmentId, caseId],
    );
    if (!file) throw DomainError.notFound('attachment', attachmentId);
    const families = await select<{ clientId: string }>(
      this.ds,
      `select distinct a.client_id as "clientId"
       from supervision_finding f join feedback fb on fb.id = f.feedback_id join arrangement a on a.id = fb.arrangement_id
       where f.case_id = $1`,
      [caseId],
    );
    await this.accessLog.record(
      user,
      families.map((f) => ({
        clientId: f.clientId,
        record: 'feedback' as const,
        recordId: attachmentId,
        action: 'read' as const,
      })),
      'supervision',
    );
    return file;
  }

  get maxBytes(): number {
    return this.config.ATTACHMENT_MAX_BYTES;
  }
}
