import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { Page, Recommendations, Solution, SolutionDetail } from "../../app/api-types.ts";
import { SOLUTIONS_KEY } from "../../components/item-queries.ts";
import { MATCHES_LIMIT } from "../../components/matches.ts";

export function useSolution(slug: string | undefined) {
  return useQuery({
    queryKey: [...SOLUTIONS_KEY, "detail", slug],
    queryFn: ({ signal }) =>
      api.get<SolutionDetail>(`/solutions/${encodeURIComponent(slug ?? "")}`, undefined, signal),
    enabled: Boolean(slug),
  });
}

/** The open challenges a solution answers best, with scores and reasons. */
export function useSolutionMatches(id: string | undefined, limit = MATCHES_LIMIT) {
  return useQuery({
    queryKey: [...SOLUTIONS_KEY, "matches", id, limit],
    queryFn: ({ signal }) =>
      api.get<Recommendations>(
        `/solutions/${encodeURIComponent(id ?? "")}/matches`,
        { limit },
        signal,
      ),
    enabled: Boolean(id),
  });
}

/** Everything an organization owns, drafts and members-only included when the reader may see them. */
export function useOrganizationSolutions(organizationId: string | null | undefined) {
  return useInfiniteQuery({
    queryKey: [...SOLUTIONS_KEY, "organization", organizationId],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Solution>>(
        "/solutions",
        { organization: organizationId, sort: "-updatedAt", limit: 50, cursor: pageParam },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(organizationId),
  });
}
