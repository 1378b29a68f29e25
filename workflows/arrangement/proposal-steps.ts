import type { ArrangementState, CommandName, Commands, ProposalRecords } from '../../libs/contracts';
import { commitmentEnd } from '../../libs/domain/commitments';
import { accessDueDate, appealDeadline, firstGrantPeriod } from '../../libs/domain/decisions';
import { isIsoDate } from '../../libs/domain/dates';
import { type Change, COMMITMENT_KIND, type Handler, refuse, requireHours } from './state-change';

/**
 * The proposal's way to a decision and a payment commitment: the own worker's draft, the team's queue,
 * the way of arranging and the supplier's answer, the decision. Who may take each step, and when, is
 * the action's rule (libs/domain/actions); these check the command's input and make the change.
 */

function validateProposal(p: Commands['saveDraft']['proposal']): void {
  requireHours(p.hoursPerMonth);
  if (!isIsoDate(p.needsAssessedOn)) {
    refuse('invalid_input', 'needsAssessedOn must be a date', 'needsAssessedOn', 'iso_date');
  }
  if (p.desiredStartOn !== null && !isIsoDate(p.desiredStartOn)) {
    refuse('invalid_input', 'desiredStartOn must be a date', 'desiredStartOn', 'iso_date');
  }
}

/**
 * What a proposal records before the team gets it: how the service fits with the client's other services,
 * always (seed 004: "Palveluun ohjautumiseen kuuluu aina arviointi palvelun yhteensovittamisesta muiden
 * mahdollisten palveluiden kanssa"), and the family's agreement where taking part is voluntary.
 */
function requireRecords(s: ArrangementState, recorded: ProposalRecords | undefined): void {
  if (!recorded?.fitWithOtherServices) {
    refuse(
      'invalid_input',
      "the proposal must say how the service fits with the client's other services",
      'fitWithOtherServices',
      'fit_with_other_services_required',
    );
  }
  if (s.input.rules.voluntary && !recorded.familyAgreedOn) {
    refuse(
      'invalid_input',
      'the service is voluntary: record the day the family agreed to it',
      'familyAgreedOn',
      'family_agreement_required',
    );
  }
}

export const proposalSteps: { [K in ProposalCommand]: Handler<K> } = {
  saveDraft(s, c): Change {
    validateProposal(c.proposal);
    return {
      type: 'draft_saved',
      proposal: c.proposal,
      dueOn: accessDueDate(c.proposal.needsAssessedOn, s.input.rules.accessTarget),
      data: { revisionId: c.proposal.revisionId },
    };
  },

  requestConsultation(s, c): Change {
    return { type: 'consultation_requested', consultationOpen: true, data: { textId: c.questionTextId } };
  },

  answerConsultation(s, c): Change {
    return { type: 'consultation_answered', consultationOpen: false, data: { textId: c.answerTextId } };
  },

  submit(s, c, _today, _now, rules): Change {
    if (rules.proposalRecordsAtSubmit) requireRecords(s, c.recorded);
    return {
      type: 'submitted',
      status: 'submitted',
      data: { revisionId: s.proposal.revisionId, teamId: s.input.teamId },
    };
  },

  withdraw(s, c): Change {
    return { type: 'withdrawn', status: 'withdrawn', consultationOpen: false, data: { textId: c.reasonTextId } };
  },

  claim(_s, c): Change {
    return { type: 'claimed', status: 'in_handling', assigneeId: c.actor.userId };
  },

  release(): Change {
    return { type: 'released', status: 'submitted', assigneeId: null };
  },

  returnForCompletion(_s, c): Change {
    return { type: 'returned', status: 'returned', assigneeId: null, data: { textId: c.reasonTextId } };
  },

  chooseArrangement(s, c, _today, _now, rules): Change {
    if (!s.input.rules.waysOfArranging.includes(c.way)) {
      refuse(
        'invalid_input',
        `way must be one of ${s.input.rules.waysOfArranging.join(', ')} for this service`,
        'way',
        'way_of_arranging',
      );
    }
    if (c.way === 'purchase') {
      if (!c.supplierId || !c.contractId)
        refuse('invalid_input', 'a purchase needs a supplier and its contract', 'supplierId', 'supplier_required');
      return {
        type: 'arrangement_chosen',
        status: 'ordered',
        way: c.way,
        supplierId: c.supplierId,
        contractId: c.contractId,
        data: { way: c.way, supplierId: c.supplierId, contractId: c.contractId },
      };
    }
    if (c.way === 'service_voucher' && (c.supplierId || rules.voucherNamesProvider)) {
      // The family chose the provider from those that accept the voucher; it is told like a supplier and
      // answers the order as one. A voucher is bought under no contract: its value is the county's.
      if (!c.supplierId)
        refuse(
          'invalid_input',
          'a service voucher needs the provider the family chose',
          'supplierId',
          'supplier_required',
        );
      return {
        type: 'arrangement_chosen',
        status: 'ordered',
        way: c.way,
        supplierId: c.supplierId,
        contractId: null,
        data: { way: c.way, supplierId: c.supplierId },
      };
    }
    if (c.way === 'own_production' && (c.supplierId || rules.ownProductionNamesUnit) && rules.ownProductionOrdered) {
      // The county's own unit is ordered from as a supplier is, and answers with the worker or that it has
      // no capacity. Before units answered, own production was arranged at once, and for a while after it
      // still was when no unit was named: histories from then replay so.
      if (!c.supplierId)
        refuse('invalid_input', 'own production names the unit ordered from', 'supplierId', 'supplier_required');
      return {
        type: 'arrangement_chosen',
        status: 'ordered',
        way: c.way,
        supplierId: c.supplierId,
        contractId: null,
        data: { way: c.way, supplierId: c.supplierId },
      };
    }
    return {
      type: 'arrangement_chosen',
      status: 'arranged',
      way: c.way,
      supplierId: null,
      contractId: null,
      data: { way: c.way },
    };
  },

  respondToOrder(s, c): Change {
    const supplierId = s.supplierId;
    if (c.accept && s.way === 'own_production') {
      // The unit names who works with the family, so that the same worker can continue (seed 002).
      if (!c.workerId)
        refuse('invalid_input', 'the unit names the worker who will work with the family', 'workerId', 'unit_worker');
      return {
        type: 'order_accepted',
        status: 'arranged',
        unitWorkerId: c.workerId,
        data: { supplierId, workerId: c.workerId },
      };
    }
    if (c.accept) return { type: 'order_accepted', status: 'arranged', data: { supplierId } };
    return {
      type: 'order_declined',
      status: 'in_handling',
      way: null,
      supplierId: null,
      contractId: null,
      declinedSupplierIds: [...s.declinedSupplierIds, ...(supplierId ? [supplierId] : [])],
      data: { supplierId, textId: c.reasonTextId, ...(c.cause ? { cause: c.cause } : {}) },
    };
  },

  decide(s, c, today): Change {
    if (c.outcome === 'denied') {
      const notification = c.notification ?? 'post';
      const deadline = appealDeadline(today, notification);
      return {
        type: 'denied',
        status: 'denied',
        decision: {
          outcome: 'denied',
          decidedBy: c.actor.userId,
          decidedOn: today,
          periodStart: null,
          periodEnd: null,
          appealDeadline: deadline,
          notification,
        },
        data: { decidedOn: today, appealDeadline: deadline, notification, textId: c.reasonTextId },
      };
    }
    const period = firstGrantPeriod(today, s.proposal.desiredStartOn, s.input.rules.firstPeriod);
    return {
      type: 'granted',
      status: 'granted',
      decision: {
        outcome: 'granted',
        decidedBy: c.actor.userId,
        decidedOn: today,
        periodStart: period.start,
        periodEnd: period.end,
        appealDeadline: null,
        notification: c.notification ?? 'post',
      },
      data: {
        decidedOn: today,
        periodStart: period.start,
        periodEnd: period.end,
        notification: c.notification ?? 'post',
        textId: c.reasonTextId,
      },
    };
  },

  recordUnmetNeed(_s, c): Change {
    return {
      type: 'unmet_need_recorded',
      status: 'unmet_need',
      way: null,
      supplierId: null,
      contractId: null,
      data: { textId: c.reasonTextId },
    };
  },

  reopen(_s, c): Change {
    return { type: 'reopened', status: 'in_handling', assigneeId: c.actor.userId };
  },

  commitPayment(s, c): Change {
    const { decision, way } = s;
    if (!decision?.periodStart || !decision.periodEnd || !way) {
      refuse('invalid_transition', 'there is no granted period to commit payment for');
    }
    const end = commitmentEnd(decision.periodEnd, c.contractEndsOn);
    const commitment = {
      kind: COMMITMENT_KIND[way],
      costCentreCode: c.costCentreCode,
      unitsPerMonth: s.proposal.hoursPerMonth,
      validFrom: decision.periodStart,
      validTo: end.validTo,
    };
    return {
      type: 'payment_committed',
      status: 'committed',
      commitment,
      data: { ...commitment, grantedUntil: decision.periodEnd, contractEndsFirst: end.contractEndsFirst },
    };
  },
};

export type ProposalCommand = Extract<
  CommandName,
  | 'saveDraft'
  | 'requestConsultation'
  | 'answerConsultation'
  | 'submit'
  | 'withdraw'
  | 'claim'
  | 'release'
  | 'returnForCompletion'
  | 'chooseArrangement'
  | 'respondToOrder'
  | 'decide'
  | 'recordUnmetNeed'
  | 'reopen'
  | 'commitPayment'
>;
