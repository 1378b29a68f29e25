import type { EntityManager } from 'typeorm';

/**
 * The one writer of `feedback_request`: the own worker is asked for feedback when a service ends, and
 * the request is answered by their form.
 */
export async function openFeedbackRequest(
  m: EntityManager,
  r: {
    arrangementId: string;
    supplierId: string | null;
    serviceCode: string;
    ownWorkerId: string;
    endedOn: string;
    requestedAt: string;
  },
): Promise<void> {
  await m.query(
    `insert into feedback_request (arrangement_id, supplier_id, service_code, own_worker_id, ended_on, requested_at)
     values ($1, $2, $3, $4, $5, $6) on conflict (arrangement_id) do nothing`,
    [r.arrangementId, r.supplierId, r.serviceCode, r.ownWorkerId, r.endedOn, r.requestedAt],
  );
}

export async function answerFeedbackRequest(m: EntityManager, arrangementId: string): Promise<void> {
  await m.query(`update feedback_request set status = 'answered' where arrangement_id = $1 and status = 'open'`, [
    arrangementId,
  ]);
}
