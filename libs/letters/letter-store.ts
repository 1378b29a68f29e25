import type { DataSource } from 'typeorm';
import { appealDeadline, notifiedOn } from '../domain/decisions';
import { type LetterFacts, type LetterKind, renderDecisionLetter } from './decision-letter';

/** What the county decided at one event of an arrangement: a decision, an unmet need, or an early end. */
export interface DecisionSummary {
  seq: number;
  kind: LetterKind;
  outcome: 'granted' | 'denied' | 'unmet_need' | 'ended';
  decidedOn: string;
  appealDeadline: string | null;
  notification: 'post' | 'electronic' | 'in_person';
}

/**
 * Every decision of an arrangement that has a letter, oldest first: its decisions (a grant or denial, a
 * continuation or not, a change), an unmet need recorded, an early end. An unmet need and an end are
 * appealable; sent by post, their deadline is counted from the day they were made.
 */
const DECISIONS = `
  select d.seq, d.kind, d.outcome, to_char(d.decided_on, 'YYYY-MM-DD') as "decidedOn",
         to_char(d.appeal_deadline, 'YYYY-MM-DD') as "appealDeadline", d.notification,
         d.decided_by as "decidedBy", d.reason_text_id as "textId", null::text as "endsOn"
  from decision d where d.arrangement_id = $1
  union all
  select u.seq, 'unmet_need', 'unmet_need', to_char(u.recorded_at at time zone 'Europe/Helsinki', 'YYYY-MM-DD'),
         null, 'post', u.recorded_by, u.reason_text_id, null
  from unmet_need u where u.arrangement_id = $1
  union all
  select e.seq, 'ending', 'ended', to_char(e.occurred_at at time zone 'Europe/Helsinki', 'YYYY-MM-DD'),
         null, 'post', e.actor_id, (e.data->>'textId')::uuid, e.data->>'endsOn'
  from arrangement_event e
  where e.arrangement_id = $1 and e.type = 'ended' and coalesce(e.data->>'planned', 'false') = 'false'`;

type Listed = DecisionSummary & { decidedBy: string; textId: string | null; endsOn: string | null };

export async function decisionsOf(ds: DataSource, arrangementId: string): Promise<DecisionSummary[]> {
  const rows: Listed[] = await ds.query(`${DECISIONS} order by seq`, [arrangementId]);
  return rows.map(({ decidedBy: _by, textId: _text, endsOn: _ends, ...d }) => ({
    ...d,
    appealDeadline: deadlineOf(d),
  }));
}

/** The stored deadline of a decision; for an unmet need or an end, counted from the day it was made. */
function deadlineOf(d: Pick<DecisionSummary, 'appealDeadline' | 'outcome' | 'decidedOn' | 'notification'>) {
  return d.appealDeadline ?? (d.outcome === 'granted' ? null : appealDeadline(d.decidedOn, d.notification));
}

interface Context {
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
  const [c]: Context[] = await ds.query(
    `select c.language, c.full_name as "clientName", to_char(c.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth",
            a.service_code as "serviceCode", a.legal_basis as "legalBasis", a.hours_per_month as "hoursPerMonth",
            s.name as supplier, u.full_name as "decidedBy", t.body->>'reason' as grounds,
            to_char(d.period_start, 'YYYY-MM-DD') as "periodStart", to_char(d.period_end, 'YYYY-MM-DD') as "periodEnd",
            v.services, voucher.value as voucher
     from arrangement a
     join client c on c.id = a.client_id
     join catalogue_version v on v.version = a.catalogue_version
     join app_user u on u.id = $2
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
  const facts: LetterFacts = {
    ...c,
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
