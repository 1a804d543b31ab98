import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { connections } from "./deals.ts";
import { people } from "./directory.ts";
import { events } from "./events.ts";

export const SCHEDULING_MODES = ["receiver-picks", "organizer"] as const;
export type SchedulingMode = (typeof SCHEDULING_MODES)[number];
export const schedulingMode = pgEnum("meeting_scheduling_mode", SCHEDULING_MODES);

export const LOCATION_KINDS = ["table", "booth"] as const;
export const locationKind = pgEnum("meeting_location_kind", LOCATION_KINDS);

/**
 * An edition's B2B programme: how many tables (or booths) there are, how long a slot is,
 * and who places meetings — the receiver when accepting (`receiver-picks`) or the
 * organizer's scheduler (`organizer`; meetings pinned by hand stay where they are).
 */
export const meetingProgrammes = pgTable(
  "meeting_programmes",
  {
    eventId: uuid("event_id")
      .primaryKey()
      .references(() => events.id, { onDelete: "cascade" }),
    tableCount: integer("table_count").notNull(),
    locationKind: locationKind("location_kind").notNull().default("table"),
    slotMinutes: integer("slot_minutes").notNull(),
    mode: schedulingMode("mode").notNull().default("organizer"),
    requestsOpen: boolean("requests_open").notNull().default(true),
    /** With a fairness bound d, any two participants' breaks differ by at most d. */
    fairness: integer("fairness"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    check("meeting_programmes_tables", sql`${t.tableCount} BETWEEN 1 AND 5000`),
    check("meeting_programmes_slot_minutes", sql`${t.slotMinutes} BETWEEN 5 AND 240`),
    check("meeting_programmes_fairness", sql`${t.fairness} IS NULL OR ${t.fairness} >= 0`),
  ],
);

/**
 * A block of meeting time on one day (a morning, an afternoon), from `starts` to `ends`
 * in the edition's time zone, with pauses (coffee, lunch) in which no slot starts. Its
 * key is the `session` of the scheduling problem: a request may ask for one.
 */
export const meetingSessions = pgTable(
  "meeting_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => meetingProgrammes.eventId, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    label: text("label").notNull(),
    /** Local times "HH:MM". */
    starts: text("starts").notNull(),
    ends: text("ends").notNull(),
    pauses: jsonb("pauses").$type<{ starts: string; ends: string }[]>().notNull().default([]),
  },
  (t) => [
    check(
      "meeting_sessions_times",
      sql`${t.starts} ~ '^[0-2][0-9]:[0-5][0-9]$' AND ${t.ends} ~ '^[0-2][0-9]:[0-5][0-9]$' AND ${t.ends} > ${t.starts}`,
    ),
    unique("meeting_sessions_one_start_per_day").on(t.eventId, t.day, t.starts),
  ],
);

/** The grid of the B2B days: slots in time order (`position`), generated from the sessions. */
export const meetingSlots = pgTable(
  "meeting_slots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => meetingProgrammes.eventId, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => meetingSessions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true, mode: "date" }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    unique("meeting_slots_position").on(t.eventId, t.position),
    unique("meeting_slots_start").on(t.eventId, t.startsAt),
    check("meeting_slots_ordered", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A participant's "I am not free then". */
export const meetingUnavailability = pgTable(
  "meeting_unavailability",
  {
    slotId: uuid("slot_id")
      .notNull()
      .references(() => meetingSlots.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.slotId, t.personId] }),
    index("meeting_unavailability_person_idx").on(t.eventId, t.personId),
  ],
);

export const MEETING_PRIORITIES = ["must-meet", "would-like"] as const;
export type MeetingPriority = (typeof MEETING_PRIORITIES)[number];
export const meetingPriority = pgEnum("meeting_priority", MEETING_PRIORITIES);

export const MEETING_REQUEST_STATUSES = [
  "pending",
  "accepted",
  "declined",
  "withdrawn",
  "cancelled",
] as const;
export type MeetingRequestStatus = (typeof MEETING_REQUEST_STATUSES)[number];
export const meetingRequestStatus = pgEnum("meeting_request_status", MEETING_REQUEST_STATUSES);

export const MEETING_REQUEST_SOURCES = ["participant", "organizer"] as const;
export const meetingRequestSource = pgEnum("meeting_request_source", MEETING_REQUEST_SOURCES);

const OPEN_REQUEST = sql.raw(`('pending', 'accepted')`);

/**
 * One participant asks another to meet at an edition, with a message and a priority;
 * the other accepts or declines. Organizers may also match two participants (the request
 * is then accepted on creation). One open request per pair and edition, whichever side
 * asked. Accepting creates the meeting and ties the pair's organizations into the deal
 * funnel (`connection_id`).
 */
export const meetingRequests = pgTable(
  "meeting_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    requesterId: uuid("requester_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    message: text("message").notNull().default(""),
    priority: meetingPriority("priority").notNull().default("would-like"),
    /** The session the meeting must be in, if the requester asked for one. */
    sessionId: uuid("session_id").references(() => meetingSessions.id, { onDelete: "set null" }),
    status: meetingRequestStatus("status").notNull().default("pending"),
    source: meetingRequestSource("source").notNull().default("participant"),
    createdById: uuid("created_by_id").references(() => people.id, { onDelete: "set null" }),
    connectionId: uuid("connection_id").references(() => connections.id, { onDelete: "set null" }),
    respondedAt: timestamp("responded_at", { withTimezone: true, mode: "date" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    check("meeting_requests_two_people", sql`${t.requesterId} <> ${t.recipientId}`),
    uniqueIndex("meeting_requests_one_open_per_pair")
      .on(
        t.eventId,
        sql`least(${t.requesterId}, ${t.recipientId})`,
        sql`greatest(${t.requesterId}, ${t.recipientId})`,
      )
      .where(sql`${t.status} IN ${OPEN_REQUEST}`),
    index("meeting_requests_requester_idx").on(t.eventId, t.requesterId),
    index("meeting_requests_recipient_idx").on(t.eventId, t.recipientId),
  ],
);

export const MEETING_STATUSES = ["planned", "happened", "no-show", "cancelled"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const meetingStatus = pgEnum("meeting_status", MEETING_STATUSES);

export const PLACED_BY = ["receiver", "organizer", "scheduler"] as const;
export type PlacedBy = (typeof PLACED_BY)[number];
export const placedBy = pgEnum("meeting_placed_by", PLACED_BY);

/**
 * A B2B meeting of two or more participants, placed at a slot and a table once it is
 * scheduled. No two meetings share a table in a slot (unique slot, table); no participant
 * is in two meetings in one slot (`meeting_attendees`). `pinned` meetings were placed by
 * hand (or by the receiver) and the scheduler leaves them where they are.
 */
export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    requestId: uuid("request_id")
      .unique()
      .references(() => meetingRequests.id, { onDelete: "cascade" }),
    // No action on delete: the service unplaces meetings before it removes their slots.
    slotId: uuid("slot_id").references(() => meetingSlots.id),
    tableNumber: integer("table_number"),
    pinned: boolean("pinned").notNull().default(false),
    placedBy: placedBy("placed_by"),
    /** Scheduler weight: must-meet 10, would-like 1. */
    priority: integer("priority").notNull().default(1),
    sessionId: uuid("session_id").references(() => meetingSessions.id, { onDelete: "set null" }),
    status: meetingStatus("status").notNull().default("planned"),
    outcomeById: uuid("outcome_by_id").references(() => people.id, { onDelete: "set null" }),
    outcomeAt: timestamp("outcome_at", { withTimezone: true, mode: "date" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    check("meetings_placed_at_a_table", sql`(${t.slotId} IS NULL) = (${t.tableNumber} IS NULL)`),
    check("meetings_table_number", sql`${t.tableNumber} IS NULL OR ${t.tableNumber} >= 1`),
    check("meetings_cancelled_unplaced", sql`${t.status} <> 'cancelled' OR ${t.slotId} IS NULL`),
    check("meetings_priority", sql`${t.priority} >= 1`),
    // No two meetings at one table in one slot.
    unique("meetings_one_per_table_and_slot").on(t.slotId, t.tableNumber),
    // The target of meeting_attendees' (meeting, slot) reference.
    unique("meetings_id_slot").on(t.id, t.slotId),
    index("meetings_event_idx").on(t.eventId),
  ],
);

/**
 * Who takes part in a meeting, with the meeting's slot copied in so the database can hold
 * "a participant is in at most one meeting per slot" as a unique constraint. The copy
 * cannot drift: (meeting, slot) references meetings (id, slot) ON UPDATE CASCADE, so
 * moving a meeting moves its attendees — and fails if that double-books one of them — and
 * a trigger (migration 0010) fills the slot on insert from the meeting.
 */
export const meetingAttendees = pgTable(
  "meeting_attendees",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    slotId: uuid("slot_id"),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.personId] }),
    foreignKey({
      name: "meeting_attendees_meeting_slot_fk",
      columns: [t.meetingId, t.slotId],
      foreignColumns: [meetings.id, meetings.slotId],
    })
      .onUpdate("cascade")
      .onDelete("cascade"),
    // A participant is in at most one meeting per slot.
    unique("meeting_attendees_one_meeting_per_slot").on(t.personId, t.slotId),
  ],
);

export const SCHEDULE_RUN_STATUSES = [
  "running",
  "done",
  "failed",
  "cancelled",
  "published",
  "discarded",
] as const;
export type ScheduleRunStatus = (typeof SCHEDULE_RUN_STATUSES)[number];
export const scheduleRunStatus = pgEnum("schedule_run_status", SCHEDULE_RUN_STATUSES);

export interface ScheduleRunProgress {
  seconds: number;
  placed: number;
  unscheduled: number;
  breaks: number;
  lowerBound: number;
}

/** A draft placement: meeting → slot and table; what publishing a run writes. */
export interface DraftPlacement {
  meetingId: string;
  slotId: string;
  tableNumber: number;
}

export interface ScheduleRunResult {
  status: "optimal" | "feasible" | "infeasible";
  placements: DraftPlacement[];
  unscheduled: string[];
  breaks: { total: number; max: number; min: number; byParticipant: Record<string, number> };
  lowerBound: number;
  seconds: number;
  /** Published meetings the draft moves to another slot (re-runs after publishing). */
  moved: string[];
}

/**
 * A run of the scheduler over an edition's meetings: a background job whose progress the
 * organizer watches, ending in a draft the organizer publishes (or discards). One running
 * run per edition at a time.
 */
export const meetingScheduleRuns = pgTable(
  "meeting_schedule_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    status: scheduleRunStatus("status").notNull().default("running"),
    /** Keep published meetings where they are unless moving them places more. */
    keepPublished: boolean("keep_published").notNull().default(false),
    timeLimitSeconds: integer("time_limit_seconds").notNull(),
    fairness: integer("fairness"),
    seed: integer("seed").notNull().default(1),
    progress: jsonb("progress").$type<ScheduleRunProgress | null>(),
    result: jsonb("result").$type<ScheduleRunResult | null>(),
    error: text("error"),
    startedById: uuid("started_by_id").references(() => people.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    check("meeting_schedule_runs_time_limit", sql`${t.timeLimitSeconds} BETWEEN 1 AND 600`),
    uniqueIndex("meeting_schedule_runs_one_running")
      .on(t.eventId)
      .where(sql`${t.status} = 'running'`),
    index("meeting_schedule_runs_event_idx").on(t.eventId, t.startedAt),
  ],
);

/**
 * Secret addresses of participants' iCalendar feeds, so a calendar app can subscribe
 * without a session. Only the SHA-256 of the token is kept; a new one revokes the old.
 */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.eventId] })],
);
