import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { IndexMetaEntry } from "../../../core/indices/framework.ts";
import { cities, people } from "./directory.ts";

export const UNIT_KINDS = ["city", "country", "district", "region", "other"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const unitKind = pgEnum("indicator_unit_kind", UNIT_KINDS);

const CODE = sql.raw(`'^[A-Za-z][A-Za-z0-9_.-]{0,63}$'`);

/**
 * The indicator catalogue: what is measured, in which unit, whether more is better
 * (direction +1) or worse (−1), under which theme, from which source, and — for an
 * indicator per head or per area — the code of its denominator.
 */
export const indicators = pgTable(
  "indicators",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    unit: text("unit").notNull().default(""),
    direction: smallint("direction").notNull().default(1),
    theme: text("theme").notNull().default(""),
    source: text("source").notNull().default(""),
    description: text("description").notNull().default(""),
    /** A denominator column (population, area) rather than something to rank on. */
    isDenominator: boolean("is_denominator").notNull().default(false),
    denominatorCode: text("denominator_code"),
    /** Generated demo values, labelled as such wherever they are shown. */
    synthetic: boolean("synthetic").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    check("indicators_code_format", sql`${t.code} ~ ${CODE}`),
    check("indicators_direction", sql`${t.direction} IN (-1, 1)`),
    check("indicators_denominator_not_self", sql`${t.denominatorCode} <> ${t.code}`),
    foreignKey({
      name: "indicators_denominator_fk",
      columns: [t.denominatorCode],
      foreignColumns: [t.code],
    }).onUpdate("cascade"),
  ],
);

/**
 * Indicator values per unit (a city, a country, a district…) and year, with where each
 * came from. A missing value is a missing row; values are finite numbers.
 */
export const indicatorValues = pgTable(
  "indicator_values",
  {
    indicatorCode: text("indicator_code")
      .notNull()
      .references(() => indicators.code, { onDelete: "cascade", onUpdate: "cascade" }),
    unitCode: text("unit_code")
      .notNull()
      .references(() => indicatorUnits.code, { onDelete: "cascade", onUpdate: "cascade" }),
    year: smallint("year").notNull(),
    value: doublePrecision("value").notNull(),
    source: text("source").notNull().default(""),
    note: text("note").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorCode, t.unitCode, t.year] }),
    check("indicator_values_year", sql`${t.year} BETWEEN 1900 AND 2100`),
    check(
      "indicator_values_finite",
      sql`${t.value} <> 'NaN'::float8 AND ${t.value} <> 'Infinity'::float8 AND ${t.value} <> '-Infinity'::float8`,
    ),
    index("indicator_values_unit_idx").on(t.unitCode, t.year),
  ],
);

/**
 * The units indicator data is about: code (a city's slug, an ISO country code, a district
 * code), name, kind, the city when it is one, and group labels (continent, size band…)
 * that group imputation and filters use.
 */
export const indicatorUnits = pgTable(
  "indicator_units",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    kind: unitKind("kind").notNull().default("city"),
    cityId: uuid("city_id").references(() => cities.id, { onDelete: "set null" }),
    groups: jsonb("groups").$type<Record<string, string>>().notNull().default({}),
  },
  (t) => [
    check("indicator_units_code_format", sql`${t.code} ~ '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$'`),
  ],
);

export const INDEX_STATUSES = ["draft", "published"] as const;
export type IndexStatus = (typeof INDEX_STATUSES)[number];
export const indexStatus = pgEnum("composite_index_status", INDEX_STATUSES);

export const ANALYSIS_STATUSES = ["none", "running", "done", "failed"] as const;
export const analysisStatus = pgEnum("composite_index_analysis_status", ANALYSIS_STATUSES);

/** What publishing freezes: the public pages read this, never the draft being edited. */
export interface PublishedIndex {
  framework: IndexMetaEntry[];
  pipeline: Record<string, unknown>;
  result: unknown;
  analysis: unknown | null;
  /** The data the build used: data.csv's table. */
  data: { header: string[]; rows: string[][] };
  builtAt: string;
}

/**
 * A composite index (a smart-city index, a ranking) over the catalogue's indicators: its
 * framework (indicators → aggregates → the index, with weights), pipeline settings and
 * year; the latest build and uncertainty analysis for the organizer's review; and what
 * was published.
 */
export const compositeIndices = pgTable(
  "composite_indices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    year: smallint("year").notNull(),
    unitKind: unitKind("unit_kind").notNull().default("city"),
    framework: jsonb("framework").$type<IndexMetaEntry[]>().notNull(),
    pipeline: jsonb("pipeline").$type<Record<string, unknown>>().notNull().default({}),
    analysisRuns: integer("analysis_runs").notNull().default(1000),
    analysisSeed: integer("analysis_seed").notNull().default(1),
    status: indexStatus("status").notNull().default("draft"),
    /** The latest build (buildIndex's result), for review. */
    result: jsonb("result").$type<Record<string, unknown> | null>(),
    builtAt: timestamp("built_at", { withTimezone: true, mode: "date" }),
    analysisStatus: analysisStatus("analysis_status").notNull().default("none"),
    analysisProgress: jsonb("analysis_progress").$type<{ done: number; total: number } | null>(),
    analysis: jsonb("analysis").$type<Record<string, unknown> | null>(),
    analysisError: text("analysis_error"),
    published: jsonb("published").$type<PublishedIndex | null>(),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    synthetic: boolean("synthetic").notNull().default(false),
    createdById: uuid("created_by_id").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    check("composite_indices_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("composite_indices_year", sql`${t.year} BETWEEN 1900 AND 2100`),
    check("composite_indices_runs", sql`${t.analysisRuns} BETWEEN 10 AND 100000`),
    check(
      "composite_indices_published_has_snapshot",
      sql`${t.status} <> 'published' OR ${t.published} IS NOT NULL`,
    ),
  ],
);
