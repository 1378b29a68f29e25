import { DELIVERY_ACTIONS, type DeliveryAction } from '../../../../libs/contracts/actions';
import { permits } from '../access/permissions';
import type { AuthUser } from '../auth/auth';

/** What the caller may do with a message: send it again while it is parked, if their role retries messages. */
export function deliveryActionsFor(user: AuthUser, delivery: { status: string }): DeliveryAction[] {
  return DELIVERY_ACTIONS.filter(() => delivery.status === 'parked' && permits(user.role, 'delivery.retry'));
}
