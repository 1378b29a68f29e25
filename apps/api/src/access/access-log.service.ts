import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser, Role } from '../../../../libs/contracts';
import { renderAccessLog } from '../../../../libs/letters/access-log-report';
import { DomainError, ErrorCode } from '../common/domain-error';
import { select } from '../common/postgres';

/** Which of a client's records was touched. */
export const ACCESS_RECORDS = [
  'client',
  'arrangement',
  'proposal',
  'timeline',
  'feedback',
  'evaluation',
  'visit',
  'decision_letter',
  'aftercare',
  'client_plan',
] as const;
export type AccessRecord = (typeof ACCESS_RECORDS)[number];
export type AccessAction = 'read' | 'list' | 'create' | 'change';
/** Why: the route's declared purpose. */
export type AccessPurpose = 'client_matter' | 'supervision' | 'statistics';

/**
 * Who read, as the log names them: a worker (their user, role, team or supplier), or a family member
 * signed in to the family's view (the person's id, as a guardian or as the client themself).
 */
export type LogReader =
  | Pick<AuthUser, 'userId' | 'role' | 'teamId' | 'supplierId'>
  | { userId: string; role: FamilyRole; teamId: null; supplierId: null };
export type FamilyRole = 'guardian' | 'client';

export interface Access {
  clientId: string;
  record: AccessRecord;
  recordId?: string | null;
  action: AccessAction;
}

/**
 * The access log of client data (703/2023): one row per client whose data a request read or changed.
 * Written before the data leaves: if the row cannot be written, the request fails (503), so that
 * nothing is shown unlogged.
 */
@Injectable()
export class AccessLogService {
  private readonly logger = new Logger(AccessLogService.name);

  constructor(private readonly ds: DataSource) {}

  async record(user: LogReader, accesses: Access[], purpose: AccessPurpose = 'client_matter'): Promise<void> {
    if (accesses.length === 0) return;
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    try {
      await this.ds.query(loggedInStatement(user, accessesOf(accesses, p), p, purpose), params);
    } catch (err) {
      throw this.unwritten(err);
    }
  }

  /**
   * Rethrows the error of a statement that also wrote its log (`loggedInStatement`): a failure of the
   * log's insert is the log's 503; anything else is the statement's own error, as it was.
   */
  rethrow(err: unknown): never {
    throw isAccessLogError(err) ? this.unwritten(err) : err;
  }

  private unwritten(err: unknown): DomainError {
    this.logger.error(`the access log could not be written: ${err instanceof Error ? err.message : String(err)}`);
    return new DomainError(
      ErrorCode.Unavailable,
      'the access log could not be written, so nothing was shown or changed; send the request again',
    );
  }

  /** One row per distinct client of a list, in the order shown. */
  async listed(user: AuthUser, clientIds: Iterable<string>, record: AccessRecord, purpose?: AccessPurpose) {
    const unique = [...new Set(clientIds)];
    await this.record(
      user,
      unique.map((clientId) => ({ clientId, record, action: 'list' as const })),
      purpose,
    );
  }

  /**
   * A client's log for a period, newest first, with who read it, by name and role. Who has handled a
   * client's data, and where, is the client's data too: the read is logged, after the rows are read, so
   * that the answer is the log as it stood when asked and this read shows in the next.
   */
  async of(user: AuthUser, clientId: string, from: string, to: string, lang: 'fi' | 'sv' | 'en') {
    const [client] = await select(this.ds, 'select 1 from client where id = $1', [clientId]);
    if (!client) throw DomainError.notFound('client', clientId);
    const rows = await select<{
      at: Date;
      userId: string;
      name: string | null;
      role: string;
      record: AccessRecord;
      action: AccessAction;
      purpose: AccessPurpose;
    }>(
      this.ds,
      `select l.at, l.user_id as "userId", coalesce(u.full_name, p.name) as name, l.role, l.team_id as "teamId",
              l.supplier_id as "supplierId", l.record, l.record_id as "recordId", l.action, l.purpose
       from access_log l left join app_user u on u.id = l.user_id
         left join person p on p.id = l.user_id and l.role in ('guardian', 'client')
       where l.client_id = $1
         and (l.at at time zone 'Europe/Helsinki')::date between $2 and $3
       order by l.at desc, l.id desc`,
      [clientId, from, to],
    );
    await this.record(user, [{ clientId, record: 'client', action: 'read' }]);
    return rows.map((r) => ({
      ...r,
      at: r.at.toISOString(),
      roleText: (ROLE_TEXT as Record<string, Texts>)[r.role]?.[lang] ?? r.role,
      recordText: RECORD_TEXT[r.record][lang],
      actionText: ACTION_TEXT[r.action][lang],
      purposeText: PURPOSE_TEXT[r.purpose][lang],
    }));
  }

  /** The log printed (703/2023: the client's answer), in the client's language unless asked in another. */
  async printed(user: AuthUser, clientId: string, from: string, to: string, lang?: 'fi' | 'sv' | 'en') {
    const [client] = await select<{ fullName: string; dateOfBirth: string; language: 'fi' | 'sv' }>(
      this.ds,
      `select full_name as "fullName", to_char(date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", language
       from client where id = $1`,
      [clientId],
    );
    if (!client) throw DomainError.notFound('client', clientId);
    const language = lang ?? client.language;
    const lines = await this.of(user, clientId, from, to, language);
    const [printer] = await select<{ name: string }>(this.ds, 'select full_name as name from app_user where id = $1', [
      user.userId,
    ]);
    return renderAccessLog({
      language,
      clientName: client.fullName,
      dateOfBirth: client.dateOfBirth,
      from,
      to,
      printedAt: new Date(),
      printedBy: printer?.name ?? user.userId,
      lines,
    });
  }
}

/**
 * The access log's rows written by the statement that reads (or writes) the client's data, as a
 * data-modifying CTE beside it: one round trip and one commit instead of two, and still nothing shown
 * unlogged, since a failed insert fails the whole statement (`rethrow` tells which). `accesses` is a
 * query of the rows to log, in the columns (client_id, record, record_id, action); select from the read's
 * own rows where the reader is allowed, so that a refused read logs nothing.
 */
export function loggedInStatement(
  user: LogReader,
  accesses: string,
  p: (value: unknown) => string,
  purpose: AccessPurpose = 'client_matter',
): string {
  return `insert into access_log (user_id, role, team_id, supplier_id, client_id, record, record_id, action, purpose)
    select ${p(user.userId)}, ${p(user.role)}, ${p(user.teamId)}, ${p(user.supplierId)}, access.client_id,
           access.record, access.record_id, access.action, ${p(purpose)}
    from (${accesses}) as access (client_id, record, record_id, action)`;
}

/** Given accesses as a query of rows for `loggedInStatement`: one parameter, however many there are. */
export function accessesOf(accesses: Access[], p: (value: unknown) => string): string {
  const rows = accesses.map((a) => ({
    client_id: a.clientId,
    record: a.record,
    record_id: a.recordId ?? null,
    action: a.action,
  }));
  return `select a.client_id, a.record, a.record_id, a.action
    from jsonb_to_recordset(${p(JSON.stringify(rows))}::jsonb) as a (client_id uuid, record text, record_id text, action text)`;
}

/** A list's rows for `loggedInStatement`: one `list` row per distinct client of `clients` (one column). */
export function listedAccesses(clients: string, record: AccessRecord, p: (value: unknown) => string): string {
  return `select distinct listed.client_id, ${p(record)}::text, null::text, 'list'::text
    from (${clients}) as listed (client_id)`;
}

/** PostgreSQL names the table whose constraint or trigger refused a row. */
function isAccessLogError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'table' in err && err.table === 'access_log';
}

type Texts = { fi: string; sv: string; en: string };

const ROLE_TEXT: Record<Role | FamilyRole, Texts> = {
  own_worker: { fi: 'omatyöntekijä', sv: 'egen kontaktperson', en: 'own worker' },
  arranging: { fi: 'järjestämistiimi', sv: 'team för ordnande av tjänster', en: 'arranging team' },
  team_lead: { fi: 'esihenkilö', sv: 'chef', en: 'team lead' },
  procurement: { fi: 'hankinnat', sv: 'upphandling', en: 'procurement' },
  supplier: { fi: 'palveluntuottaja', sv: 'serviceproducent', en: 'supplier' },
  registrar: { fi: 'kirjaaja', sv: 'registrator', en: 'registrar' },
  own_production: {
    fi: 'oman palvelutuotannon yksikkö',
    sv: 'enhet inom egen serviceproduktion',
    en: 'own production unit',
  },
  guardian: { fi: 'huoltaja', sv: 'vårdnadshavare', en: 'guardian' },
  client: { fi: 'asiakas itse', sv: 'klienten själv', en: 'the client themself' },
};
const RECORD_TEXT: Record<AccessRecord, Texts> = {
  client: { fi: 'asiakkaan tiedot', sv: 'klientens uppgifter', en: 'client details' },
  arrangement: { fi: 'palvelun järjestäminen', sv: 'ordnande av tjänst', en: 'arrangement' },
  proposal: { fi: 'esitys', sv: 'förslag', en: 'proposal' },
  timeline: { fi: 'tapahtumat', sv: 'händelser', en: 'timeline' },
  feedback: { fi: 'palaute', sv: 'respons', en: 'feedback' },
  evaluation: { fi: 'arviointipalaveri', sv: 'utvärderingsmöte', en: 'evaluation' },
  visit: { fi: 'käynnit', sv: 'besök', en: 'visits' },
  decision_letter: { fi: 'päätöskirje', sv: 'beslutsbrev', en: 'decision letter' },
  aftercare: { fi: 'jälkihuolto', sv: 'eftervård', en: 'aftercare' },
  client_plan: { fi: 'asiakassuunnitelma', sv: 'klientplan', en: 'client plan' },
};
const ACTION_TEXT: Record<AccessAction, Texts> = {
  read: { fi: 'luki', sv: 'läste', en: 'read' },
  list: { fi: 'näki listalla', sv: 'såg i en lista', en: 'saw in a list' },
  create: { fi: 'kirjasi', sv: 'registrerade', en: 'recorded' },
  change: { fi: 'muutti', sv: 'ändrade', en: 'changed' },
};
const PURPOSE_TEXT: Record<AccessPurpose, Texts> = {
  client_matter: {
    fi: 'asiakasasian käsittely',
    sv: 'handläggning av klientärendet',
    en: "handling the client's matter",
  },
  supervision: { fi: 'valvonta', sv: 'tillsyn', en: 'supervision' },
  statistics: { fi: 'tilastointi', sv: 'statistik', en: 'statistics' },
};
