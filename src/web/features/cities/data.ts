import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { City, CityDetail, Continent, Page } from "../../app/api-types.ts";

export const CITY_SORTS = ["name", "-name", "population", "-population"] as const;
export type CitySort = (typeof CITY_SORTS)[number];

export interface CityFilters {
  q: string;
  continent: Continent | null;
  country: string | null;
  minPopulation: number | null;
  sort: CitySort;
}

export const CITIES_KEY = ["cities"] as const;

function filterQuery(filters: CityFilters) {
  return {
    q: filters.q.trim() || undefined,
    continent: filters.continent,
    country: filters.country,
    minPopulation: filters.minPopulation,
  };
}

/** The directory table: keyset pages, "Load more" appends the next one. */
export function useCityPages(filters: CityFilters) {
  return useInfiniteQuery({
    queryKey: [...CITIES_KEY, "pages", filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<City>>(
        "/cities",
        { ...filterQuery(filters), sort: filters.sort, limit: 50, cursor: pageParam },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** The largest matching cities, for the map (one page of the API's maximum size). */
export function useCityMapPoints(filters: CityFilters) {
  return useQuery({
    queryKey: [...CITIES_KEY, "map", filterQuery(filters)],
    queryFn: ({ signal }) =>
      api.get<Page<City>>(
        "/cities",
        { ...filterQuery(filters), sort: "-population", limit: 200 },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCity(slug: string | undefined) {
  return useQuery({
    queryKey: [...CITIES_KEY, "detail", slug],
    queryFn: ({ signal }) =>
      api.get<CityDetail>(`/cities/${encodeURIComponent(slug ?? "")}`, undefined, signal),
    enabled: Boolean(slug),
  });
}
