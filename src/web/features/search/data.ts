import { keepPreviousData, useInfiniteQuery, useQueries } from "@tanstack/react-query";
import { api, buildUrl } from "../../app/api.ts";
import {
  type ItemType,
  SEARCH_FACETS,
  type SearchFacet,
  type SearchResult,
} from "../../app/api-types.ts";
import { SEARCH_KEY } from "../../components/item-queries.ts";
import { type SearchFilters, toApiQuery } from "./search-params.ts";

const PAGE_SIZE = 20;

export function useSearch(filters: SearchFilters, fixedType: ItemType | null) {
  const query = toApiQuery(filters, fixedType);
  return useInfiniteQuery({
    queryKey: [...SEARCH_KEY, query],
    queryFn: ({ pageParam, signal }) =>
      api.get<SearchResult>("/search", { ...query, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export type FacetCounts = Record<SearchFacet, { value: string; count: number }[]>;

/**
 * Facet counts for a multi-select sidebar. The API counts every facet under all filters,
 * its own included, so once "challenge" is ticked the type facet would only offer
 * "challenge". For each facet with a selection we ask once more without that facet's
 * own filter (one row, facets only), which gives the counts of the values one could add.
 */
export function useFacetCounts(
  filters: SearchFilters,
  fixedType: ItemType | null,
  main: SearchResult | undefined,
): FacetCounts | undefined {
  const selected = SEARCH_FACETS.filter(
    (facet) => filters[facet].length > 0 && !(facet === "type" && fixedType),
  );
  const others = useQueries({
    queries: selected.map((facet) => {
      const query = toApiQuery({ ...filters, [facet]: [] }, fixedType);
      return {
        queryKey: [...SEARCH_KEY, "facets", query],
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          api.get<SearchResult>("/search", { ...query, limit: 1 }, signal),
        placeholderData: keepPreviousData,
        select: (result: SearchResult) => result.facets[facet],
      };
    }),
  });
  if (!main) return undefined;
  const counts = { ...main.facets };
  selected.forEach((facet, index) => {
    const answer = others[index]?.data;
    if (answer) counts[facet] = answer;
  });
  return counts;
}

/** Address of the download of the current search (all pages) as CSV or JSON. */
export function exportUrl(
  filters: SearchFilters,
  fixedType: ItemType | null,
  format: "csv" | "json",
): string {
  return buildUrl("/search/export", { ...toApiQuery(filters, fixedType), format });
}
