import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import type { TimelineEvent } from '../api/types';
import { finnishDay } from '../common/format';
import { useTimeline } from './queries';

/** What happened to the arrangement, oldest first: each step's day, what it was, and who took it. */
export function Timeline({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data: timeline = [] } = useTimeline(id);
  const headingId = useId();
  const who = (e: TimelineEvent) => {
    if (!e.actor) return null;
    if (e.actor.role === 'system') return t('facts.system');
    const role = t(`roles.${e.actor.role}`, { defaultValue: e.actor.role });
    return e.actor.name ? t('facts.by', { name: e.actor.name, role }) : role;
  };
  return (
    <section className="card" aria-labelledby={headingId}>
      <Heading variant="h2" id={headingId}>
        {t('arrangement.timeline')}
      </Heading>
      <ol className="timeline">
        {timeline.map((e) => (
          <li key={e.seq}>
            <span>{finnishDay(e.at)}</span> {t(`events.${e.type}`, { defaultValue: e.type })}
            {who(e) && <span className="who"> · {who(e)}</span>}
            {said(e) && <q className="said">{said(e)}</q>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What a step's text says in words (a reason, a question, an answer); nothing for structured texts. */
function said(e: TimelineEvent): string | null {
  const v = e.text && ['reason', 'question', 'answer'].map((k) => e.text![k]).find((x) => typeof x === 'string');
  return typeof v === 'string' ? v : null;
}
