import type { AuthUser } from '../../../../libs/contracts';
import { contractActionsFor, contractRefusal } from './contract-actions';

const TODAY = '2026-12-03';
const user = (role: AuthUser['role']): AuthUser =>
  ({ userId: 'u', role, teamId: null, profession: null, supplierId: null, teams: [] }) as unknown as AuthUser;
const petra = user('procurement');

describe('a contract’s allowed actions', () => {
  it('offer procurement every change but resume on an active contract in its validity', () => {
    expect(contractActionsFor(petra, { status: 'active', validTo: TODAY }, TODAY)).toEqual([
      'renew',
      'reprice',
      'suspend',
      'end',
    ]);
  });

  it('offer resume instead of suspend on a suspended one, and nothing on an ended one', () => {
    expect(contractActionsFor(petra, { status: 'suspended', validTo: '2027-12-31' }, TODAY)).toEqual([
      'renew',
      'reprice',
      'resume',
      'end',
    ]);
    expect(contractActionsFor(petra, { status: 'terminated', validTo: '2027-12-31' }, TODAY)).toEqual([]);
  });

  it('offer only renewal once the validity is past', () => {
    expect(contractActionsFor(petra, { status: 'active', validTo: '2026-12-02' }, TODAY)).toEqual(['renew']);
    expect(contractRefusal('end', { status: 'active', validTo: '2026-12-02' }, TODAY)?.rule).toBe('contract_expired');
  });

  it('offer nothing to a reader without contract.change', () => {
    for (const role of ['team_lead', 'arranging', 'own_worker', 'supplier'] as const) {
      expect(contractActionsFor(user(role), { status: 'active', validTo: '2027-12-31' }, TODAY)).toEqual([]);
    }
  });
});
