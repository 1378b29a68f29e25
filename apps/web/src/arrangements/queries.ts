import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { START_DATA_FRESH_MS } from '../start-pages';
import type { ArrangementDetail, ArrangementStatus } from '../api/types';
import { COMMAND_RESULT, focusResult } from '../common/focus';
import { useCommand, type CommandApi } from '../api/command';

/** The keys of the resources the screens read: a query per resource, invalidated by what changes it. */
export const keys = {
  arrangement: (id: string) => ['arrangement', id] as const,
  timeline: (id: string) => ['timeline', id] as const,
  decisions: (id: string) => ['decisions', id] as const,
  visits: (id: string) => ['visits', id] as const,
  use: (id: string, month: string) => ['use', id, month] as const,
  /** Every list of arrangements: my clients', a supplier's orders and services. */
  lists: ['arrangements'] as const,
  queue: ['queue'] as const,
  clients: ['clients'] as const,
  feedbackRequests: ['feedback-requests'] as const,
};

/**
 * The reader's arrangements as the API lists them for the reader (an own worker's clients', a supplier's orders),
 * in the statuses given or all: a page's query, and what a load of the page asks for at once (app.tsx).
 */
export function arrangementsQuery(status?: ArrangementStatus[]) {
  return queryOptions({
    queryKey: [...keys.lists, status ? { status } : {}],
    queryFn: () => unwrap(api.GET('/arrangements', { params: { query: status ? { status: status.join(',') } : {} } })),
    staleTime: START_DATA_FRESH_MS,
  });
}

export function useArrangement(id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: keys.arrangement(id),
    queryFn: () => unwrap(api.GET('/arrangements/{id}', { params: { path: { id } } })),
  });
}

export function useTimeline(id: string) {
  return useQuery({
    queryKey: keys.timeline(id),
    queryFn: () => unwrap(api.GET('/arrangements/{id}/timeline', { params: { path: { id } } })),
  });
}

/**
 * A command on an arrangement as a mutation: its answer (the arrangement as it now is) replaces the cached
 * one, and what the command may have changed is read again: the record, its timeline and letters, the lists.
 * Then the focus goes to the page's result (the element with id `COMMAND_RESULT`, a ResultRegion), when the
 * page has one: the step whose button was pressed has usually left the page.
 */
export function useArrangementCommand<V>(id: string, command: (vars: V, api: CommandApi) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useCommand({
    mutationFn: command,
    onSuccess: async (answer) => {
      const a = answer as Partial<ArrangementDetail> | undefined;
      if (a?.id === id && a.serviceCode) queryClient.setQueryData(keys.arrangement(id), answer);
      await Promise.all(
        [
          keys.arrangement(id),
          keys.timeline(id),
          keys.decisions(id),
          keys.visits(id),
          ['use', id],
          keys.lists,
          keys.queue,
          keys.feedbackRequests,
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
      focusResult(COMMAND_RESULT);
    },
  });
}
