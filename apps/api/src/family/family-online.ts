import { Injectable } from '@nestjs/common';
import type { FamilySurveyAction } from '../../../../libs/contracts/actions';
import { allowedFamilyDecisionActions, inTime } from '../../../../libs/domain/actions/appeal-actions';
import { today } from '../../../../libs/domain/dates';
import { DEFAULT_SURVEY_AFTER_MONTHS, type SurveyPoint } from '../../../../libs/domain/family-survey';
import { AppealsService } from '../appeals/appeals.service';
import { DomainError, ErrorCode } from '../common/domain-error';
import { select } from '../common/postgres';
import { familyFeedbackId, type FamilySurveyAnswers, FeedbackService } from '../feedback/feedback.service';
import { CountySettingsService } from '../settings/county-settings.service';
import { type FamilyClientRow, FamilyReach } from './family-reach';
import type { FamilySession } from './family-sessions';

type Matters = Awaited<ReturnType<FamilyReach['matters']>>;

/** A request for rectification already in for a decision, as the family sees it. */
interface RequestIn {
  arrangementId: string;
  seq: number;
  receivedOn: string;
  inTime: boolean;
  sentOnline: boolean;
}

/**
 * What the family does online in their own view: answer the feedback survey offered them, and send a
 * request for rectification of a decision. Which of these is open is decided here, once, and given to the
 * page as each service's and each decision's `allowedActions`.
 */
@Injectable()
export class FamilyOnline {
  constructor(
    private readonly reach: FamilyReach,
    private readonly feedback: FeedbackService,
    private readonly appeals: AppealsService,
    private readonly settings: CountySettingsService,
  ) {}

  /**
   * The survey offered now on each of a client's services, worked out when asked (no scheduler): an ended
   * service (its feedback request was opened when it ended) at `ended`; a running one that started the
   * county's number of months ago or earlier at `running`; neither once answered at that point.
   */
  async surveysOffered(clientId: string): Promise<Map<string, SurveyPoint>> {
    const on = today();
    const set = (await this.settings.inForce(on)).get('family_survey_after_months')?.get('')?.value;
    const rows = await select<{ arrangementId: string; point: SurveyPoint }>(
      this.reach.ds,
      `select x."arrangementId", x.point from (
         select a.id as "arrangementId",
                case when r.arrangement_id is not null then 'ended'
                     when a.status in ('active', 'reassessment_overdue')
                       and a.started_on <= $2::date - make_interval(months => $3::int) then 'running' end as point
         from arrangement a left join feedback_request r on r.arrangement_id = a.id
         where a.client_id = $1) x
       where x.point is not null
         and not exists (select 1 from family_survey_answer s
                         where s.arrangement_id = x."arrangementId" and s.point = x.point)`,
      [clientId, on, set ?? DEFAULT_SURVEY_AFTER_MONTHS],
    );
    return new Map(rows.map((r) => [r.arrangementId, r.point]));
  }

  /** A client's matters with what the family may do: the survey offered per service, a request per decision. */
  async withActions(matters: Matters) {
    const on = today();
    const offered = await this.surveysOffered(matters.id);
    const requests = await select<RequestIn>(
      this.reach.ds,
      `select r.arrangement_id as "arrangementId", r.decision_seq as seq,
              to_char(r.received_on, 'YYYY-MM-DD') as "receivedOn", r.in_time as "inTime",
              r.sent_by_person_id is not null as "sentOnline"
       from rectification_request r join arrangement a on a.id = r.arrangement_id
       where a.client_id = $1 order by r.recorded_at, r.id`,
      [matters.id],
    );
    return {
      ...matters,
      arrangements: matters.arrangements.map((a) => {
        const point = offered.get(a.id) ?? null;
        return {
          ...a,
          survey: point && { point },
          allowedActions: (point ? ['answerSurvey'] : []) as FamilySurveyAction[],
          decisions: a.decisions.map((d) => {
            const inFor = requests.filter((r) => r.arrangementId === a.id && r.seq === d.seq);
            const [first] = inFor;
            return {
              ...d,
              // Sent today, would the request be late? The same rule as the request's own `inTime`.
              late: d.appealDeadline === null ? null : !inTime(on, d.appealDeadline),
              rectification: first
                ? { receivedOn: first.receivedOn, inTime: first.inTime, sentOnline: first.sentOnline }
                : null,
              allowedActions: allowedFamilyDecisionActions({ ...d, requests: inFor.length }),
            };
          }),
        };
      }),
    };
  }

  /** The survey answered at `point`, once: 409 naming the rule when it was answered, or is not offered now. */
  async answerSurvey(
    family: FamilySession,
    client: FamilyClientRow,
    arrangementId: string,
    point: SurveyPoint,
    answers: FamilySurveyAnswers,
  ) {
    const answeredOnce = () =>
      new DomainError(ErrorCode.Conflict, `the survey of this service (${point}) has been answered already`, [
        { field: 'point', rule: 'answered_once', message: 'the survey is answered once at each point' },
      ]);
    const [answered] = await select(
      this.reach.ds,
      'select 1 from family_survey_answer where arrangement_id = $1 and point = $2',
      [arrangementId, point],
    );
    if (answered) throw answeredOnce();
    if ((await this.surveysOffered(client.id)).get(arrangementId) !== point) {
      const message =
        point === 'ended'
          ? 'the survey at the end is offered once the service has ended'
          : 'the survey of a running service is offered once it has run the months the county has set';
      throw new DomainError(ErrorCode.InvalidTransition, message, [
        { field: 'point', rule: 'survey_offered', message },
      ]);
    }
    const id = familyFeedbackId(arrangementId, point);
    await this.reach.log(family, client, [{ clientId: client.id, record: 'feedback', recordId: id, action: 'create' }]);
    await this.feedback.answerOnline({ arrangementId, point, personId: family.personId }, answers, answeredOnce);
    return { arrangementId, point, answeredOn: today() };
  }

  /** A request for rectification sent by the family: received today, in time or late, for the team to see. */
  async requestRectification(
    family: FamilySession,
    client: FamilyClientRow,
    arrangementId: string,
    seq: number,
    key: string,
    grounds: string,
  ) {
    // The grounds are the family's words about the client: written to the client's record, and logged.
    await this.reach.log(family, client, [
      { clientId: client.id, record: 'arrangement', recordId: arrangementId, action: 'create' },
    ]);
    const sent = await this.appeals.sendOnline(family.personId, arrangementId, seq, key, grounds);
    return { ...sent, arrangementId, decisionSeq: seq };
  }
}
