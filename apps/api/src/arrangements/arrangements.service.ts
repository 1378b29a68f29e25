import { insertDraft } from '../../../../libs/persistence/arrangement-projection';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { DataSource } from 'typeorm';
import {
  type ArrangementInput,
  type ArrangementState,
  arrangementWorkflowId,
  type CommandName,
  type Commands,
  commandUpdates,
  type ServiceRules,
  stateQuery,
} from '../../../../libs/contracts';
import { accessDueDate, APPEAL_INSTRUCTIONS } from '../../../../libs/domain/decisions';
import { today } from '../../../../libs/domain/dates';
import { cardProblems, checkAgainstCard } from '../../../../libs/domain/service-card';
import type { ServiceDefinition } from '../../../../libs/contracts/catalogue';
import {
  ArrangementEntity,
  ArrangementEventEntity,
  ArrangementTextEntity,
  type TextKind,
} from '../../../../libs/persistence/entities/arrangement.entity';
import { ClientEntity, CostCentreEntity } from '../../../../libs/persistence/entities/reference.entity';
import { actorOf, type AuthUser } from '../auth/auth';
import { CatalogueService } from '../catalogue/catalogue.service';
import { CONFIG, type Config } from '../common/config.provider';
import { DomainError, ErrorCode } from '../common/domain-error';
import { newId, uuidFromName } from '../common/ids';
import { pgCode, UNIQUE_VIOLATION } from '../common/postgres';
import { PROCESS_UNAVAILABLE } from '../common/refusal';
import { TemporalClient } from '../common/temporal.module';
import { completedBefore } from '../common/idempotency.interceptor';
import { type AccessRecord, AccessLogService } from '../access/access-log.service';
import { arrangementRefusal } from '../../../../libs/domain/actions/arrangement-actions';
import { arrangementActionsFor } from '../access/allowed-actions';
import { CommandGateway, isInvalidTransition } from '../process/command-gateway';
import { clientShown, RecordPolicy, seesCaseTexts } from '../access/record-policy';
import type {
  ChangeDto,
  ContinuationDto,
  CreateArrangementDto,
  DecisionDto,
  EvaluationDto,
  ProposalDto,
  TerminationDto,
} from './arrangements.dto';
import { SuppliersService } from '../reference/suppliers.service';
import { arrangementInput, serviceRules, startArrangementProcess } from '../../../../libs/process/arrangement-process';

type Args<K extends CommandName> = Omit<Commands[K], 'actor'>;

/** Which of the client's records a command changes, for the access log. */
const RECORD_OF: Record<CommandName, AccessRecord> = {
  saveDraft: 'proposal',
  requestConsultation: 'proposal',
  answerConsultation: 'proposal',
  submit: 'proposal',
  withdraw: 'proposal',
  claim: 'arrangement',
  release: 'arrangement',
  returnForCompletion: 'proposal',
  chooseArrangement: 'arrangement',
  respondToOrder: 'arrangement',
  decide: 'arrangement',
  recordUnmetNeed: 'arrangement',
  reopen: 'arrangement',
  commitPayment: 'arrangement',
  start: 'arrangement',
  recordEvaluation: 'evaluation',
  decideContinuation: 'arrangement',
  continueOnRectification: 'arrangement',
  terminate: 'arrangement',
  requestChange: 'arrangement',
  decideChange: 'arrangement',
  commitChange: 'arrangement',
  handOver: 'client',
};
type NewText = { kind: TextKind; body: Record<string, unknown> };

/**
 * The arrangement commands. Free text goes to PostgreSQL first, under an id derived from the
 * idempotency key; the command then goes to the workflow with that id. A refused command takes
 * its text away again, so nothing is left half-written, and nothing a user wrote is lost before
 * the workflow has decided.
 */
@Injectable()
export class ArrangementsService {
  private readonly logger = new Logger(ArrangementsService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly temporal: TemporalClient,
    private readonly catalogue: CatalogueService,
    private readonly suppliers: SuppliersService,
    @Inject(CONFIG) private readonly config: Config,
    private readonly accessLog: AccessLogService,
    private readonly policy: RecordPolicy,
    private readonly gateway: CommandGateway,
  ) {}

  async create(user: AuthUser, key: string | undefined, dto: CreateArrangementDto) {
    // One round trip for everything the proposal is checked against.
    const [found]: ClientForProposal[] = await this.ds.query(
      `select c.id, c.full_name as "fullName", to_char(c.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth",
              c.municipality_code as "municipalityCode", c.language, c.legal_basis as "legalBasis",
              c.own_worker_id as "ownWorkerId", t.id as "teamId",
              (select max(version) from catalogue_version) as "catalogueVersion"
       from client c left join team t on t.kind = 'arranging' and t.legal_basis = c.legal_basis
       where c.id = $1`,
      [dto.clientId],
    );
    if (!found) throw DomainError.notFound('client', dto.clientId);
    await this.policy.assert(user, 'client', dto.clientId);
    const { teamId, catalogueVersion, ...client } = found;
    const { version, service } = await this.catalogue.service(dto.serviceCode, catalogueVersion);
    const considerations = this.checkCard(service, client, dto);
    if (!teamId)
      throw new DomainError(ErrorCode.Unavailable, `no arranging team handles ${client.legalBasis} proposals`);

    const arrangementId = key ? uuidFromName(`arrangement:${user.userId}:${key}`) : newId();
    if (key) {
      const existing = await this.ds.getRepository(ArrangementEntity).findOneBy({ id: arrangementId });
      if (existing) return this.created(existing, user);
    }

    const rules = serviceRules(version, service, this.config.CONTINUATION_LEAD_TIME);
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
      ...freshDraft(arrangementId, now),
    };
    const body = proposalBody(dto);
    try {
      await insertDraft(this.ds, arrangement, body);
    } catch (err) {
      // The same idempotency key raced with itself: the other request wrote the draft.
      if (pgCode(err) === UNIQUE_VIOLATION) return this.created(await this.find(arrangementId), user);
      throw err;
    }
    return this.created(arrangement, user, rules);
  }

  /**
   * The draft is saved; its process is started now, if it is not running already. When Temporal does
   * not answer, the proposal stays saved (202): a retry with the same key, a command on it, or the
   * worker's sweep starts its process.
   */
  private async created(a: ArrangementEntity, user: AuthUser, rules?: ServiceRules) {
    const started = a.lastEventSeq > 0 || (await this.ensureProcess(a, rules));
    await this.accessLog.record(user, [{ clientId: a.clientId, record: 'proposal', recordId: a.id, action: 'create' }]);
    return { started, arrangement: await this.shown(a.id, user) };
  }

  /**
   * A denial changed to a grant on a request for rectification: the same proposal, as the client's own
   * worker wrote it, becomes a new arrangement whose process starts submitted, in the team's queue. Once
   * for each request. Should its process not start now, the worker's sweep starts it as a draft the own
   * worker submits.
   */
  async arrangeOnRectification(deniedId: string, requestId: string): Promise<string> {
    const denied = await this.find(deniedId);
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

  /** A decision not to continue, changed on rectification: the running service goes on for another period. */
  async continueOnRectification(id: string, user: AuthUser, requestId: string) {
    const contractEndsOn = await this.contractEndOf(await this.viewable(id, user));
    return this.run(id, user, `rectification:${requestId}`, 'continueOnRectification', { requestId, contractEndsOn });
  }

  /** Starts the draft's process unless it runs already; false (and logged) when Temporal does not answer. */
  private async ensureProcess(
    a: ArrangementEntity,
    rules?: ServiceRules,
    rectifies?: ArrangementInput['rectifies'],
  ): Promise<boolean> {
    const input = {
      ...arrangementInput(
        a,
        rules ?? serviceRules(a.catalogueVersion, await this.cardOf(a), this.config.CONTINUATION_LEAD_TIME),
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

  async saveDraft(id: string, user: AuthUser, key: string, dto: ProposalDto) {
    const a = await this.viewable(id, user);
    // Checked against the catalogue version the arrangement was proposed under, not the newest.
    const considerations = this.checkCard(await this.cardOf(a), await this.clientOf(a), dto);
    const proposal = {
      revisionId: this.textId(id, key, 'proposal'),
      hoursPerMonth: dto.hoursPerMonth,
      needsAssessedOn: dto.needsAssessedOn,
      desiredStartOn: dto.desiredStartOn,
      considerations,
    };
    return this.run(id, user, key, 'saveDraft', { proposal }, [{ kind: 'proposal', body: proposalBody(dto) }]);
  }

  requestConsultation(id: string, user: AuthUser, key: string, question: string) {
    return this.run(
      id,
      user,
      key,
      'requestConsultation',
      { questionTextId: this.textId(id, key, 'consultation_question') },
      [{ kind: 'consultation_question', body: { question } }],
    );
  }

  answerConsultation(id: string, user: AuthUser, key: string, answer: string) {
    return this.run(
      id,
      user,
      key,
      'answerConsultation',
      { answerTextId: this.textId(id, key, 'consultation_answer') },
      [{ kind: 'consultation_answer', body: { answer } }],
    );
  }

  /** The proposal is checked again on submission: the child's age and the card may have moved on since the draft. */
  submit(id: string, user: AuthUser, key: string) {
    return this.run(id, user, key, 'submit', {}, [], async (a) => {
      const text = await this.ds.getRepository(ArrangementTextEntity).findOneBy({ id: a.proposalRevisionId });
      const body = (text?.body ?? {}) as Partial<ProposalContent>;
      this.checkCard(await this.cardOf(a), await this.clientOf(a), {
        hoursPerMonth: a.hoursPerMonth,
        needsAssessedOn: a.needsAssessedOn,
        desiredStartOn: a.desiredStartOn,
        notRightWhenPresent: body.notRightWhenPresent ?? [],
        plannedDuration: body.plannedDuration ?? null,
        specialConsideration: body.specialConsideration ?? null,
      });
    });
  }

  withdraw(id: string, user: AuthUser, key: string, reason: string) {
    return this.run(id, user, key, 'withdraw', { reasonTextId: this.textId(id, key, 'reason') }, [
      { kind: 'reason', body: { reason } },
    ]);
  }

  claim(id: string, user: AuthUser, key: string) {
    return this.run(id, user, key, 'claim', {});
  }

  release(id: string, user: AuthUser, key: string) {
    return this.run(id, user, key, 'release', {});
  }

  returnForCompletion(id: string, user: AuthUser, key: string, reason: string) {
    return this.run(id, user, key, 'returnForCompletion', { reasonTextId: this.textId(id, key, 'reason') }, [
      { kind: 'reason', body: { reason } },
    ]);
  }

  async chooseWay(
    id: string,
    user: AuthUser,
    key: string,
    way: Commands['chooseArrangement']['way'],
    supplierId: string | null,
  ) {
    const a = await this.viewable(id, user);
    const purchase = way === 'purchase' && supplierId !== null;
    const contract = purchase ? await this.suppliers.validContract(supplierId, a.serviceCode, today()) : null;
    return this.run(id, user, key, 'chooseArrangement', {
      way,
      supplierId: purchase ? supplierId : null,
      contractId: contract?.id ?? null,
    });
  }

  respondToOrder(id: string, user: AuthUser, key: string, accept: boolean, reason: string | null) {
    const reasonTextId = reason ? this.textId(id, key, 'reason') : null;
    return this.run(
      id,
      user,
      key,
      'respondToOrder',
      { accept, reasonTextId },
      reason ? [{ kind: 'reason', body: { reason } }] : [],
    );
  }

  decide(id: string, user: AuthUser, key: string, dto: DecisionDto) {
    return this.decision('decide', id, user, key, dto);
  }

  /** A decision on the proposal or on a change: granted, or denied with the reasons the client may appeal. */
  private decision(name: 'decide' | 'decideChange', id: string, user: AuthUser, key: string, dto: DecisionDto) {
    const { outcome, reason, notification } = dto;
    const reasonTextId = reason ? this.textId(id, key, 'reason') : null;
    return this.run(
      id,
      user,
      key,
      name,
      { outcome, reasonTextId, notification },
      reason ? [{ kind: 'reason', body: { reason } }] : [],
    );
  }

  recordUnmetNeed(id: string, user: AuthUser, key: string, reason: string) {
    return this.run(id, user, key, 'recordUnmetNeed', { reasonTextId: this.textId(id, key, 'reason') }, [
      { kind: 'reason', body: { reason } },
    ]);
  }

  reopen(id: string, user: AuthUser, key: string) {
    return this.run(id, user, key, 'reopen', {});
  }

  async commitPayment(id: string, user: AuthUser, key: string, costCentreCode: string) {
    const contractEndsOn = await this.contractEndOf(await this.viewable(id, user));
    return this.run(id, user, key, 'commitPayment', { costCentreCode, contractEndsOn }, [], () =>
      this.checkCostCentre(costCentreCode),
    );
  }

  /** The end of the contract the service is bought under now, or after the change waiting to be committed. */
  private contractEndOf(a: ArrangementEntity): Promise<string | null> {
    return this.suppliers.contractEnd(a.state?.running?.change?.contractId ?? a.contractId);
  }

  private async checkCostCentre(code: string): Promise<void> {
    if (!(await this.ds.getRepository(CostCentreEntity).existsBy({ code }))) {
      throw DomainError.invalidField('costCentreCode', 'known_cost_centre', `no cost centre ${code}`);
    }
  }

  start(id: string, user: AuthUser, key: string, startedOn: string, goals: string) {
    return this.run(id, user, key, 'start', { startedOn, goalsTextId: this.textId(id, key, 'goals') }, [
      { kind: 'goals', body: { goals } },
    ]);
  }

  recordEvaluation(id: string, user: AuthUser, key: string, dto: EvaluationDto) {
    const { heldOn, participants, goalsProgress, notes } = dto;
    return this.run(
      id,
      user,
      key,
      'recordEvaluation',
      { heldOn, participants, goalsProgress, notesTextId: this.textId(id, key, 'evaluation_notes') },
      [{ kind: 'evaluation_notes', body: { notes } }],
    );
  }

  async decideContinuation(id: string, user: AuthUser, key: string, dto: ContinuationDto) {
    const contractEndsOn = dto.outcome === 'continue' ? await this.contractEndOf(await this.viewable(id, user)) : null;
    const texts: NewText[] = [];
    if (dto.specialConsideration) {
      texts.push({ kind: 'special_consideration', body: { specialConsideration: dto.specialConsideration } });
    }
    if (dto.reason) texts.push({ kind: 'reason', body: { reason: dto.reason } });
    return this.run(
      id,
      user,
      key,
      'decideContinuation',
      {
        outcome: dto.outcome,
        reassessedOn: dto.reassessedOn,
        specialConsiderationTextId: dto.specialConsideration ? this.textId(id, key, 'special_consideration') : null,
        reasonTextId: dto.reason ? this.textId(id, key, 'reason') : null,
        notification: dto.notification,
        contractEndsOn,
      },
      texts,
    );
  }

  terminate(id: string, user: AuthUser, key: string, dto: TerminationDto) {
    return this.run(
      id,
      user,
      key,
      'terminate',
      { reason: dto.reason, endsOn: dto.endsOn ?? today(), reasonTextId: this.textId(id, key, 'reason') },
      [{ kind: 'reason', body: { reason: dto.explanation } }],
    );
  }

  /** A change of intensity or supplier: checked against the card and the contracts, then decided by the team. */
  async requestChange(id: string, user: AuthUser, key: string, dto: ChangeDto) {
    const a = await this.viewable(id, user);
    if (dto.hoursPerMonth !== null) {
      const card = await this.cardOf(a);
      const range = card.hoursPerMonth;
      if (range && (dto.hoursPerMonth < range.min || dto.hoursPerMonth > range.max)) {
        throw DomainError.invalidField(
          'hoursPerMonth',
          'range',
          `must be between ${range.min} and ${range.max} hours a month for ${card.code}`,
        );
      }
    }
    const contract =
      dto.supplierId === null
        ? null
        : await this.suppliers.validContract(dto.supplierId, a.serviceCode, dto.effectiveOn);
    return this.run(
      id,
      user,
      key,
      'requestChange',
      {
        hoursPerMonth: dto.hoursPerMonth,
        supplierId: dto.supplierId,
        contractId: contract?.id ?? null,
        effectiveOn: dto.effectiveOn,
        reasonTextId: this.textId(id, key, 'reason'),
      },
      [{ kind: 'reason', body: { reason: dto.reason } }],
    );
  }

  decideChange(id: string, user: AuthUser, key: string, dto: DecisionDto) {
    return this.decision('decideChange', id, user, key, dto);
  }

  /** A handover reaches the arrangement's process; one it no longer has (ended) is left as it is. */
  async handOver(id: string, user: AuthUser, key: string, ownWorkerId: string, reasonTextId: string) {
    try {
      await this.run(id, user, key, 'handOver', { ownWorkerId, reasonTextId });
    } catch (err) {
      if (isInvalidTransition(err)) return;
      throw err;
    }
  }

  async commitChange(id: string, user: AuthUser, key: string, costCentreCode: string) {
    const contractEndsOn = await this.contractEndOf(await this.viewable(id, user));
    return this.run(id, user, key, 'commitChange', { costCentreCode, contractEndsOn }, [], () =>
      this.checkCostCentre(costCentreCode),
    );
  }

  /** The arrangement as its reader may see it, the read logged. */
  async detail(id: string, user: AuthUser) {
    const a = await this.viewable(id, user);
    await this.accessLog.record(user, [{ clientId: a.clientId, record: 'arrangement', recordId: id, action: 'read' }]);
    return this.present(a, user);
  }

  /** The arrangement after a command of the caller's, whose change is logged already. */
  private async shown(id: string, user: AuthUser) {
    return this.present(await this.find(id), user);
  }

  /** The arrangement with as much of its client and proposal as the reader sees (record-policy.ts). */
  private async present(a: ArrangementEntity, user: AuthUser) {
    const shown = clientShown(user, a.status);
    const [proposal, client] = await Promise.all([
      seesCaseTexts(user) ? this.ds.getRepository(ArrangementTextEntity).findOneBy({ id: a.proposalRevisionId }) : null,
      shown === 'none' ? null : this.ds.getRepository(ClientEntity).findOneByOrFail({ id: a.clientId }),
    ]);
    return {
      ...viewOf(a),
      client: client && shown !== 'none' ? clientView(client, shown) : null,
      proposal: proposal?.body ?? null,
      allowedActions: arrangementActionsFor(user, a.state ?? (await this.processState(a))),
    };
  }

  /**
   * The state of a process whose read model has none yet (a draft whose first event is on its way, or a row
   * from before states were kept): asked of the process itself; null when it does not answer.
   */
  private async processState(a: ArrangementEntity): Promise<ArrangementState | null> {
    try {
      return await this.temporal.call((client) =>
        client.workflow.getHandle(arrangementWorkflowId(a.id)).query(stateQuery),
      );
    } catch {
      return null;
    }
  }

  /** Who did what and when, oldest first, with the texts the events refer to. */
  async timeline(id: string, user: AuthUser) {
    const a = await this.viewable(id, user);
    await this.accessLog.record(user, [{ clientId: a.clientId, record: 'timeline', recordId: id, action: 'read' }]);
    const events = await this.ds
      .getRepository(ArrangementEventEntity)
      .find({ where: { arrangementId: id }, order: { seq: 'ASC' } });
    const texts = new Map(
      (await this.ds.getRepository(ArrangementTextEntity).findBy({ arrangementId: id })).map((t) => [t.id, t.body]),
    );
    const withTexts = seesCaseTexts(user);
    return events.map((e) => ({
      seq: e.seq,
      type: e.type,
      actorId: e.actorId,
      at: e.occurredAt.toISOString(),
      data: e.data,
      text: withTexts ? (texts.get(String(e.data.textId ?? e.data.revisionId)) ?? null) : null,
    }));
  }

  private async run<K extends CommandName>(
    id: string,
    user: AuthUser,
    key: string,
    name: K,
    args: Args<K>,
    texts: NewText[] = [],
    check?: (a: ArrangementEntity) => Promise<void>,
  ) {
    const a = await this.viewable(id, user);
    // Done already under this key, perhaps in an earlier run of the workflow: nothing more to do.
    if (await completedBefore(this.ds, user.userId, key)) return this.shown(id, user);
    await check?.(a);
    const after = await this.gateway.send({
      workflowId: arrangementWorkflowId(id),
      update: commandUpdates[name] as UpdateDefinition<ArrangementState, [Commands[K]], string>,
      command: { ...args, actor: actorOf(user) } as Commands[K],
      updateId: `${name}:${key}`,
      texts: {
        into: { table: 'arrangement_text', owner: 'arrangement_id', ownerId: id, authorId: user.userId },
        items: texts.map((t) => ({ id: this.textId(id, key, t.kind), ...t })),
      },
      ended: () =>
        new DomainError(ErrorCode.InvalidTransition, `the arrangement is ${a.status}; its process has ended`),
      // A draft whose process never started (Temporal was away when it was saved): start it now.
      start: a.lastEventSeq > 0 ? undefined : () => this.ensureProcess(a),
    });
    // A supplier that declined an order no longer sees the arrangement: it gets the outcome only.
    await this.accessLog.record(user, [
      { clientId: a.clientId, record: RECORD_OF[name], recordId: id, action: 'change' },
    ]);
    if (!(await this.policy.reaches(user, 'arrangement', id))) return { id, status: after.status };
    return this.shown(id, user);
  }

  /**
   * Refuses a step the API records itself (a visit, feedback) when the arrangement's rule does not allow
   * it now: the same rule that offers it to the caller.
   */
  async requireAllowed(a: ArrangementEntity, user: AuthUser, action: 'recordVisit' | 'giveFeedback'): Promise<void> {
    const state = a.state ?? (await this.processState(a));
    if (!state) throw new DomainError(ErrorCode.Unavailable, PROCESS_UNAVAILABLE);
    const refusal = arrangementRefusal(action, state, actorOf(user));
    if (!refusal) return;
    const code = refusal.kind === 'forbidden' ? ErrorCode.Forbidden : ErrorCode.InvalidTransition;
    throw new DomainError(code, refusal.message);
  }

  /** The soft rules of the card the proposal meets, each justified; or a 400 naming every rule it breaks. */
  private checkCard(
    card: ServiceDefinition,
    client: Pick<ClientEntity, 'dateOfBirth' | 'legalBasis'>,
    p: ProposalContent,
  ) {
    const check = checkAgainstCard(card, {
      legalBasis: client.legalBasis,
      dateOfBirth: client.dateOfBirth,
      startsOn: p.desiredStartOn ?? p.needsAssessedOn,
      hoursPerMonth: p.hoursPerMonth,
      notRightWhenPresent: p.notRightWhenPresent,
      plannedDuration: p.plannedDuration,
    });
    const problems = cardProblems(check, p.specialConsideration);
    if (problems.length) throw DomainError.invalid(problems);
    return check.considerations.map((c) => c.code);
  }

  private async cardOf(a: ArrangementEntity): Promise<ServiceDefinition> {
    return (await this.catalogue.service(a.serviceCode, a.catalogueVersion)).service;
  }

  private async clientOf(a: ArrangementEntity): Promise<ClientEntity> {
    return this.ds.getRepository(ClientEntity).findOneByOrFail({ id: a.clientId });
  }

  private textId(arrangementId: string, key: string, kind: TextKind): string {
    return uuidFromName(`${arrangementId}:${kind}:${key}`);
  }

  async find(id: string): Promise<ArrangementEntity> {
    const a = await this.ds.getRepository(ArrangementEntity).findOneBy({ id });
    if (!a) throw DomainError.notFound('arrangement', id);
    return a;
  }

  /** The arrangement, if the caller may touch it: 404 when unknown, 403 when not theirs. */
  async viewable(id: string, user: AuthUser): Promise<ArrangementEntity> {
    await this.policy.assert(user, 'arrangement', id);
    return this.find(id);
  }
}

type ClientForProposal = Pick<
  ClientEntity,
  'id' | 'fullName' | 'dateOfBirth' | 'municipalityCode' | 'language' | 'legalBasis' | 'ownWorkerId'
> & { teamId: string | null; catalogueVersion: number };

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

/** The client on an arrangement: the county's workers see the client, a providing supplier whom to reach. */
function clientView(c: ClientEntity, shown: 'full' | 'contact') {
  const contact = { name: c.fullName, address: c.address, contactName: c.contactName, contactPhone: c.contactPhone };
  if (shown === 'contact') return contact;
  return {
    id: c.id,
    ...contact,
    dateOfBirth: c.dateOfBirth,
    municipalityCode: c.municipalityCode,
    language: c.language,
    legalBasis: c.legalBasis,
  };
}

/** What the card is checked against: the proposal's facts and, from its text, what the worker marked and wrote. */
type ProposalContent = Pick<
  ProposalDto,
  | 'hoursPerMonth'
  | 'needsAssessedOn'
  | 'desiredStartOn'
  | 'notRightWhenPresent'
  | 'plannedDuration'
  | 'specialConsideration'
>;

/** The proposal's text: what the worker wrote, and the card criteria and duration it was checked with. */
function proposalBody(dto: ProposalDto): Record<string, unknown> {
  return {
    justification: dto.justification,
    goals: dto.goals,
    notRightWhenPresent: dto.notRightWhenPresent,
    plannedDuration: dto.plannedDuration,
    specialConsideration: dto.specialConsideration,
  };
}

export function viewOf(a: ArrangementEntity) {
  return {
    id: a.id,
    status: a.status,
    serviceCode: a.serviceCode,
    catalogueVersion: a.catalogueVersion,
    legalBasis: a.legalBasis,
    teamId: a.teamId,
    ownWorkerId: a.ownWorkerId,
    assigneeId: a.assigneeId,
    consultationOpen: a.consultationOpen,
    way: a.way,
    supplierId: a.supplierId,
    contractId: a.contractId,
    hoursPerMonth: a.hoursPerMonth,
    specialConsiderations: a.specialConsiderations,
    needsAssessedOn: a.needsAssessedOn,
    desiredStartOn: a.desiredStartOn,
    dueOn: a.dueOn,
    decision: a.decisionOutcome && {
      outcome: a.decisionOutcome,
      decidedBy: a.decidedBy,
      decidedOn: a.decidedOn,
      periodStart: a.periodStart,
      periodEnd: a.periodEnd,
      appealDeadline: a.appealDeadline,
      notification: a.decisionNotification,
      appealInstructions: a.decisionOutcome === 'denied' ? APPEAL_INSTRUCTIONS : null,
    },
    startedOn: a.startedOn,
    accessDays: a.accessDays,
    running: a.periodNo === null ? null : runningView(a),
    ended: a.endedOn && { endedOn: a.endedOn, reason: a.endReason },
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

function runningView(a: ArrangementEntity) {
  return {
    period: a.periodNo,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    periodEndsAt: a.periodEndsAt?.toISOString() ?? null,
    monthsGranted: a.monthsGranted === null ? null : Number(a.monthsGranted),
    continuationDueAt: a.continuationDueAt?.toISOString() ?? null,
    continuationDue: a.continuationDue,
    continuationOutcome: a.continuationOutcome,
    reassessmentOverdueSince: a.reassessmentOverdueSince?.toISOString() ?? null,
    nextEvaluationDueAt: a.nextEvaluationDueAt?.toISOString() ?? null,
    evaluationsHeld: a.evaluationsHeld,
    changeStatus: a.changeStatus,
  };
}
