import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { ContractAction } from '../../../../libs/contracts/actions';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { COMMAND_RESULT, focusResult } from '../common/focus';
import { helsinkiToday } from '../common/format';
import { useCommand, type CommandApi } from '../api/command';

export type Contract = components['schemas']['Contract'];
export type ContractDetail = components['schemas']['ContractDetail'];
export type ContractChange = components['schemas']['ContractChange'];
export type ContractStatus = Contract['status'];
export interface ContractFilters {
  supplierId?: string;
  serviceCode?: string;
  status?: ContractStatus;
}

/** The contracts' resources: a contract, the lists (all, filtered, ending soon). */
export const contractKeys = {
  all: ['contracts'] as const,
  list: (filters: ContractFilters) => ['contracts', 'list', filters] as const,
  ending: ['contracts', 'ending'] as const,
  one: (id: string) => ['contracts', 'one', id] as const,
};

/**
 * Whether the reader may make `action` on the contract now, as the API says in its `allowedActions`
 * (its one rule over the contract's status and validity and the reader's permission): nothing else decides.
 */
export function allowsChange(c: Pick<Contract, 'allowedActions'>, action: ContractAction): boolean {
  return c.allowedActions.includes(action);
}

export function useContracts(filters: ContractFilters) {
  return useQuery({
    queryKey: contractKeys.list(filters),
    queryFn: () => unwrap(api.GET('/contracts', { params: { query: filters } })),
  });
}

/** The contracts not ended whose validity ends within 90 days: to renew. */
export function useEndingContracts() {
  return useQuery({
    queryKey: contractKeys.ending,
    queryFn: () => unwrap(api.GET('/contracts/ending', { params: { query: {} } })),
  });
}

export function useContract(id: string) {
  return useQuery({
    queryKey: contractKeys.one(id),
    queryFn: () => unwrap(api.GET('/contracts/{id}', { params: { path: { id } } })),
  });
}

/**
 * A change to a contract as a mutation: its answer (the contract as it now is) replaces the cached one and
 * the lists are read again; then the focus goes to the page's result, the pressed step having usually left.
 */
export function useContractCommand<V>(id: string, command: (vars: V, api: CommandApi) => Promise<ContractDetail>) {
  const queryClient = useQueryClient();
  return useCommand({
    mutationFn: command,
    onSuccess: async (answer) => {
      queryClient.setQueryData(contractKeys.one(id), answer);
      await queryClient.invalidateQueries({ queryKey: contractKeys.all });
      focusResult(COMMAND_RESULT);
    },
  });
}

/** The suppliers the county has contracts with, by name, from the contracts themselves. */
export function suppliersOf(contracts: Contract[]): { id: string; name: string }[] {
  const byId = new Map(contracts.map((c) => [c.supplierId, c.supplierName]));
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}

/** A contract's status in words: one left active past its validity reads as past, not in force. */
export function statusText(c: Pick<Contract, 'status' | 'validTo'>, t: TFunction): string {
  return c.status === 'active' && c.validTo < helsinkiToday()
    ? t('contracts.expired')
    : t(`contracts.status.${c.status}`);
}
