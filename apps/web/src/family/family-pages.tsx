import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RoutedLink, useParams } from 'react-router-dom';
import { Button, Heading, Link, Paragraph, RouterLink, Text } from 'suomifi-ui-components';
import { api, sessionHeaders, unwrap } from '../api/client';
import { ErrorMessage } from '../common/errors';
import { finnishDate } from '../common/format';
import { Loading } from '../common/loading';
import type { Language } from '../common/i18n';
import { FamilyRectification, FamilySurvey, Sent } from './family-actions';
import { useFamilyTitle } from './family-title';

/** The children whose guardian the person is (and themselves, from 15): one link each. */
export function FamilyChildren({ name }: { name: string }) {
  const { t } = useTranslation();
  useFamilyTitle(t('family.children.title'));
  const { data: clients, error } = useQuery({
    queryKey: ['family', 'clients'],
    queryFn: () => unwrap(api.GET('/family/clients')),
  });
  return (
    <>
      <Heading variant="h1">{t('family.children.title')}</Heading>
      <Paragraph mb="m">{t('family.children.signedInAs', { name })}</Paragraph>
      <ErrorMessage error={error} />
      {!clients ? (
        error ? null : (
          <Loading />
        )
      ) : clients.length === 0 ? (
        <Paragraph>{t('family.children.none')}</Paragraph>
      ) : (
        <ul className="rows">
          {clients.map((c) => (
            <li key={c.id}>
              <RouterLink asComponent={RoutedLink} to={`/family/clients/${c.id}`}>
                {c.name}
              </RouterLink>
              <Text> · {t(`family.as.${c.as}`)}</Text>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One child's matters: each service with its period and decisions, each decision's letter, and whom to call. */
export function FamilyMatters() {
  const { t, i18n } = useTranslation();
  const { id } = useParams() as { id: string };
  const [failure, setFailure] = useState<unknown>(null);
  // What the family has sent here, by survey or decision: shown where the form was, which is then gone.
  const [sent, setSent] = useState<Record<string, string>>({});
  const sentAs = (key: string) => (text: string) => setSent((s) => ({ ...s, [key]: text }));
  const { data: m, error } = useQuery({
    queryKey: ['family', 'clients', id],
    queryFn: () => unwrap(api.GET('/family/clients/{id}', { params: { path: { id } } })),
  });
  useFamilyTitle(m?.name ?? null);
  if (!m) {
    if (!error) return <Loading />;
    return (
      <>
        {/* Alone on the page, the error comes under the page's one h1 ("The page cannot be shown"). */}
        <ErrorMessage error={error} />
        <RouterLink asComponent={RoutedLink} to="/family">
          {t('family.children.back')}
        </RouterLink>
      </>
    );
  }
  const lang = i18n.language as Language;
  // In aftercare, the county that placed the young person answers for it: its responsible worker is named too.
  const responsible = m.contact.responsibleWorker;
  const open = async (path: string) => {
    // As the workers' screens: the tab opens on the click, the PDF (fetched with the session) arrives in it.
    const tab = window.open('', '_blank');
    try {
      const res = await fetch(path, { headers: sessionHeaders('GET', new Headers()) });
      if (!res.ok) throw new Error(`${path} ${res.status}`);
      const url = URL.createObjectURL(await res.blob());
      if (tab) tab.location.href = url;
      else window.location.href = url;
      setFailure(null);
    } catch (err) {
      tab?.close();
      setFailure(err);
    }
  };
  return (
    <>
      <RouterLink asComponent={RoutedLink} to="/family">
        {t('family.children.back')}
      </RouterLink>
      <Heading variant="h1" mt="s">
        {m.name}
      </Heading>
      <section aria-labelledby="family-contact" className="family-contact">
        <Heading variant="h2" id="family-contact">
          {t('family.contact.title')}
        </Heading>
        <Paragraph>{t('family.contact.ownWorker', { name: m.contact.ownWorker })}</Paragraph>
        <Paragraph>{m.contact.team[lang]}</Paragraph>
        {m.contact.phone && (
          <Paragraph>
            {t('family.contact.phone')}{' '}
            <Link href={`tel:${m.contact.phone.replace(/\s/g, '')}`}>{m.contact.phone}</Link>
          </Paragraph>
        )}
        {responsible && (
          <>
            <Paragraph mt="s">{t('family.contact.responsibleWorker', { name: responsible.name })}</Paragraph>
            <Paragraph>
              {responsible.team[lang]}, {responsible.county[lang]}
            </Paragraph>
            {responsible.phone && (
              <Paragraph>
                {t('family.contact.phone')}{' '}
                <Link href={`tel:${responsible.phone.replace(/\s/g, '')}`}>{responsible.phone}</Link>
              </Paragraph>
            )}
          </>
        )}
        {m.clientPlan && (
          <Paragraph mt="s">
            <Button variant="secondary" onClick={() => void open(`/family/clients/${m.id}/aftercare/plan.pdf`)}>
              {t('family.contact.clientPlan')}
            </Button>
          </Paragraph>
        )}
      </section>
      <ErrorMessage error={failure} />
      {m.arrangements.length === 0 && <Paragraph mt="m">{t('family.matters.none')}</Paragraph>}
      {m.arrangements.map((a) => (
        <section key={a.id} aria-labelledby={`service-${a.id}`}>
          <Heading variant="h2" mt="l" id={`service-${a.id}`}>
            {a.service[lang] ?? a.service.fi ?? a.serviceCode}
          </Heading>
          {a.periodStart && (
            <Paragraph>
              {t('family.matters.period', {
                from: finnishDate(a.periodStart),
                to: a.periodEnd ? finnishDate(a.periodEnd) : '',
              })}
            </Paragraph>
          )}
          {a.nextEvaluationOn && (
            <Paragraph>{t('family.matters.nextEvaluation', { on: finnishDate(a.nextEvaluationOn) })}</Paragraph>
          )}
          {(a.justification || a.goals) && (
            <dl className="family-proposal">
              {a.justification && (
                <>
                  <dt>{t('family.matters.justification')}</dt>
                  <dd>{a.justification}</dd>
                </>
              )}
              {a.goals && (
                <>
                  <dt>{t('family.matters.goals')}</dt>
                  <dd>{a.goals}</dd>
                </>
              )}
            </dl>
          )}
          {/* The API says when the survey is open: the page offers it then, and only then. */}
          {sent[`survey:${a.id}`] && <Sent text={sent[`survey:${a.id}`]!} />}
          {a.survey && a.allowedActions.includes('answerSurvey') && (
            <FamilySurvey
              clientId={m.id}
              arrangementId={a.id}
              point={a.survey.point}
              onSent={sentAs(`survey:${a.id}`)}
            />
          )}
          <Heading variant="h3" mt="m">
            {t('letters.title')}
          </Heading>
          <ul className="rows">
            {a.decisions.map((d) => (
              <li key={d.seq}>
                <span className="row-main">
                  {t(`letters.kind.${d.kind}`)} · {t(`arrangement.outcome.${d.outcome}`)} · {finnishDate(d.decidedOn)}
                  {d.appealDeadline && (
                    <>
                      <br />
                      {t('family.matters.appealBy', { on: finnishDate(d.appealDeadline) })}
                    </>
                  )}
                </span>
                <Button
                  variant="secondary"
                  onClick={() => void open(`/family/arrangements/${a.id}/decisions/${d.seq}/letter`)}
                >
                  {t('letters.open')}
                </Button>
                {sent[`rectification:${a.id}:${d.seq}`] && (
                  <div className="family-decision-more">
                    <Sent text={sent[`rectification:${a.id}:${d.seq}`]!} />
                  </div>
                )}
                {d.rectification && (
                  <div className="family-decision-more">
                    <Paragraph>
                      {t(
                        d.rectification.inTime ? 'family.rectification.received' : 'family.rectification.receivedLate',
                        {
                          on: finnishDate(d.rectification.receivedOn),
                        },
                      )}
                      {d.rectification.sentOnline && ` ${t('family.rectification.sentOnline')}`}
                    </Paragraph>
                  </div>
                )}
                {d.appealDeadline && d.allowedActions.includes('requestRectification') && (
                  <div className="family-decision-more">
                    <FamilyRectification
                      clientId={m.id}
                      arrangementId={a.id}
                      seq={d.seq}
                      appealDeadline={d.appealDeadline}
                      late={d.late === true}
                      onSent={sentAs(`rectification:${a.id}:${d.seq}`)}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
          <Paragraph>{t('family.matters.appealInLetter')}</Paragraph>
        </section>
      ))}
    </>
  );
}
