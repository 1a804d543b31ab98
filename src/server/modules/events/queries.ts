import { and, count, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { cities, events, organizations, participations, people } from "../../db/schema/index.ts";
import { afterCursor, type KeysetSort, orderByKeyset } from "../../http/pagination.ts";

export type EventInsert = typeof events.$inferInsert;

const eventColumns = {
  id: events.id,
  slug: events.slug,
  name: events.name,
  venue: events.venue,
  startsOn: events.startsOn,
  endsOn: events.endsOn,
  timeZone: events.timeZone,
  status: events.status,
  description: events.description,
  website: events.website,
  hostCityId: cities.id,
  hostCitySlug: cities.slug,
  hostCityName: cities.name,
  hostCityCountry: cities.country,
};
export interface EventRow {
  id: string;
  slug: string;
  name: string;
  venue: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  status: "draft" | "published" | "archived";
  description: string;
  website: string | null;
  hostCityId: string;
  hostCitySlug: string;
  hostCityName: string;
  hostCityCountry: string;
}

export interface EventVisibility {
  /** Drafts are seen by platform admins and by the organizers of the draft. */
  allDrafts: boolean;
  draftsOf: string[];
}

function visibleEvents(visibility: EventVisibility): SQL | undefined {
  if (visibility.allDrafts) return undefined;
  const published = sql`${events.status} <> 'draft'`;
  return visibility.draftsOf.length > 0
    ? or(published, inArray(events.id, visibility.draftsOf))
    : published;
}

export async function selectEventsPage(
  db: Database,
  filter: { status?: EventRow["status"] | undefined; cityId?: string | undefined },
  visibility: EventVisibility,
  sort: KeysetSort,
  cursor: string | undefined,
  limit: number,
) {
  const where = and(
    visibleEvents(visibility),
    filter.status ? eq(events.status, filter.status) : undefined,
    filter.cityId ? eq(events.hostCityId, filter.cityId) : undefined,
  );
  const rows = await db
    .select(eventColumns)
    .from(events)
    .innerJoin(cities, eq(cities.id, events.hostCityId))
    .where(and(where, afterCursor(sort, events.id, cursor)))
    .orderBy(...orderByKeyset(sort, events.id))
    .limit(limit + 1);
  const [totals] = await db.select({ total: count() }).from(events).where(where);
  return { rows: rows as EventRow[], total: totals?.total ?? 0 };
}

export async function selectEvent(db: Database, where: { id: string } | { slug: string }) {
  const [row] = await db
    .select(eventColumns)
    .from(events)
    .innerJoin(cities, eq(cities.id, events.hostCityId))
    .where("id" in where ? eq(events.id, where.id) : eq(events.slug, where.slug));
  return (row as EventRow | undefined) ?? null;
}

export async function selectCityTimeZone(db: Database, cityId: string) {
  const [row] = await db
    .select({ timeZone: cities.timeZone })
    .from(cities)
    .where(eq(cities.id, cityId));
  return row?.timeZone ?? null;
}

export async function eventSlugTaken(db: Database, slug: string) {
  const [row] = await db.select({ id: events.id }).from(events).where(eq(events.slug, slug));
  return Boolean(row);
}

export async function insertEvent(db: Database, values: EventInsert) {
  const [row] = await db.insert(events).values(values).returning({ id: events.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function updateEventRow(db: Database, id: string, values: Partial<EventInsert>) {
  await db
    .update(events)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(events.id, id));
}

export async function deleteEventRow(db: Database, id: string) {
  const rows = await db.delete(events).where(eq(events.id, id)).returning({ id: events.id });
  return rows.length > 0;
}

export async function countParticipantsByRole(db: Database, eventId: string) {
  return db
    .select({ role: participations.role, participants: count() })
    .from(participations)
    .where(eq(participations.eventId, eventId))
    .groupBy(participations.role);
}

export async function selectRolesOf(db: Database, eventId: string, personId: string) {
  const rows = await db
    .select({ role: participations.role })
    .from(participations)
    .where(and(eq(participations.eventId, eventId), eq(participations.personId, personId)));
  return rows.map((row) => row.role);
}

const participationColumns = {
  id: participations.id,
  eventId: participations.eventId,
  role: participations.role,
  organizationId: participations.organizationId,
  createdAt: participations.createdAt,
  personId: people.id,
  name: people.name,
  personTitle: people.title,
  organizationName: organizations.name,
};
export type ParticipationRow = {
  id: string;
  eventId: string;
  role: (typeof participations.$inferSelect)["role"];
  organizationId: string | null;
  createdAt: Date;
  personId: string;
  name: string;
  personTitle: string | null;
  organizationName: string | null;
};

/** Participations with their person, and the organization they represent (or belong to). */
function selectParticipationsWithPeople(db: Database) {
  return db
    .select(participationColumns)
    .from(participations)
    .innerJoin(people, eq(people.id, participations.personId))
    .leftJoin(
      organizations,
      eq(
        organizations.id,
        sql`coalesce(${participations.organizationId}, ${people.organizationId})`,
      ),
    );
}

export async function selectParticipationsPage(
  db: Database,
  eventId: string,
  role: ParticipationRow["role"] | undefined,
  sort: KeysetSort,
  cursor: string | undefined,
  limit: number,
) {
  const where = and(
    eq(participations.eventId, eventId),
    role ? eq(participations.role, role) : undefined,
  );
  const rows = await selectParticipationsWithPeople(db)
    .where(and(where, afterCursor(sort, participations.id, cursor)))
    .orderBy(...orderByKeyset(sort, participations.id))
    .limit(limit + 1);
  const [totals] = await db.select({ total: count() }).from(participations).where(where);
  return { rows: rows as ParticipationRow[], total: totals?.total ?? 0 };
}

export async function selectParticipation(db: Database, id: string) {
  const [row] = await selectParticipationsWithPeople(db).where(eq(participations.id, id));
  return (row as ParticipationRow | undefined) ?? null;
}

export async function insertParticipation(
  db: Database,
  values: typeof participations.$inferInsert,
) {
  const [row] = await db.insert(participations).values(values).returning({ id: participations.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function deleteParticipationRow(db: Database, id: string) {
  await db.delete(participations).where(eq(participations.id, id));
}
