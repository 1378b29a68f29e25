import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { DataSource } from 'typeorm';
import {
  actorOf,
  type ArrangementState,
  arrangementWorkflowId,
  type AuthUser,
  type CommandName,
  type Commands,
  commandUpdates,
} from '../../../../libs/contracts';
import { today } from '../../../../libs/domain/dates';
import { type ArrangementEntity, type TextKind } from '../../../../libs/persistence/entities/arrangement.entity';
import { ArrangementTextEntity } from '../../../../libs/persistence/entities/arrangement.entity';
import { CostCentreEntity } from '../../../../libs/persistence/entities/reference.entity';
import { type AccessRecord, AccessLogService } from '../access/access-log.service';
import { RecordPolicy } from '../access/record-policy';
import { DomainError, ErrorCode } from '../common/domain-error';
import { uuidFromName } from '../common/ids';
import { completedBefore } from '../common/idempotency.interceptor';
import { CommandGateway, isInvalidTransition } from '../process/command-gateway';
import { SuppliersService } from '../reference/suppliers.service';
import { UnitsService } from '../own-production/units.service';
import { VouchersService } from '../vouchers/vouchers.service';
import { ArrangementReads } from './arrangement-reads.service';
import type {
  ChangeDto,
  ContinuationDto,
  DecisionDto,
  EvaluationDto,
  OrderResponseDto,
  StartDto,
  StepDto,
  ProposalDto,
  TerminationDto,
} from './arrangements.dto';
import { proposalBody, ProposalsService } from './proposals.service';

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
  recordStep: 'arrangement',
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

/**
 * The arrangement commands: each checks what only the API can (the card, the contract, a cost centre),
 * then goes to the process through the command gateway with its texts, under the caller's key.
 */
@Injectable()
export class ArrangementsService {
  constructor(
    private readonly ds: DataSource,
    private readonly suppliers: SuppliersService,
    private readonly accessLog: AccessLogService,
    private readonly policy: RecordPolicy,
    private readonly gateway: CommandGateway,
    private readonly reads: ArrangementReads,
    private readonly proposals: ProposalsService,
    private readonly vouchers: VouchersService,
    private readonly units: UnitsService,
  ) {}

  /** A decision not to continue, changed on rectification: the running service goes on for another period. */
  async continueOnRectification(id: string, user: AuthUser, requestId: string) {
    return this.run(id, user, `rectification:${requestId}`, 'continueOnRectification', async (a) => ({
      requestId,
      contractEndsOn: await this.contractEndOf(a),
    }));
  }

  saveDraft(id: string, user: AuthUser, key: string, dto: ProposalDto) {
    return this.run(
      id,
      user,
      key,
      'saveDraft',
      async (a) => ({
        proposal: {
          revisionId: this.textId(id, key, 'proposal'),
          hoursPerMonth: dto.hoursPerMonth,
          needsAssessedOn: dto.needsAssessedOn,
          desiredStartOn: dto.desiredStartOn,
          // Checked against the catalogue version the arrangement was proposed under, not the newest.
          considerations: this.proposals.checkCard(
            await this.proposals.cardOf(a),
            await this.proposals.clientOf(a),
            dto,
            await this.proposals.aftercareOf(a),
          ),
        },
      }),
      [{ kind: 'proposal', body: proposalBody(dto) }],
    );
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
    return this.run(id, user, key, 'submit', async (a) => {
      const text = await this.ds.getRepository(ArrangementTextEntity).findOneBy({ id: a.proposalRevisionId });
      const body = (text?.body ?? {}) as Partial<ProposalDto>;
      this.proposals.checkCard(
        await this.proposals.cardOf(a),
        await this.proposals.clientOf(a),
        {
          hoursPerMonth: a.hoursPerMonth,
          needsAssessedOn: a.needsAssessedOn,
          desiredStartOn: a.desiredStartOn,
          notRightWhenPresent: body.notRightWhenPresent ?? [],
          plannedDuration: body.plannedDuration ?? null,
          specialConsideration: body.specialConsideration ?? null,
          expectedBirthOn: body.expectedBirthOn ?? null,
        },
        await this.proposals.aftercareOf(a),
      );
      // The process judges whether the proposal records enough; it learns what is recorded, never the text.
      return {
        recorded: { familyAgreedOn: body.familyAgreedOn ?? null, fitWithOtherServices: !!body.fitWithOtherServices },
      };
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

  chooseWay(
    id: string,
    user: AuthUser,
    key: string,
    way: Commands['chooseArrangement']['way'],
    supplierId: string | null,
  ) {
    const purchase = way === 'purchase' && supplierId !== null;
    const voucher = way === 'service_voucher' && supplierId !== null;
    const ownUnit = way === 'own_production' && supplierId !== null;
    return this.run(id, user, key, 'chooseArrangement', async (a) => {
      if (voucher) await this.vouchers.requireChoosable(supplierId, a.serviceCode, today());
      if (ownUnit) await this.units.requireUnit(supplierId);
      return {
        way,
        supplierId: purchase || voucher || ownUnit ? supplierId : null,
        contractId: purchase ? (await this.suppliers.validContract(supplierId, a.serviceCode, today())).id : null,
      };
    });
  }

  respondToOrder(id: string, user: AuthUser, key: string, dto: OrderResponseDto) {
    const { accept, reason, workerId, cause } = dto;
    const reasonTextId = reason ? this.textId(id, key, 'reason') : null;
    return this.run(
      id,
      user,
      key,
      'respondToOrder',
      async (a) => {
        // The worker an own-production unit names is one of its own (the process knows only the id), and the
        // unit has the hours for the service left in its capacity.
        if (accept && workerId)
          await this.units.requireWorker(a.way === 'own_production' ? a.supplierId : null, workerId);
        if (accept && a.way === 'own_production' && a.status === 'ordered' && a.supplierId)
          await this.units.requireCapacity(a.supplierId, a.serviceCode, a.hoursPerMonth ?? 0);
        return { accept, reasonTextId, workerId: accept ? workerId : null, cause: accept ? null : cause };
      },
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

  commitPayment(id: string, user: AuthUser, key: string, costCentreCode: string) {
    return this.run(id, user, key, 'commitPayment', async (a) => {
      await this.checkCostCentre(costCentreCode);
      return { costCentreCode, contractEndsOn: await this.contractEndOf(a) };
    });
  }

  /** The end of the contract the service is bought under now. */
  private contractEndOf(a: ArrangementEntity): Promise<string | null> {
    return this.suppliers.contractEnd(a.contractId);
  }

  /** A change's commitment runs under the contract of the supplier the change names, if it names one. */
  private changedContractEndOf(a: ArrangementEntity): Promise<string | null> {
    return this.suppliers.contractEnd(a.state?.running?.change?.contractId ?? a.contractId);
  }

  private async checkCostCentre(code: string): Promise<void> {
    if (!(await this.ds.getRepository(CostCentreEntity).existsBy({ code }))) {
      throw DomainError.invalidField('costCentreCode', 'known_cost_centre', `no cost centre ${code}`);
    }
  }

  start(id: string, user: AuthUser, key: string, dto: StartDto) {
    const { startedOn, goals, evaluationInterval } = dto;
    return this.run(
      id,
      user,
      key,
      'start',
      {
        startedOn,
        goalsTextId: this.textId(id, key, 'goals'),
        ...(evaluationInterval ? { evaluationInterval } : {}),
      },
      [{ kind: 'goals', body: { goals } }],
    );
  }

  recordEvaluation(id: string, user: AuthUser, key: string, dto: EvaluationDto) {
    const { heldOn, participants, goalsProgress, notes, newGoals, evaluationInterval } = dto;
    const texts: NewText[] = [{ kind: 'evaluation_notes', body: { notes } }];
    if (newGoals) texts.push({ kind: 'goals', body: { goals: newGoals } });
    return this.run(
      id,
      user,
      key,
      'recordEvaluation',
      {
        heldOn,
        participants,
        goalsProgress,
        notesTextId: this.textId(id, key, 'evaluation_notes'),
        ...(newGoals ? { newGoalsTextId: this.textId(id, key, 'goals') } : {}),
        ...(evaluationInterval ? { evaluationInterval } : {}),
      },
      texts,
    );
  }

  recordStep(id: string, user: AuthUser, key: string, dto: StepDto) {
    return this.run(id, user, key, 'recordStep', { step: dto.step, doneOn: dto.doneOn, textId: null });
  }

  decideContinuation(id: string, user: AuthUser, key: string, dto: ContinuationDto) {
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
      async (a) => ({
        outcome: dto.outcome,
        reassessedOn: dto.reassessedOn,
        specialConsiderationTextId: dto.specialConsideration ? this.textId(id, key, 'special_consideration') : null,
        reasonTextId: dto.reason ? this.textId(id, key, 'reason') : null,
        notification: dto.notification,
        contractEndsOn: dto.outcome === 'continue' ? await this.contractEndOf(a) : null,
      }),
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
  requestChange(id: string, user: AuthUser, key: string, dto: ChangeDto) {
    return this.run(
      id,
      user,
      key,
      'requestChange',
      async (a) => {
        if (dto.hoursPerMonth !== null) {
          const card = await this.proposals.cardOf(a);
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
        return {
          hoursPerMonth: dto.hoursPerMonth,
          supplierId: dto.supplierId,
          contractId: contract?.id ?? null,
          effectiveOn: dto.effectiveOn,
          reasonTextId: this.textId(id, key, 'reason'),
        };
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

  commitChange(id: string, user: AuthUser, key: string, costCentreCode: string) {
    return this.run(id, user, key, 'commitChange', async (a) => {
      await this.checkCostCentre(costCentreCode);
      return { costCentreCode, contractEndsOn: await this.changedContractEndOf(a) };
    });
  }

  private async run<K extends CommandName>(
    id: string,
    user: AuthUser,
    key: string,
    name: K,
    /** The command's fields, or how to make them from the arrangement (its card, contract, cost centre). */
    args: Args<K> | ((a: ArrangementEntity) => Promise<Args<K>>),
    texts: NewText[] = [],
  ) {
    const a = await this.reads.viewable(id, user);
    // Done already under this key, perhaps in an earlier run of the workflow: nothing more to do.
    if (await completedBefore(this.ds, user.userId, key)) return this.reads.shown(id, user);
    const fields = typeof args === 'function' ? await args(a) : args;
    const after = await this.gateway.send({
      workflowId: arrangementWorkflowId(id),
      update: commandUpdates[name] as UpdateDefinition<ArrangementState, [Commands[K]], string>,
      command: { ...fields, actor: actorOf(user) } as Commands[K],
      updateId: `${name}:${key}`,
      texts: {
        into: { table: 'arrangement_text', owner: 'arrangement_id', ownerId: id, authorId: user.userId },
        items: texts.map((t) => ({ id: this.textId(id, key, t.kind), ...t })),
      },
      ended: () =>
        new DomainError(ErrorCode.InvalidTransition, `the arrangement is ${a.status}; its process has ended`),
      // A draft whose process never started (Temporal was away when it was saved): start it now.
      start: a.lastEventSeq > 0 ? undefined : () => this.proposals.ensureProcess(a),
    });
    // A supplier that declined an order no longer sees the arrangement: it gets the outcome only.
    await this.accessLog.record(user, [
      { clientId: a.clientId, record: RECORD_OF[name], recordId: id, action: 'change' },
    ]);
    if (!(await this.policy.reaches(user, 'arrangement', id))) return { id, status: after.status };
    return this.reads.shown(id, user);
  }

  private textId(arrangementId: string, key: string, kind: TextKind): string {
    return uuidFromName(`${arrangementId}:${kind}:${key}`);
  }
}
