import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClientAction, OwnWorkerAction } from '../../../../libs/contracts/actions';
import { api, unwrap } from '../api/client';
import { useCommand } from '../api/command';
import type { components } from '../api/schema';
import type { Client } from '../api/types';

export type OwnWorker = components['schemas']['OwnWorker'];

const keys = {
  workers: ['own-workers'] as const,
  clients: ['clients'] as const,
};

/** The own workers of the teams the lead leads, with their caseloads and what the lead may do with each. */
export function useOwnWorkers() {
  return useQuery({ queryKey: keys.workers, queryFn: () => unwrap(api.GET('/own-workers')) });
}

/** Clients the lead reaches: those to be handed over, or one worker's, searched by name or birth date. */
export function useClients(query: { handover?: 'needed'; ownWorkerId?: string; q?: string }, enabled = true) {
  return useQuery({
    queryKey: [...keys.clients, query],
    queryFn: () => unwrap(api.GET('/clients', { params: { query } })),
    enabled,
  });
}

/** Clients handed over together; the lists and caseloads are read again after it. */
export function useHandOver() {
  const queryClient = useQueryClient();
  return useCommand({
    mutationFn: (body: { clientIds: string[]; ownWorkerId: string; reason: string }, api) =>
      unwrap(api.POST('/clients/own-worker', { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.clients });
      await queryClient.invalidateQueries({ queryKey: keys.workers });
    },
  });
}

export function useSetLeavingDay() {
  const queryClient = useQueryClient();
  return useCommand({
    mutationFn: ({ id, leavingOn }: { id: string; leavingOn: string | null }, api) =>
      unwrap(api.POST('/users/{id}/leaving-day', { params: { path: { id } }, body: { leavingOn } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.clients });
      await queryClient.invalidateQueries({ queryKey: keys.workers });
    },
  });
}

/** Whether the lead may hand the client over, as the API says in its `allowedActions`. */
export function allowsOnClient(c: Client, action: ClientAction): boolean {
  return c.allowedActions.includes(action);
}

/** Whether the lead may do `action` with an own worker, as the API says in its `allowedActions`. */
export function allowsOnWorker(w: OwnWorker, action: OwnWorkerAction): boolean {
  return w.allowedActions.includes(action);
}
