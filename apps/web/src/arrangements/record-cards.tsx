import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { ArrangementDetail, Localized } from '../api/types';
import { finnishDate } from '../common/format';
import { Fact } from '../common/step';
import { DecisionLetters } from './letters';
import { allows } from '../api/types';

/*
 * The parts of an arrangement's record, each a card under its heading, every figure and date with its
 * label. The page chooses their order by what its reader acts on next.
 */

interface Props {
  a: ArrangementDetail;
}

function useLang(): keyof Localized {
  return useTranslation().i18n.language as keyof Localized;
}

/** The proposal as the team reads it to choose a supplier: the child's age and municipality beside its needs. */
export function ProposalCard({ a }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const c = a.client;
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('arrangement.proposal')}
      </Heading>
      <dl className="facts">
        {c?.age !== undefined && (
          <Fact label={t('facts.age')}>
            {t('facts.years', { age: c.age })} {t('facts.bornOn', { date: finnishDate(c.dateOfBirth) })}
          </Fact>
        )}
        {c?.municipality && <Fact label={t('facts.municipality')}>{c.municipality[lang]}</Fact>}
        <Fact label={t('arrangement.hours')}>{a.hoursPerMonth ?? '–'}</Fact>
        <Fact label={t('arrangement.assessedOn')}>{finnishDate(a.needsAssessedOn)}</Fact>
        <Fact label={t('arrangement.desiredStart')}>{finnishDate(a.desiredStartOn) || '–'}</Fact>
        <Fact label={t('queue.due')}>{finnishDate(a.dueOn)}</Fact>
        {a.proposal?.justification && <Fact label={t('arrangement.justification')}>{a.proposal.justification}</Fact>}
        {a.proposal?.goals && <Fact label={t('arrangement.goals')}>{a.proposal.goals}</Fact>}
        {a.proposal?.specialConsideration && <Fact label={t('queue.special')}>{a.proposal.specialConsideration}</Fact>}
        {a.proposal?.expectedBirthOn && (
          <Fact label={t('proposal.expectedBirthOn')}>{finnishDate(a.proposal.expectedBirthOn)}</Fact>
        )}
        {a.proposal?.familyAgreedOn && (
          <Fact label={t('proposal.familyAgreedOn')}>{finnishDate(a.proposal.familyAgreedOn)}</Fact>
        )}
        {a.proposal?.fitWithOtherServices && (
          <Fact label={t('proposal.fitWithOtherServices')}>{a.proposal.fitWithOtherServices}</Fact>
        )}
      </dl>
    </section>
  );
}

/** What a supplier decides an order on, without who the family is: where, an age band, hours, start, deadline. */
export function OrderFacts({ a }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const o = a.order;
  if (!o) return null;
  return (
    <dl className="facts">
      <Fact label={t('facts.municipality')}>{o.municipality[lang]}</Fact>
      <Fact label={t('facts.ageBand')}>{t('facts.years', { age: o.ageBand })}</Fact>
      <Fact label={t('arrangement.hours')}>{a.hoursPerMonth ?? '–'}</Fact>
      <Fact label={t('arrangement.desiredStart')}>{finnishDate(a.desiredStartOn) || '–'}</Fact>
      <Fact label={t('facts.orderedOn')}>{finnishDate(o.orderedOn)}</Fact>
      <Fact label={t('facts.answerBy')}>{o.answerBy ? finnishDate(o.answerBy) : t('facts.noAnswerTime')}</Fact>
    </dl>
  );
}

/** Who takes part: the way of arranging and the supplier, the own worker, the team and who in it handles it. */
export function Parties({ a }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const p = a.parties;
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('facts.parties')}
      </Heading>
      <dl className="facts">
        <Fact label={t('facts.way')}>{a.way ? t(`facts.ways.${a.way}`) : t('facts.notChosen')}</Fact>
        {a.way !== 'own_production' && (
          <Fact label={t('facts.supplier')}>{p.supplier?.name ?? t('facts.notChosen')}</Fact>
        )}
        <Fact label={t('facts.ownWorker')}>{p.ownWorker.name}</Fact>
        <Fact label={t('facts.team')}>{p.team.name[lang]}</Fact>
        <Fact label={t('facts.handler')}>{p.assignee?.name ?? t('facts.nobody')}</Fact>
      </dl>
    </section>
  );
}

/** The decision with each of its facts labelled, its appeal instructions when negative, and its letters. */
export function DecisionCard({ a }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const d = a.decision;
  const id = useId();
  if (!d) return null;
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('arrangement.decision')}
      </Heading>
      <dl className="facts">
        <Fact label={t('facts.outcome')}>{t(`arrangement.outcome.${d.outcome}`)}</Fact>
        <Fact label={t('facts.decidedOn')}>{finnishDate(d.decidedOn)}</Fact>
        {d.decidedByName && <Fact label={t('facts.decidedBy')}>{d.decidedByName}</Fact>}
        {d.periodStart && (
          <Fact label={t('facts.grantedFor')}>
            {finnishDate(d.periodStart)}–{finnishDate(d.periodEnd)}
          </Fact>
        )}
        {d.appealDeadline && <Fact label={t('facts.appealBy')}>{finnishDate(d.appealDeadline)}</Fact>}
      </dl>
      {d.appealInstructions && (
        <>
          <Heading variant="h3" mt="s">
            {t('arrangement.appeal')}
          </Heading>
          <Paragraph className="appeal">{d.appealInstructions[lang]}</Paragraph>
        </>
      )}
      {allows(a, 'readLetters') && <DecisionLetters a={a} />}
    </section>
  );
}

/** Where the family lives and whom to call, as far as the API shows it to the reader (a providing supplier too). */
export function ClientContact({ a }: Props) {
  const { t } = useTranslation();
  const c = a.client;
  if (!c || (!c.address && !c.contactName && !c.contactPhone)) return null;
  return (
    <section className="card" aria-labelledby="client-contact">
      <Heading variant="h2" id="client-contact">
        {t('arrangement.client')}
      </Heading>
      <dl className="facts">
        <Fact label={t('arrangement.clientName')}>{c.name}</Fact>
        {c.address && <Fact label={t('arrangement.address')}>{c.address}</Fact>}
        {c.contactName && <Fact label={t('arrangement.contactName')}>{c.contactName}</Fact>}
        {c.contactPhone && (
          <Fact label={t('arrangement.contactPhone')}>
            <a href={`tel:${c.contactPhone.replace(/\s/g, '')}`}>{c.contactPhone}</a>
          </Fact>
        )}
      </dl>
    </section>
  );
}
