import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { Case, CaseDetail, Page } from "../../app/api-types.ts";
import { CASES_KEY } from "../../components/item-queries.ts";

export function useCase(slug: string | undefined) {
  return useQuery({
    queryKey: [...CASES_KEY, "detail", slug],
    queryFn: ({ signal }) =>
      api.get<CaseDetail>(`/cases/${encodeURIComponent(slug ?? "")}`, undefined, signal),
    enabled: Boolean(slug),
  });
}

/** Everything an organization owns, drafts and members-only included when the reader may see them. */
export function useOrganizationCases(organizationId: string | null | undefined) {
  return useInfiniteQuery({
    queryKey: [...CASES_KEY, "organization", organizationId],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Case>>(
        "/cases",
        { organization: organizationId, sort: "-updatedAt", limit: 50, cursor: pageParam },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(organizationId),
  });
}
