import { and, asc, desc, eq, inArray, isNotNull, ne, or, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import {
  calendarFeeds,
  events,
  meetingAttendees,
  meetingProgrammes,
  meetingRequests,
  meetingScheduleRuns,
  meetingSessions,
  meetingSlots,
  meetings,
  meetingUnavailability,
  notifications,
  organizations,
  participations,
  people,
} from "../../db/schema/index.ts";

type Row = Record<string, unknown>;
async function rows(db: Database, statement: ReturnType<typeof sql>): Promise<Row[]> {
  return ((await db.execute(statement)) as unknown as { rows: Row[] }).rows;
}

export type ProgrammeRow = typeof meetingProgrammes.$inferSelect;
export type SessionRow = typeof meetingSessions.$inferSelect;
export type SlotRow = typeof meetingSlots.$inferSelect;
export type RequestRow = typeof meetingRequests.$inferSelect;
export type MeetingRow = typeof meetings.$inferSelect;
export type RunRow = typeof meetingScheduleRuns.$inferSelect;

export async function selectEventRow(db: Database, id: string) {
  const [row] = await db
    .select({
      id: events.id,
      slug: events.slug,
      name: events.name,
      status: events.status,
      timeZone: events.timeZone,
      venue: events.venue,
      startsOn: events.startsOn,
      endsOn: events.endsOn,
    })
    .from(events)
    .where(eq(events.id, id));
  return row ?? null;
}

export async function selectProgramme(db: Database, eventId: string, forUpdate = false) {
  const query = db.select().from(meetingProgrammes).where(eq(meetingProgrammes.eventId, eventId));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

export async function upsertProgramme(db: Database, values: typeof meetingProgrammes.$inferInsert) {
  await db
    .insert(meetingProgrammes)
    .values(values)
    .onConflictDoUpdate({
      target: meetingProgrammes.eventId,
      set: {
        tableCount: values.tableCount,
        locationKind: values.locationKind,
        slotMinutes: values.slotMinutes,
        mode: values.mode,
        requestsOpen: values.requestsOpen,
        fairness: values.fairness,
        updatedAt: values.updatedAt,
      },
    });
}

export async function setProgrammePublished(db: Database, eventId: string, at: Date) {
  await db
    .update(meetingProgrammes)
    .set({ publishedAt: at, updatedAt: at })
    .where(eq(meetingProgrammes.eventId, eventId));
}

export async function selectSessions(db: Database, eventId: string) {
  return db
    .select()
    .from(meetingSessions)
    .where(eq(meetingSessions.eventId, eventId))
    .orderBy(asc(meetingSessions.day), asc(meetingSessions.starts));
}

export async function deleteSessionRows(db: Database, ids: string[]) {
  if (ids.length > 0) await db.delete(meetingSessions).where(inArray(meetingSessions.id, ids));
}

export async function insertSessionRow(db: Database, values: typeof meetingSessions.$inferInsert) {
  const [row] = await db.insert(meetingSessions).values(values).returning();
  if (!row) throw new Error("session not inserted");
  return row;
}

export async function updateSessionRow(
  db: Database,
  id: string,
  values: Partial<typeof meetingSessions.$inferInsert>,
) {
  await db.update(meetingSessions).set(values).where(eq(meetingSessions.id, id));
}

export async function selectSlots(db: Database, eventId: string) {
  return db
    .select()
    .from(meetingSlots)
    .where(eq(meetingSlots.eventId, eventId))
    .orderBy(asc(meetingSlots.position));
}

export async function deleteSlotRows(db: Database, ids: string[]) {
  if (ids.length > 0) await db.delete(meetingSlots).where(inArray(meetingSlots.id, ids));
}

/** Positions move out of the way first, so renumbering never trips the unique position. */
export async function renumberSlots(
  db: Database,
  eventId: string,
  order: { id: string; sessionId: string }[],
) {
  await db
    .update(meetingSlots)
    .set({ position: sql`-1 - ${meetingSlots.position}` })
    .where(eq(meetingSlots.eventId, eventId));
  for (const [position, slot] of order.entries()) {
    await db
      .update(meetingSlots)
      .set({ position, sessionId: slot.sessionId })
      .where(eq(meetingSlots.id, slot.id));
  }
}

export async function insertSlotRows(db: Database, values: (typeof meetingSlots.$inferInsert)[]) {
  if (values.length > 0) await db.insert(meetingSlots).values(values);
}

/** Placed meetings in the given slots (they must be unplaced before the slots go). */
export async function selectMeetingsInSlots(db: Database, slotIds: string[]) {
  if (slotIds.length === 0) return [];
  return db.select().from(meetings).where(inArray(meetings.slotId, slotIds));
}

export async function countMeetingsAboveTable(db: Database, eventId: string, tableCount: number) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(meetings)
    .where(and(eq(meetings.eventId, eventId), sql`${meetings.tableNumber} > ${tableCount}`));
  return row?.n ?? 0;
}

export async function unplaceMeetings(db: Database, ids: string[], at: Date) {
  if (ids.length === 0) return;
  await db
    .update(meetings)
    .set({ slotId: null, tableNumber: null, placedBy: null, pinned: false, updatedAt: at })
    .where(inArray(meetings.id, ids));
}

/** Rows per statement when placing a schedule: 3 parameters each, well under 65,535. */
const PLACE_BATCH = 2000;

/**
 * Writes a schedule's placements as the scheduler's, a batch of rows per UPDATE rather
 * than one statement per meeting (a large event publishes 20,000). The meetings must be
 * off the grid first (`unplaceMeetings`): each row is then checked against the slot and
 * table constraints as it lands, and every intermediate state is part of the final one.
 */
export async function placeMeetings(
  db: Database,
  placements: { meetingId: string; slotId: string; tableNumber: number }[],
  at: Date,
  batch = PLACE_BATCH,
) {
  for (let start = 0; start < placements.length; start += batch) {
    const values = placements
      .slice(start, start + batch)
      .map((p) => sql`(${p.meetingId}::uuid, ${p.slotId}::uuid, ${p.tableNumber}::integer)`);
    await db.execute(
      sql`UPDATE meetings AS m
             SET slot_id = v.slot_id, table_number = v.table_number,
                 placed_by = 'scheduler', updated_at = ${at}
            FROM (VALUES ${sql.join(values, sql`, `)}) AS v(id, slot_id, table_number)
           WHERE m.id = v.id`,
    );
  }
}

/** People taking part in an edition (any role but organizer), with their organization. */
export async function selectParticipants(db: Database, eventId: string, personIds?: string[]) {
  const result = await rows(
    db,
    sql`SELECT DISTINCT ON (p.id) p.id, p.name, o.id AS organization_id, o.name AS organization_name
          FROM participations pa
          JOIN people p ON p.id = pa.person_id
          LEFT JOIN organizations o ON o.id = coalesce(pa.organization_id, p.organization_id)
         WHERE pa.event_id = ${eventId} AND pa.role <> 'organizer'
           ${personIds ? sql`AND p.id = ANY(${`{${personIds.join(",")}}`}::uuid[])` : sql``}
         ORDER BY p.id, pa.organization_id NULLS LAST`,
  );
  return result.map((row) => ({
    id: String(row.id),
    name: String(row.name),
    organization: row.organization_id
      ? { id: String(row.organization_id), name: String(row.organization_name) }
      : null,
  }));
}
export type ParticipantRow = Awaited<ReturnType<typeof selectParticipants>>[number];

/** People by id with the organization they belong to (for names of people no longer present). */
export async function selectPeopleRefs(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  const found = await db
    .select({
      id: people.id,
      name: people.name,
      organizationId: organizations.id,
      organizationName: organizations.name,
    })
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(inArray(people.id, ids));
  return found.map((row) => ({
    id: row.id,
    name: row.name,
    organization:
      row.organizationId && row.organizationName
        ? { id: row.organizationId, name: row.organizationName }
        : null,
  }));
}

export async function isParticipant(db: Database, eventId: string, personId: string) {
  const [row] = await db
    .select({ id: participations.id })
    .from(participations)
    .where(
      and(
        eq(participations.eventId, eventId),
        eq(participations.personId, personId),
        ne(participations.role, "organizer"),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export async function insertRequest(db: Database, values: typeof meetingRequests.$inferInsert) {
  const [row] = await db.insert(meetingRequests).values(values).returning();
  if (!row) throw new Error("request not inserted");
  return row;
}

export async function selectRequest(db: Database, id: string, forUpdate = false) {
  const query = db.select().from(meetingRequests).where(eq(meetingRequests.id, id));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

export async function updateRequest(
  db: Database,
  id: string,
  values: Partial<typeof meetingRequests.$inferInsert>,
) {
  await db.update(meetingRequests).set(values).where(eq(meetingRequests.id, id));
}

export async function selectRequests(
  db: Database,
  eventId: string,
  filter: { personId?: string; status?: RequestRow["status"] },
) {
  return db
    .select({ request: meetingRequests, meetingId: meetings.id })
    .from(meetingRequests)
    .leftJoin(meetings, eq(meetings.requestId, meetingRequests.id))
    .where(
      and(
        eq(meetingRequests.eventId, eventId),
        filter.personId
          ? or(
              eq(meetingRequests.requesterId, filter.personId),
              eq(meetingRequests.recipientId, filter.personId),
            )
          : undefined,
        filter.status ? eq(meetingRequests.status, filter.status) : undefined,
      ),
    )
    .orderBy(desc(meetingRequests.createdAt), desc(meetingRequests.id));
}

export async function insertMeeting(
  db: Database,
  values: typeof meetings.$inferInsert,
  attendeeIds: string[],
) {
  const [row] = await db.insert(meetings).values(values).returning();
  if (!row) throw new Error("meeting not inserted");
  await db
    .insert(meetingAttendees)
    .values(attendeeIds.map((personId) => ({ meetingId: row.id, personId })));
  return row;
}

export async function selectMeeting(db: Database, id: string, forUpdate = false) {
  const query = db.select().from(meetings).where(eq(meetings.id, id));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

export async function selectMeetingByRequest(db: Database, requestId: string) {
  const [row] = await db.select().from(meetings).where(eq(meetings.requestId, requestId));
  return row ?? null;
}

export async function updateMeeting(
  db: Database,
  id: string,
  values: Partial<typeof meetings.$inferInsert>,
) {
  await db.update(meetings).set(values).where(eq(meetings.id, id));
}

/** An edition's meetings (all, or those a person attends) with their attendees' ids. */
export async function selectMeetings(
  db: Database,
  eventId: string,
  filter: { personId?: string; activeOnly?: boolean } = {},
) {
  const found = await db
    .select({
      meeting: meetings,
      message: meetingRequests.message,
      attendees: sql<
        string[]
      >`array(SELECT a.person_id FROM meeting_attendees a WHERE a.meeting_id = ${meetings.id} ORDER BY a.person_id)`,
    })
    .from(meetings)
    .leftJoin(meetingRequests, eq(meetingRequests.id, meetings.requestId))
    .where(
      and(
        eq(meetings.eventId, eventId),
        filter.activeOnly ? ne(meetings.status, "cancelled") : undefined,
        filter.personId
          ? sql`EXISTS (SELECT 1 FROM meeting_attendees a WHERE a.meeting_id = ${meetings.id} AND a.person_id = ${filter.personId})`
          : undefined,
      ),
    )
    .orderBy(asc(meetings.createdAt), asc(meetings.id));
  return found.map((row) => ({ ...row, message: row.message ?? "" }));
}
export type MeetingWithAttendees = Awaited<ReturnType<typeof selectMeetings>>[number];

export async function selectAttendeeIds(db: Database, meetingId: string) {
  const found = await db
    .select({ personId: meetingAttendees.personId })
    .from(meetingAttendees)
    .where(eq(meetingAttendees.meetingId, meetingId));
  return found.map((row) => row.personId);
}

/** Slots in which any of these people already meet, or are unavailable, with who. */
export async function selectBusySlots(db: Database, eventId: string, personIds: string[]) {
  const list = `{${personIds.join(",")}}`;
  const result = await rows(
    db,
    sql`SELECT a.slot_id FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
         WHERE m.event_id = ${eventId} AND a.slot_id IS NOT NULL AND a.person_id = ANY(${list}::uuid[])
        UNION
        SELECT u.slot_id FROM meeting_unavailability u
         WHERE u.event_id = ${eventId} AND u.person_id = ANY(${list}::uuid[])`,
  );
  return new Set(result.map((row) => String(row.slot_id)));
}

export async function selectTablesInUse(db: Database, slotId: string) {
  const found = await db
    .select({ table: meetings.tableNumber })
    .from(meetings)
    .where(and(eq(meetings.slotId, slotId), isNotNull(meetings.tableNumber)));
  return new Set(found.map((row) => row.table as number));
}

export async function countMeetingsPerSlot(db: Database, eventId: string) {
  const found = await db
    .select({ slotId: meetings.slotId, n: sql<number>`count(*)::int` })
    .from(meetings)
    .where(and(eq(meetings.eventId, eventId), isNotNull(meetings.slotId)))
    .groupBy(meetings.slotId);
  return new Map(found.map((row) => [row.slotId as string, row.n]));
}

export async function selectUnavailability(db: Database, eventId: string, personId?: string) {
  return db
    .select({ slotId: meetingUnavailability.slotId, personId: meetingUnavailability.personId })
    .from(meetingUnavailability)
    .where(
      and(
        eq(meetingUnavailability.eventId, eventId),
        personId ? eq(meetingUnavailability.personId, personId) : undefined,
      ),
    );
}

export async function replaceUnavailability(
  db: Database,
  eventId: string,
  personId: string,
  slotIds: string[],
) {
  await db
    .delete(meetingUnavailability)
    .where(
      and(eq(meetingUnavailability.eventId, eventId), eq(meetingUnavailability.personId, personId)),
    );
  if (slotIds.length > 0)
    await db
      .insert(meetingUnavailability)
      .values(slotIds.map((slotId) => ({ eventId, personId, slotId })));
}

export async function insertNotificationRows(
  db: Database,
  values: (typeof notifications.$inferInsert)[],
) {
  if (values.length > 0) await db.insert(notifications).values(values);
}

export async function selectEmails(db: Database, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({ id: people.id, email: people.email })
    .from(people)
    .where(inArray(people.id, personIds));
}

export async function insertRun(db: Database, values: typeof meetingScheduleRuns.$inferInsert) {
  const [row] = await db.insert(meetingScheduleRuns).values(values).returning();
  if (!row) throw new Error("run not inserted");
  return row;
}

export async function selectRun(db: Database, id: string, forUpdate = false) {
  const query = db.select().from(meetingScheduleRuns).where(eq(meetingScheduleRuns.id, id));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

export async function selectRuns(db: Database, eventId: string, limit: number) {
  return db
    .select()
    .from(meetingScheduleRuns)
    .where(eq(meetingScheduleRuns.eventId, eventId))
    .orderBy(desc(meetingScheduleRuns.startedAt), desc(meetingScheduleRuns.id))
    .limit(limit);
}

/** Updates a run only while it is in the expected status; returns whether it did. */
export async function updateRun(
  db: Database,
  id: string,
  values: Partial<typeof meetingScheduleRuns.$inferInsert>,
  whileStatus?: RunRow["status"],
) {
  const updated = await db
    .update(meetingScheduleRuns)
    .set(values)
    .where(
      and(
        eq(meetingScheduleRuns.id, id),
        whileStatus ? eq(meetingScheduleRuns.status, whileStatus) : undefined,
      ),
    )
    .returning({ id: meetingScheduleRuns.id });
  return updated.length > 0;
}

/** Runs left "running" by a process that stopped: they will never finish. */
export async function failAbandonedRuns(db: Database, at: Date) {
  await db
    .update(meetingScheduleRuns)
    .set({
      status: "failed",
      error: "interrupted: the server stopped during the run",
      finishedAt: at,
    })
    .where(eq(meetingScheduleRuns.status, "running"));
}

export async function upsertCalendarFeed(db: Database, values: typeof calendarFeeds.$inferInsert) {
  await db
    .insert(calendarFeeds)
    .values(values)
    .onConflictDoUpdate({
      target: [calendarFeeds.personId, calendarFeeds.eventId],
      set: { tokenHash: values.tokenHash, createdAt: values.createdAt },
    });
}

export async function selectCalendarFeed(db: Database, tokenHash: string) {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.tokenHash, tokenHash));
  return row ?? null;
}

/**
 * The best challenge–solution pairs between organizations present at an edition, from the
 * stored recommendation lists (public items only), one per pair of organizations, best
 * first: what organizers match people from.
 */
export async function selectEditionPairs(db: Database, eventId: string, limit: number) {
  const result = await rows(
    db,
    sql`WITH present AS (
          SELECT DISTINCT coalesce(pa.organization_id, p.organization_id) AS organization_id
            FROM participations pa JOIN people p ON p.id = pa.person_id
           WHERE pa.event_id = ${eventId} AND pa.role <> 'organizer'
             AND coalesce(pa.organization_id, p.organization_id) IS NOT NULL
        ), pairs AS (
          SELECT c.organization_id AS city_org, s.organization_id AS provider_org,
                 c.item_id AS challenge_id, c.title AS challenge_title,
                 s.item_id AS solution_id, s.title AS solution_title, u.score,
                 row_number() OVER (PARTITION BY c.organization_id, s.organization_id
                                    ORDER BY u.score DESC, s.item_id) AS rank
            FROM search_items c
            JOIN match_lists ml ON ml.doc = c.doc
            CROSS JOIN LATERAL unnest(ml.targets, ml.scores) AS u(doc, score)
            JOIN search_items s ON s.doc = u.doc
           WHERE c.item_type = 'challenge' AND s.item_type = 'solution'
             AND c.visibility = 'public' AND s.visibility = 'public'
             AND c.organization_id <> s.organization_id
             AND c.organization_id IN (SELECT organization_id FROM present)
             AND s.organization_id IN (SELECT organization_id FROM present)
        )
        SELECT * FROM pairs WHERE rank = 1 ORDER BY score DESC, challenge_id, solution_id
        LIMIT ${limit}`,
  );
  return result.map((row) => ({
    cityOrganizationId: String(row.city_org),
    providerOrganizationId: String(row.provider_org),
    challenge: { id: String(row.challenge_id), title: String(row.challenge_title) },
    solution: { id: String(row.solution_id), title: String(row.solution_title) },
    score: Number(row.score),
  }));
}
