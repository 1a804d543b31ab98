import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type {
  CityEvent,
  EventInput,
  Participation,
  ParticipationRole,
} from "../../app/api-types.ts";
import { ME_KEY } from "../../app/session.ts";
import { EVENTS_KEY } from "./data.ts";

export function useSaveEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: EventInput }) =>
      id
        ? api.patch<CityEvent>(`/events/${encodeURIComponent(id)}`, input)
        : api.post<CityEvent>("/events", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: EVENTS_KEY }),
  });
}

export function useDeleteEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/events/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: EVENTS_KEY }),
  });
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, role }: { eventId: string; role: "visitor" | "delegate" }) =>
      api.post<Participation>(`/events/${encodeURIComponent(eventId)}/register`, { role }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: EVENTS_KEY }),
  });
}

export function useAddParticipation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      eventId,
      ...input
    }: {
      eventId: string;
      personId: string;
      role: ParticipationRole;
      organizationId?: string | null;
    }) => api.post<Participation>(`/events/${encodeURIComponent(eventId)}/participations`, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: EVENTS_KEY });
      // Adding an organizer may change what the signed-in person may do.
      await queryClient.invalidateQueries({ queryKey: ME_KEY, exact: true });
    },
  });
}

export function useRemoveParticipation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, participationId }: { eventId: string; participationId: string }) =>
      api.delete(
        `/events/${encodeURIComponent(eventId)}/participations/${encodeURIComponent(participationId)}`,
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: EVENTS_KEY });
      await queryClient.invalidateQueries({ queryKey: ME_KEY, exact: true });
    },
  });
}
