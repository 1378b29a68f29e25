import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { START_DATA_FRESH_MS } from '../start-pages';
import { keys } from '../arrangements/queries';

const PAGE = 50;

/** The team's queue by due date, page by page: the page's query, and what a load of the page asks for at once. */
export function queueQuery(teamId: string) {
  const filters = { limit: PAGE };
  return infiniteQueryOptions({
    queryKey: [...keys.queue, teamId, filters],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/teams/{teamId}/queue', { params: { path: { teamId }, query: { ...filters, after: pageParam } } }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: START_DATA_FRESH_MS,
  });
}
