import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AftercareAction,
  CostToldSchema,
  RecordAftercareSchema,
  ServiceElsewhereSchema,
} from '../../../../libs/contracts/aftercare-commands';
import { api, unwrap } from '../api/client';
import { type CommandApi, useCommand } from '../api/command';
import type { components } from '../api/schema';

export type Aftercare = components['schemas']['Aftercare'];
export type AftercareRecord = NonNullable<Aftercare['aftercare']>;
export type AftercareContact = components['schemas']['AftercareContact'];
export type ServiceElsewhere = components['schemas']['AftercareServiceElsewhere'];
export type County = components['schemas']['County'];
export type RecordAftercareBody = z.output<typeof RecordAftercareSchema>;
export type ServiceElsewhereBody = z.output<typeof ServiceElsewhereSchema>;
export type CostToldBody = z.output<typeof CostToldSchema>;

export const aftercareKeys = {
  counties: ['counties'] as const,
  of: (clientId: string) => ['clients', clientId, 'aftercare'] as const,
  figures: ['reports', 'aftercare'] as const,
};

/** The wellbeing services counties, this one first: read once a visit, for their names. */
export function useCounties() {
  return useQuery({
    queryKey: aftercareKeys.counties,
    queryFn: () => unwrap(api.GET('/counties')),
    staleTime: Infinity,
  });
}

/** A county's name in the reader's language, by its code; the code itself until the counties have come. */
export function useCountyName(lang: 'fi' | 'sv' | 'en'): (code: string | null | undefined) => string {
  const { data: counties = [] } = useCounties();
  return (code) => (code ? (counties.find((c) => c.code === code)?.name[lang] ?? code) : '');
}

/** The young person's aftercare, whom they contact and their services here and elsewhere (the read is logged). */
export function useAftercare(clientId: string) {
  return useQuery({
    queryKey: aftercareKeys.of(clientId),
    queryFn: () => unwrap(api.GET('/clients/{id}/aftercare', { params: { path: { id: clientId } } })),
  });
}

/** A command on the aftercare: it is read again after, and so are the figures that count it. */
function useAftercareCommand<V, R>(clientId: string, command: (vars: V, api: CommandApi) => Promise<R>) {
  const queryClient = useQueryClient();
  return useCommand<R, V>({
    mutationFn: command,
    onSuccess: async (answer) => {
      const a = answer as Partial<Aftercare> | undefined;
      if (a?.clientId === clientId && a.allowedActions) queryClient.setQueryData(aftercareKeys.of(clientId), answer);
      await queryClient.invalidateQueries({ queryKey: aftercareKeys.of(clientId) });
      await queryClient.invalidateQueries({ queryKey: aftercareKeys.figures });
    },
  });
}

export function useRecordAftercare(clientId: string) {
  return useAftercareCommand(clientId, (body: RecordAftercareBody, api) =>
    unwrap(api.PUT('/clients/{id}/aftercare', { params: { path: { id: clientId } }, body })),
  );
}

export function useAddServiceElsewhere(clientId: string) {
  return useAftercareCommand(clientId, (body: ServiceElsewhereBody, api) =>
    unwrap(api.POST('/clients/{id}/aftercare/services-elsewhere', { params: { path: { id: clientId } }, body })),
  );
}

export function useRecordCost(clientId: string) {
  return useAftercareCommand(clientId, ({ serviceId, ...body }: CostToldBody & { serviceId: string }, api) =>
    unwrap(
      api.PUT('/clients/{id}/aftercare/services-elsewhere/{serviceId}/costs', {
        params: { path: { id: clientId, serviceId } },
        body,
      }),
    ),
  );
}

export function useSendPlan(clientId: string) {
  return useAftercareCommand(clientId, (_: void, api) =>
    unwrap(api.POST('/clients/{id}/aftercare/plan/send', { params: { path: { id: clientId } } })),
  );
}

/** Aftercare's figures for the team lead: responsible workers against the norm, counties, costs. */
export function useAftercareFigures() {
  return useQuery({ queryKey: aftercareKeys.figures, queryFn: () => unwrap(api.GET('/reports/aftercare')) });
}

/** Whether the reader may take `action` on the aftercare now, as the API says in its `allowedActions`. */
export function allowsOnAftercare(a: Pick<Aftercare, 'allowedActions'>, action: AftercareAction): boolean {
  return a.allowedActions.includes(action);
}
