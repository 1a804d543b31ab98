import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { CONNECTION_STATUSES } from "../../../core/funnel/transitions.ts";
import { organizations, people } from "./directory.ts";
import { events } from "./events.ts";
import { challenges, solutions } from "./marketplace.ts";

export { CONNECTION_STATUSES };
export const connectionStatus = pgEnum("connection_status", CONNECTION_STATUSES);
export const SIDES = ["requester", "recipient"] as const;
export const side = pgEnum("connection_side", SIDES);

const OPEN = sql.raw(`('requested', 'accepted', 'met', 'intention')`);
const NO_ITEM = sql.raw(`'00000000-0000-0000-0000-000000000000'::uuid`);

/**
 * A connection between two organizations, optionally about a challenge, a solution and an
 * edition, followed through the deal funnel (core/funnel/transitions.ts). The contract's
 * value is confidential: only the two parties, the edition's organizers and platform
 * admins see it.
 */
export const connections = pgTable(
  "connections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requesterOrganizationId: uuid("requester_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    recipientOrganizationId: uuid("recipient_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id").references(() => challenges.id, { onDelete: "set null" }),
    solutionId: uuid("solution_id").references(() => solutions.id, { onDelete: "set null" }),
    eventId: uuid("event_id").references(() => events.id, { onDelete: "set null" }),
    status: connectionStatus("status").notNull().default("requested"),
    message: text("message").notNull().default(""),
    requestedById: uuid("requested_by_id").references(() => people.id, { onDelete: "set null" }),
    pendingIntentionBy: side("pending_intention_by"),
    pendingContractBy: side("pending_contract_by"),
    /** The intention (MoU, letter of intent) as proposed, then confirmed. */
    intentionOn: date("intention_on", { mode: "string" }),
    intentionDocumentUrl: text("intention_document_url"),
    /** The contract as proposed, then confirmed: exact decimals in its own currency. */
    contractValue: numeric("contract_value", { precision: 16, scale: 2 }),
    contractCurrency: text("contract_currency"),
    contractSignedOn: date("contract_signed_on", { mode: "string" }),
    contractScope: text("contract_scope"),
    closedReason: text("closed_reason"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "connections_two_parties",
      sql`${t.requesterOrganizationId} <> ${t.recipientOrganizationId}`,
    ),
    check(
      "connections_contract_value",
      sql`${t.contractValue} IS NULL OR (${t.contractValue} >= 0 AND ${t.contractCurrency} ~ '^[A-Z]{3}$' AND ${t.contractSignedOn} IS NOT NULL)`,
    ),
    check(
      "connections_contracted_has_contract",
      sql`${t.status} <> 'contracted' OR ${t.contractValue} IS NOT NULL`,
    ),
    check(
      "connections_intention_has_date",
      sql`${t.status} NOT IN ('intention') OR ${t.intentionOn} IS NOT NULL`,
    ),
    check(
      "connections_closed_has_reason",
      sql`${t.status} <> 'closed' OR ${t.closedReason} IS NOT NULL`,
    ),
    // One open connection per pair of organizations and subject, whichever side asked.
    uniqueIndex("connections_one_open_per_pair_and_subject")
      .on(
        sql`least(${t.requesterOrganizationId}, ${t.recipientOrganizationId})`,
        sql`greatest(${t.requesterOrganizationId}, ${t.recipientOrganizationId})`,
        sql`coalesce(${t.challengeId}, ${NO_ITEM})`,
        sql`coalesce(${t.solutionId}, ${NO_ITEM})`,
      )
      .where(sql`${t.status} IN ${OPEN}`),
    index("connections_requester_idx").on(t.requesterOrganizationId, t.createdAt),
    index("connections_recipient_idx").on(t.recipientOrganizationId, t.createdAt),
    index("connections_event_idx").on(t.eventId),
  ],
);

/** Every step of every connection: who did what, when, from which status to which. */
export const connectionSteps = pgTable(
  "connection_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    fromStatus: connectionStatus("from_status"),
    toStatus: connectionStatus("to_status").notNull(),
    byPersonId: uuid("by_person_id").references(() => people.id, { onDelete: "set null" }),
    byOrganizationId: uuid("by_organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    note: text("note").notNull().default(""),
    /** Meeting date, intention or contract terms, close reason: what the step recorded. */
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("connection_steps_connection_idx").on(t.connectionId, t.at)],
);

/** In-app notifications: one per person, read or not. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    connectionId: uuid("connection_id").references(() => connections.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    /** Where in the web app the notification leads, when not to its connection. */
    link: text("link"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("notifications_person_idx").on(t.personId, t.createdAt)],
);

/** Organizer-kept exchange rates: US dollars per unit of a currency, from a date on. */
export const exchangeRates = pgTable(
  "exchange_rates",
  {
    currency: text("currency").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    usdPerUnit: numeric("usd_per_unit", { precision: 20, scale: 10 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.currency, t.validFrom] }),
    check("exchange_rates_currency_iso", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("exchange_rates_positive", sql`${t.usdPerUnit} > 0`),
  ],
);

export const MATCH_VERDICTS = ["dismissed", "saved"] as const;
export const matchVerdict = pgEnum("match_verdict", MATCH_VERDICTS);

/**
 * A person's verdict on a suggested challenge–solution pair: dismissed pairs stay out of
 * their suggestions (from either side), saved ones are marked and listed.
 */
export const matchFeedback = pgTable(
  "match_feedback",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    solutionId: uuid("solution_id")
      .notNull()
      .references(() => solutions.id, { onDelete: "cascade" }),
    verdict: matchVerdict("verdict").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.challengeId, t.solutionId] })],
);

/**
 * The weights of the match score's parts, as organizers tuned them (one row; absent: the
 * engine's defaults).
 */
export const matchSettings = pgTable(
  "match_settings",
  {
    singleton: boolean("singleton").primaryKey().default(true),
    weights: jsonb("weights").$type<Record<string, number>>().notNull(),
    updatedById: uuid("updated_by_id").references(() => people.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [check("match_settings_singleton", sql`${t.singleton}`)],
);

/**
 * Every challenge's and solution's stored recommendations: the best counterparts the
 * match engine found, as search docs (stable per item) with their scores, best first.
 * Kept current by modules/matching/maintenance.ts: an edited item is recomputed and
 * merged into its counterparts' lists; `citymatch match rebuild` recomputes all. No
 * foreign key to search_items: a truncated index starts a new epoch and a rebuild, and
 * readers join on search_items, so a deleted item's doc is simply not found.
 */
export const matchLists = pgTable(
  "match_lists",
  {
    doc: integer("doc").primaryKey(),
    targets: integer("targets").array().notNull(),
    scores: real("scores").array().notNull(),
    // The source item's search generation when computed: older than its current one = stale.
    sourceGeneration: bigint("source_generation", { mode: "number" }).notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    index("match_lists_targets_idx").using("gin", t.targets),
    check("match_lists_aligned", sql`cardinality(${t.targets}) = cardinality(${t.scores})`),
  ],
);

/**
 * How far the stored recommendations follow the search index: the epoch and generation
 * whose changes are merged in, and whether everything must be recomputed (new weights, a
 * new epoch, or never built).
 */
export const matchState = pgTable(
  "match_state",
  {
    singleton: boolean("singleton").primaryKey().default(true),
    epoch: integer("epoch").notNull().default(-1),
    generation: bigint("generation", { mode: "number" }).notNull().default(-1),
    rebuildRequested: boolean("rebuild_requested").notNull().default(true),
    rebuiltAt: timestamp("rebuilt_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [check("match_state_singleton", sql`${t.singleton}`)],
);
