import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { Actor } from './arrangement';

/**
 * Reactive supervision of a supplier: one open case per supplier collects the bad feedback and
 * findings that come in. Ids, codes, dates and durations only; what people wrote is in PostgreSQL.
 */

export const SUPERVISION_WORKFLOW = 'supervisionWorkflow';

/** The business key of a case: the supplier and the case's running number for that supplier. */
export function supervisionWorkflowId(supplierId: string, number: number): string {
  return `supervision-${supplierId}-${number}`;
}

export const CASE_STATUSES = [
  'assessment',
  'awaiting_clarification',
  'clarification_received',
  'escalated',
  'corrective_action',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_OUTCOMES = ['no_action', 'resolved', 'sanction', 'contract_terminated'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const FINDING_SOURCES = ['feedback', 'planned_visit'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

export interface SupervisionInput {
  caseId: string;
  supplierId: string;
  number: number;
  /**
   * Set (true) when the supplier is one of the county's own-production units: the case is the unit's
   * self-monitoring, with the service line's lead in procurement's place. Absent on a supplier's case.
   */
  selfMonitoring?: boolean;
}

/** A finding that opened the case or joined it: bad feedback, or a planned visit's concern. */
export interface Finding {
  findingId: string;
  source: FindingSource;
  /** Why it counts as bad: rule codes such as `item_low:heard`, `serious_concern`, `nps_below`. */
  reasons: string[];
}

export interface SupervisionState {
  input: SupervisionInput;
  status: CaseStatus;
  findingIds: string[];
  procurementInvolved: boolean;
  /** ISO instants. */
  clarification: { requestedAt: string; deadlineAt: string; graceAt: string; reminded: boolean } | null;
  correctiveAction: { dueOn: string; followUpAt: string; followUpDue: boolean } | null;
  outcome: CaseOutcome | null;
  /** The contract ended by the outcome `contract_terminated`. */
  terminatedServiceCode: string | null;
  seq: number;
}

type WithActor<T> = T & { actor: Actor };

/** The human steps of a case: each an Update whose validator refuses a wrong step before history. */
export interface CaseCommands {
  /** The arranging team assessed the findings (with the responsible worker where needed) and found nothing to act on. */
  closeWithoutAction: WithActor<{ reasonTextId: string }>;
  /** A clarification from the supplier within `respondWithin`; a reminder at the deadline, escalation after as long again. */
  requestClarification: WithActor<{ respondWithin: string; questionTextId: string }>;
  answerClarification: WithActor<{ answerTextId: string }>;
  involveProcurement: WithActor<{ noteTextId: string }>;
  /** The responsible worker of a family behind a finding, or the team, adds what it knows to the assessment. */
  addStatement: WithActor<{ noteTextId: string }>;
  /** A corrective action plan the supplier carries out by `dueOn`, checked at `followUpAfter`. */
  requireCorrectiveAction: WithActor<{ dueOn: string; followUpAfter: string; planTextId: string }>;
  decideOutcome: WithActor<{
    outcome: Exclude<CaseOutcome, 'no_action'>;
    serviceCode: string | null;
    reasonTextId: string;
  }>;
}
export type CaseCommandName = keyof CaseCommands;
export const CASE_COMMAND_NAMES = [
  'closeWithoutAction',
  'requestClarification',
  'answerClarification',
  'involveProcurement',
  'addStatement',
  'requireCorrectiveAction',
  'decideOutcome',
] as const satisfies readonly CaseCommandName[];

export const CASE_EVENT_TYPES = [
  'opened',
  'finding_added',
  'closed_without_action',
  'clarification_requested',
  'clarification_reminded',
  'escalated',
  'clarification_answered',
  'procurement_involved',
  'statement_added',
  'corrective_action_required',
  'follow_up_due',
  'outcome_decided',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export interface CaseEvent {
  seq: number;
  type: CaseEventType;
  actorId: string;
  at: string;
  data: Record<string, string | number | boolean | null>;
}

export interface RecordCaseEventInput {
  event: CaseEvent;
  state: SupervisionState;
}

export type CaseUpdates = { [K in CaseCommandName]: UpdateDefinition<SupervisionState, [CaseCommands[K]], K> };
export const caseUpdates = Object.fromEntries(
  CASE_COMMAND_NAMES.map((name) => [name, defineUpdate<SupervisionState, [CaseCommands[typeof name]]>(name)]),
) as CaseUpdates;

/** Delivered once per finding; the workflow ignores a finding it already holds. */
export const addFindingSignal = defineSignal<[Finding]>('addFinding');
export const caseStateQuery = defineQuery<SupervisionState>('caseState');

/** Planned supervision: a Temporal Schedule per supplier starts this workflow at each visit's due time. */
export const PLANNED_VISIT_WORKFLOW = 'plannedVisitWorkflow';

export function plannedSupervisionScheduleId(supplierId: string): string {
  return `planned-supervision-${supplierId}`;
}

export interface PlannedVisitInput {
  supplierId: string;
}

export interface PlannedVisitDue {
  /** The scheduled run's workflow id: one visit a run, however often the activity is retried. */
  visitKey: string;
  supplierId: string;
  dueAt: string;
}
