import { Column, Entity, PrimaryColumn } from 'typeorm';
import type {
  ArrangementState,
  ArrangementStatus,
  EventType,
  LegalBasis,
  NotificationMethod,
  WayOfArranging,
} from '../../contracts';

/** The read model of one arrangement: written by the worker's projection, read by queues and lists. */
@Entity('arrangement')
export class ArrangementEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ name: 'service_code' }) serviceCode!: string;
  @Column({ name: 'catalogue_version', type: 'integer' }) catalogueVersion!: number;
  @Column({ name: 'legal_basis', type: 'text' }) legalBasis!: LegalBasis;
  @Column({ name: 'team_id' }) teamId!: string;
  @Column({ name: 'own_worker_id', type: 'uuid' }) ownWorkerId!: string;
  @Column({ type: 'text' }) status!: ArrangementStatus;
  @Column({ name: 'consultation_open' }) consultationOpen!: boolean;
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId!: string | null;
  @Column({ type: 'text', nullable: true }) way!: WayOfArranging | null;
  @Column({ name: 'supplier_id', type: 'uuid', nullable: true }) supplierId!: string | null;
  @Column({ name: 'contract_id', type: 'uuid', nullable: true }) contractId!: string | null;
  @Column({ name: 'hours_per_month', type: 'integer', nullable: true }) hoursPerMonth!: number | null;
  @Column({ name: 'needs_assessed_on', type: 'date' }) needsAssessedOn!: string;
  @Column({ name: 'desired_start_on', type: 'date', nullable: true }) desiredStartOn!: string | null;
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Column({ name: 'proposal_revision_id', type: 'uuid' }) proposalRevisionId!: string;
  /** Soft rules of the principle card the proposal meets, each justified in its special consideration. */
  @Column({ name: 'special_considerations', type: 'text', array: true }) specialConsiderations!: string[];
  /** For a young person in aftercare on a card offered to them: no caps (seed 003). */
  @Column() aftercare!: boolean;
  /** The county that pays, when another county placed the young person; null: this county. */
  @Column({ name: 'paying_county', type: 'text', nullable: true }) payingCounty!: string | null;
  @Column({ name: 'decision_outcome', type: 'text', nullable: true }) decisionOutcome!: 'granted' | 'denied' | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_on', type: 'date', nullable: true }) decidedOn!: string | null;
  @Column({ name: 'period_start', type: 'date', nullable: true }) periodStart!: string | null;
  @Column({ name: 'period_end', type: 'date', nullable: true }) periodEnd!: string | null;
  @Column({ name: 'appeal_deadline', type: 'date', nullable: true }) appealDeadline!: string | null;
  @Column({ name: 'decision_notification', type: 'text', nullable: true })
  decisionNotification!: NotificationMethod | null;
  @Column({ name: 'started_on', type: 'date', nullable: true }) startedOn!: string | null;
  @Column({ name: 'access_days', type: 'integer', nullable: true }) accessDays!: number | null;
  @Column({ name: 'period_no', type: 'integer', nullable: true }) periodNo!: number | null;
  @Column({ name: 'period_ends_at', type: 'timestamptz', nullable: true }) periodEndsAt!: Date | null;
  @Column({ name: 'months_granted', type: 'numeric', nullable: true }) monthsGranted!: string | null;
  @Column({ name: 'continuation_due_at', type: 'timestamptz', nullable: true }) continuationDueAt!: Date | null;
  @Column({ name: 'continuation_due' }) continuationDue!: boolean;
  @Column({ name: 'continuation_outcome', type: 'text', nullable: true }) continuationOutcome!:
    | 'continue'
    | 'end'
    | null;
  @Column({ name: 'reassessment_overdue_since', type: 'timestamptz', nullable: true })
  reassessmentOverdueSince!: Date | null;
  @Column({ name: 'next_evaluation_due_at', type: 'timestamptz', nullable: true }) nextEvaluationDueAt!: Date | null;
  @Column({ name: 'evaluations_held', type: 'integer' }) evaluationsHeld!: number;
  @Column({ name: 'ended_on', type: 'date', nullable: true }) endedOn!: string | null;
  @Column({ name: 'end_reason', type: 'text', nullable: true }) endReason!: string | null;
  @Column({ name: 'change_status', type: 'text', nullable: true }) changeStatus!: 'requested' | 'granted' | null;
  @Column({ name: 'last_event_seq', type: 'integer' }) lastEventSeq!: number;
  /** The process's state after its last recorded event; null before the first. */
  @Column({ type: 'jsonb', nullable: true }) state!: ArrangementState | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity('arrangement_event')
export class ArrangementEventEntity {
  @PrimaryColumn({ name: 'arrangement_id', type: 'uuid' }) arrangementId!: string;
  @PrimaryColumn('integer') seq!: number;
  @Column({ type: 'text' }) type!: EventType;
  @Column({ name: 'actor_id', type: 'uuid' }) actorId!: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @Column({ type: 'jsonb' }) data!: Record<string, unknown>;
}

export type TextKind =
  | 'proposal'
  | 'consultation_question'
  | 'consultation_answer'
  | 'reason'
  | 'goals'
  | 'evaluation_notes'
  | 'special_consideration';

@Entity('arrangement_text')
export class ArrangementTextEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'arrangement_id', type: 'uuid' }) arrangementId!: string;
  @Column({ type: 'text' }) kind!: TextKind;
  @Column({ type: 'jsonb' }) body!: Record<string, unknown>;
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
