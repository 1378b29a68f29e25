import { dateOf, type IsoDate } from '../../../../libs/domain/dates';
import { APPEAL_INSTRUCTIONS, isAppealable } from '../../../../libs/domain/decisions';
import { evaluationDue, lastDayFor } from '../../../../libs/domain/periods';
import { checklist } from '../../../../libs/domain/service-steps';
import type { ArrangementEntity } from '../../../../libs/persistence/entities/arrangement.entity';
import type { ClientEntity } from '../../../../libs/persistence/entities/reference.entity';

/** An arrangement as the API answers it, from its read-model row: pure shapes, no access decided here. */

export function viewOf(a: ArrangementEntity, today: IsoDate) {
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
    aftercare: a.aftercare,
    payingCounty: a.payingCounty,
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
      appealInstructions: isAppealable(a.decisionOutcome) ? APPEAL_INSTRUCTIONS : null,
    },
    startedOn: a.startedOn,
    accessDays: a.accessDays,
    running: a.periodNo === null ? null : runningView(a, today),
    requiredSteps: a.state ? checklist(a.state, today) : [],
    ended: a.endedOn && { endedOn: a.endedOn, reason: a.endReason },
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

function runningView(a: ArrangementEntity, today: IsoDate) {
  return {
    period: a.periodNo,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    periodEndsAt: a.periodEndsAt?.toISOString() ?? null,
    monthsGranted: a.monthsGranted === null ? null : Number(a.monthsGranted),
    continuationDueAt: a.continuationDueAt?.toISOString() ?? null,
    continuationDueFrom: a.continuationDueAt && dateOf(a.continuationDueAt),
    continuationDue: a.continuationDue,
    continuationOutcome: a.continuationOutcome,
    reassessmentOverdueSince: a.reassessmentOverdueSince?.toISOString() ?? null,
    nextEvaluationDueAt: a.nextEvaluationDueAt?.toISOString() ?? null,
    nextEvaluationDueOn: a.nextEvaluationDueAt && lastDayFor(a.nextEvaluationDueAt),
    evaluationDue: evaluationDue(a.nextEvaluationDueAt, today),
    evaluationsHeld: a.evaluationsHeld,
    ...evaluationIntervals(a),
    changeStatus: a.changeStatus,
  };
}

/** The gap agreed with the family (or, never agreed, the card's longest), and the card's bounds for a new one. */
function evaluationIntervals(a: ArrangementEntity) {
  const rules = a.state?.input.rules;
  const longest = rules?.evaluationInterval ?? null;
  return {
    evaluationInterval: a.state?.running?.evaluationInterval ?? longest,
    evaluationIntervalBounds: longest ? { shortest: rules?.evaluationIntervalShortest ?? null, longest } : null,
  };
}

/** The client on an arrangement: the county's workers see the client, a providing supplier whom to reach. */
export function clientView(c: ClientEntity, shown: 'full' | 'contact') {
  const contact = { name: c.fullName, address: c.address, contactName: c.contactName, contactPhone: c.contactPhone };
  if (shown === 'contact') return contact;
  return {
    id: c.id,
    ...contact,
    dateOfBirth: c.dateOfBirth,
    municipalityCode: c.municipalityCode,
    language: c.language,
    legalBasis: c.legalBasis,
    specialSupportNeeds: c.specialSupportNeeds,
  };
}
