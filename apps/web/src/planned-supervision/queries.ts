import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlannedSupervisionAction, PlannedVisitAction } from '../../../../libs/contracts/actions';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { useCommand, type CommandApi } from '../api/command';

export type SupplierPlan = components['schemas']['SupplierPlannedSupervision'];
export type PlannedVisit = components['schemas']['PlannedVisit'];
export type VisitFindings = components['schemas']['PlannedVisitFindingsDto'];

/** The intervals offered: every 1, 3, 6 and 12 months, as the API takes them (ISO durations in months). */
export const INTERVALS = ['P1M', 'P3M', 'P6M', 'P12M'] as const;

const keys = {
  all: ['planned-supervision'] as const,
  plans: ['planned-supervision', 'plans'] as const,
  visits: (status: PlannedVisit['status']) => ['planned-supervision', 'visits', status] as const,
};

export function usePlans() {
  return useQuery({ queryKey: keys.plans, queryFn: () => unwrap(api.GET('/planned-supervision')) });
}

export function useVisits(status: PlannedVisit['status']) {
  return useQuery({
    queryKey: keys.visits(status),
    queryFn: () => unwrap(api.GET('/planned-visits', { params: { query: { status } } })),
  });
}

/** A command on planned supervision: the plans and the visits are read again after it. */
function usePlanCommand<V, A>(command: (vars: V, api: CommandApi) => Promise<A>) {
  const queryClient = useQueryClient();
  return useCommand({
    mutationFn: command,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function usePlan() {
  return usePlanCommand(({ supplierId, every }: { supplierId: string; every: string }, api) =>
    unwrap(
      api.PUT('/suppliers/{supplierId}/planned-supervision', { params: { path: { supplierId } }, body: { every } }),
    ),
  );
}

export function useStopPlan() {
  return usePlanCommand((supplierId: string, api) =>
    unwrap(api.DELETE('/suppliers/{supplierId}/planned-supervision', { params: { path: { supplierId } } })),
  );
}

export function useRecordFindings() {
  return usePlanCommand(({ id, body }: { id: string; body: VisitFindings }, api) =>
    unwrap(api.POST('/planned-visits/{id}/findings', { params: { path: { id } }, body })),
  );
}

/** Whether the reader may do `action` with a supplier's plan, as the API says in its `allowedActions`. */
export function allowsOnPlan(p: Pick<SupplierPlan, 'allowedActions'>, action: PlannedSupervisionAction): boolean {
  return p.allowedActions.includes(action);
}

/** Whether the reader may do `action` on a visit, as the API says in its `allowedActions`. */
export function allowsOnVisit(v: Pick<PlannedVisit, 'allowedActions'>, action: PlannedVisitAction): boolean {
  return v.allowedActions.includes(action);
}
