import type { DataSource } from 'typeorm';
import type { ArrangementActivities, SupervisionActivities } from '../../../libs/contracts/activities';
import { ArrangementProjection } from '../../../libs/persistence/arrangement-projection';
import { SupervisionProjection } from '../../../libs/persistence/supervision-projection';

/** The workflows' only side effects, grouped by concern. */
export function createActivities(ds: DataSource): ArrangementActivities & SupervisionActivities {
  const arrangements = new ArrangementProjection(ds);
  const supervision = new SupervisionProjection(ds);
  return {
    recordArrangementEvent: (input) => arrangements.record(input),
    recordCaseEvent: (input) => supervision.record(input),
    recordPlannedVisitDue: (input) => supervision.plannedVisitDue(input),
  };
}
