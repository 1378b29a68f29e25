import type { DataSource } from 'typeorm';
import {
  type ArrangementState,
  arrangementWorkflowId,
  caseStateQuery,
  type SupervisionState,
  stateQuery,
  supervisionWorkflowId,
} from '../../../libs/contracts';
import { describeError, loggerFor } from '../../../libs/observability/logger';
import { ArrangementProjection } from '../../../libs/persistence/arrangement-projection';
import { SupervisionProjection } from '../../../libs/persistence/supervision-projection';
import type { WithClient } from '../../../libs/process-client/finding-delivery';

const log = loggerFor('state-documents');

/** Rows a round asks of their processes; those that cannot answer are not asked again by this worker. */
const BATCH = 50;

/**
 * Rows recorded before the read model kept each process's state (what people may do is decided from it)
 * get it from their process: asked by query, written only where no event has come since. A process that
 * cannot answer (its history is gone) is left, and not asked again by this worker.
 */
export function stateDocumentRound(ds: DataSource, withClient: WithClient): () => Promise<void> {
  const arrangements = new ArrangementProjection(ds);
  const cases = new SupervisionProjection(ds);
  /** Row ids whose process did not answer. */
  const unanswered = new Set<string>();

  const fill = async <S>(
    rowId: string,
    workflowId: string,
    ask: () => Promise<S>,
    write: (s: S) => Promise<boolean>,
  ) => {
    try {
      // Not written: the process's state is not the row's last event (one the read model could not take).
      if (!(await write(await ask()))) unanswered.add(rowId);
    } catch (err) {
      unanswered.add(rowId);
      log.warn({ workflowId, ...describeError(err) }, 'no state from the process; the row keeps none');
    }
  };

  return async () => {
    const skip = [...unanswered];
    const rows: { id: string }[] = await ds.query(
      `select id from arrangement where state is null and last_event_seq > 0 and id <> all($1::uuid[]) limit ${BATCH}`,
      [skip],
    );
    for (const { id } of rows) {
      const workflowId = arrangementWorkflowId(id);
      await fill(
        id,
        workflowId,
        () => withClient((c) => c.workflow.getHandle(workflowId).query(stateQuery)),
        (s: ArrangementState) => arrangements.fillState(s),
      );
    }
    const open: { id: string; supplierId: string; number: number }[] = await ds.query(
      `select id, supplier_id as "supplierId", number from supervision_case
       where state is null and last_event_seq > 0 and id <> all($1::uuid[]) limit ${BATCH}`,
      [skip],
    );
    for (const c of open) {
      const workflowId = supervisionWorkflowId(c.supplierId, c.number);
      await fill(
        c.id,
        workflowId,
        () => withClient((client) => client.workflow.getHandle(workflowId).query(caseStateQuery)),
        (s: SupervisionState) => cases.fillState(s),
      );
    }
    if (rows.length || open.length) log.info({ arrangements: rows.length, cases: open.length }, 'states filled in');
  };
}
