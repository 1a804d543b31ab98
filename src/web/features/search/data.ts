import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { api, buildUrl } from "../../app/api.ts";
import type { ItemType, SearchFacet, SearchResult } from "../../app/api-types.ts";
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

/**
 * Facet counts for the multi-select sidebar. The API counts each facet with every filter
 * except its own, so with "challenge" ticked the type facet still offers solutions and
 * cases with their counts.
 */
export type FacetCounts = Record<SearchFacet, { value: string; count: number }[]>;

/** Address of the download of the current search (all pages) as CSV or JSON. */
export function exportUrl(
  filters: SearchFilters,
  fixedType: ItemType | null,
  format: "csv" | "json",
): string {
  return buildUrl("/search/export", { ...toApiQuery(filters, fixedType), format });
}
