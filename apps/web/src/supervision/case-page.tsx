import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Heading, Paragraph, StaticChip } from 'suomifi-ui-components';
import type { CaseFinding, CaseStep, SupervisionCase } from '../api/types';
import { useServiceName } from '../catalogue/catalogue';
import { ErrorMessage } from '../common/errors';
import { COMMAND_RESULT } from '../common/focus';
import { finnishDate, finnishDay } from '../common/format';
import { Loading } from '../common/loading';
import { Fact } from '../common/step';
import { useTitle } from '../common/title';
import { CaseFiles } from './case-files';
import { CaseSteps } from './case-steps';
import { lastDay } from './deadlines';
import { CaseKind, eventText, statusText } from './kind';
import { useCase } from './queries';

/** The step texts' words, by the key each step stores its text under. */
const SAID = ['question', 'answer', 'reason', 'note', 'statement', 'plan'] as const;
/** The free-text questions of the feedback, in the form's order. */
const WORDS = ['helpedMost', 'didNotHelp', 'wished', 'comments'] as const;
const SYSTEM_ACTOR_ID = '00000000-0000-0000-0000-000000000000';

/**
 * A reactive supervision case, or an own-production unit's self-monitoring case (the same steps, the
 * service line's lead in procurement's part): its supplier, services, status and deadlines; the findings it rests on,
 * with what the families wrote (never who they are: the API gives no one's identity); the steps the API
 * allows the reader now; and the timeline of what was done.
 */
export default function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data: c, error } = useCase(id);
  useTitle(
    c
      ? t('supervision.caseName', { supplier: c.supplierName, number: c.number })
      : error
        ? t('errors.page')
        : t('titles.loading'),
  );
  if (!c) return error ? <ErrorMessage error={error} /> : <Loading />;
  return (
    <>
      <Heading variant="h1">{t('supervision.caseName', { supplier: c.supplierName, number: c.number })}</Heading>
      <StatusLine c={c} />
      <CaseFacts c={c} />
      <Findings c={c} />
      <CaseSteps c={c} />
      <CaseFiles c={c} />
      <CaseTimeline c={c} />
    </>
  );
}

/** The status and outcome, where the focus goes after a step (useCaseCommand). */
function StatusLine({ c }: { c: SupervisionCase }) {
  const { t } = useTranslation();
  return (
    <div id={COMMAND_RESULT} tabIndex={-1} role="status" className="status-line">
      <CaseKind c={c} />
      <StaticChip>{statusText(t, c)}</StaticChip>
      {c.outcome && <StaticChip>{t(`supervision.outcomes.${c.outcome}`)}</StaticChip>}
      {c.clarificationOverdue && <StaticChip className="chip-alert">{t('supervision.overdue')}</StaticChip>}
    </div>
  );
}

function CaseFacts({ c }: { c: SupervisionCase }) {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('supervision.factsTitle')}
      </Heading>
      <dl className="facts">
        <Fact label={t('supervision.supplier')}>{c.supplierName}</Fact>
        <Fact label={t('supervision.services')}>{c.serviceCodes.map(serviceName).join(', ') || '–'}</Fact>
        <Fact label={t('supervision.kind')}>
          {t(c.selfMonitoring ? 'supervision.kinds.self_monitoring' : 'supervision.kinds.supervision')}
        </Fact>
        <Fact label={t('supervision.status')}>{statusText(t, c)}</Fact>
        <Fact label={t('supervision.opened')}>{finnishDay(c.openedAt)}</Fact>
        {c.clarificationDeadlineAt && (
          <Fact label={t('supervision.clarificationDeadline')}>{lastDay(c.clarificationDeadlineAt)}</Fact>
        )}
        {c.correctiveActionDueOn && (
          <Fact label={t('supervision.correctiveDue')}>{finnishDate(c.correctiveActionDueOn)}</Fact>
        )}
        {c.followUpAt && <Fact label={t('supervision.followUp')}>{finnishDay(c.followUpAt)}</Fact>}
        <Fact
          label={t(c.selfMonitoring ? 'supervision.selfMonitoring.leadInvolved' : 'supervision.procurementInvolved')}
        >
          {c.procurementInvolved ? t('supervision.yes') : t('supervision.no')}
        </Fact>
        {c.terminatedServiceCode && (
          <Fact label={t('supervision.terminatedService')}>{serviceName(c.terminatedServiceCode)}</Fact>
        )}
        {c.closedAt && <Fact label={t('supervision.closed')}>{finnishDay(c.closedAt)}</Fact>}
      </dl>
    </section>
  );
}

/** What each finding rests on: the rule it broke, and what the family or own worker wrote, as quotes. */
function Findings({ c }: { c: SupervisionCase }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('supervision.findingsTitle')}
      </Heading>
      {c.findings.length === 0 && <Paragraph>{t('supervision.noFindings')}</Paragraph>}
      <ol className="findings">
        {c.findings.map((f) => (
          <Finding key={f.id} f={f} />
        ))}
      </ol>
    </section>
  );
}

function Finding({ f }: { f: CaseFinding }) {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  const reason = (code: string) => {
    const [rule, item] = code.split(':');
    if (rule === 'item_low' && item) return t('supervision.reasons.item_low', { item: t(`feedback.items.${item}`) });
    return t(`supervision.reasons.${rule}`, { defaultValue: code });
  };
  const words = WORDS.filter((w) => f.texts?.[w]);
  return (
    <li data-finding={f.id}>
      <Paragraph>
        <strong>{t(`supervision.sources.${f.source}`)}</strong>
        {f.serviceCode && ` · ${serviceName(f.serviceCode)}`}
        {` · ${f.answeredOn ? finnishDate(f.answeredOn) : finnishDay(f.receivedAt)}`}
      </Paragraph>
      <ul>
        {f.reasons.map((r) => (
          <li key={r}>{reason(r)}</li>
        ))}
      </ul>
      {words.length > 0 && (
        <dl className="words">
          {words.map((w) => (
            <div key={w}>
              <dt>{t(`supervision.words.${w}`)}</dt>
              <dd>
                <blockquote className="said">{f.texts?.[w]}</blockquote>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

/** What happened to the case, oldest first: each step's day, what it was, and its words where the reader may see them. */
function CaseTimeline({ c }: { c: SupervisionCase }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('supervision.timeline')}
      </Heading>
      <ol className="timeline">
        {c.steps.map((s) => (
          <li key={s.seq} data-step={s.type}>
            <span>{finnishDay(s.at)}</span> {eventText(t, c.selfMonitoring, s.type)}
            {s.actorId === SYSTEM_ACTOR_ID && <span className="who"> · {t('facts.system')}</span>}
            {s.actorName && <span className="who"> · {s.actorName}</span>}
            {!s.actorName && s.actorRole && <span className="who"> · {t(`roles.${s.actorRole}`)}</span>}
            <StepDetail s={s} />
            {said(s) && <q className="said">{said(s)}</q>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A step's deadline or outcome, where it has one. */
function StepDetail({ s }: { s: CaseStep }) {
  const { t } = useTranslation();
  const d = s.data;
  const detail =
    s.type === 'clarification_requested' && typeof d.deadlineAt === 'string'
      ? t('supervision.answerBy', { date: lastDay(d.deadlineAt) })
      : s.type === 'corrective_action_required' && typeof d.dueOn === 'string'
        ? t('supervision.planBy', { date: finnishDate(d.dueOn) })
        : s.type === 'outcome_decided' && typeof d.outcome === 'string'
          ? t(`supervision.outcomes.${d.outcome}`)
          : null;
  return detail ? <> · {detail}</> : null;
}

/** The words of a step (a question, an answer, a reason…), where the reader may see them. */
function said(s: CaseStep): string | null {
  const text = s.text as Record<string, unknown> | null;
  const v = text && SAID.map((k) => text[k]).find((x) => typeof x === 'string');
  return typeof v === 'string' ? v : null;
}
