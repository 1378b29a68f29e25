import type { DataSource } from 'typeorm';
import {
  type DecisionKind,
  type DecisionOutcome,
  deadlineOf,
  decisionReference,
  notifiedOn,
} from '../domain/decisions';
import { aftercareContacts, aftercareOf, countyNames } from '../persistence/aftercare';
import { type DeciderTitle, type LetterFacts, type LetterLanguage, renderDecisionLetter } from './decision-letter';

/** What the county decided at one event of an arrangement: a decision, an unmet need, or an early end. */
export interface DecisionSummary {
  seq: number;
  kind: DecisionKind;
  outcome: DecisionOutcome;
  decidedOn: string;
  /** The last day to request rectification: for an appealable decision only (libs/domain/decisions.ts). */
  appealDeadline: string | null;
  notification: 'post' | 'electronic' | 'in_person';
  reference: string;
}

/**
 * Every decision of an arrangement that has a letter, oldest first (the view `decision_record`): its
 * decisions (a grant or denial, a continuation or not, a change), an unmet need recorded, an early end.
 */
export const DECISIONS = `
  select d.seq, d.kind, d.outcome, to_char(d.decided_on, 'YYYY-MM-DD') as "decidedOn",
         to_char(d.appeal_deadline, 'YYYY-MM-DD') as "appealDeadline", d.notification,
         d.decided_by as "decidedBy", d.text_id as "textId", to_char(d.ends_on, 'YYYY-MM-DD') as "endsOn"
  from decision_record d where d.arrangement_id = $1`;

type Listed = Omit<DecisionSummary, 'reference'> & { decidedBy: string; textId: string | null; endsOn: string | null };

export async function decisionsOf(ds: DataSource, arrangementId: string): Promise<DecisionSummary[]> {
  const rows: Listed[] = await ds.query(`${DECISIONS} order by seq`, [arrangementId]);
  return rows.map(({ decidedBy: _by, textId: _text, endsOn: _ends, ...d }) => summary(arrangementId, d));
}

/** One decision of an arrangement, or null when it has none under `seq`. */
export async function decisionOf(ds: DataSource, arrangementId: string, seq: number): Promise<DecisionSummary | null> {
  const [d]: Listed[] = await ds.query(`select * from (${DECISIONS}) x where seq = $2`, [arrangementId, seq]);
  return d ? summary(arrangementId, d) : null;
}

function summary(arrangementId: string, d: Omit<DecisionSummary, 'reference'>): DecisionSummary {
  return { ...d, appealDeadline: deadlineOf(d), reference: decisionReference(arrangementId, d.seq) };
}

interface Context {
  clientId: string;
  language: string;
  clientName: string;
  dateOfBirth: string;
  serviceCode: string;
  legalBasis: 'SHL' | 'LsL';
  hoursPerMonth: number | null;
  supplier: string | null;
  decidedBy: string;
  grounds: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  voucher: { valueCents: number; unit: 'hour' | 'visit' } | null;
  services: { code: string; name: Record<string, string>; fee: { note: Record<string, string> } }[];
  address: string | null;
  contactName: string | null;
  /** The client had turned 18 by the decision: the letter goes to the young person, not the guardian. */
  adult: boolean;
  deciderTitle: DeciderTitle;
  ownWorker: string;
  ownWorkerEmail: string | null;
  authorityAddress: string | null;
  authorityEmail: string | null;
}

/**
 * A decision's letter: the stored one, or, the first time it is asked for, rendered from the decision
 * and stored. Never rewritten: two renderings racing store the first. Null when there is no such decision.
 */
export async function decisionLetter(ds: DataSource, arrangementId: string, seq: number): Promise<Buffer | null> {
  const [stored]: { pdf: Buffer }[] = await ds.query(
    'select pdf from decision_letter where arrangement_id = $1 and seq = $2',
    [arrangementId, seq],
  );
  if (stored) return stored.pdf;
  const [decision]: Listed[] = await ds.query(`select * from (${DECISIONS}) x where seq = $2`, [arrangementId, seq]);
  if (!decision) return null;
  // The authority's address in the client's language where the county set one, else the one for all.
  const authority = (key: string) =>
    `(select s.text_value from county_setting s
       where s.key = '${key}' and s.scope in (c.language, '') and s.valid_from <= $5::date
       order by s.scope = '' , s.valid_from desc, s.id desc limit 1)`;
  const [c]: Context[] = await ds.query(
    `select c.id as "clientId", c.language, c.full_name as "clientName", to_char(c.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth",
            a.service_code as "serviceCode", a.legal_basis as "legalBasis", a.hours_per_month as "hoursPerMonth",
            s.name as supplier, u.full_name as "decidedBy", t.body->>'reason' as grounds,
            to_char(d.period_start, 'YYYY-MM-DD') as "periodStart", to_char(d.period_end, 'YYYY-MM-DD') as "periodEnd",
            v.services, c.address, c.contact_name as "contactName",
            c.date_of_birth + interval '18 years' <= $5::date as adult,
            case when u.role = 'team_lead' then 'team_lead' when u.profession is not null then u.profession
                 when u.role = 'arranging' then 'arranging' else 'own_worker' end as "deciderTitle",
            w.full_name as "ownWorker", w.email as "ownWorkerEmail",
            ${authority('rectification_authority_address')} as "authorityAddress",
            ${authority('rectification_authority_email')} as "authorityEmail",
            voucher.value as voucher
     from arrangement a
     join client c on c.id = a.client_id
     join catalogue_version v on v.version = a.catalogue_version
     join app_user u on u.id = $2
     join app_user w on w.id = a.own_worker_id
     left join supplier s on s.id = a.supplier_id and not s.own_production
     left join arrangement_text t on t.id = $3
     left join decision d on d.arrangement_id = a.id and d.seq = $4
     -- A voucher's value as the county set it for the period's first day, as its commitment takes it.
     left join lateral (
       select jsonb_build_object('valueCents', vv.value_cents, 'unit', vv.unit) as value from voucher_value vv
       where a.way = 'service_voucher' and vv.service_code = a.service_code and vv.valid_from <= coalesce(d.period_start, $5::date)
       order by vv.valid_from desc, vv.id desc limit 1
     ) voucher on true
     where a.id = $1`,
    [arrangementId, decision.decidedBy, decision.textId, seq, decision.decidedOn],
  );
  if (!c) return null;
  const language = c.language === 'sv' ? 'sv' : 'fi';
  const card = c.services.find((x) => x.code === c.serviceCode);
  const { clientId, ...context } = c;
  const facts: LetterFacts = {
    ...context,
    language,
    kind: decision.kind,
    outcome: decision.outcome === 'granted' ? 'granted' : 'denied',
    decidedOn: decision.decidedOn,
    endsOn: decision.endsOn,
    service: card?.name[language] ?? c.serviceCode,
    fee: card?.fee.note[language] ?? null,
    notification: decision.notification,
    notifiedOn: notifiedOn(decision.decidedOn, decision.notification),
    appealDeadline: deadlineOf(decision),
    recipient: { name: c.adult ? c.clientName : c.contactName, address: c.address },
    reference: decisionReference(arrangementId, seq),
    deciderTitle: c.deciderTitle,
    contact: { name: c.ownWorker, email: c.ownWorkerEmail },
    responsibleWorker: await responsibleWorker(ds, clientId, language),
    authority: { address: c.authorityAddress, email: c.authorityEmail },
  };
  const pdf = await renderDecisionLetter(facts);
  await ds.query(
    `insert into decision_letter (arrangement_id, seq, language, pdf) values ($1, $2, $3, $4)
     on conflict (arrangement_id, seq) do nothing`,
    [arrangementId, seq, language, pdf],
  );
  const [kept]: { pdf: Buffer }[] = await ds.query(
    'select pdf from decision_letter where arrangement_id = $1 and seq = $2',
    [arrangementId, seq],
  );
  return kept!.pdf;
}

/** A young person in aftercare: whom the letter names as their responsible worker, as aftercare decides it. */
async function responsibleWorker(ds: DataSource, clientId: string, language: LetterLanguage) {
  const row = await aftercareOf(ds, clientId);
  if (!row) return null;
  const [{ responsibleWorker: w }, counties] = await Promise.all([
    aftercareContacts(ds, row, language),
    countyNames(ds, language),
  ]);
  return { name: w.name, team: w.team, phone: w.phone, county: counties.get(w.county) ?? w.county };
}
