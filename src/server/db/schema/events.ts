import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { cities, organizations, people } from "./directory.ts";

export const EVENT_STATUSES = ["draft", "published", "archived"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const eventStatus = pgEnum("event_status", EVENT_STATUSES);

export const PARTICIPATION_ROLES = [
  "organizer",
  "delegate",
  "exhibitor",
  "speaker",
  "visitor",
  "media",
  "jury",
] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];
export const participationRole = pgEnum("participation_role", PARTICIPATION_ROLES);

/** An edition of an expo or congress. */
export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    hostCityId: uuid("host_city_id")
      .notNull()
      .references(() => cities.id, { onDelete: "restrict" }),
    venue: text("venue").notNull().default(""),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    timeZone: text("time_zone").notNull(),
    status: eventStatus("status").notNull().default("draft"),
    description: text("description").notNull().default(""),
    website: text("website"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    check("events_dates_ordered", sql`${t.endsOn} >= ${t.startsOn}`),
    check("events_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    index("events_starts_on_idx").on(t.startsOn, t.id),
    index("events_host_city_idx").on(t.hostCityId),
  ],
);

/**
 * A person's part in an event. One person may hold several roles at one event (a
 * speaker who is also a delegate), but each role once: unique (event, person, role).
 * Event organizers are the participations with role `organizer`.
 */
export const participations = pgTable(
  "participations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    role: participationRole("role").notNull(),
    // The organization the person represents at this event, when not their own.
    organizationId: uuid("organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    unique("participations_event_person_role_unique").on(t.eventId, t.personId, t.role),
    index("participations_event_role_idx").on(t.eventId, t.role),
    index("participations_person_idx").on(t.personId),
  ],
);
