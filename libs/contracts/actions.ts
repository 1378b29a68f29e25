/**
 * What a person may do with a record now, as the API tells the screens (evaka's `permittedActions`).
 * Each name is one rule in `libs/domain/actions/`: the workflow refuses a command by it, and the API
 * lists the actions it allows, so a screen offers exactly what the process accepts.
 */

/** The steps on an arrangement. Most are one command of the process; a few are the API's own records. */
export const ARRANGEMENT_ACTIONS = [
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
  'grant',
  'deny',
  'recordUnmetNeed',
  'reopen',
  'commitPayment',
  'start',
  'recordEvaluation',
  'decideContinuation',
  'continueOnRectification',
  /** The own worker ends the service early, for any reason but the supplier's. */
  'terminate',
  /** The supplier ends a service it can no longer provide. */
  'terminateAsSupplier',
  'requestChange',
  'decideChange',
  'commitChange',
  'handOver',
  /** One of the card's required steps done (the introductory visit, a negotiation). */
  'recordStep',
  /** Not process commands: visits and feedback are the API's records of a started service. */
  'recordVisit',
  'giveFeedback',
  /** Reading the decision letters as the client got them. */
  'readLetters',
] as const;
export type ArrangementAction = (typeof ARRANGEMENT_ACTIONS)[number];

/**
 * The steps of a supervision case: each a command of its process (`decideOutcome` is two, by outcome), but
 * `attachFile`, which the API records itself under the same rule.
 */
export const CASE_ACTIONS = [
  'closeWithoutAction',
  'requestClarification',
  'answerClarification',
  'involveProcurement',
  'addStatement',
  'requireCorrectiveAction',
  /** The outcome `resolved`: the team's or procurement's. */
  'resolveCase',
  /** A sanction or the end of a contract: procurement's, under the contract. */
  'decideSanction',
  /** A PDF attached to the case while it is open: the supplier's account, the team's or procurement's document. */
  'attachFile',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Procurement's changes to a supplier's contract, each a route of the API's contracts. */
export const CONTRACT_ACTIONS = ['renew', 'reprice', 'suspend', 'resume', 'end'] as const;
export type ContractAction = (typeof CONTRACT_ACTIONS)[number];

/** What may be done with a supplier's record: edit it (procurement), and make a contract with the supplier. */
export const SUPPLIER_ACTIONS = ['edit', 'addContract'] as const;
export type SupplierAction = (typeof SUPPLIER_ACTIONS)[number];
/** What may be done with the register of suppliers itself: add a supplier. */
export const SUPPLIER_DIRECTORY_ACTIONS = ['create'] as const;
export type SupplierDirectoryAction = (typeof SUPPLIER_DIRECTORY_ACTIONS)[number];
/** Changing what counts as bad feedback: a new version of the rules. */
export const FEEDBACK_RULES_ACTIONS = ['changeRules'] as const;
export type FeedbackRulesAction = (typeof FEEDBACK_RULES_ACTIONS)[number];

/** A supplier's planned supervision: set or replace its interval, or stop it. */
export const PLANNED_SUPERVISION_ACTIONS = ['plan', 'stopPlan'] as const;
export type PlannedSupervisionAction = (typeof PLANNED_SUPERVISION_ACTIONS)[number];

/** A planned visit's findings, recorded once. */
export const PLANNED_VISIT_ACTIONS = ['recordFindings'] as const;
export type PlannedVisitAction = (typeof PLANNED_VISIT_ACTIONS)[number];

/** A message to another system or a person, parked for an operator: send it again. */
export const DELIVERY_ACTIONS = ['retry'] as const;
export type DeliveryAction = (typeof DELIVERY_ACTIONS)[number];

/** The service catalogue's cards: publish a new version of one. */
export const CATALOGUE_ACTIONS = ['publish'] as const;
export type CatalogueAction = (typeof CATALOGUE_ACTIONS)[number];

/** An appealable decision: record the client's request for its rectification. */
export const DECISION_ACTIONS = ['requestRectification'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** The family's step on a service in their own view: the feedback survey offered them, answered once. */
export const FAMILY_SURVEY_ACTIONS = ['answerSurvey'] as const;
export type FamilySurveyAction = (typeof FAMILY_SURVEY_ACTIONS)[number];

/** A request for rectification: the section's answer, then an appeal to the court and the court's answer. */
export const RECTIFICATION_ACTIONS = ['recordOutcome', 'appealToCourt', 'recordCourtOutcome'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

/** A visit recorded wrongly: corrected (its values) or cancelled as a record, the original kept. */
export const VISIT_ACTIONS = ['edit', 'cancel'] as const;
export type VisitAction = (typeof VISIT_ACTIONS)[number];
/** A client the caller lists: hand the client over to another own worker (a team lead). */
export const CLIENT_ACTIONS = ['handOver'] as const;
export type ClientAction = (typeof CLIENT_ACTIONS)[number];

/** An own worker a team lead leads: give them clients while they stay; set the day they leave. */
export const OWN_WORKER_ACTIONS = ['receiveClients', 'setLeavingDay'] as const;
export type OwnWorkerAction = (typeof OWN_WORKER_ACTIONS)[number];
/** The county's targets, baselines and norms: set a new value from a day. */
export const COUNTY_SETTINGS_ACTIONS = ['set'] as const;
export type CountySettingsAction = (typeof COUNTY_SETTINGS_ACTIONS)[number];
