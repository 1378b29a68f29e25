import { randomUUID } from 'node:crypto';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { DataSource, EntityManager } from 'typeorm';
import { addFindingSignal, type FindingSource, SUPERVISION_WORKFLOW, supervisionWorkflowId } from '../contracts';

/**
 * Findings (bad feedback, a planned visit's concern) reach the one open supervision case of their
 * supplier, a workflow per case. A finding is saved first and sent after: the API sends it at once,
 * and the worker sends every finding still waiting (Temporal was away) each minute, so that however
 * many API processes run, the resend runs in one kind of process. Sending twice is harmless: a
 * delivered finding is marked, and the workflow ignores a finding it has.
 */

interface Finding {
  id: string;
  supplierId: string;
  source: FindingSource;
  reasons: string[];
}

interface CaseRow {
  id: string;
  supplierId: string;
  number: number;
  status: string;
  /** The supplier is an own-production unit: the case is its self-monitoring. */
  selfMonitoring: boolean;
}

/** Runs one call under a deadline (the API's `TemporalClient.call`, or the worker's own). */
export type WithClient = <R>(fn: (client: Client) => Promise<R>) => Promise<R>;

/** Sends every finding not yet delivered; stops at the first that cannot be sent (the next round sends it). */
export async function deliverPendingFindings(
  ds: DataSource,
  withClient: WithClient,
  taskQueue: string,
): Promise<number> {
  const pending: Finding[] = await ds.query(
    `select id, supplier_id as "supplierId", source, reasons from supervision_finding
     where delivered_at is null order by created_at limit 200`,
  );
  for (const f of pending) await deliver(ds, withClient, taskQueue, f);
  return pending.length;
}

/**
 * A finding saved for its supplier's case, once (its id is derived from what it rests on): the one
 * writer of `supervision_finding`, with its delivery below.
 */
export async function recordFinding(
  m: EntityManager,
  f: {
    id: string;
    supplierId: string;
    source: FindingSource;
    feedbackId?: string;
    plannedVisitId?: string;
    reasons: string[];
  },
): Promise<void> {
  await m.query(
    `insert into supervision_finding (id, supplier_id, source, feedback_id, planned_visit_id, reasons)
     values ($1, $2, $3, $4, $5, $6) on conflict do nothing`,
    [f.id, f.supplierId, f.source, f.feedbackId ?? null, f.plannedVisitId ?? null, f.reasons],
  );
}

async function deliver(ds: DataSource, withClient: WithClient, taskQueue: string, f: Finding): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const c = await openCaseOf(ds, f.supplierId);
    // The finding's row is held while it is sent: the API's sending and the worker's round may both have
    // read it as waiting, and the later must not take it on to a new case once the first's was closed.
    const sent = await ds.transaction(async (m) => {
      const [waiting]: unknown[] = await m.query(
        'select 1 from supervision_finding where id = $1 and delivered_at is null for update',
        [f.id],
      );
      if (!waiting) return true;
      try {
        await withClient((client) =>
          client.workflow.signalWithStart(SUPERVISION_WORKFLOW, {
            workflowId: supervisionWorkflowId(c.supplierId, c.number),
            taskQueue,
            args: [
              {
                caseId: c.id,
                supplierId: c.supplierId,
                number: c.number,
                ...(c.selfMonitoring ? { selfMonitoring: true } : {}),
              },
            ],
            signal: addFindingSignal,
            signalArgs: [{ findingId: f.id, source: f.source, reasons: f.reasons }],
            // A closed case is never reopened: the finding goes to a new one.
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
          }),
        );
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        return false;
      }
      await m.query('update supervision_finding set case_id = $2, delivered_at = now() where id = $1', [f.id, c.id]);
      return true;
    });
    if (sent) return;
    await ds.query(`update supervision_case set status = 'closed' where id = $1 and status <> 'closed'`, [c.id]);
  }
  throw new Error(`no open case could take finding ${f.id}`);
}

/**
 * The supplier's open case, or a new one numbered after its last; one open case a supplier. An own-production
 * unit's case is its self-monitoring: the same steps, told to the process by the unit's mark in the register.
 */
async function openCaseOf(ds: DataSource, supplierId: string): Promise<CaseRow> {
  const find = (): Promise<CaseRow[]> =>
    ds.query(
      `select sc.id, sc.supplier_id as "supplierId", sc.number, sc.status, s.own_production as "selfMonitoring"
       from supervision_case sc join supplier s on s.id = sc.supplier_id
       where sc.supplier_id = $1 and sc.status <> 'closed'`,
      [supplierId],
    );
  const [open] = await find();
  if (open) return open;
  await ds.query(
    `insert into supervision_case (id, supplier_id, number, status)
     select $1, $2, coalesce(max(number), 0) + 1, 'assessment' from supervision_case where supplier_id = $2
     on conflict do nothing`,
    [randomUUID(), supplierId],
  );
  const [created] = await find();
  if (!created) throw new Error(`could not open a case for supplier ${supplierId}`);
  return created;
}
