import { createHash, randomBytes } from "node:crypto";
import type { z } from "zod";
import type { Database } from "../../db/client.ts";
import type { ActorContext, ServiceContext } from "../../http/context.ts";
import { conflict, forbidden, invalid, notFound } from "../../http/errors.ts";
import {
  connectForMeeting,
  type Mail,
  recordMeetingHeld,
  sendMails,
} from "../connections/service.ts";
import { can } from "./policy.ts";
import {
  PRIORITY_WEIGHT,
  presentMeeting,
  presentProgramme,
  presentRequest,
  presentSlot,
} from "./presenter.ts";
import { checkSessions, planSlots } from "./programme.ts";
import {
  countMeetingsAboveTable,
  countMeetingsPerSlot,
  deleteSessionRows,
  deleteSlotRows,
  insertMeeting,
  insertNotificationRows,
  insertRequest,
  insertSessionRow,
  insertSlotRows,
  isParticipant,
  type MeetingWithAttendees,
  type ProgrammeRow,
  type RequestRow,
  renumberSlots,
  replaceUnavailability,
  selectAttendeeIds,
  selectBusySlots,
  selectCalendarFeed,
  selectEditionPairs,
  selectEmails,
  selectEventRow,
  selectMeeting,
  selectMeetingByRequest,
  selectMeetings,
  selectMeetingsInSlots,
  selectParticipants,
  selectPeopleRefs,
  selectProgramme,
  selectRequest,
  selectRequests,
  selectSessions,
  selectSlots,
  selectTablesInUse,
  selectUnavailability,
  unplaceMeetings,
  updateMeeting,
  updateRequest,
  updateSessionRow,
  upsertCalendarFeed,
  upsertProgramme,
} from "./queries.ts";
import type {
  createMatchSchema,
  createRequestSchema,
  MeetingView,
  PersonRef,
  ProgrammeInput,
  placeMeetingSchema,
  RequestAction,
  RequestView,
} from "./schema.ts";

export type EditionRow = NonNullable<Awaited<ReturnType<typeof selectEventRow>>>;

/** The edition, if the caller may see it; otherwise it does not exist for them. */
export async function findEdition(ctx: ServiceContext, eventId: string): Promise<EditionRow> {
  const event = await selectEventRow(ctx.db, eventId);
  if (!event || !can(ctx.actor, "see-programme", { event })) throw notFound("Event");
  return event;
}

async function requireProgramme(db: Database, eventId: string, forUpdate = false) {
  const programme = await selectProgramme(db, eventId, forUpdate);
  if (!programme) throw notFound("B2B programme of this edition");
  return programme;
}

function requireOrganizer(ctx: ServiceContext, event: EditionRow) {
  if (!can(ctx.actor, "manage", { event }))
    throw forbidden("Only the edition's organizers run its B2B meetings");
}

async function slotViews(db: Database, event: EditionRow) {
  const slots = (await selectSlots(db, event.id)).map((slot) => presentSlot(slot, event.timeZone));
  return { list: slots, byId: new Map(slots.map((slot) => [slot.id, slot])) };
}

async function peopleRefs(db: Database, ids: Iterable<string>) {
  const refs = await selectPeopleRefs(db, [...new Set(ids)]);
  return new Map<string, PersonRef>(refs.map((ref) => [ref.id, ref]));
}

/** Inbox entries for people (and the e-mails to send once committed). */
async function notifyPeople(
  db: Database,
  personIds: string[],
  message: { kind: string; title: string; body?: string; link: string },
): Promise<Mail[]> {
  const unique = [...new Set(personIds)];
  await insertNotificationRows(
    db,
    unique.map((personId) => ({
      personId,
      kind: message.kind,
      title: message.title,
      body: message.body ?? "",
      link: message.link,
    })),
  );
  const emails = await selectEmails(db, unique);
  const text = [message.body, `See: ${message.link}`].filter(Boolean).join("\n\n");
  return emails.flatMap((person) =>
    person.email ? [{ to: person.email, subject: `citymatch: ${message.title}`, text }] : [],
  );
}

const meetingsLink = (event: EditionRow) => `/events/${event.slug}/meetings`;

// ---------------------------------------------------------------------------------------
// The programme

export async function getProgramme(ctx: ServiceContext, eventId: string) {
  const event = await findEdition(ctx, eventId);
  const programme = await requireProgramme(ctx.db, event.id);
  return presentProgramme(
    programme,
    await selectSessions(ctx.db, event.id),
    await selectSlots(ctx.db, event.id),
    event.timeZone,
  );
}

/**
 * Defines (or redefines) an edition's B2B programme: tables, slot length, sessions and
 * pauses. Slots that stay the same keep their id, availability and meetings; slots that go
 * away take their meetings off the grid — refused unless `unplaceAffected` says so.
 */
export async function saveProgramme(ctx: ActorContext, eventId: string, input: ProgrammeInput) {
  const event = await findEdition(ctx, eventId);
  requireOrganizer(ctx, event);
  const issues = checkSessions(input.sessions, event);
  if (issues.length > 0) throw invalid(issues);
  const planned = planSlots(input.sessions, input.slotMinutes, event.timeZone);
  if (planned.length === 0)
    throw invalid([{ path: "body.sessions", message: "leave no room for a single slot" }]);
  const now = ctx.clock.now();
  const unplaced = await ctx.db.transaction(async (tx) => {
    await upsertProgramme(tx, {
      eventId: event.id,
      tableCount: input.tableCount,
      locationKind: input.locationKind,
      slotMinutes: input.slotMinutes,
      mode: input.mode,
      requestsOpen: input.requestsOpen,
      fairness: input.fairness,
      updatedAt: now,
    });
    await requireProgramme(tx, event.id, true);
    const aboveTables = await countMeetingsAboveTable(tx, event.id, input.tableCount);
    // Sessions are matched by day and start; the rest are replaced.
    const existingSessions = await selectSessions(tx, event.id);
    const sessionIds: string[] = [];
    for (const session of input.sessions) {
      const same = existingSessions.find(
        (s) => s.day === session.day && s.starts === session.starts,
      );
      if (same) {
        await updateSessionRow(tx, same.id, {
          label: session.label,
          ends: session.ends,
          pauses: session.pauses,
        });
        sessionIds.push(same.id);
      } else {
        sessionIds.push((await insertSessionRow(tx, { eventId: event.id, ...session })).id);
      }
    }
    const existingSlots = await selectSlots(tx, event.id);
    const key = (startsAt: Date, endsAt: Date) =>
      `${startsAt.toISOString()}|${endsAt.toISOString()}`;
    const wanted = new Map(planned.map((slot) => [key(slot.startsAt, slot.endsAt), slot]));
    const gone = existingSlots.filter((slot) => !wanted.has(key(slot.startsAt, slot.endsAt)));
    const affected = await selectMeetingsInSlots(
      tx,
      gone.map((slot) => slot.id),
    );
    if ((affected.length > 0 || aboveTables > 0) && !input.unplaceAffected)
      throw conflict(
        `The new programme removes the slots or tables of ${affected.length + aboveTables} placed meetings; send unplaceAffected: true to take them off the grid`,
        { meetings: affected.length + aboveTables },
      );
    await unplaceMeetings(
      tx,
      affected.map((m) => m.id),
      now,
    );
    if (aboveTables > 0) {
      const all = await selectMeetings(tx, event.id);
      await unplaceMeetings(
        tx,
        all
          .filter((row) => (row.meeting.tableNumber ?? 0) > input.tableCount)
          .map((row) => row.meeting.id),
        now,
      );
    }
    await deleteSlotRows(
      tx,
      gone.map((slot) => slot.id),
    );
    await deleteSessionRows(
      tx,
      existingSessions.filter((s) => !sessionIds.includes(s.id)).map((s) => s.id),
    );
    const kept = new Map(
      existingSlots
        .filter((slot) => wanted.has(key(slot.startsAt, slot.endsAt)))
        .map((slot) => [key(slot.startsAt, slot.endsAt), slot]),
    );
    await insertSlotRows(
      tx,
      planned
        .filter((slot) => !kept.has(key(slot.startsAt, slot.endsAt)))
        .map((slot, i) => ({
          eventId: event.id,
          sessionId: sessionIds[slot.session] as string,
          // Out of the way of the kept ones; renumbered below.
          position: 1_000_000 + i,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
        })),
    );
    const all = await selectSlots(tx, event.id);
    const byKey = new Map(all.map((slot) => [key(slot.startsAt, slot.endsAt), slot]));
    await renumberSlots(
      tx,
      event.id,
      planned.map((slot) => ({
        id: (byKey.get(key(slot.startsAt, slot.endsAt)) as { id: string }).id,
        sessionId: sessionIds[slot.session] as string,
      })),
    );
    return affected.length + aboveTables;
  });
  return { ...(await getProgramme(ctx, event.id)), unplaced };
}

// ---------------------------------------------------------------------------------------
// Requests

async function presentRequests(
  ctx: ServiceContext,
  rows: { request: RequestRow; meetingId: string | null }[],
) {
  const people = await peopleRefs(
    ctx.db,
    rows.flatMap((row) => [row.request.requesterId, row.request.recipientId]),
  );
  return rows.map((row) => presentRequest(row.request, row.meetingId, people, ctx.actor));
}

async function requestView(ctx: ServiceContext, id: string): Promise<RequestView> {
  const request = await selectRequest(ctx.db, id);
  if (!request) throw notFound("Meeting request");
  const meeting = await selectMeetingByRequest(ctx.db, id);
  const [view] = await presentRequests(ctx, [{ request, meetingId: meeting?.id ?? null }]);
  return view as RequestView;
}

async function checkSession(db: Database, eventId: string, sessionId: string | null) {
  if (!sessionId) return;
  const sessions = await selectSessions(db, eventId);
  if (!sessions.some((s) => s.id === sessionId))
    throw invalid([
      { path: "body.sessionId", message: "is not a session of this edition's programme" },
    ]);
}

/** The participant's organization, and whether two people may meet (not colleagues). */
async function pairOf(
  db: Database,
  eventId: string,
  a: string,
  b: string,
  paths: [string, string],
) {
  if (a === b)
    throw invalid([{ path: paths[1], message: "is the same person; pick someone else" }]);
  const found = await selectParticipants(db, eventId, [a, b]);
  const first = found.find((p) => p.id === a);
  const second = found.find((p) => p.id === b);
  if (!first) throw invalid([{ path: paths[0], message: "does not take part in this edition" }]);
  if (!second) throw invalid([{ path: paths[1], message: "does not take part in this edition" }]);
  if (first.organization && first.organization.id === second.organization?.id)
    throw invalid([
      {
        path: paths[1],
        message: "is in the same organization; B2B meetings are between organizations",
      },
    ]);
  return [first, second] as const;
}

export async function requestMeeting(
  ctx: ActorContext,
  eventId: string,
  input: z.infer<typeof createRequestSchema>,
): Promise<RequestView> {
  const event = await findEdition(ctx, eventId);
  const participant = await isParticipant(ctx.db, event.id, ctx.actor.personId);
  if (!can(ctx.actor, "request", { event, participant }))
    throw forbidden(
      event.status !== "published"
        ? "This edition is not open"
        : "Register for the edition to request B2B meetings",
    );
  const programme = await requireProgramme(ctx.db, event.id);
  if (!programme.requestsOpen) throw conflict("The organizers have closed meeting requests");
  await checkSession(ctx.db, event.id, input.sessionId);
  const [, recipient] = await pairOf(ctx.db, event.id, ctx.actor.personId, input.recipientId, [
    "actor",
    "body.recipientId",
  ]);
  const { id, mails } = await ctx.db.transaction(async (tx) => {
    const request = await insertRequest(tx, {
      eventId: event.id,
      requesterId: ctx.actor.personId,
      recipientId: recipient.id,
      message: input.message,
      priority: input.priority,
      sessionId: input.sessionId,
      createdById: ctx.actor.personId,
      createdAt: ctx.clock.now(),
      updatedAt: ctx.clock.now(),
    });
    const mails = await notifyPeople(tx, [recipient.id], {
      kind: "meeting.requested",
      title: `${ctx.actor.name} asks to meet you at ${event.name}`,
      body: input.message,
      link: meetingsLink(event),
    });
    return { id: request.id, mails };
  });
  sendMails(ctx, mails);
  return requestView(ctx, id);
}

/** Lowest free table of a slot, or a conflict when every table is taken. */
async function freeTable(
  db: Database,
  programme: ProgrammeRow,
  slotId: string,
  wanted?: number | null,
) {
  const used = await selectTablesInUse(db, slotId);
  if (wanted) {
    if (wanted > programme.tableCount)
      throw invalid([
        { path: "body.tableNumber", message: `exceeds the ${programme.tableCount} tables` },
      ]);
    return wanted;
  }
  for (let table = 1; table <= programme.tableCount; table++) if (!used.has(table)) return table;
  throw conflict("Every table is taken in that slot; pick another");
}

async function requireSlot(db: Database, eventId: string, slotId: string, path: string) {
  const slot = (await selectSlots(db, eventId)).find((s) => s.id === slotId);
  if (!slot) throw invalid([{ path, message: "is not a slot of this edition's programme" }]);
  return slot;
}

/**
 * Creates the meeting of an accepted request and ties the two organizations into the deal
 * funnel, in the caller's transaction. Placed at once when a slot is given (the receiver's
 * pick, pinned: the scheduler leaves it there).
 */
async function createMeetingFor(
  tx: Database,
  request: RequestRow,
  parties: readonly [PersonRefWithOrg, PersonRefWithOrg],
  placement: { slotId: string; tableNumber: number; placedBy: "receiver" | "organizer" } | null,
  at: Date,
) {
  const [requester, recipient] = parties;
  const connectionId =
    requester.organization && recipient.organization
      ? await connectForMeeting(tx, {
          eventId: request.eventId,
          requesterOrganizationId: requester.organization.id,
          recipientOrganizationId: recipient.organization.id,
          requesterPersonId: requester.id,
          recipientPersonId: recipient.id,
          message: request.message,
          at,
        })
      : null;
  await updateRequest(tx, request.id, { connectionId, updatedAt: at });
  return insertMeeting(
    tx,
    {
      eventId: request.eventId,
      requestId: request.id,
      priority: PRIORITY_WEIGHT[request.priority],
      sessionId: request.sessionId,
      slotId: placement?.slotId ?? null,
      tableNumber: placement?.tableNumber ?? null,
      placedBy: placement?.placedBy ?? null,
      pinned: placement !== null,
      createdAt: at,
      updatedAt: at,
    },
    [requester.id, recipient.id],
  );
}
type PersonRefWithOrg = Awaited<ReturnType<typeof selectParticipants>>[number];

/**
 * Organizers match two participants from the recommendations (or their own knowledge):
 * the request is accepted on creation and both are told.
 */
export async function matchParticipants(
  ctx: ActorContext,
  eventId: string,
  input: z.infer<typeof createMatchSchema>,
): Promise<RequestView> {
  const event = await findEdition(ctx, eventId);
  requireOrganizer(ctx, event);
  await requireProgramme(ctx.db, event.id);
  await checkSession(ctx.db, event.id, input.sessionId);
  const [a, b] = input.personIds as [string, string];
  const parties = await pairOf(ctx.db, event.id, a, b, ["body.personIds.0", "body.personIds.1"]);
  const now = ctx.clock.now();
  const { id, mails } = await ctx.db.transaction(async (tx) => {
    const request = await insertRequest(tx, {
      eventId: event.id,
      requesterId: a,
      recipientId: b,
      message: input.message,
      priority: input.priority,
      sessionId: input.sessionId,
      status: "accepted",
      source: "organizer",
      createdById: ctx.actor.personId,
      respondedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await createMeetingFor(tx, request, parties, null, now);
    const mails = await notifyPeople(tx, [a, b], {
      kind: "meeting.matched",
      title: `The organizers of ${event.name} matched you for a B2B meeting`,
      body: `${parties[0].name} and ${parties[1].name}${input.message ? `: ${input.message}` : ""}`,
      link: meetingsLink(event),
    });
    return { id: request.id, mails };
  });
  sendMails(ctx, mails);
  return requestView(ctx, id);
}

export async function listRequests(
  ctx: ActorContext,
  eventId: string,
  query: { scope: "mine" | "all"; status?: RequestRow["status"] | undefined },
) {
  const event = await findEdition(ctx, eventId);
  if (query.scope === "all") requireOrganizer(ctx, event);
  const rows = await selectRequests(ctx.db, event.id, {
    ...(query.scope === "mine" ? { personId: ctx.actor.personId } : {}),
    ...(query.status ? { status: query.status } : {}),
  });
  return { items: await presentRequests(ctx, rows) };
}

/**
 * Answers a request (accept, decline), withdraws it, or cancels an accepted one, with the
 * request's row locked so both sides acting at once are served in turn. Accepting in a
 * receiver-picks programme needs a slot both are free in; the meeting lands there at the
 * lowest free table (the database refuses a double booking that slipped in meanwhile).
 */
export async function actOnRequest(ctx: ActorContext, id: string, input: RequestAction) {
  const now = ctx.clock.now();
  const { mails } = await ctx.db.transaction(async (tx) => {
    const request = await selectRequest(tx, id, true);
    const event = request ? await selectEventRow(tx, request.eventId) : null;
    const people = request ? [request.requesterId, request.recipientId] : [];
    if (!request || !event || !can(ctx.actor, "see-meeting", { event, people }))
      throw notFound("Meeting request");
    const title = (verb: string) => `${ctx.actor.name} ${verb} at ${event.name}`;
    switch (input.action) {
      case "accept":
      case "decline": {
        if (!can(ctx.actor, "respond", { event, recipientId: request.recipientId }))
          throw forbidden(`Only the person asked can ${input.action} a request`);
        if (request.status !== "pending")
          throw conflict(`Cannot ${input.action}: the request is ${request.status}`);
        if (input.action === "decline") {
          await updateRequest(tx, id, { status: "declined", respondedAt: now, updatedAt: now });
          return {
            mails: await notifyPeople(tx, [request.requesterId], {
              kind: "meeting.declined",
              title: title("declined your meeting request"),
              link: meetingsLink(event),
            }),
          };
        }
        const programme = await requireProgramme(tx, event.id);
        let placement: { slotId: string; tableNumber: number; placedBy: "receiver" } | null = null;
        if (programme.mode === "receiver-picks" && !input.slotId)
          throw invalid([{ path: "body.slotId", message: "pick one of the free slots to accept" }]);
        if (input.slotId) {
          const slot = await requireSlot(tx, event.id, input.slotId, "body.slotId");
          if (request.sessionId && slot.sessionId !== request.sessionId)
            throw invalid([
              { path: "body.slotId", message: "is outside the session the request asks for" },
            ]);
          const busy = await selectBusySlots(tx, event.id, people);
          if (busy.has(slot.id))
            throw conflict("One of you is not free in that slot; pick another");
          placement = {
            slotId: slot.id,
            tableNumber: await freeTable(tx, programme, slot.id),
            placedBy: "receiver",
          };
        }
        const parties = await selectParticipants(tx, event.id, people);
        const requester = parties.find((p) => p.id === request.requesterId);
        const recipient = parties.find((p) => p.id === request.recipientId);
        if (!requester || !recipient)
          throw conflict("One of you no longer takes part in this edition");
        await updateRequest(tx, id, { status: "accepted", respondedAt: now, updatedAt: now });
        await createMeetingFor(tx, request, [requester, recipient], placement, now);
        return {
          mails: await notifyPeople(tx, [request.requesterId], {
            kind: "meeting.accepted",
            title: title("accepted your meeting request"),
            link: meetingsLink(event),
          }),
        };
      }
      case "withdraw": {
        if (!can(ctx.actor, "withdraw", { event, requesterId: request.requesterId }))
          throw forbidden("Only the person who asked can withdraw a request");
        if (request.status !== "pending")
          throw conflict(`Cannot withdraw: the request is ${request.status}`);
        await updateRequest(tx, id, { status: "withdrawn", updatedAt: now });
        return { mails: [] };
      }
      case "cancel": {
        if (request.status !== "accepted")
          throw conflict(
            `Cannot cancel: the request is ${request.status}; only accepted meetings are cancelled`,
          );
        const meeting = await selectMeetingByRequest(tx, id);
        if (meeting && meeting.status !== "planned")
          throw conflict(`Cannot cancel: the meeting is already recorded as ${meeting.status}`);
        await updateRequest(tx, id, { status: "cancelled", updatedAt: now });
        if (meeting)
          await updateMeeting(tx, meeting.id, {
            status: "cancelled",
            slotId: null,
            tableNumber: null,
            pinned: false,
            placedBy: null,
            updatedAt: now,
          });
        return {
          mails: await notifyPeople(
            tx,
            people.filter((p) => p !== ctx.actor.personId),
            {
              kind: "meeting.cancelled",
              title: title("cancelled a B2B meeting"),
              link: meetingsLink(event),
            },
          ),
        };
      }
    }
  });
  sendMails(ctx, mails);
  return requestView(ctx, id);
}

/** Slots in which both people of a request are free and a table is left: what the receiver picks from. */
export async function freeSlotsFor(ctx: ActorContext, requestId: string) {
  const request = await selectRequest(ctx.db, requestId);
  const event = request ? await selectEventRow(ctx.db, request.eventId) : null;
  const people = request ? [request.requesterId, request.recipientId] : [];
  if (!request || !event || !can(ctx.actor, "see-meeting", { event, people }))
    throw notFound("Meeting request");
  const programme = await requireProgramme(ctx.db, event.id);
  const busy = await selectBusySlots(ctx.db, event.id, people);
  const perSlot = await countMeetingsPerSlot(ctx.db, event.id);
  const slots = await selectSlots(ctx.db, event.id);
  return {
    slots: slots
      .filter(
        (slot) =>
          !busy.has(slot.id) &&
          (perSlot.get(slot.id) ?? 0) < programme.tableCount &&
          (!request.sessionId || slot.sessionId === request.sessionId),
      )
      .map((slot) => presentSlot(slot, event.timeZone)),
  };
}

// ---------------------------------------------------------------------------------------
// Availability, meetings and agendas

export async function getAvailability(ctx: ActorContext, eventId: string) {
  const event = await findEdition(ctx, eventId);
  const rows = await selectUnavailability(ctx.db, event.id, ctx.actor.personId);
  return { unavailable: rows.map((row) => row.slotId) };
}

/**
 * Replaces the slots a participant cannot meet in. Refused while a planned meeting of
 * theirs sits in one of them: they cancel it or ask the organizers to move it first.
 */
export async function setAvailability(ctx: ActorContext, eventId: string, slotIds: string[]) {
  const event = await findEdition(ctx, eventId);
  if (!(await isParticipant(ctx.db, event.id, ctx.actor.personId)))
    throw forbidden("Register for the edition to mark your availability");
  const unique = [...new Set(slotIds)];
  await ctx.db.transaction(async (tx) => {
    const slots = new Map((await selectSlots(tx, event.id)).map((slot) => [slot.id, slot]));
    const issues = unique.flatMap((slotId, i) =>
      slots.has(slotId)
        ? []
        : [{ path: `body.unavailable.${i}`, message: "is not a slot of this edition" }],
    );
    if (issues.length > 0) throw invalid(issues);
    const mine = await selectMeetings(tx, event.id, {
      personId: ctx.actor.personId,
      activeOnly: true,
    });
    const clash = mine.find((row) => row.meeting.slotId && unique.includes(row.meeting.slotId));
    if (clash) {
      const slot = slots.get(clash.meeting.slotId as string);
      throw conflict(
        `You have a meeting in the slot at ${slot ? presentSlot(slot, event.timeZone).starts : "that time"} on ${slot ? presentSlot(slot, event.timeZone).day : ""}; cancel it or ask the organizers to move it first`,
        { meetingId: clash.meeting.id },
      );
    }
    await replaceUnavailability(tx, event.id, ctx.actor.personId, unique);
  });
  return getAvailability(ctx, event.id);
}

async function presentMeetings(
  db: Database,
  event: EditionRow,
  rows: MeetingWithAttendees[],
  locationKind: ProgrammeRow["locationKind"],
): Promise<MeetingView[]> {
  const slots = await slotViews(db, event);
  const people = await peopleRefs(
    db,
    rows.flatMap((row) => row.attendees),
  );
  return rows
    .map((row) => presentMeeting(row, slots.byId, people, locationKind))
    .sort(
      (a, b) =>
        (a.slot?.position ?? Number.MAX_SAFE_INTEGER) -
          (b.slot?.position ?? Number.MAX_SAFE_INTEGER) ||
        (a.tableNumber ?? 0) - (b.tableNumber ?? 0) ||
        a.id.localeCompare(b.id),
    );
}

async function meetingView(ctx: ServiceContext, eventId: string, meetingId: string) {
  const event = await findEdition(ctx, eventId);
  const programme = await requireProgramme(ctx.db, eventId);
  const rows = (await selectMeetings(ctx.db, eventId)).filter(
    (row) => row.meeting.id === meetingId,
  );
  const [view] = await presentMeetings(ctx.db, event, rows, programme.locationKind);
  return view as MeetingView;
}

/** Every meeting of an edition, placed or not: the organizer's console and table signage. */
export async function listMeetings(ctx: ActorContext, eventId: string) {
  const event = await findEdition(ctx, eventId);
  requireOrganizer(ctx, event);
  const programme = await requireProgramme(ctx.db, event.id);
  const rows = await selectMeetings(ctx.db, event.id, { activeOnly: true });
  return { items: await presentMeetings(ctx.db, event, rows, programme.locationKind) };
}

/** A person's agenda at an edition: their meetings in time order, then those not yet placed. */
export async function getAgenda(ctx: ServiceContext, eventId: string, personId: string) {
  const event = await findEdition(ctx, eventId);
  const programme = await requireProgramme(ctx.db, event.id);
  const rows = await selectMeetings(ctx.db, event.id, { personId, activeOnly: true });
  const [person] = await selectPeopleRefs(ctx.db, [personId]);
  const unavailable = await selectUnavailability(ctx.db, event.id, personId);
  return {
    event: { id: event.id, slug: event.slug, name: event.name, timeZone: event.timeZone },
    person: person ?? { id: personId, name: "", organization: null },
    published: programme.publishedAt !== null,
    meetings: await presentMeetings(ctx.db, event, rows, programme.locationKind),
    unavailable: unavailable.map((row) => row.slotId),
    venue: event.venue,
  };
}

/**
 * Organizers place a meeting by hand (pinned: the scheduler keeps it there) or take it off
 * the grid. The database refuses a double booking or a taken table, whoever wrote first.
 */
export async function placeMeeting(
  ctx: ActorContext,
  meetingId: string,
  input: z.infer<typeof placeMeetingSchema>,
) {
  const now = ctx.clock.now();
  const eventId = await ctx.db.transaction(async (tx) => {
    const meeting = await selectMeeting(tx, meetingId, true);
    const event = meeting ? await selectEventRow(tx, meeting.eventId) : null;
    if (!meeting || !event) throw notFound("Meeting");
    requireOrganizer(ctx, event);
    if (meeting.status === "cancelled") throw conflict("The meeting is cancelled");
    if (!input.slotId) {
      await unplaceMeetings(tx, [meeting.id], now);
      return event.id;
    }
    const programme = await requireProgramme(tx, event.id);
    const slot = await requireSlot(tx, event.id, input.slotId, "body.slotId");
    if (meeting.sessionId && slot.sessionId !== meeting.sessionId)
      throw invalid([
        { path: "body.slotId", message: "is outside the session the meeting asks for" },
      ]);
    const attendees = await selectAttendeeIds(tx, meeting.id);
    const unavailable = (await selectUnavailability(tx, event.id)).filter(
      (row) => row.slotId === slot.id && attendees.includes(row.personId),
    );
    if (unavailable.length > 0) {
      const names = await peopleRefs(
        tx,
        unavailable.map((row) => row.personId),
      );
      throw conflict(
        `${[...names.values()].map((p) => p.name).join(", ")} marked that slot unavailable`,
      );
    }
    const tableNumber =
      meeting.slotId === slot.id && !input.tableNumber
        ? (meeting.tableNumber as number)
        : await freeTable(tx, programme, slot.id, input.tableNumber);
    await updateMeeting(tx, meeting.id, {
      slotId: slot.id,
      tableNumber,
      pinned: input.pinned,
      placedBy: "organizer",
      updatedAt: now,
    });
    return event.id;
  });
  return meetingView(ctx, eventId, meetingId);
}

/**
 * "The meeting happened" or "they did not show up", by one of its attendees once its slot
 * has begun. A held meeting is the deal funnel's "met" step for the two organizations.
 */
export async function recordOutcome(
  ctx: ActorContext,
  meetingId: string,
  outcome: "happened" | "no-show",
) {
  const now = ctx.clock.now();
  const { eventId, mails } = await ctx.db.transaction(async (tx) => {
    const meeting = await selectMeeting(tx, meetingId, true);
    const event = meeting ? await selectEventRow(tx, meeting.eventId) : null;
    const attendees = meeting ? await selectAttendeeIds(tx, meeting.id) : [];
    if (!meeting || !event || !can(ctx.actor, "see-meeting", { event, people: attendees }))
      throw notFound("Meeting");
    if (!can(ctx.actor, "record-outcome", { event, people: attendees }))
      throw forbidden("Only the people in a meeting record whether it happened");
    if (meeting.status === "cancelled") throw conflict("The meeting is cancelled");
    const slot = meeting.slotId
      ? (await selectSlots(tx, event.id)).find((s) => s.id === meeting.slotId)
      : undefined;
    if (!slot) throw conflict("The meeting has no time yet");
    if (slot.startsAt > now) throw conflict("The meeting has not begun yet");
    await updateMeeting(tx, meeting.id, {
      status: outcome,
      outcomeById: ctx.actor.personId,
      outcomeAt: now,
      updatedAt: now,
    });
    const request = meeting.requestId ? await selectRequest(tx, meeting.requestId) : null;
    const mails =
      outcome === "happened" && request?.connectionId && ctx.actor.organizationId
        ? await recordMeetingHeld(tx, request.connectionId, {
            byPersonId: ctx.actor.personId,
            byOrganizationId: ctx.actor.organizationId,
            meetingOn: presentSlot(slot, event.timeZone).day,
            at: now,
          })
        : [];
    return { eventId: event.id, mails };
  });
  sendMails(ctx, mails);
  return meetingView(ctx, eventId, meetingId);
}

// ---------------------------------------------------------------------------------------
// Calendars

const feedHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new secret feed address for the caller's agenda; the previous one stops working. */
export async function createCalendarFeed(ctx: ActorContext, eventId: string) {
  const event = await findEdition(ctx, eventId);
  const token = `cmf_${randomBytes(24).toString("base64url")}`;
  await upsertCalendarFeed(ctx.db, {
    personId: ctx.actor.personId,
    eventId: event.id,
    tokenHash: feedHash(token),
    createdAt: ctx.clock.now(),
  });
  return { url: `/api/v1/calendar-feeds/${token}.ics` };
}

/** Whose agenda a feed token opens (it carries no other right). */
export async function resolveCalendarFeed(ctx: ServiceContext, token: string) {
  const feed = await selectCalendarFeed(ctx.db, feedHash(token));
  if (!feed) throw notFound("Calendar feed");
  return feed;
}

// ---------------------------------------------------------------------------------------
// Suggestions

/**
 * Pairs of participants worth matching: organizations present at the edition whose
 * challenges and solutions the match engine ranks highest together, without an open
 * request between their people yet. Organizers create matches from these.
 */
export async function suggestMatches(ctx: ActorContext, eventId: string, limit: number) {
  const event = await findEdition(ctx, eventId);
  requireOrganizer(ctx, event);
  const participants = await selectParticipants(ctx.db, event.id);
  const byOrganization = new Map<string, PersonRefWithOrg[]>();
  for (const person of participants) {
    if (!person.organization) continue;
    byOrganization.set(person.organization.id, [
      ...(byOrganization.get(person.organization.id) ?? []),
      person,
    ]);
  }
  const open = new Set(
    (await selectRequests(ctx.db, event.id, {}))
      .filter((row) => row.request.status === "pending" || row.request.status === "accepted")
      .flatMap((row) => [
        `${row.request.requesterId}|${row.request.recipientId}`,
        `${row.request.recipientId}|${row.request.requesterId}`,
      ]),
  );
  const pairs = await selectEditionPairs(ctx.db, event.id, limit * 3);
  const items = pairs.flatMap((pair) => {
    const city = byOrganization.get(pair.cityOrganizationId)?.[0];
    const provider = byOrganization.get(pair.providerOrganizationId)?.[0];
    if (!city || !provider || open.has(`${city.id}|${provider.id}`)) return [];
    return [
      {
        people: [city, provider],
        score: pair.score,
        challenge: pair.challenge,
        solution: pair.solution,
      },
    ];
  });
  return { items: items.slice(0, limit) };
}
