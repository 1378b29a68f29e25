import type { LegalBasis, NotificationMethod, OrderDeclineCause, Profession, Role, WayOfArranging } from './codes';

/**
 * Everything here crosses into Temporal: ids, codes, dates and numbers only. Free text (proposal
 * content, reasons, goals) is stored in PostgreSQL and referred to by a text id.
 */

export const ARRANGEMENT_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'in_handling',
  'ordered',
  'arranged',
  'granted',
  'committed',
  'active',
  'reassessment_overdue',
  'ended',
  'denied',
  'unmet_need',
  'withdrawn',
] as const;
export type ArrangementStatus = (typeof ARRANGEMENT_STATUSES)[number];

/** Statuses the arranging team works on; they make up the default queue. */
export const QUEUE_STATUSES: readonly ArrangementStatus[] = [
  'submitted',
  'in_handling',
  'ordered',
  'arranged',
  'granted',
  'committed',
];

export const TERMINAL_STATUSES: readonly ArrangementStatus[] = ['denied', 'withdrawn', 'ended'];

/** A running service's statuses: the service is delivered, or its period ran out with no continuation decision. */
export const RUNNING_STATUSES: readonly ArrangementStatus[] = ['active', 'reassessment_overdue'];

/** Nothing more happens to an arrangement in a terminal status: its process has ended. */
export function isFinishedStatus(status: string): boolean {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

/** Who takes part in an evaluation meeting, by role: names stay in the client information system. */
export const PARTICIPANTS = ['child', 'guardian', 'own_worker', 'supplier', 'arranging_team', 'other'] as const;
export type Participant = (typeof PARTICIPANTS)[number];

export const GOALS_PROGRESS = ['achieved', 'on_track', 'partly', 'not_on_track'] as const;
export type GoalsProgress = (typeof GOALS_PROGRESS)[number];

export const END_REASONS = [
  'goals_met',
  'need_changed',
  'moved',
  'client_declined',
  'supplier_cannot_provide',
  'not_continued',
  'other',
] as const;
export type EndReason = (typeof END_REASONS)[number];

/** The actor of the steps the workflow takes by itself when a timer fires. */
export const SYSTEM_ACTOR_ID = '00000000-0000-0000-0000-000000000000';

/** The durations and options of the catalogue version the arrangement is handled under. */
export interface ServiceRules {
  catalogueVersion: number;
  waysOfArranging: WayOfArranging[];
  /** ISO 8601 duration from needs assessment to service start, e.g. 'P1W'. */
  accessTarget: string;
  /** ISO 8601 duration of the first grant period, e.g. 'P3M'. */
  firstPeriod: string;
  /**
   * Continuation periods, the total, and what special consideration may add (ISO 8601). Absent in
   * arrangements started before the catalogue carried them into the process.
   */
  continuation?: {
    step: string;
    max: string;
    specialExtra: string | null;
    /** Aftercare's service (seed 003): no maximum applies. Absent: capped, as every service was before. */
    uncapped?: boolean;
    /** Aftercare's last day (the day before the 25th birthday): no period of aftercare's service starts after it. */
    aftercareEndsOn?: string;
  };
  /** The longest gap between evaluation meetings; null where the service has none. */
  evaluationInterval?: string | null;
  /**
   * The shortest gap the family may agree on (seed 002: "every 1–3 months"); absent where the card sets
   * none, and then any gap up to the longest may be agreed.
   */
  evaluationIntervalShortest?: string | null;
  /** The card's required steps (codes); absent in arrangements started before they were followed. */
  requiredSteps?: string[];
  /**
   * How long past its due time an evaluation missed alerts the own worker, and then the team lead
   * (configuration, not catalogue); absent in arrangements started before evaluations alerted anyone.
   */
  evaluationAlerts?: { ownWorker: string; teamLead: string };
  /** How long before a period's end the continuation decision falls due (configuration, not catalogue). */
  continuationLeadTime?: string;
  /** Taking part is voluntary: the proposal is submitted only with the family's agreement. Absent: not asked. */
  voluntary?: boolean;
}

export interface ProposalFacts {
  /** The stored proposal text (justification, goals) this version of the facts belongs to. */
  revisionId: string;
  hoursPerMonth: number | null;
  needsAssessedOn: string;
  desiredStartOn: string | null;
  /** Codes of the principle card's soft rules the proposal meets, each justified in its text. */
  considerations?: string[];
}

/** One grant period of a running service: dates for people, ISO instants for the workflow's timers. */
export interface ServicePeriod {
  number: number;
  startsOn: string;
  /** The last day of the period, inclusive. */
  endsOn: string;
  beganAt: string;
  endsAt: string;
  continuationDueAt: string;
}

export interface Continuation {
  outcome: 'continue' | 'end';
  decidedBy: string;
  decidedOn: string;
  reassessedOn: string;
  /** Past the catalogue maximum, with a written special consideration. */
  special: boolean;
  /** The period a `continue` grants. */
  next: { startsOn: string; endsOn: string } | null;
}

/** A change of intensity or supplier while the service runs: decided, then committed, like the service itself. */
export interface ServiceChange {
  hoursPerMonth: number | null;
  supplierId: string | null;
  contractId: string | null;
  effectiveOn: string;
  requestedBy: string;
  /** Granted and waiting for its payment commitment; until then, only requested. */
  granted: boolean;
}

/** Phase 4: the service is running, period by period. */
export interface RunningService {
  period: ServicePeriod;
  /** Months granted so far, this period included, against the catalogue maximum. */
  monthsGranted: number;
  continuation: Continuation | null;
  continuationDue: boolean;
  reassessmentOverdueSince: string | null;
  nextEvaluationDueAt: string | null;
  evaluations: number;
  /** Absent in services that started before changes were modelled. */
  change?: ServiceChange | null;
  /**
   * The gap between evaluation meetings agreed with the family, within the card's bounds; absent in services
   * that started before it was agreed (then the card's longest gap).
   */
  evaluationInterval?: string | null;
  /** Who the evaluation now missed has alerted so far; null until the first alert, cleared by an evaluation. */
  evaluationAlerted?: EvaluationAlerted | null;
}

/** Who an evaluation overdue has alerted: the own worker after the first grace, the team lead after the second. */
export type EvaluationAlerted = 'own_worker' | 'team_lead';

/**
 * The principle cards' required steps that the process records itself: the needs assessment (on the
 * proposal), the decision, the starting negotiation (the start) and the evaluation meetings. Any other step
 * a card lists a worker records by hand (`recordStep`).
 */
export const STEPS_THE_PROCESS_RECORDS: readonly string[] = [
  'needs_assessment',
  'decision',
  'starting_negotiation',
  'evaluation_meetings',
];

/** A required step of the card recorded on the arrangement: which, on which day, by whom. */
export interface RecordedStep {
  code: string;
  doneOn: string;
  doneBy: string;
  /** The event that recorded it. */
  seq: number;
}

export interface Ending {
  endsOn: string;
  reason: EndReason;
  endedBy: string;
  planned: boolean;
}

export interface ArrangementInput {
  arrangementId: string;
  /**
   * Given only to arrangements started before the process stopped carrying it: no step needs to know
   * whose arrangement it is, and what needs it (a message to the client information system) reads it
   * from PostgreSQL.
   */
  clientId?: string;
  serviceCode: string;
  legalBasis: LegalBasis;
  /** The arranging team whose queue the proposal goes to. */
  teamId: string;
  ownWorkerId: string;
  rules: ServiceRules;
  proposal: ProposalFacts;
  /** The state carried over when the workflow continues as new at a period boundary. */
  carried?: Omit<ArrangementState, 'input'>;
  /**
   * Set when the individual affairs section changed a denial to a grant on a request for rectification:
   * the proposal goes straight to the arranging team's queue as submitted, naming the request.
   */
  rectifies?: { arrangementId: string; requestId: string };
}

/** Who is acting, as verified by the API from the caller's token. */
export interface Actor {
  userId: string;
  role: Role;
  teamId: string | null;
  profession: Profession | null;
  supplierId: string | null;
  /**
   * Set (true) for an own-production unit's lead, who speaks for the unit as a supplier's users do for the
   * supplier; absent for everyone else, and in commands given before leads were told apart.
   */
  unitLead?: boolean;
}

/**
 * An own-production unit's lead, who speaks for the unit as a supplier's users for the supplier: answers its
 * orders and takes its part in its self-monitoring, which the unit's workers (who record their visits) do not.
 */
export function leadsUnit(actor: Actor): boolean {
  return actor.role === 'own_production' && actor.unitLead === true;
}

export interface Decision {
  outcome: 'granted' | 'denied';
  decidedBy: string;
  decidedOn: string;
  periodStart: string | null;
  periodEnd: string | null;
  appealDeadline: string | null;
  /** How the client was notified; absent in decisions made before it was recorded (sent by post). */
  notification?: NotificationMethod;
}

export type CommitmentKind = 'payment_commitment' | 'internal_order' | 'service_voucher';

export interface Commitment {
  kind: CommitmentKind;
  costCentreCode: string;
  unitsPerMonth: number | null;
  validFrom: string;
  validTo: string;
}

/** The process state of one arrangement; the read model in PostgreSQL is a projection of it. */
export interface ArrangementState {
  input: ArrangementInput;
  status: ArrangementStatus;
  proposal: ProposalFacts;
  dueOn: string;
  consultationOpen: boolean;
  assigneeId: string | null;
  way: WayOfArranging | null;
  supplierId: string | null;
  contractId: string | null;
  declinedSupplierIds: string[];
  decision: Decision | null;
  commitment: Commitment | null;
  startedOn: string | null;
  accessDays: number | null;
  /** Absent in arrangements that started before the running phase was modelled. */
  running?: RunningService | null;
  ending?: Ending | null;
  /** The own-production unit's worker who works with the family, named when the unit accepted; absent before. */
  unitWorkerId?: string | null;
  /** The card's required steps recorded so far; absent until the first. */
  steps?: RecordedStep[];
  /** Sequence number of the last event; events are numbered from 1 within an arrangement. */
  seq: number;
}

type WithActor<T> = T & { actor: Actor };

/**
 * The last day of the supplier's contract the service is bought under, as the API read it when the
 * command was given; null when nothing is bought (own production, a voucher). A payment commitment
 * never runs past it. Absent in commands given before the process knew it.
 */
export type ContractEnd = string | null;

/**
 * What the proposal's text records that its submission is judged on, as the API read it: a date and a yes or
 * no, never the text. Absent in commands given before a proposal had to record them.
 */
export interface ProposalRecords {
  /** The day the family agreed to the service; null when not recorded. */
  familyAgreedOn: string | null;
  /** Whether the proposal says how the service fits with the client's other services. */
  fitWithOtherServices: boolean;
}

/** The human actions on an arrangement: each is a Temporal Update with a validator. */
export interface Commands {
  saveDraft: WithActor<{ proposal: ProposalFacts }>;
  requestConsultation: WithActor<{ questionTextId: string }>;
  answerConsultation: WithActor<{ answerTextId: string }>;
  submit: WithActor<{ recorded?: ProposalRecords }>;
  withdraw: WithActor<{ reasonTextId: string }>;
  claim: WithActor<object>;
  release: WithActor<object>;
  returnForCompletion: WithActor<{ reasonTextId: string }>;
  chooseArrangement: WithActor<{ way: WayOfArranging; supplierId: string | null; contractId: string | null }>;
  /**
   * `workerId`: on accepting an own-production order, the unit's worker who will work with the family;
   * `cause`: why it is declined, where a code says it. Both absent in answers given before units answered.
   */
  respondToOrder: WithActor<{
    accept: boolean;
    reasonTextId: string | null;
    workerId?: string | null;
    cause?: OrderDeclineCause | null;
  }>;
  decide: WithActor<{ outcome: 'granted' | 'denied'; reasonTextId: string | null; notification?: NotificationMethod }>;
  recordUnmetNeed: WithActor<{ reasonTextId: string }>;
  reopen: WithActor<object>;
  commitPayment: WithActor<{ costCentreCode: string; contractEndsOn?: ContractEnd }>;
  /** `evaluationInterval`: the gap between evaluations agreed with the family; absent, the card's longest. */
  start: WithActor<{ startedOn: string; goalsTextId: string; evaluationInterval?: string | null }>;
  recordEvaluation: WithActor<{
    heldOn: string;
    participants: Participant[];
    goalsProgress: GoalsProgress;
    notesTextId: string;
    /** The new goals set at the meeting, when any. */
    newGoalsTextId?: string | null;
    /** A new gap to the next evaluation, agreed at this one; absent, the gap stays. */
    evaluationInterval?: string | null;
  }>;
  /** One of the card's required steps done: the introductory visit, the goals and meetings agreed, a negotiation. */
  recordStep: WithActor<{ step: string; doneOn: string; textId: string | null }>;
  decideContinuation: WithActor<{
    outcome: 'continue' | 'end';
    reassessedOn: string;
    specialConsiderationTextId: string | null;
    reasonTextId: string | null;
    notification?: NotificationMethod;
    contractEndsOn?: ContractEnd;
  }>;
  /**
   * The individual affairs section changed a decision not to continue on a request for rectification:
   * the service goes on for another period after all. Recorded by the arranging team or a team lead.
   */
  continueOnRectification: WithActor<{ requestId: string; contractEndsOn?: ContractEnd }>;
  terminate: WithActor<{ reason: EndReason; endsOn: string; reasonTextId: string }>;
  requestChange: WithActor<{
    hoursPerMonth: number | null;
    supplierId: string | null;
    contractId: string | null;
    effectiveOn: string;
    reasonTextId: string;
  }>;
  decideChange: WithActor<{
    outcome: 'granted' | 'denied';
    reasonTextId: string | null;
    notification?: NotificationMethod;
  }>;
  commitChange: WithActor<{ costCentreCode: string; contractEndsOn?: ContractEnd }>;
  /** The team lead hands the client over to another own worker, who may act on the arrangement from now on. */
  handOver: WithActor<{ ownWorkerId: string; reasonTextId: string }>;
}
export type CommandName = keyof Commands;
export const COMMAND_NAMES = [
  'saveDraft',
  'requestConsultation',
  'answerConsultation',
  'submit',
  'withdraw',
  'claim',
  'release',
  'returnForCompletion',
  'chooseArrangement',
  'respondToOrder',
  'decide',
  'recordUnmetNeed',
  'reopen',
  'commitPayment',
  'start',
  'recordEvaluation',
  'decideContinuation',
  'continueOnRectification',
  'terminate',
  'requestChange',
  'decideChange',
  'commitChange',
  'handOver',
  'recordStep',
] as const satisfies readonly CommandName[];

export const EVENT_TYPES = [
  'drafted',
  'draft_saved',
  'consultation_requested',
  'consultation_answered',
  'submitted',
  'withdrawn',
  'claimed',
  'released',
  'returned',
  'arrangement_chosen',
  'order_accepted',
  'order_declined',
  'granted',
  'denied',
  'unmet_need_recorded',
  'reopened',
  'payment_committed',
  'started',
  'evaluation_recorded',
  'continuation_due',
  'continued',
  'not_continued',
  'period_started',
  'reassessment_overdue',
  'ended',
  'change_requested',
  'change_granted',
  'change_denied',
  'change_committed',
  'handed_over',
  'evaluation_overdue',
  'step_recorded',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One entry of an arrangement's append-only timeline. */
export interface ArrangementEvent {
  seq: number;
  type: EventType;
  actorId: string;
  /** ISO instant. */
  at: string;
  /** Ids, codes and dates that the event carries (text ids refer to PostgreSQL). */
  data: Record<string, string | number | boolean | null>;
}

export interface RecordEventInput {
  event: ArrangementEvent;
  state: ArrangementState;
}
