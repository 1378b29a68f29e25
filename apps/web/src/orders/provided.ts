import type { ArrangementStatus } from '../api/types';

/** The services a supplier provides, from an accepted order to the service's end: the orders page's filter. */
export const PROVIDED: ArrangementStatus[] = ['arranged', 'granted', 'committed', 'active', 'reassessment_overdue'];
