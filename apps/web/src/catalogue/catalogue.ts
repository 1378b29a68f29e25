import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';
import type { ServiceCard, ServiceDefinition } from '../api/types';
import { useCommand } from '../api/command';

/** Asked without a language, the catalogue answers every text in all three; the screens pick the user's. */
function inAllLanguages<T extends { name: unknown }>(card: T): card is Extract<T, { name: object }> {
  return typeof card.name === 'object';
}

/** The published cards, read once a visit (they change seldom): the screens pick each text in the user's language. */
export const catalogueQuery = queryOptions({
  queryKey: ['catalogue'],
  queryFn: async (): Promise<ServiceDefinition[]> =>
    (await unwrap(api.GET('/catalogue/services', { params: { query: {} } }))).services.filter(inAllLanguages),
  staleTime: Infinity,
});

export function useCatalogue() {
  return useQuery(catalogueQuery);
}

/** The card an arrangement was handled under: its catalogue version, in all three languages. */
export function useCard(code: string, version: number) {
  return useQuery({
    queryKey: ['card', code, version],
    queryFn: async (): Promise<ServiceDefinition | null> => {
      const card = await unwrap(
        api.GET('/catalogue/services/{code}', { params: { path: { code }, query: { version } } }),
      );
      return inAllLanguages(card) ? card : null;
    },
    staleTime: Infinity,
  });
}

/** A service's name in the user's language, from the catalogue. */
export function useServiceName(): (code: string) => string {
  const { i18n } = useTranslation();
  const { data: services = [] } = useCatalogue();
  const lang = i18n.language as 'fi' | 'sv' | 'en';
  return (code) => services.find((s) => s.code === code)?.name[lang] ?? code;
}

/** The newest card of a service, with what the reader may do with it (`allowedActions`). */
export function useLatestCard(code: string) {
  return useQuery({
    queryKey: ['card', code, 'latest'],
    queryFn: async (): Promise<ServiceCard | null> => {
      const card = await unwrap(api.GET('/catalogue/services/{code}', { params: { path: { code }, query: {} } }));
      return inAllLanguages(card) ? (card as ServiceCard) : null;
    },
  });
}

/** Every published version: when, by whom, why, which services changed. */
export function useCatalogueVersions() {
  return useQuery({
    queryKey: ['catalogue-versions'],
    queryFn: () => unwrap(api.GET('/catalogue/versions')),
  });
}

/** What changed in a card from one version to another, field by field (the API compares them). */
export function useCardDiff(code: string, from: number | null, to: number | null) {
  return useQuery({
    enabled: from !== null && to !== null,
    queryKey: ['card-diff', code, from, to],
    queryFn: () =>
      unwrap(
        api.GET('/catalogue/services/{code}/diff', {
          params: { path: { code }, query: { from: from ?? 0, to: to ?? 0 } },
        }),
      ),
    staleTime: Infinity,
  });
}

type PublishBody = paths['/catalogue/services/{code}']['put']['requestBody']['content']['application/json'];

/** Publishes a new version of a card; the catalogue, its versions and the card are read again. */
export function usePublishCard(code: string) {
  const queryClient = useQueryClient();
  return useCommand({
    mutationFn: (body: PublishBody, api) =>
      unwrap(api.PUT('/catalogue/services/{code}', { params: { path: { code } }, body })),
    onSuccess: async () => {
      await Promise.all(
        [['catalogue'], ['catalogue-versions'], ['card', code, 'latest']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
}
