import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { ServiceDefinition } from '../api/types';

/** Asked without a language, the catalogue answers every text in all three; the screens pick the user's. */
function inAllLanguages<T extends { name: unknown }>(card: T): card is Extract<T, { name: object }> {
  return typeof card.name === 'object';
}

/** The published cards, read once a visit (they change seldom): the screens pick each text in the user's language. */
export function useCatalogue() {
  return useQuery({
    queryKey: ['catalogue'],
    queryFn: async (): Promise<ServiceDefinition[]> =>
      (await unwrap(api.GET('/catalogue/services', { params: { query: {} } }))).services.filter(inAllLanguages),
    staleTime: Infinity,
  });
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
