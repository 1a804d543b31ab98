import { useQuery } from "@tanstack/react-query";
import { api, isApiError } from "../../app/api.ts";
import type {
  Me,
  Meeting,
  MeetingAgenda,
  MeetingProgramme,
  MeetingRequest,
  MeetingRequestStatus,
  MeetingSlot,
  MeetingSuggestion,
  Page,
  Participation,
  ScheduleRun,
} from "../../app/api-types.ts";

/** Every B2B query of an edition starts with this key, so a write can refresh them all. */
export const MEETINGS_KEY = ["meetings"] as const;
const editionKey = (eventId: string | undefined) => [...MEETINGS_KEY, eventId] as const;
const path = (eventId: string | undefined, rest: string) =>
  `/events/${encodeURIComponent(eventId ?? "")}/${rest}`;

/** Organizers of the edition and platform admins run its B2B programme (the API's rule). */
export function organizesEdition(me: Me | null | undefined, eventId: string): boolean {
  return Boolean(
    me && (me.platformAdmin || me.organizerOf.some((edition) => edition.id === eventId)),
  );
}

/** The edition's programme, or null when it has none (the API's 404). */
export function useProgramme(eventId: string | undefined) {
  return useQuery({
    queryKey: [...editionKey(eventId), "programme"],
    queryFn: async ({ signal }) => {
      try {
        return await api.get<MeetingProgramme>(
          path(eventId, "meeting-programme"),
          undefined,
          signal,
        );
      } catch (error) {
        if (isApiError(error, "not_found")) return null;
        throw error;
      }
    },
    enabled: Boolean(eventId),
  });
}

export function useRequests(
  eventId: string | undefined,
  scope: "mine" | "all",
  status: MeetingRequestStatus | null = null,
) {
  return useQuery({
    queryKey: [...editionKey(eventId), "requests", scope, status],
    queryFn: ({ signal }) =>
      api.get<{ items: MeetingRequest[] }>(
        path(eventId, "meeting-requests"),
        { scope, status },
        signal,
      ),
    enabled: Boolean(eventId),
  });
}

export function useFreeSlots(requestId: string | null) {
  return useQuery({
    queryKey: [...MEETINGS_KEY, "free-slots", requestId],
    queryFn: ({ signal }) =>
      api.get<{ slots: MeetingSlot[] }>(
        `/meeting-requests/${encodeURIComponent(requestId ?? "")}/free-slots`,
        undefined,
        signal,
      ),
    enabled: Boolean(requestId),
    staleTime: 0,
  });
}

export function useAgenda(eventId: string | undefined) {
  return useQuery({
    queryKey: [...editionKey(eventId), "agenda"],
    queryFn: ({ signal }) => api.get<MeetingAgenda>(path(eventId, "me/agenda"), undefined, signal),
    enabled: Boolean(eventId),
  });
}

export function useAvailability(eventId: string | undefined) {
  return useQuery({
    queryKey: [...editionKey(eventId), "availability"],
    queryFn: ({ signal }) =>
      api.get<{ unavailable: string[] }>(path(eventId, "me/availability"), undefined, signal),
    enabled: Boolean(eventId),
  });
}

/** Every active meeting of the edition (organizers): the console and the table signage. */
export function useEditionMeetings(eventId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [...editionKey(eventId), "meetings"],
    queryFn: ({ signal }) =>
      api.get<{ items: Meeting[] }>(path(eventId, "meetings"), undefined, signal),
    enabled: Boolean(eventId) && enabled,
  });
}

export function useSuggestions(eventId: string | undefined, limit = 30) {
  return useQuery({
    queryKey: [...editionKey(eventId), "suggestions", limit],
    queryFn: ({ signal }) =>
      api.get<{ items: MeetingSuggestion[] }>(
        path(eventId, "meeting-suggestions"),
        { limit },
        signal,
      ),
    enabled: Boolean(eventId),
  });
}

export function useScheduleRuns(eventId: string | undefined) {
  return useQuery({
    queryKey: [...editionKey(eventId), "runs"],
    queryFn: ({ signal }) =>
      api.get<{ items: ScheduleRun[] }>(path(eventId, "schedule-runs"), undefined, signal),
    enabled: Boolean(eventId),
    // A run in the background ends on its own: follow it until none runs.
    refetchInterval: (query) =>
      query.state.data?.items.some((run) => run.status === "running") ? 2000 : false,
  });
}

/** One run, asked for again every second while it runs. */
export function useScheduleRun(runId: string | null) {
  return useQuery({
    queryKey: [...MEETINGS_KEY, "run", runId],
    queryFn: ({ signal }) =>
      api.get<ScheduleRun>(`/schedule-runs/${encodeURIComponent(runId ?? "")}`, undefined, signal),
    enabled: Boolean(runId),
    // A run just started is in the cache already: ask again on the poll, not at once.
    staleTime: 900,
    refetchInterval: (query) => (query.state.data?.status === "running" ? 1000 : false),
  });
}

export interface EditionParticipant {
  id: string;
  name: string;
  title: string | null;
  organizationId: string | null;
  organizationName: string | null;
}

/**
 * Everyone taking part in the edition, one entry per person (a person may hold several
 * roles), for the "Request a meeting" picker. Pages of 200 are read until the last one.
 */
export function useEditionParticipants(eventId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [...editionKey(eventId), "participants"],
    queryFn: async ({ signal }) => {
      const people = new Map<string, EditionParticipant>();
      let cursor: string | null = null;
      // 25 pages of 200: far more than an edition holds; stops a runaway loop.
      for (let page = 0; page < 25; page++) {
        const answer: Page<Participation> = await api.get<Page<Participation>>(
          path(eventId, "participations"),
          { limit: 200, cursor },
          signal,
        );
        for (const participation of answer.items) {
          if (participation.role === "organizer" || people.has(participation.person.id)) continue;
          people.set(participation.person.id, {
            id: participation.person.id,
            name: participation.person.name,
            title: participation.person.title,
            organizationId: participation.organizationId,
            organizationName: participation.person.organizationName,
          });
        }
        cursor = answer.nextCursor;
        if (!cursor) break;
      }
      return [...people.values()];
    },
    enabled: Boolean(eventId) && enabled,
    staleTime: 60_000,
  });
}
