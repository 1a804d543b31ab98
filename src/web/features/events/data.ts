import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type {
  CityEvent,
  EventDetail,
  EventStatus,
  Page,
  Participation,
  ParticipationRole,
  PeopleToMeet,
  PublicOutcomes,
} from "../../app/api-types.ts";
import { OUTCOMES_KEY } from "../../components/connections.ts";

export const EVENTS_KEY = ["events"] as const;

export interface EventFilters {
  status: EventStatus | null;
  sort: "startsOn" | "-startsOn";
}

export function useEventPages(filters: EventFilters, limit = 20) {
  return useInfiniteQuery({
    queryKey: [...EVENTS_KEY, "pages", filters, limit],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<CityEvent>>(
        "/events",
        { status: filters.status, sort: filters.sort, limit, cursor: pageParam },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useEvent(slug: string | undefined) {
  return useQuery({
    queryKey: [...EVENTS_KEY, "detail", slug],
    queryFn: ({ signal }) =>
      api.get<EventDetail>(`/events/${encodeURIComponent(slug ?? "")}`, undefined, signal),
    enabled: Boolean(slug),
  });
}

export function useParticipations(
  eventId: string | undefined,
  role: ParticipationRole | null,
  enabled = true,
) {
  return useInfiniteQuery({
    queryKey: [...EVENTS_KEY, "participations", eventId, role],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Participation>>(
        `/events/${encodeURIComponent(eventId ?? "")}/participations`,
        { role, limit: 50, cursor: pageParam },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(eventId) && enabled,
    placeholderData: keepPreviousData,
  });
}

/** An edition's headline outcomes, for anyone (published editions only). */
export function usePublicOutcomes(slug: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...OUTCOMES_KEY, "public", slug],
    queryFn: ({ signal }) =>
      api.get<PublicOutcomes>(
        `/events/${encodeURIComponent(slug ?? "")}/outcomes/public`,
        undefined,
        signal,
      ),
    enabled: Boolean(slug) && enabled,
  });
}

/** People at the edition worth meeting for the reader's organization (signed-in readers). */
export function usePeopleToMeet(slug: string | undefined, enabled: boolean, limit = 10) {
  return useQuery({
    queryKey: [...EVENTS_KEY, "people-to-meet", slug, limit],
    queryFn: ({ signal }) =>
      api.get<PeopleToMeet>(
        `/events/${encodeURIComponent(slug ?? "")}/people-to-meet`,
        { limit },
        signal,
      ),
    enabled: Boolean(slug) && enabled,
  });
}
