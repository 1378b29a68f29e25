import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { START_DATA_FRESH_MS } from '../start-pages';
import { keys } from '../arrangements/queries';

/** The own worker's clients, or those a search finds: the page's query, and what a load of the page asks for at once. */
export function clientsQuery(q: string) {
  return queryOptions({
    queryKey: [...keys.clients, { q }],
    queryFn: () => unwrap(api.GET('/clients', { params: { query: q ? { q } : {} } })),
    staleTime: START_DATA_FRESH_MS,
  });
}
