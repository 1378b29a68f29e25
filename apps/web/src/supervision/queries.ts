import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { CaseStatus, SupervisionCase } from '../api/types';
import { COMMAND_RESULT, focusResult } from '../common/focus';
import { useCommand, type CommandApi } from '../api/command';

/** The list's filters, as the API's query names them; an empty one is not sent. */
export interface CaseFilters {
  supplierId?: string;
  serviceCode?: string;
  status?: CaseStatus;
}

export const caseKeys = {
  /** Every list of cases, whatever its filters. */
  lists: ['supervision-cases'] as const,
  list: (f: CaseFilters) => ['supervision-cases', f] as const,
  case: (id: string) => ['supervision-case', id] as const,
};

export function useCases(filters: CaseFilters) {
  return useQuery({
    queryKey: caseKeys.list(filters),
    queryFn: () => unwrap(api.GET('/supervision/cases', { params: { query: filters } })),
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKeys.case(id),
    queryFn: () => unwrap(api.GET('/supervision/cases/{id}', { params: { path: { id } } })),
  });
}

/**
 * A step on a case as a mutation: its answer (the case as it now is) replaces the cached one, the lists
 * are read again, and the focus goes to the page's result (the status line), the pressed form being gone.
 */
export function useCaseCommand<V>(id: string, command: (vars: V, api: CommandApi) => Promise<SupervisionCase>) {
  const queryClient = useQueryClient();
  return useCommand({
    mutationFn: command,
    onSuccess: async (answer) => {
      queryClient.setQueryData(caseKeys.case(id), answer);
      await queryClient.invalidateQueries({ queryKey: caseKeys.lists });
      focusResult(COMMAND_RESULT);
    },
  });
}
