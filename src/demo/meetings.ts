/**
 * Demo B2B meetings for the Barcelona-like congress: a programme of two days (three
 * sessions of 20-minute slots around coffee breaks, 20 tables), requests between city
 * delegates and exhibitors — most accepted, some waiting, some declined — a few people
 * unavailable for a few slots, and a published schedule made by the scheduler itself.
 * The congress is over, so most meetings are recorded as held, a few as no-shows.
 *
 * Demo requests carry no deal-funnel connection: the Barcelona funnel stays as the demo
 * deals leave it. Pure and deterministic for a seed.
 */
import { createRandom, deriveSeed } from "../core/random.ts";
import type { SchedulingProblem } from "../core/scheduling/problem.ts";
import { solveSchedule } from "../core/scheduling/solve.ts";
import type {
  meetingAttendees,
  meetingProgrammes,
  meetingRequests,
  meetingSessions,
  meetingSlots,
  meetings,
  meetingUnavailability,
} from "../server/db/schema/index.ts";
import { planSlots } from "../server/modules/meetings/programme.ts";
import type { DemoData } from "./generate.ts";

export const DEMO_B2B_EVENT = "barcelona-2026";
const SLOT_MINUTES = 20;
const TABLES = 20;
const SESSIONS = [
  {
    day: "2026-11-04",
    label: "Morning",
    starts: "09:30",
    ends: "13:00",
    pauses: [{ starts: "11:00", ends: "11:30" }],
  },
  { day: "2026-11-04", label: "Afternoon", starts: "15:00", ends: "17:20", pauses: [] },
  {
    day: "2026-11-05",
    label: "Morning",
    starts: "09:30",
    ends: "13:00",
    pauses: [{ starts: "11:00", ends: "11:30" }],
  },
];

export interface DemoMeetings {
  meetingProgrammes: (typeof meetingProgrammes.$inferInsert)[];
  meetingSessions: (typeof meetingSessions.$inferInsert)[];
  meetingSlots: (typeof meetingSlots.$inferInsert)[];
  meetingUnavailability: (typeof meetingUnavailability.$inferInsert)[];
  meetingRequests: (typeof meetingRequests.$inferInsert)[];
  meetings: (typeof meetings.$inferInsert)[];
  meetingAttendees: (typeof meetingAttendees.$inferInsert)[];
}

/**
 * `signIns`: the demo's city and provider sign-ins, who take part as a delegate and an
 * exhibitor and get a few meetings, never with each other, so a journey can have them meet.
 */
export function generateMeetings(
  data: DemoData,
  seed: number,
  signIns: {
    delegate: { id: string; organizationId: string | null };
    exhibitor: { id: string; organizationId: string | null };
  },
): DemoMeetings {
  const extraParticipants = { delegate: signIns.delegate.id, exhibitor: signIns.exhibitor.id };
  const random = createRandom(deriveSeed(seed, "meetings"));
  const idFor = (key: string) => createRandom(deriveSeed(seed, `meetings:${key}`)).uuid();
  const event = data.events.find((e) => e.slug === DEMO_B2B_EVENT);
  if (!event) throw new Error(`demo data lacks the ${DEMO_B2B_EVENT} edition`);
  const eventId = event.id as string;
  const publishedAt = new Date("2026-10-30T16:00:00Z");

  const sessions = SESSIONS.map((session, i) => ({
    id: idFor(`session:${i}`),
    eventId,
    ...session,
  }));
  const slots: (typeof meetingSlots.$inferInsert)[] = planSlots(
    SESSIONS,
    SLOT_MINUTES,
    event.timeZone,
  ).map((slot, position) => ({
    id: idFor(`slot:${position}`),
    eventId,
    sessionId: sessions[slot.session]?.id as string,
    position,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
  }));

  const roleOf = new Map<string, string>();
  for (const p of data.participations)
    if (p.eventId === eventId && (p.role === "delegate" || p.role === "exhibitor"))
      roleOf.set(p.personId, p.role);
  const organizationOf = new Map([
    ...data.people.map((person) => [person.id as string, person.organizationId] as const),
    [signIns.delegate.id, signIns.delegate.organizationId] as const,
    [signIns.exhibitor.id, signIns.exhibitor.organizationId] as const,
  ]);
  const delegates = [...roleOf].filter(([, role]) => role === "delegate").map(([id]) => id);
  const exhibitors = [...roleOf].filter(([, role]) => role === "exhibitor").map(([id]) => id);

  const unavailable = new Map<string, string[]>();
  for (const person of [...delegates, ...exhibitors])
    if (random.chance(0.12))
      unavailable.set(
        person,
        random.sample(slots, random.int(1, 3)).map((slot) => slot.id as string),
      );

  // Each meeting pairs a delegate with an exhibitor of another organization; a person
  // has at most 8. The demo sign-ins get a few each, never with each other.
  const load = new Map<string, number>();
  const pairs = new Set<string>();
  type Drawn = {
    requester: string;
    recipient: string;
    status: "accepted" | "pending" | "declined";
  };
  const drawn: Drawn[] = [];
  const tryPair = (delegate: string, exhibitor: string, status: Drawn["status"]) => {
    const key = `${delegate}|${exhibitor}`;
    if (pairs.has(key) || organizationOf.get(delegate) === organizationOf.get(exhibitor))
      return false;
    if (
      status === "accepted" &&
      ((load.get(delegate) ?? 0) >= 8 || (load.get(exhibitor) ?? 0) >= 8)
    )
      return false;
    pairs.add(key);
    if (status === "accepted") {
      load.set(delegate, (load.get(delegate) ?? 0) + 1);
      load.set(exhibitor, (load.get(exhibitor) ?? 0) + 1);
    }
    // Providers ask cities more often than the other way round.
    drawn.push(
      random.chance(0.65)
        ? { requester: exhibitor, recipient: delegate, status }
        : { requester: delegate, recipient: exhibitor, status },
    );
    return true;
  };
  for (const exhibitor of random.sample(exhibitors, 3))
    tryPair(extraParticipants.delegate, exhibitor, "accepted");
  for (const delegate of random.sample(delegates, 3))
    tryPair(delegate, extraParticipants.exhibitor, "accepted");
  tryPair(random.pick(delegates), extraParticipants.exhibitor, "pending");
  tryPair(extraParticipants.delegate, random.pick(exhibitors), "pending");
  for (let attempt = 0; drawn.length < 320 && attempt < 20_000; attempt++) {
    const status = drawn.length < 260 ? "accepted" : random.chance(0.6) ? "pending" : "declined";
    tryPair(random.pick(delegates), random.pick(exhibitors), status);
  }

  const requests = drawn.map((pair, i) => ({
    id: idFor(`request:${i}`),
    eventId,
    requesterId: pair.requester,
    recipientId: pair.recipient,
    message: "",
    priority: random.chance(0.3) ? ("must-meet" as const) : ("would-like" as const),
    sessionId: random.chance(0.15) ? (random.pick(sessions).id as string) : null,
    status: pair.status,
    source: "participant" as const,
    createdById: pair.requester,
    respondedAt: pair.status === "pending" ? null : new Date("2026-10-25T10:00:00Z"),
    createdAt: new Date(Date.UTC(2026, 9, 5 + (i % 18), 8 + (i % 9))),
    updatedAt: new Date("2026-10-25T10:00:00Z"),
  }));
  const accepted = requests.filter((request) => request.status === "accepted");

  const problem: SchedulingProblem = {
    slots: slots.map((slot) => ({ id: slot.id as string, session: slot.sessionId })),
    tables: TABLES,
    participants: [...new Set(accepted.flatMap((r) => [r.requesterId, r.recipientId]))].map(
      (id) => ({
        id,
        unavailable: unavailable.get(id) ?? [],
      }),
    ),
    meetings: accepted.map((request) => ({
      id: request.id,
      participants: [request.requesterId, request.recipientId],
      ...(request.sessionId ? { session: request.sessionId } : {}),
      priority: request.priority === "must-meet" ? 10 : 1,
    })),
  };
  // A move budget, not a time limit: the same schedule on every machine.
  const schedule = solveSchedule(problem, { seed: 1, maxMoves: 20_000, timeLimitSeconds: 60 });
  const placement = new Map(schedule.assignments.map((a) => [a.meeting, a]));
  const meetingRows = accepted.map((request) => {
    const placed = placement.get(request.id);
    const outcome = placed ? random.next() : 1;
    return {
      id: idFor(`meeting:${request.id}`),
      eventId,
      requestId: request.id,
      slotId: placed?.slot ?? null,
      tableNumber: placed?.table ?? null,
      pinned: false,
      placedBy: placed ? ("scheduler" as const) : null,
      priority: request.priority === "must-meet" ? 10 : 1,
      sessionId: request.sessionId,
      status:
        outcome < 0.85
          ? ("happened" as const)
          : outcome < 0.93
            ? ("no-show" as const)
            : ("planned" as const),
      outcomeById: outcome < 0.93 ? request.recipientId : null,
      outcomeAt: outcome < 0.93 ? new Date("2026-11-05T17:00:00Z") : null,
      createdAt: request.updatedAt,
      updatedAt: publishedAt,
    };
  });

  return {
    meetingProgrammes: [
      {
        eventId,
        tableCount: TABLES,
        locationKind: "table",
        slotMinutes: SLOT_MINUTES,
        mode: "organizer",
        requestsOpen: true,
        fairness: null,
        publishedAt,
        updatedAt: publishedAt,
      },
    ],
    meetingSessions: sessions,
    meetingSlots: slots,
    meetingUnavailability: [...unavailable].flatMap(([personId, slotIds]) =>
      slotIds.map((slotId) => ({ slotId, personId, eventId })),
    ),
    meetingRequests: requests,
    meetings: meetingRows,
    meetingAttendees: meetingRows.flatMap((meeting) => {
      const request = accepted.find((r) => r.id === meeting.requestId);
      return request
        ? [
            { meetingId: meeting.id, personId: request.requesterId },
            { meetingId: meeting.id, personId: request.recipientId },
          ]
        : [];
    }),
  };
}
