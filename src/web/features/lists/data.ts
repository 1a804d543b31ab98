import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api, buildUrl } from "../../app/api.ts";
import type { ChallengeList, ChallengeListDetail, Page } from "../../app/api-types.ts";
import { LISTS_KEY } from "../../components/item-queries.ts";

/** Published lists, and the drafts of the editions the reader curates. */
export function useListPages(limit = 30) {
  return useInfiniteQuery({
    queryKey: [...LISTS_KEY, "pages", limit],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<ChallengeList>>(
        "/lists",
        { sort: "-updatedAt", limit, cursor: pageParam },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useList(slug: string | undefined) {
  return useQuery({
    queryKey: [...LISTS_KEY, "detail", slug],
    queryFn: ({ signal }) =>
      api.get<ChallengeListDetail>(`/lists/${encodeURIComponent(slug ?? "")}`, undefined, signal),
    enabled: Boolean(slug),
  });
}

export function listCsvUrl(slug: string): string {
  return buildUrl(`/lists/${encodeURIComponent(slug)}/export.csv`);
}
