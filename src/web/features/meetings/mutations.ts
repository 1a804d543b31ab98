import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type {
  Meeting,
  MeetingMatchInput,
  MeetingPlacementInput,
  MeetingProgramme,
  MeetingProgrammeInput,
  MeetingRequest,
  MeetingRequestAction,
  MeetingRequestInput,
  PublishResult,
  ScheduleRun,
  ScheduleRunInput,
} from "../../app/api-types.ts";
import { MEETINGS_KEY } from "./data.ts";

const editionPath = (eventId: string, rest: string) =>
  `/events/${encodeURIComponent(eventId)}/${rest}`;

/** After a B2B write every view of the edition may change: agenda, requests, console. */
function useInvalidateMeetings() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: MEETINGS_KEY });
}

export function useSaveProgramme(eventId: string) {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: (input: MeetingProgrammeInput) =>
      api.put<MeetingProgramme>(editionPath(eventId, "meeting-programme"), input),
    onSuccess: invalidate,
  });
}

export function useRequestMeeting(eventId: string) {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: (input: MeetingRequestInput) =>
      api.post<MeetingRequest>(editionPath(eventId, "meeting-requests"), input),
    onSuccess: invalidate,
  });
}

export function useMatchParticipants(eventId: string) {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: (input: MeetingMatchInput) =>
      api.post<MeetingRequest>(editionPath(eventId, "meeting-matches"), input),
    onSuccess: invalidate,
  });
}

export function useRequestAction() {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: ({ id, ...action }: { id: string } & MeetingRequestAction) =>
      api.post<MeetingRequest>(`/meeting-requests/${encodeURIComponent(id)}/actions`, action),
    onSettled: invalidate,
  });
}

export function useSetAvailability(eventId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: (unavailable: string[]) =>
      api.put<{ unavailable: string[] }>(editionPath(eventId, "me/availability"), { unavailable }),
    onSuccess: async (saved) => {
      queryClient.setQueryData([...MEETINGS_KEY, eventId, "availability"], saved);
      await invalidate();
    },
  });
}

export function useCalendarFeed(eventId: string) {
  return useMutation({
    mutationFn: () => api.post<{ url: string }>(editionPath(eventId, "me/calendar-feed")),
  });
}

export function useRecordOutcome() {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: ({ id, outcome }: { id: string; outcome: "happened" | "no-show" }) =>
      api.post<Meeting>(`/meetings/${encodeURIComponent(id)}/outcome`, { outcome }),
    onSuccess: invalidate,
  });
}

export function usePlaceMeeting() {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: ({ id, ...input }: { id: string } & MeetingPlacementInput) =>
      api.patch<Meeting>(`/meetings/${encodeURIComponent(id)}`, input),
    onSuccess: invalidate,
  });
}

export function useStartRun(eventId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: (input: ScheduleRunInput) =>
      api.post<ScheduleRun>(editionPath(eventId, "schedule-runs"), input),
    onSuccess: async (run) => {
      await invalidate();
      // The 202's view of the run (running, no progress yet) shows until the first poll.
      queryClient.setQueryData([...MEETINGS_KEY, "run", run.id], run);
    },
  });
}

export function useRunAction() {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: "cancel" | "discard" }) =>
      api.post<ScheduleRun>(`/schedule-runs/${encodeURIComponent(id)}/${action}`),
    onSuccess: invalidate,
  });
}

export function usePublishRun() {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<PublishResult>(`/schedule-runs/${encodeURIComponent(id)}/publish`),
    onSuccess: invalidate,
  });
}
