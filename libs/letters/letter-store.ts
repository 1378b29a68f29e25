import type { DataSource } from 'typeorm';
import { notifiedOn } from '../domain/decisions';
import { type LetterFacts, renderDecisionLetter } from './decision-letter';

interface Row extends Omit<LetterFacts, 'language' | 'service' | 'fee' | 'notifiedOn'> {
  language: string;
  serviceCode: string;
  catalogueVersion: number;
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
  const [row]: Row[] = await ds.query(
    `select c.language, c.full_name as "clientName", to_char(c.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth",
            d.kind, d.outcome, to_char(d.decided_on, 'YYYY-MM-DD') as "decidedOn", u.full_name as "decidedBy",
            a.service_code as "serviceCode", a.catalogue_version as "catalogueVersion", a.legal_basis as "legalBasis",
            to_char(d.period_start, 'YYYY-MM-DD') as "periodStart", to_char(d.period_end, 'YYYY-MM-DD') as "periodEnd",
            a.hours_per_month as "hoursPerMonth", s.name as supplier, t.body->>'reason' as grounds,
            d.notification, to_char(d.appeal_deadline, 'YYYY-MM-DD') as "appealDeadline", v.services
     from decision d
     join arrangement a on a.id = d.arrangement_id
     join client c on c.id = a.client_id
     join app_user u on u.id = d.decided_by
     join catalogue_version v on v.version = a.catalogue_version
     left join supplier s on s.id = a.supplier_id and not s.own_production
     left join arrangement_text t on t.id = d.reason_text_id
     where d.arrangement_id = $1 and d.seq = $2`,
    [arrangementId, seq],
  );
  if (!row) return null;
  const language = row.language === 'sv' ? 'sv' : 'fi';
  const card = row.services.find((x) => x.code === row.serviceCode);
  const pdf = await renderDecisionLetter({
    ...row,
    language,
    service: card?.name[language] ?? row.serviceCode,
    fee: card?.fee.note[language] ?? null,
    notifiedOn: notifiedOn(row.decidedOn, row.notification),
  });
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

export interface DecisionSummary {
  seq: number;
  kind: 'initial' | 'continuation' | 'change';
  outcome: 'granted' | 'denied';
  decidedOn: string;
  appealDeadline: string | null;
  notification: 'post' | 'electronic' | 'in_person';
}

/** The decisions of an arrangement, oldest first, for the letters' links. */
export function decisionsOf(ds: DataSource, arrangementId: string): Promise<DecisionSummary[]> {
  return ds.query(
    `select seq, kind, outcome, to_char(decided_on, 'YYYY-MM-DD') as "decidedOn",
            to_char(appeal_deadline, 'YYYY-MM-DD') as "appealDeadline", notification
     from decision where arrangement_id = $1 order by seq`,
    [arrangementId],
  );
}
