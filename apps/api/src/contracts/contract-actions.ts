import { CONTRACT_ACTIONS, type ContractAction } from '../../../../libs/contracts/actions';
import type { ContractStatus } from '../../../../libs/contracts/contract-commands';
import type { AuthUser } from '../auth/auth';
import { permits } from '../access/permissions';

/** What a contract's rules read: its status and its last day of validity. */
export interface ContractState {
  status: ContractStatus;
  validTo: string;
}

/** Why an action is refused: the rule the API names on the field `status`, and its message. */
export interface ContractRefusal {
  rule: 'contract_ended' | 'contract_suspended' | 'contract_not_suspended' | 'contract_expired';
  message: string;
}

const ended = (what: string): ContractRefusal => ({
  rule: 'contract_ended',
  message: `an ended contract cannot be ${what}`,
});
/** A price or an end falls within the validity and not before today: none can once the validity is past. */
const expired = (what: string): ContractRefusal => ({
  rule: 'contract_expired',
  message: `the contract's validity is past: renew it before it is ${what}`,
});

/**
 * When each change may be made to a contract, by its status and validity on `today`: one rule per action.
 * The service refuses a change by it, and the contract's answer lists the passing ones as `allowedActions`
 * for a caller who may change contracts, so the screens offer exactly what the routes accept.
 */
const RULES: Record<ContractAction, (c: ContractState, today: string) => ContractRefusal | null> = {
  renew: (c) => (c.status === 'terminated' ? ended('renewed') : null),
  reprice: (c, today) =>
    c.status === 'terminated' ? ended('repriced') : c.validTo < today ? expired('repriced') : null,
  suspend: (c, today) =>
    c.status === 'terminated'
      ? ended('suspended')
      : c.status === 'suspended'
        ? { rule: 'contract_suspended', message: 'the contract is already suspended' }
        : c.validTo < today
          ? expired('suspended')
          : null,
  resume: (c) =>
    c.status === 'terminated'
      ? ended('resumed')
      : c.status !== 'suspended'
        ? { rule: 'contract_not_suspended', message: 'only a suspended contract is resumed' }
        : null,
  end: (c, today) =>
    c.status === 'terminated'
      ? { rule: 'contract_ended', message: 'the contract has already ended' }
      : c.validTo < today
        ? expired('ended')
        : null,
};

/** Why `action` may not be taken on the contract now, or null when it may. */
export function contractRefusal(action: ContractAction, c: ContractState, today: string): ContractRefusal | null {
  return RULES[action](c, today);
}

/** The changes the caller may make to the contract now: none without `contract.change`. */
export function contractActionsFor(user: AuthUser, c: ContractState, today: string): ContractAction[] {
  if (!permits(user.role, 'contract.change')) return [];
  return CONTRACT_ACTIONS.filter((a) => contractRefusal(a, c, today) === null);
}
