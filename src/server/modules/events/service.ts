import { firstFreeSlug, slugify } from "../../../core/text/slugify.ts";
import { events, people } from "../../db/schema/index.ts";
import type { ActorContext, ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, invalid, notFound } from "../../http/errors.ts";
import { type Page, parseSort, toPage } from "../../http/pagination.ts";
import { idOrSlugKey } from "../../http/reference.ts";
import { can } from "./policy.ts";
import { presentEvent, presentParticipation } from "./presenter.ts";
import {
  countParticipantsByRole,
  deleteEventRow,
  deleteParticipationRow,
  type EventInsert,
  type EventRow,
  eventSlugTaken,
  insertEvent,
  insertParticipation,
  selectCityTimeZone,
  selectEvent,
  selectEventsPage,
  selectParticipation,
  selectParticipationsPage,
  selectRolesOf,
  updateEventRow,
} from "./queries.ts";
import type {
  CreateEventInput,
  CreateParticipationInput,
  EventDetailResponse,
  EventResponse,
  ListEventsQuery,
  ListParticipationsQuery,
  ParticipationResponse,
  UpdateEventInput,
} from "./schema.ts";

const eventSortColumns = {
  startsOn: { column: events.startsOn, key: "startsOn" },
  name: { column: events.name, key: "name" },
};
const participationSortColumns = { name: { column: people.name, key: "name" } };

export async function listEvents(
  ctx: ServiceContext,
  query: ListEventsQuery,
): Promise<Page<EventResponse>> {
  const sort = parseSort(query.sort, eventSortColumns);
  const { rows, total } = await selectEventsPage(
    ctx.db,
    { status: query.status, cityId: query.city },
    { allDrafts: Boolean(ctx.actor?.platformAdmin), draftsOf: ctx.actor?.organizerOf ?? [] },
    sort,
    query.cursor,
    query.limit,
  );
  return toPage(rows, query.limit, total, sort, presentEvent);
}

async function findEvent(ctx: ServiceContext, idOrSlug: string): Promise<EventRow> {
  const row = await selectEvent(ctx.db, idOrSlugKey(idOrSlug));
  // A draft the caller may not see does not exist for them.
  if (!row || !can(ctx.actor, "see", row)) throw notFound("Event");
  return row;
}

export async function getEvent(
  ctx: ServiceContext,
  idOrSlug: string,
): Promise<EventDetailResponse> {
  const row = await findEvent(ctx, idOrSlug);
  const [counts, myRoles] = await Promise.all([
    countParticipantsByRole(ctx.db, row.id),
    ctx.actor ? selectRolesOf(ctx.db, row.id, ctx.actor.personId) : [],
  ]);
  return {
    ...presentEvent(row),
    participantCounts: Object.fromEntries(counts.map((c) => [c.role, c.participants])),
    canEdit: can(ctx.actor, "edit", row),
    myRoles,
  };
}

export async function createEvent(
  ctx: ActorContext,
  input: CreateEventInput,
): Promise<EventDetailResponse> {
  if (!can(ctx.actor, "create")) throw forbidden();
  const id = await ctx.db.transaction(async (tx) => {
    const timeZone = input.timeZone ?? (await selectCityTimeZone(tx, input.hostCityId));
    if (!timeZone) throw invalid([{ path: "body.hostCityId", message: "no such city" }]);
    const slug =
      input.slug ?? (await firstFreeSlug(slugify(input.name), (s) => eventSlugTaken(tx, s)));
    const values: EventInsert = {
      ...input,
      slug,
      timeZone,
      venue: input.venue ?? "",
      description: input.description ?? "",
      website: input.website ?? null,
      status: input.status ?? "draft",
    };
    return insertEvent(tx, values);
  });
  return getEvent(ctx, id);
}

export async function updateEvent(
  ctx: ActorContext,
  id: string,
  input: UpdateEventInput,
): Promise<EventDetailResponse> {
  const current = await findEvent(ctx, id);
  if (!can(ctx.actor, "edit", current)) throw forbidden();
  const startsOn = input.startsOn ?? current.startsOn;
  const endsOn = input.endsOn ?? current.endsOn;
  if (endsOn < startsOn) {
    throw invalid([{ path: "body.endsOn", message: "must not be before startsOn" }]);
  }
  await updateEventRow(ctx.db, current.id, input);
  return getEvent(ctx, current.id);
}

export async function deleteEvent(ctx: ActorContext, id: string): Promise<void> {
  if (!can(ctx.actor, "delete")) throw forbidden();
  if (!(await deleteEventRow(ctx.db, id))) throw notFound("Event");
}

export async function listParticipations(
  ctx: ActorContext,
  eventId: string,
  query: ListParticipationsQuery,
): Promise<Page<ParticipationResponse>> {
  const event = await findEvent(ctx, eventId);
  if (!can(ctx.actor, "see-participants", event)) throw forbidden();
  const sort = parseSort(query.sort, participationSortColumns);
  const { rows, total } = await selectParticipationsPage(
    ctx.db,
    event.id,
    query.role,
    sort,
    query.cursor,
    query.limit,
  );
  return toPage(rows, query.limit, total, sort, presentParticipation);
}

export async function addParticipation(
  ctx: ActorContext,
  eventId: string,
  input: CreateParticipationInput,
): Promise<ParticipationResponse> {
  const event = await findEvent(ctx, eventId);
  if (!can(ctx.actor, "manage-participants", event)) throw forbidden();
  // Appointing organizers hands over the edition: a platform admin's decision.
  if (input.role === "organizer" && !ctx.actor.platformAdmin) {
    throw forbidden("Only platform administrators appoint organizers");
  }
  const id = await insertParticipation(ctx.db, {
    eventId: event.id,
    personId: input.personId,
    role: input.role,
    organizationId: input.organizationId ?? null,
  });
  return getParticipation(ctx, id);
}

export async function registerForEvent(
  ctx: ActorContext,
  eventId: string,
  role: "visitor" | "delegate",
): Promise<ParticipationResponse> {
  const event = await findEvent(ctx, eventId);
  if (!can(ctx.actor, "register", event)) {
    throw new AppError("conflict", "Registration is open only for published editions");
  }
  const id = await insertParticipation(ctx.db, {
    eventId: event.id,
    personId: ctx.actor.personId,
    role,
    organizationId: ctx.actor.organizationId,
  });
  return getParticipation(ctx, id);
}

async function getParticipation(ctx: ServiceContext, id: string) {
  const row = await selectParticipation(ctx.db, id);
  if (!row) throw notFound("Participation");
  return presentParticipation(row);
}

export async function removeParticipation(
  ctx: ActorContext,
  eventId: string,
  participationId: string,
): Promise<void> {
  const event = await findEvent(ctx, eventId);
  const participation = await selectParticipation(ctx.db, participationId);
  if (!participation || participation.eventId !== event.id) throw notFound("Participation");
  const ownNonOrganizerRole =
    participation.personId === ctx.actor.personId && participation.role !== "organizer";
  if (!ownNonOrganizerRole && !can(ctx.actor, "manage-participants", event)) throw forbidden();
  if (participation.role === "organizer" && !ctx.actor.platformAdmin) {
    throw forbidden("Only platform administrators remove organizers");
  }
  await deleteParticipationRow(ctx.db, participationId);
}
