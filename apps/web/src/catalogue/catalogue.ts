import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from './api/client';
import type { CatalogueService, ServiceDefinition } from './api/types';

/** Asked without a language, the catalogue answers every text in all three; the screens pick the user's. */
function inAllLanguages<T extends { name: unknown }>(card: T): card is Extract<T, { name: object }> {
  return typeof card.name === 'object';
}

let cached: Promise<ServiceDefinition[]> | null = null;

/** The published cards, read once a visit: the screens pick each text in the user's language. */
export function fetchCatalogue(): Promise<ServiceDefinition[]> {
  cached ??= unwrap(api.GET('/catalogue/services', { params: { query: {} } })).then((c) =>
    c.services.filter(inAllLanguages),
  );
  cached.catch(() => (cached = null));
  return cached;
}

/** The card an arrangement was handled under: its catalogue version, in all three languages. */
export async function fetchCard(code: string, version: number): Promise<ServiceDefinition | null> {
  const card = await unwrap(api.GET('/catalogue/services/{code}', { params: { path: { code }, query: { version } } }));
  return inAllLanguages(card) ? card : null;
}

/** A service's name in the user's language, from the catalogue. */
export function useServiceName(): (code: string) => string {
  const { i18n } = useTranslation();
  const [services, setServices] = useState<CatalogueService[]>([]);
  useEffect(() => {
    fetchCatalogue().then(setServices, () => undefined);
  }, []);
  const lang = i18n.language as 'fi' | 'sv' | 'en';
  return (code) => services.find((s) => s.code === code)?.name[lang] ?? code;
}

/** Whole months of an ISO duration such as P6M or P1Y. */
export function monthsOf(iso: string): number {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?/.exec(iso);
  return m ? Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0) : 0;
}
