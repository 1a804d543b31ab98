import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type {
  Counterparts,
  Organization,
  OrganizationDetail,
  OrganizationKind,
  Page,
} from "../../app/api-types.ts";

export const ORGANIZATION_SORTS = ["name", "-name", "-createdAt"] as const;
export type OrganizationSort = (typeof ORGANIZATION_SORTS)[number];

export interface OrganizationFilters {
  q: string;
  kind: OrganizationKind | null;
  country: string | null;
  domain: string | null;
  sort: OrganizationSort;
}

export const ORGANIZATIONS_KEY = ["organizations"] as const;

export function useOrganizationPages(filters: OrganizationFilters, limit = 30) {
  return useInfiniteQuery({
    queryKey: [...ORGANIZATIONS_KEY, "pages", filters, limit],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Organization>>(
        "/organizations",
        {
          q: filters.q.trim() || undefined,
          kind: filters.kind,
          country: filters.country,
          domain: filters.domain,
          sort: filters.sort,
          limit,
          cursor: pageParam,
        },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useOrganization(slug: string | undefined) {
  return useQuery({
    queryKey: [...ORGANIZATIONS_KEY, "detail", slug],
    queryFn: ({ signal }) =>
      api.get<OrganizationDetail>(
        `/organizations/${encodeURIComponent(slug ?? "")}`,
        undefined,
        signal,
      ),
    enabled: Boolean(slug),
  });
}

/** The organization's best counterparts: whose items match its own, and how well. */
export function useOrganizationMatches(idOrSlug: string | undefined, limit = 10) {
  return useQuery({
    queryKey: [...ORGANIZATIONS_KEY, "matches", idOrSlug, limit],
    queryFn: ({ signal }) =>
      api.get<Counterparts>(
        `/organizations/${encodeURIComponent(idOrSlug ?? "")}/matches`,
        { limit },
        signal,
      ),
    enabled: Boolean(idOrSlug),
  });
}
