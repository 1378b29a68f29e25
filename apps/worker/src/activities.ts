import type { DataSource } from 'typeorm';
import type { ArrangementActivities } from '../../../libs/contracts/activities';
import { ArrangementProjection } from '../../../libs/persistence/arrangement-projection';

/** The workflows' only side effects, grouped by concern. */
export function createActivities(ds: DataSource): ArrangementActivities {
  const projection = new ArrangementProjection(ds);
  return {
    recordArrangementEvent: (input) => projection.record(input),
  };
}
