import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from './api/client';
import type { CatalogueService } from './api/types';

let cached: Promise<CatalogueService[]> | null = null;

/** A service's name in the user's language, from the catalogue (read once a visit). */
export function useServiceName(): (code: string) => string {
  const { i18n } = useTranslation();
  const [services, setServices] = useState<CatalogueService[]>([]);
  useEffect(() => {
    cached ??= unwrap<{ services: CatalogueService[] }>(api.GET('/catalogue/services', { params: { query: {} } })).then(
      (c) => c.services,
    );
    cached.then(setServices).catch(() => (cached = null));
  }, []);
  const lang = i18n.language as 'fi' | 'sv' | 'en';
  return (code) => services.find((s) => s.code === code)?.name[lang] ?? code;
}
