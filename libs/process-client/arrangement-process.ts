import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import {
  ARRANGEMENT_WORKFLOW,
  type ArrangementInput,
  arrangementWorkflowId,
  type LegalBasis,
  searchAttributes,
  type ServiceRules,
} from '../contracts';
import type { ServiceDefinition } from '../contracts/catalogue';

/**
 * An arrangement's process is started from its draft row: the row is the intent, written first and
 * never taken back. The API starts the process right after writing the row; a retry with the same
 * Idempotency-Key, a command on the draft, and the worker's sweep start it when that did not happen
 * (Temporal away, the API stopped in between). Starting twice is harmless: an open workflow is used
 * as it is, and a closed one is never started again.
 */

/** The county's own durations the process follows besides the catalogue's (configuration). */
export interface ProcessTimes {
  CONTINUATION_LEAD_TIME: string;
  EVALUATION_ALERT_OWN_WORKER_AFTER: string;
  EVALUATION_ALERT_TEAM_LEAD_AFTER: string;
}

/**
 * The durations and options of a catalogue version's service, as the process reads them; for a young person in
 * aftercare on a card offered to them (`aftercareEndsOn`, the aftercare's last day), without the card's maximum but
 * not past the aftercare.
 */
export function serviceRules(
  version: number,
  s: ServiceDefinition,
  times: ProcessTimes,
  aftercareEndsOn: string | null = null,
): ServiceRules {
  return {
    catalogueVersion: version,
    waysOfArranging: s.waysOfArranging,
    accessTarget: s.accessTarget,
    firstPeriod: s.periods.first,
    continuation: {
      step: s.periods.step,
      max: s.periods.max,
      specialExtra: s.periods.specialExtra,
      ...(aftercareEndsOn && { uncapped: true, aftercareEndsOn }),
    },
    evaluationInterval: s.evaluationInterval,
    evaluationIntervalShortest: s.evaluationIntervalShortest ?? null,
    requiredSteps: s.requiredSteps,
    evaluationAlerts: {
      ownWorker: times.EVALUATION_ALERT_OWN_WORKER_AFTER,
      teamLead: times.EVALUATION_ALERT_TEAM_LEAD_AFTER,
    },
    continuationLeadTime: times.CONTINUATION_LEAD_TIME,
    ...(s.voluntary && { voluntary: true }),
  };
}

/** The draft row's columns the process starts from: ids, codes, dates and numbers only. */
export interface DraftRow {
  id: string;
  clientId: string;
  serviceCode: string;
  catalogueVersion: number;
  legalBasis: LegalBasis;
  teamId: string;
  ownWorkerId: string;
  proposalRevisionId: string;
  hoursPerMonth: number | null;
  needsAssessedOn: string;
  desiredStartOn: string | null;
  specialConsiderations: string[];
}

export function arrangementInput(a: DraftRow, rules: ServiceRules): ArrangementInput {
  return {
    arrangementId: a.id,
    serviceCode: a.serviceCode,
    legalBasis: a.legalBasis,
    teamId: a.teamId,
    ownWorkerId: a.ownWorkerId,
    rules,
    proposal: {
      revisionId: a.proposalRevisionId,
      hoursPerMonth: a.hoursPerMonth,
      needsAssessedOn: a.needsAssessedOn,
      desiredStartOn: a.desiredStartOn,
      considerations: a.specialConsiderations,
    },
  };
}

/** Starts the arrangement's workflow unless it runs or ran already. */
export async function startArrangementProcess(
  client: Client,
  taskQueue: string,
  input: ArrangementInput,
): Promise<void> {
  try {
    await client.workflow.start(ARRANGEMENT_WORKFLOW, {
      workflowId: arrangementWorkflowId(input.arrangementId),
      taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      // A closed process is never started again for the same arrangement.
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      typedSearchAttributes: [
        { key: searchAttributes.status, value: 'draft' },
        { key: searchAttributes.service, value: input.serviceCode },
        { key: searchAttributes.team, value: input.teamId },
      ],
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}

/** A draft waiting for its process, with its aftercare's last day when it is aftercare's service (no maximum). */
export type WaitingDraft = DraftRow & { aftercareEndsOn: string | null };

/**
 * Drafts whose process has not recorded its first event `olderThanMs` after they were written: the API
 * could not start it. With the catalogue service each was proposed under.
 */
export async function draftsWaitingForProcess(
  ds: DataSource,
  olderThanMs: number,
): Promise<{ draft: WaitingDraft; service: ServiceDefinition }[]> {
  const rows: (WaitingDraft & { services: ServiceDefinition[] })[] = await ds.query(
    `select a.id, a.client_id as "clientId", a.service_code as "serviceCode", a.catalogue_version as "catalogueVersion",
            a.legal_basis as "legalBasis", a.team_id as "teamId", a.own_worker_id as "ownWorkerId",
            a.proposal_revision_id as "proposalRevisionId", a.hours_per_month as "hoursPerMonth",
            to_char(a.needs_assessed_on, 'YYYY-MM-DD') as "needsAssessedOn",
            to_char(a.desired_start_on, 'YYYY-MM-DD') as "desiredStartOn",
            a.special_considerations as "specialConsiderations",
            case when a.aftercare then to_char(ac.ends_on, 'YYYY-MM-DD') end as "aftercareEndsOn", v.services
     from arrangement a join catalogue_version v on v.version = a.catalogue_version
       left join aftercare ac on ac.client_id = a.client_id
     where a.last_event_seq = 0 and a.created_at < now() - $1 * interval '1 millisecond'
     order by a.created_at limit 100`,
    [olderThanMs],
  );
  return rows.flatMap(({ services, ...draft }) => {
    const service = services.find((s) => s.code === draft.serviceCode);
    return service ? [{ draft, service }] : [];
  });
}
