import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { Challenge, ChallengeDetail, Page, Recommendations } from "../../app/api-types.ts";
import { CHALLENGES_KEY } from "../../components/item-queries.ts";
import { MATCHES_LIMIT } from "../../components/matches.ts";

export function useChallenge(slug: string | undefined) {
  return useQuery({
    queryKey: [...CHALLENGES_KEY, "detail", slug],
    queryFn: ({ signal }) =>
      api.get<ChallengeDetail>(`/challenges/${encodeURIComponent(slug ?? "")}`, undefined, signal),
    enabled: Boolean(slug),
  });
}

/** The solutions that best answer a challenge, with scores and reasons. */
export function useChallengeMatches(id: string | undefined, limit = MATCHES_LIMIT) {
  return useQuery({
    queryKey: [...CHALLENGES_KEY, "matches", id, limit],
    queryFn: ({ signal }) =>
      api.get<Recommendations>(
        `/challenges/${encodeURIComponent(id ?? "")}/matches`,
        { limit },
        signal,
      ),
    enabled: Boolean(id),
  });
}

/** Everything an organization owns, drafts and members-only included when the reader may see them. */
export function useOrganizationChallenges(organizationId: string | null | undefined) {
  return useInfiniteQuery({
    queryKey: [...CHALLENGES_KEY, "organization", organizationId],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Challenge>>(
        "/challenges",
        { organization: organizationId, sort: "-updatedAt", limit: 50, cursor: pageParam },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(organizationId),
  });
}
