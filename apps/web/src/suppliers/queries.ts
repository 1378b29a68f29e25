import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SupplierAction } from '../../../../libs/contracts/actions';
import type { SupplierRecordBody } from '../../../../libs/contracts/supplier-commands';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { useCommand } from '../api/command';

export type SupplierListed = components['schemas']['SupplierListed'];
export type SupplierRecord = components['schemas']['SupplierRecord'];
export type Scorecard = components['schemas']['SupplierScorecard'];
export type ScorecardFigures = Scorecard['services'][number];
export type FeedbackWords = components['schemas']['FeedbackWords'];

/** The suppliers' resources: the register, a record, its scorecard, what the families said. */
export const supplierKeys = {
  all: ['suppliers'] as const,
  directory: ['suppliers', 'directory'] as const,
  one: (id: string) => ['suppliers', 'one', id] as const,
  scorecard: (id: string) => ['suppliers', 'scorecard', id] as const,
  words: (id: string) => ['suppliers', 'words', id] as const,
};

/** Whether the reader may take `action` on the record, as the API says in its `allowedActions`: nothing else decides. */
export function allowsSupplier(s: Pick<SupplierRecord, 'allowedActions'>, action: SupplierAction): boolean {
  return s.allowedActions.includes(action);
}

export function useSupplierDirectory() {
  return useQuery({ queryKey: supplierKeys.directory, queryFn: () => unwrap(api.GET('/supplier-directory')) });
}

export function useSupplier(id: string) {
  return useQuery({
    queryKey: supplierKeys.one(id),
    queryFn: () => unwrap(api.GET('/suppliers/{supplierId}', { params: { path: { supplierId: id } } })),
  });
}

export function useScorecard(id: string | null) {
  return useQuery({
    queryKey: supplierKeys.scorecard(id ?? ''),
    enabled: id !== null,
    queryFn: () =>
      unwrap(api.GET('/suppliers/{supplierId}/scorecard', { params: { path: { supplierId: id! }, query: {} } })),
  });
}

export function useFeedbackWords(id: string) {
  return useQuery({
    queryKey: supplierKeys.words(id),
    queryFn: () =>
      unwrap(api.GET('/suppliers/{supplierId}/feedback-words', { params: { path: { supplierId: id }, query: {} } })),
  });
}

/** The record's change: its answer replaces the cached record and the register is read again. */
export function useChangeSupplier(id: string) {
  const queryClient = useQueryClient();
  return useCommand({
    mutationFn: (body: SupplierRecordBody, api) =>
      unwrap(api.PUT('/suppliers/{supplierId}', { params: { path: { supplierId: id } }, body })),
    onSuccess: async (answer) => {
      queryClient.setQueryData(supplierKeys.one(id), answer);
      await queryClient.invalidateQueries({ queryKey: supplierKeys.directory });
    },
  });
}
