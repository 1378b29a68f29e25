import {
  SUPPLIER_ACTIONS,
  SUPPLIER_DIRECTORY_ACTIONS,
  type SupplierAction,
  type SupplierDirectoryAction,
} from '../../../../libs/contracts/actions';
import { type Permission, permits } from '../access/permissions';
import type { AuthUser } from '../auth/auth';

/** The permission each action on a supplier's record needs: a supplier's record has no state that forbids one. */
const NEEDS: Record<SupplierAction, Permission> = {
  edit: 'supplier.record.change',
  addContract: 'contract.change',
};

/** What the caller may do with a supplier's record: the screens offer exactly these. */
export function supplierActionsFor(user: AuthUser): SupplierAction[] {
  return SUPPLIER_ACTIONS.filter((a) => permits(user.role, NEEDS[a]));
}

/** What the caller may do with the register itself. */
export function directoryActionsFor(user: AuthUser): SupplierDirectoryAction[] {
  return SUPPLIER_DIRECTORY_ACTIONS.filter(() => permits(user.role, 'supplier.record.change'));
}
