import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type Figures = components['schemas']['Figures'];
export type Purchases = components['schemas']['Purchases'];
export type Municipality = components['schemas']['Municipality'];

/** What the figures are asked of: a period, a service, and a municipality (null for the whole county). */
export interface FigureChoice {
  from: string;
  to: string;
  serviceCode: string;
  municipalityCode: string | null;
}

export const figureKeys = {
  all: ['reports'] as const,
  municipalities: ['reports', 'municipalities'] as const,
  figures: (c: FigureChoice) => ['reports', 'figures', c] as const,
  purchases: (year: number, municipalityCode: string | null) =>
    ['reports', 'purchases', year, municipalityCode] as const,
};

/** The county's ten municipalities, read once a visit. */
export function useMunicipalities() {
  return useQuery({
    queryKey: figureKeys.municipalities,
    queryFn: () => unwrap(api.GET('/reports/municipalities')),
    staleTime: Infinity,
  });
}

const figures = (c: FigureChoice) => ({
  queryKey: figureKeys.figures(c),
  queryFn: () =>
    unwrap(
      api.GET('/reports/figures', {
        params: {
          query: {
            from: c.from,
            to: c.to,
            serviceCode: c.serviceCode,
            ...(c.municipalityCode && { municipalityCode: c.municipalityCode }),
          },
        },
      }),
    ),
});

const purchases = (year: number, municipalityCode: string | null) => ({
  queryKey: figureKeys.purchases(year, municipalityCode),
  queryFn: () =>
    unwrap(
      api.GET('/reports/purchases', {
        params: { query: { year, ...(municipalityCode && { municipalityCode }) } },
      }),
    ),
});

export function useFigures(c: FigureChoice) {
  return useQuery(figures(c));
}

export function usePurchases(year: number, municipalityCode: string | null) {
  return useQuery(purchases(year, municipalityCode));
}

/** The same figures of each municipality, for the side-by-side view. */
export function useFiguresOfEach(c: Omit<FigureChoice, 'municipalityCode'>, codes: string[]) {
  return useQueries({ queries: codes.map((m) => figures({ ...c, municipalityCode: m })) });
}

export function usePurchasesOfEach(year: number, codes: string[]) {
  return useQueries({ queries: codes.map((m) => purchases(year, m)) });
}

/** Each own worker's caseload against the county's norm for their profession, in one municipality or all. */
export function useCaseloads(municipalityCode: string | null) {
  return useQuery({
    queryKey: ['reports', 'caseloads', municipalityCode] as const,
    queryFn: () =>
      unwrap(api.GET('/reports/caseloads', { params: { query: { ...(municipalityCode && { municipalityCode }) } } })),
  });
}

export type UnitFigures = components['schemas']['UnitFigures'];

/** The own-production units' year: hours delivered against capacity, access time, NPS (counts only). */
export function useUnitFigures(year: number) {
  return useQuery({
    queryKey: ['reports', 'units', year] as const,
    queryFn: () => unwrap(api.GET('/reports/units', { params: { query: { year } } })),
  });
}
