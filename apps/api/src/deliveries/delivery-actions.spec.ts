import type { AuthUser } from '../../../../libs/contracts';
import { ROLE_PERMISSIONS } from '../access/permissions';
import { deliveryActionsFor } from './delivery-actions';

const user = (role: AuthUser['role']): AuthUser =>
  ({ userId: 'u', role, teamId: null, profession: null, supplierId: null, teams: [] }) as unknown as AuthUser;

describe('a delivery’s allowed actions', () => {
  it('offer a parked message to be sent again by whoever retries messages, and nothing else', () => {
    for (const role of Object.keys(ROLE_PERMISSIONS) as AuthUser['role'][]) {
      const retries = ROLE_PERMISSIONS[role].includes('delivery.retry');
      expect(deliveryActionsFor(user(role), { status: 'parked' })).toEqual(retries ? ['retry'] : []);
      expect(deliveryActionsFor(user(role), { status: 'pending' })).toEqual([]);
      expect(deliveryActionsFor(user(role), { status: 'delivered' })).toEqual([]);
    }
  });
});
