import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type ArrangementInput,
  arrangementWorkflowId,
  type AuthUser,
  type ServiceRules,
} from '../../../../libs/contracts';
import type { ServiceDefinition } from '../../../../libs/contracts/catalogue';
import type { IsoDate } from '../../../../libs/domain/dates';
import { accessDueDate } from '../../../../libs/domain/decisions';
import { cardProblems, checkAgainstCard } from '../../../../libs/domain/service-card';
import { aftercareOf } from '../../../../libs/persistence/aftercare';
import { insertDraft } from '../../../../libs/persistence/arrangement-projection';
import { ArrangementEntity, ArrangementTextEntity } from '../../../../libs/persistence/entities/arrangement.entity';
import { ClientEntity } from '../../../../libs/persistence/entities/reference.entity';
import {
  arrangementInput,
  serviceRules,
  startArrangementProcess,
} from '../../../../libs/process-client/arrangement-process';
import { type Access, AccessLogService, accessesOf, loggedInStatement } from '../access/access-log.service';
import { reach, RecordPolicy } from '../access/record-policy';
import { CatalogueService } from '../catalogue/catalogue.service';
import { CONFIG, type Config } from '../common/config.provider';
import { DomainError, ErrorCode } from '../common/domain-error';
import { newId, uuidFromName } from '../common/ids';
import { pgCode, UNIQUE_VIOLATION } from '../common/postgres';
import { TemporalClient } from '../common/temporal.module';
import { type ArrangementFacts, CLIENT_FACTS, draftFacts, type DraftFactsRow } from './arrangement-facts';
import { ArrangementReads, startingState } from './arrangement-reads.service';
import type { CreateArrangementDto, ProposalDto } from './arrangements.dto';

/**
 * A proposal before its process: the own worker's draft checked against the service's card, saved, and
 * its process started (now, or by the worker's sweep when Temporal is away); and the proposal arranged
 * anew when a denial is changed on rectification.
 */
@Injectable()
export class ProposalsService {
  private readonly logger = new Logger(ProposalsService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly temporal: TemporalClient,
    private readonly catalogue: CatalogueService,
    @Inject(CONFIG) private readonly config: Config,
    private readonly accessLog: AccessLogService,
    private readonly reads: ArrangementReads,
  ) {}

  async create(user: AuthUser, key: string | undefined, dto: CreateArrangementDto) {
    // One round trip for everything the proposal is checked against, the record rule with it.
    const params: unknown[] = [dto.clientId];
    // The client's facts as a new draft shows them come with it: the draft is shown without a read after its write.
    const [found]: ClientForProposal[] = await this.ds.query(
      `select ${CLIENT_FACTS}, ow.full_name as "ownWorkerName",
              t.id as "teamId", t.name_fi as "teamFi", t.name_sv as "teamSv", t.name_en as "teamEn",
              (select max(version) from catalogue_version) as "catalogueVersion",
              case when ac.client_id is not null then jsonb_build_object(
                'endsOn', to_char(ac.ends_on, 'YYYY-MM-DD'), 'planAgreed', ac.plan_agreed_on is not null,
                'payingCounty', nullif(ac.placing_county, (select code from county where own))) end as aftercare,
              coalesce((${reach(user, 'client', (v) => `$${params.push(v)}`)}), false) as allowed
       from client c join municipality m on m.code = c.municipality_code
         left join team t on t.kind = 'arranging' and t.legal_basis = c.legal_basis
         left join aftercare ac on ac.client_id = c.id
         left join app_user ow on ow.id = $${params.push(user.userId)}
       where c.id = $1`,
      params,
    );
    RecordPolicy.require('client', dto.clientId, found?.allowed ?? null);
    const { teamId, catalogueVersion, aftercare: youngPerson, ...client } = found!;
    const { version, service } = await this.catalogue.service(dto.serviceCode, catalogueVersion);
    const considerations = this.checkCard(service, client, dto, youngPerson);
    // Aftercare's services follow the need and the client plan (seed 003): the plan is agreed first.
    const aftercare = Boolean(youngPerson && service.aftercare);
    if (aftercare && !youngPerson!.planAgreed) {
      throw DomainError.invalidField(
        'clientId',
        'client_plan',
        'record the client plan agreed with the young person first',
      );
    }
    if (!teamId)
      throw new DomainError(ErrorCode.Unavailable, `no arranging team handles ${client.legalBasis} proposals`);

    // A repeated key names the arrangement its first request wrote: the insert below finds it there.
    const arrangementId = key ? uuidFromName(`arrangement:${user.userId}:${key}`) : newId();

    const rules = serviceRules(version, service, this.config, aftercare ? youngPerson!.endsOn : null);
    const now = new Date();
    const arrangement: ArrangementEntity = {
      id: arrangementId,
      clientId: client.id,
      serviceCode: service.code,
      catalogueVersion: version,
      legalBasis: client.legalBasis,
      teamId,
      ownWorkerId: user.userId,
      hoursPerMonth: dto.hoursPerMonth,
      needsAssessedOn: dto.needsAssessedOn,
      desiredStartOn: dto.desiredStartOn,
      dueOn: accessDueDate(dto.needsAssessedOn, rules.accessTarget),
      specialConsiderations: considerations,
      aftercare,
      // Another county placed the young person: the cost is that county's, and it is told (seed 003).
      payingCounty: youngPerson?.payingCounty ?? null,
      ...freshDraft(arrangementId, now),
    };
    const body = proposalBody(dto);
    const creation: Access = { clientId: client.id, record: 'proposal', recordId: arrangementId, action: 'create' };
    try {
      // The access log's row rides in the draft's own statement: written together, or neither.
      await insertDraft(this.ds, arrangement, body, (p) => loggedInStatement(user, accessesOf([creation], p), p));
    } catch (err) {
      // The same idempotency key again (a retry, or a race with itself): the first request wrote the draft.
      if (pgCode(err) === UNIQUE_VIOLATION) {
        await this.accessLog.record(user, [creation]);
        return this.created(await this.reads.find(arrangementId), user);
      }
      this.accessLog.rethrow(err);
    }
    return this.created(arrangement, user, rules, (on) => draftFacts(arrangement, client, body, on));
  }

  /**
   * The draft is saved; its process is started now, if it is not running already. When Temporal does
   * not answer, the proposal stays saved (202): a retry with the same key, a command on it, or the
   * worker's sweep starts its process.
   */
  async created(a: ArrangementEntity, user: AuthUser, rules?: ServiceRules, facts?: (on: IsoDate) => ArrangementFacts) {
    const started = a.lastEventSeq > 0 || (await this.ensureProcess(a, rules));
    // A draft whose process was just started with these rules is in the state the process starts in: shown
    // as written, without reading it back or asking the process what it was just told.
    const arrangement = await (rules && started
      ? this.reads.present(a, user, { state: startingState(a, rules), facts })
      : this.reads.shown(a.id, user));
    return { started, arrangement };
  }

  /**
   * A denial changed to a grant on a request for rectification: the same proposal, as the client's own
   * worker wrote it, becomes a new arrangement whose process starts submitted, in the team's queue. Once
   * for each request. Should its process not start now, the worker's sweep starts it as a draft the own
   * worker submits.
   */
  async arrangeOnRectification(deniedId: string, requestId: string): Promise<string> {
    const denied = await this.reads.find(deniedId);
    const id = uuidFromName(`rectified:${requestId}`);
    if (await this.ds.getRepository(ArrangementEntity).existsBy({ id })) return id;
    const text = await this.ds.getRepository(ArrangementTextEntity).findOneByOrFail({ id: denied.proposalRevisionId });
    const now = new Date();
    const copy: ArrangementEntity = { ...denied, id, ...freshDraft(id, now) };
    try {
      await insertDraft(this.ds, copy, text.body);
    } catch (err) {
      if (pgCode(err) !== UNIQUE_VIOLATION) throw err;
    }
    await this.ensureProcess(copy, undefined, { arrangementId: deniedId, requestId });
    return id;
  }

  /** Starts the draft's process unless it runs already; false (and logged) when Temporal does not answer. */
  async ensureProcess(
    a: ArrangementEntity,
    rules?: ServiceRules,
    rectifies?: ArrangementInput['rectifies'],
  ): Promise<boolean> {
    const input = {
      ...arrangementInput(
        a,
        rules ??
          serviceRules(
            a.catalogueVersion,
            await this.cardOf(a),
            this.config,
            (await this.aftercareOf(a))?.endsOn ?? null,
          ),
      ),
      ...(rectifies && { rectifies }),
    };
    try {
      await this.temporal.call((client) => startArrangementProcess(client, this.temporal.taskQueue, input));
      return true;
    } catch (err) {
      this.logger.warn(`${arrangementWorkflowId(a.id)} waits for its process: ${String(err)}`);
      return false;
    }
  }

  /** The soft rules of the card the proposal meets, each justified; or a 400 naming every rule it breaks. */
  checkCard(
    card: ServiceDefinition,
    client: Pick<ClientEntity, 'dateOfBirth' | 'legalBasis' | 'specialSupportNeeds'>,
    p: ProposalContent,
    aftercare: { endsOn: string } | null,
  ) {
    const check = checkAgainstCard(card, {
      aftercare,
      legalBasis: client.legalBasis,
      dateOfBirth: client.dateOfBirth,
      needsAssessedOn: p.needsAssessedOn,
      specialSupportNeeds: client.specialSupportNeeds,
      expectedBirthOn: p.expectedBirthOn,
      startsOn: p.desiredStartOn ?? p.needsAssessedOn,
      hoursPerMonth: p.hoursPerMonth,
      notRightWhenPresent: p.notRightWhenPresent,
      plannedDuration: p.plannedDuration,
    });
    const problems = cardProblems(check, p.specialConsideration);
    if (problems.length) throw DomainError.invalid(problems);
    return check.considerations.map((c) => c.code);
  }

  async cardOf(a: ArrangementEntity): Promise<ServiceDefinition> {
    return (await this.catalogue.service(a.serviceCode, a.catalogueVersion)).service;
  }

  /** The aftercare an aftercare arrangement was proposed in; null for every other arrangement. */
  async aftercareOf(a: ArrangementEntity): Promise<{ endsOn: string } | null> {
    return a.aftercare ? aftercareOf(this.ds, a.clientId) : null;
  }

  async clientOf(a: ArrangementEntity): Promise<ClientEntity> {
    return this.ds.getRepository(ClientEntity).findOneByOrFail({ id: a.clientId });
  }
}

type ClientForProposal = DraftFactsRow & {
  teamId: string | null;
  catalogueVersion: number;
  allowed: boolean;
  /** The young person's aftercare, when they are in it: its last day, whether the plan is agreed, who pays. */
  aftercare: { endsOn: string; planAgreed: boolean; payingCounty: string | null } | null;
};

/** What the process will fill in of a new draft: nothing yet, by the first revision of its proposal. */
function freshDraft(id: string, now: Date) {
  return {
    status: 'draft' as const,
    consultationOpen: false,
    assigneeId: null,
    way: null,
    supplierId: null,
    contractId: null,
    proposalRevisionId: uuidFromName(`${id}:proposal:1`),
    decisionOutcome: null,
    decidedBy: null,
    decidedOn: null,
    periodStart: null,
    periodEnd: null,
    appealDeadline: null,
    decisionNotification: null,
    startedOn: null,
    accessDays: null,
    periodNo: null,
    periodEndsAt: null,
    monthsGranted: null,
    continuationDueAt: null,
    continuationDue: false,
    continuationOutcome: null,
    reassessmentOverdueSince: null,
    nextEvaluationDueAt: null,
    evaluationsHeld: 0,
    endedOn: null,
    endReason: null,
    changeStatus: null,
    lastEventSeq: 0,
    state: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** What the card is checked against: the proposal's facts and, from its text, what the worker marked and wrote. */
export type ProposalContent = Pick<
  ProposalDto,
  | 'hoursPerMonth'
  | 'needsAssessedOn'
  | 'desiredStartOn'
  | 'notRightWhenPresent'
  | 'plannedDuration'
  | 'specialConsideration'
  | 'expectedBirthOn'
>;

/** The proposal's text: what the worker wrote, and the card criteria and duration it was checked with. */
export function proposalBody(dto: ProposalDto): Record<string, unknown> {
  return {
    justification: dto.justification,
    goals: dto.goals,
    notRightWhenPresent: dto.notRightWhenPresent,
    plannedDuration: dto.plannedDuration,
    specialConsideration: dto.specialConsideration,
    expectedBirthOn: dto.expectedBirthOn,
    familyAgreedOn: dto.familyAgreedOn,
    fitWithOtherServices: dto.fitWithOtherServices,
  };
}
