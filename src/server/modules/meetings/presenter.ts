import { wallClock } from "../../../core/time/zoned.ts";
import type { Actor } from "../../http/context.ts";
import type {
  MeetingWithAttendees,
  ProgrammeRow,
  RequestRow,
  RunRow,
  SessionRow,
  SlotRow,
} from "./queries.ts";
import type {
  MeetingView,
  PersonRef,
  ProgrammeView,
  RequestView,
  RunView,
  SlotView,
} from "./schema.ts";

/** Scheduler weights of the two request priorities: a must-meet outweighs ten would-likes less one. */
export const PRIORITY_WEIGHT = { "must-meet": 10, "would-like": 1 } as const;
export const priorityOf = (weight: number) => (weight >= 10 ? "must-meet" : "would-like");

export function presentSlot(slot: SlotRow, timeZone: string): SlotView {
  const start = wallClock(slot.startsAt, timeZone);
  return {
    id: slot.id,
    position: slot.position,
    sessionId: slot.sessionId,
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    day: start.day,
    starts: start.time,
    ends: wallClock(slot.endsAt, timeZone).time,
  };
}

export function presentProgramme(
  programme: ProgrammeRow,
  sessions: SessionRow[],
  slots: SlotRow[],
  timeZone: string,
): ProgrammeView {
  return {
    eventId: programme.eventId,
    timeZone,
    tableCount: programme.tableCount,
    locationKind: programme.locationKind,
    slotMinutes: programme.slotMinutes,
    mode: programme.mode,
    requestsOpen: programme.requestsOpen,
    fairness: programme.fairness,
    publishedAt: programme.publishedAt?.toISOString() ?? null,
    sessions: sessions.map((session) => ({
      id: session.id,
      day: session.day,
      label: session.label,
      starts: session.starts,
      ends: session.ends,
      pauses: session.pauses,
      slotCount: slots.filter((slot) => slot.sessionId === session.id).length,
    })),
    slots: slots.map((slot) => presentSlot(slot, timeZone)),
  };
}

const unknownPerson = (id: string): PersonRef => ({
  id,
  name: "Former participant",
  organization: null,
});

export function presentRequest(
  request: RequestRow,
  meetingId: string | null,
  people: ReadonlyMap<string, PersonRef>,
  actor: Actor | null,
): RequestView {
  return {
    id: request.id,
    eventId: request.eventId,
    requester: people.get(request.requesterId) ?? unknownPerson(request.requesterId),
    recipient: people.get(request.recipientId) ?? unknownPerson(request.recipientId),
    message: request.message,
    priority: request.priority,
    sessionId: request.sessionId,
    status: request.status,
    source: request.source,
    yourPart:
      actor?.personId === request.requesterId
        ? "requester"
        : actor?.personId === request.recipientId
          ? "recipient"
          : null,
    meetingId,
    connectionId: request.connectionId,
    createdAt: request.createdAt.toISOString(),
    respondedAt: request.respondedAt?.toISOString() ?? null,
  };
}

export function locationName(kind: ProgrammeRow["locationKind"], table: number | null) {
  if (table === null) return null;
  return `${kind === "booth" ? "Booth" : "Table"} ${table}`;
}

export function presentMeeting(
  row: MeetingWithAttendees,
  slots: ReadonlyMap<string, SlotView>,
  people: ReadonlyMap<string, PersonRef>,
  locationKind: ProgrammeRow["locationKind"],
): MeetingView {
  const m = row.meeting;
  return {
    id: m.id,
    eventId: m.eventId,
    requestId: m.requestId,
    attendees: row.attendees.map((id) => people.get(id) ?? unknownPerson(id)),
    slot: m.slotId ? (slots.get(m.slotId) ?? null) : null,
    tableNumber: m.tableNumber,
    location: locationName(locationKind, m.tableNumber),
    pinned: m.pinned,
    placedBy: m.placedBy,
    priority: priorityOf(m.priority),
    sessionId: m.sessionId,
    status: m.status,
    message: row.message,
  };
}

export function presentRun(
  run: RunRow,
  context: {
    people: ReadonlyMap<string, PersonRef>;
    slots: readonly SlotView[];
    attendeesOf: ReadonlyMap<string, string[]>;
  },
): RunView {
  const result = run.result;
  let presented: RunView["result"] = null;
  if (result) {
    const used = new Map<string, number>();
    for (const placement of result.placements)
      used.set(placement.slotId, (used.get(placement.slotId) ?? 0) + 1);
    presented = {
      status: result.status,
      meetings: result.placements.length + result.unscheduled.length,
      placed: result.placements.length,
      unscheduled: result.unscheduled.map((meetingId) => ({
        meetingId,
        attendees: (context.attendeesOf.get(meetingId) ?? []).map(
          (id) => context.people.get(id)?.name ?? "Former participant",
        ),
      })),
      breaks: {
        total: result.breaks.total,
        max: result.breaks.max,
        min: result.breaks.min,
        byParticipant: Object.entries(result.breaks.byParticipant)
          .map(([personId, breaks]) => ({
            personId,
            name: context.people.get(personId)?.name ?? "Former participant",
            breaks,
          }))
          .sort((a, b) => b.breaks - a.breaks || a.name.localeCompare(b.name)),
      },
      lowerBound: result.lowerBound,
      seconds: result.seconds,
      moved: result.moved.length,
      tableUse: context.slots.map((slot) => ({
        slotId: slot.id,
        day: slot.day,
        starts: slot.starts,
        used: used.get(slot.id) ?? 0,
      })),
    };
  }
  return {
    id: run.id,
    eventId: run.eventId,
    status: run.status,
    keepPublished: run.keepPublished,
    timeLimitSeconds: run.timeLimitSeconds,
    fairness: run.fairness,
    seed: run.seed,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    publishedAt: run.publishedAt?.toISOString() ?? null,
    error: run.error,
    progress: run.progress ?? null,
    result: presented,
  };
}
