import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { cities, continent, organizationKind, organizations, people } from "./directory.ts";
import { events } from "./events.ts";
import { areaCodesArraySql } from "./taxonomy.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const VISIBILITIES = ["public", "members", "draft"] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const visibility = pgEnum("visibility", VISIBILITIES);

export const PROCUREMENT_STAGES = ["idea", "scoping", "funded", "tender-open", "awarded"] as const;
export type ProcurementStage = (typeof PROCUREMENT_STAGES)[number];
export const procurementStage = pgEnum("procurement_stage", PROCUREMENT_STAGES);

export const CHALLENGE_STATUSES = ["open", "in-talks", "matched", "closed"] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];
export const challengeStatus = pgEnum("challenge_status", CHALLENGE_STATUSES);

export const PRICE_MODELS = [
  "license",
  "subscription",
  "per-unit",
  "project",
  "revenue-share",
  "open-source",
  "other",
] as const;
export type PriceModel = (typeof PRICE_MODELS)[number];
export const priceModel = pgEnum("price_model", PRICE_MODELS);

export const ITEM_TYPES = ["challenge", "solution", "case"] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
export const itemType = pgEnum("item_type", ITEM_TYPES);

const sdgsKnown = (column: unknown) =>
  sql`${column} <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::integer[]`;

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
};

/** Money is numeric(16,2): exact decimals, up to 99 trillion in any currency. */
const money = (name: string) => numeric(name, { precision: 16, scale: 2 });

/** A city's (or any organization's) published need. */
export const challenges = pgTable(
  "challenges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    description: text("description").notNull().default(""),
    domains: text("domains").array().notNull().default(sql`'{}'::text[]`),
    sdgs: integer("sdgs").array().notNull().default(sql`'{}'::integer[]`),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    budgetMin: money("budget_min"),
    budgetMax: money("budget_max"),
    currency: text("currency"),
    stage: procurementStage("stage").notNull().default("idea"),
    startsOn: date("starts_on", { mode: "string" }),
    deadline: date("deadline", { mode: "string" }),
    preferredPartnerKinds: organizationKind("preferred_partner_kinds")
      .array()
      .notNull()
      .default(sql`'{}'::organization_kind[]`),
    language: text("language").notNull().default("en"),
    contactPersonId: uuid("contact_person_id").references(() => people.id, {
      onDelete: "set null",
    }),
    visibility: visibility("visibility").notNull().default("draft"),
    status: challengeStatus("status").notNull().default("open"),
    version: integer("version").notNull().default(1),
    createdById: uuid("created_by_id").references(() => people.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    check("challenges_domains_known", sql`${t.domains} <@ ${areaCodesArraySql}`),
    check("challenges_sdgs_known", sdgsKnown(t.sdgs)),
    check("challenges_budget_nonnegative", sql`${t.budgetMin} IS NULL OR ${t.budgetMin} >= 0`),
    check(
      "challenges_budget_ordered",
      sql`${t.budgetMax} IS NULL OR (${t.budgetMax} >= 0 AND (${t.budgetMin} IS NULL OR ${t.budgetMax} >= ${t.budgetMin}))`,
    ),
    check(
      "challenges_budget_has_currency",
      sql`(${t.budgetMin} IS NULL AND ${t.budgetMax} IS NULL) OR ${t.currency} ~ '^[A-Z]{3}$'`,
    ),
    check(
      "challenges_deadline_after_start",
      sql`${t.deadline} IS NULL OR ${t.startsOn} IS NULL OR ${t.deadline} >= ${t.startsOn}`,
    ),
    check("challenges_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    index("challenges_organization_idx").on(t.organizationId),
  ],
);

/** A provider's offer. */
export const solutions = pgTable(
  "solutions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    description: text("description").notNull().default(""),
    domains: text("domains").array().notNull().default(sql`'{}'::text[]`),
    sdgs: integer("sdgs").array().notNull().default(sql`'{}'::integer[]`),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    trl: smallint("trl").notNull(),
    priceModel: priceModel("price_model").notNull().default("other"),
    regionsServed: continent("regions_served").array().notNull().default(sql`'{}'::continent[]`),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    certifications: text("certifications").array().notNull().default(sql`'{}'::text[]`),
    mediaLinks: text("media_links").array().notNull().default(sql`'{}'::text[]`),
    visibility: visibility("visibility").notNull().default("draft"),
    version: integer("version").notNull().default(1),
    createdById: uuid("created_by_id").references(() => people.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    check("solutions_trl_range", sql`${t.trl} BETWEEN 1 AND 9`),
    check("solutions_domains_known", sql`${t.domains} <@ ${areaCodesArraySql}`),
    check("solutions_sdgs_known", sdgsKnown(t.sdgs)),
    check("solutions_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    index("solutions_organization_idx").on(t.organizationId),
  ],
);

/** Where a solution runs: the provider's track record, evidence for matching. */
export const solutionDeployments = pgTable(
  "solution_deployments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    solutionId: uuid("solution_id")
      .notNull()
      .references(() => solutions.id, { onDelete: "cascade" }),
    cityId: uuid("city_id").references(() => cities.id, { onDelete: "set null" }),
    cityName: text("city_name").notNull(),
    country: text("country").notNull(),
    year: integer("year").notNull(),
    outcome: text("outcome").notNull().default(""),
  },
  (t) => [
    check("solution_deployments_year_range", sql`${t.year} BETWEEN 1950 AND 2100`),
    check("solution_deployments_country_iso", sql`${t.country} ~ '^[A-Z]{2}$'`),
    index("solution_deployments_solution_idx").on(t.solutionId),
    index("solution_deployments_city_idx").on(t.cityId),
  ],
);

/** A delivered project with measured outcomes: the evidence behind matches. */
export const cases = pgTable(
  "cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    // The organization that documents the case (usually the city or the lead partner).
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    cityId: uuid("city_id")
      .notNull()
      .references(() => cities.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    problem: text("problem").notNull().default(""),
    approach: text("approach").notNull().default(""),
    domains: text("domains").array().notNull().default(sql`'{}'::text[]`),
    sdgs: integer("sdgs").array().notNull().default(sql`'{}'::integer[]`),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    investment: money("investment"),
    currency: text("currency"),
    startedOn: date("started_on", { mode: "string" }),
    endedOn: date("ended_on", { mode: "string" }),
    visibility: visibility("visibility").notNull().default("draft"),
    version: integer("version").notNull().default(1),
    createdById: uuid("created_by_id").references(() => people.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    check("cases_domains_known", sql`${t.domains} <@ ${areaCodesArraySql}`),
    check("cases_sdgs_known", sdgsKnown(t.sdgs)),
    check("cases_investment_nonnegative", sql`${t.investment} IS NULL OR ${t.investment} >= 0`),
    check(
      "cases_investment_has_currency",
      sql`${t.investment} IS NULL OR ${t.currency} ~ '^[A-Z]{3}$'`,
    ),
    check(
      "cases_period_ordered",
      sql`${t.endedOn} IS NULL OR ${t.startedOn} IS NULL OR ${t.endedOn} >= ${t.startedOn}`,
    ),
    check("cases_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    index("cases_city_idx").on(t.cityId),
    index("cases_organization_idx").on(t.organizationId),
  ],
);

export const casePartners = pgTable(
  "case_partners",
  {
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    role: text("role").notNull().default("partner"),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.organizationId] }),
    index("case_partners_organization_idx").on(t.organizationId),
  ],
);

export const caseKpis = pgTable(
  "case_kpis",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    metric: text("metric").notNull(),
    baseline: doublePrecision("baseline"),
    result: doublePrecision("result").notNull(),
    unit: text("unit").notNull().default(""),
    year: integer("year"),
  },
  (t) => [
    unique("case_kpis_case_position_unique").on(t.caseId, t.position),
    check("case_kpis_year_range", sql`${t.year} IS NULL OR ${t.year} BETWEEN 1950 AND 2100`),
  ],
);

export const caseSolutions = pgTable(
  "case_solutions",
  {
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    solutionId: uuid("solution_id")
      .notNull()
      .references(() => solutions.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.solutionId] }),
    index("case_solutions_solution_idx").on(t.solutionId),
  ],
);

/**
 * Every saved state of a challenge, solution or case, with who saved it and when. The
 * item's `version` column and the unique (type, id, version) key make concurrent edits
 * of the same version collide instead of silently overwriting each other.
 */
export const itemVersions = pgTable(
  "item_versions",
  {
    itemType: itemType("item_type").notNull(),
    itemId: uuid("item_id").notNull(),
    version: integer("version").notNull(),
    snapshot: jsonb("snapshot").notNull(),
    changedById: uuid("changed_by_id").references(() => people.id, { onDelete: "set null" }),
    changedAt: timestamp("changed_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemType, t.itemId, t.version] })],
);

export const LIST_STATUSES = ["draft", "published"] as const;
export const listStatus = pgEnum("list_status", LIST_STATUSES);

/** A curated List of City Challenges & Opportunities, released at an edition. */
export const challengeLists = pgTable(
  "challenge_lists",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    eventId: uuid("event_id").references(() => events.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    intro: text("intro").notNull().default(""),
    priorityAreas: text("priority_areas").array().notNull().default(sql`'{}'::text[]`),
    status: listStatus("status").notNull().default("draft"),
    publishedOn: date("published_on", { mode: "string" }),
    createdById: uuid("created_by_id").references(() => people.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    check("challenge_lists_priority_areas_known", sql`${t.priorityAreas} <@ ${areaCodesArraySql}`),
    check(
      "challenge_lists_published_has_date",
      sql`${t.status} = 'draft' OR ${t.publishedOn} IS NOT NULL`,
    ),
    check("challenge_lists_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const challengeListItems = pgTable(
  "challenge_list_items",
  {
    listId: uuid("list_id")
      .notNull()
      .references(() => challengeLists.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.listId, t.challengeId] }),
    unique("challenge_list_items_position_unique").on(t.listId, t.position),
  ],
);

export const SAVED_KINDS = ["bookmark", "follow"] as const;
export type SavedKind = (typeof SAVED_KINDS)[number];
export const savedKind = pgEnum("saved_kind", SAVED_KINDS);

/** A person's bookmarks and follows of challenges, solutions and cases. */
export const savedItems = pgTable(
  "saved_items",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    kind: savedKind("kind").notNull(),
    itemType: itemType("item_type").notNull(),
    itemId: uuid("item_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.kind, t.itemType, t.itemId] }),
    index("saved_items_item_idx").on(t.itemType, t.itemId),
  ],
);

/**
 * The search index: one row per challenge, solution and case, kept up to date by
 * database triggers (see the search_index migrations), so every write path — API,
 * import, demo — is indexed in the same transaction. Facet values are denormalized here;
 * the search service keeps a columnar copy of them in memory (see search/snapshot.ts),
 * synced by `generation`. The search_source view defines every column.
 */
export const searchItems = pgTable(
  "search_items",
  {
    // A small, stable number per item: the in-memory snapshot is indexed by it and text
    // matches come back from the database as packed lists of it.
    doc: integer("doc").notNull().unique().generatedAlwaysAsIdentity(),
    itemType: itemType("item_type").notNull(),
    itemId: uuid("item_id").notNull(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    body: text("body").notNull(),
    tags: text("tags").array().notNull(),
    organizationId: uuid("organization_id").notNull(),
    organizationName: text("organization_name").notNull(),
    country: text("country").notNull(),
    continent: text("continent"),
    cityId: uuid("city_id"),
    domains: text("domains").array().notNull(),
    sdgs: integer("sdgs").array().notNull(),
    trl: smallint("trl"),
    stage: text("stage"),
    budgetBand: text("budget_band"),
    visibility: visibility("visibility").notNull(),
    status: text("status"),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    // Title and tags (weight A) and summary (B) stems: the lexemes that ranking reads.
    head: tsvector("head").notNull(),
    // Domains and SDGs as bit masks (bit i = area i+1 / SDG i+1).
    domainMask: integer("domain_mask").notNull(),
    sdgMask: integer("sdg_mask").notNull(),
    // The search_generation value of the write that last touched this row.
    generation: bigint("generation", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.itemType, t.itemId] }),
    index("search_items_trigram_idx").using(
      "gin",
      sql`(${t.title} || ' ' || ${t.summary}) gin_trgm_ops`,
    ),
    index("search_items_domains_idx").using("gin", t.domains),
    index("search_items_updated_idx").on(t.updatedAt, t.itemType, t.itemId),
    index("search_items_organization_idx").on(t.organizationId),
    index("search_items_generation_idx").on(t.generation),
  ],
);

/**
 * The full-text vector of each search item, alone in a narrow table: a text search visits
 * the heap row of every match, and rows of a few dozen bytes (the vector itself is stored
 * out of line) make that a few pages instead of one page per match.
 */
export const searchDocuments = pgTable(
  "search_documents",
  {
    doc: integer("doc")
      .primaryKey()
      .references(() => searchItems.doc, { onDelete: "cascade" }),
    // Weighted English + Spanish stems (title and tags A, summary B, body C), `simple`
    // tags and CJK character bigrams, computed by the search_source view.
    document: tsvector("document").notNull(),
  },
  (t) => [index("search_documents_document_idx").using("gin", t.document)],
);

/**
 * One row: the counter every search-index write bumps (writers serialize on it, so
 * generations commit in order and "rows with generation > g" is an exact delta), and an
 * epoch bumped when the index is truncated (the snapshot then reloads everything).
 */
export const searchGeneration = pgTable(
  "search_generation",
  {
    singleton: boolean("singleton").primaryKey().default(true),
    epoch: integer("epoch").notNull().default(0),
    value: bigint("value", { mode: "number" }).notNull().default(0),
  },
  (t) => [check("search_generation_singleton", sql`${t.singleton}`)],
);

/**
 * The words of every indexed title, summary and tags, lower-cased: the vocabulary that
 * misspelt query words are corrected against (a trigram search over tens of thousands of
 * words instead of over every document). Grows with the index; a word whose items are
 * gone only costs a correction that finds nothing.
 */
export const searchWords = pgTable("search_words", { word: text("word").primaryKey() }, (t) => [
  index("search_words_trigram_idx").using("gin", sql`${t.word} gin_trgm_ops`),
]);

/** Search items deleted since the snapshot last synced: doc and the deleting generation. */
export const searchTombstones = pgTable(
  "search_tombstones",
  {
    doc: integer("doc").primaryKey(),
    generation: bigint("generation", { mode: "number" }).notNull(),
  },
  (t) => [index("search_tombstones_generation_idx").on(t.generation)],
);
