import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { Page, Person } from "../../app/api-types.ts";

export const PEOPLE_KEY = ["people"] as const;

export function usePeoplePages(q: string, organization: string | null = null) {
  return useInfiniteQuery({
    queryKey: [...PEOPLE_KEY, "pages", q.trim(), organization],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Person>>(
        "/people",
        { q: q.trim() || undefined, organization, sort: "name", limit: 50, cursor: pageParam },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}
