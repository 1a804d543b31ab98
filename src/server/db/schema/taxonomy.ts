import { sql } from "drizzle-orm";
import { check, integer, pgTable, text } from "drizzle-orm/pg-core";

/**
 * The eight congress areas. The codes are stable identifiers used in `domains` arrays of
 * other tables; the check constraints there list the same codes, so a new area needs a
 * migration (on purpose: the taxonomy is the congress's, not user data).
 */
export const AREA_CODES = [
  "enabling-technologies",
  "energy-environment",
  "mobility",
  "governance",
  "living-inclusion",
  "industry-economy",
  "infrastructure-building",
  "safety-resilience",
] as const;
export type AreaCode = (typeof AREA_CODES)[number];

/** SQL literal of the allowed area codes, for `domains <@ ...` check constraints. */
export const areaCodesArraySql = sql.raw(
  `ARRAY[${AREA_CODES.map((code) => `'${code}'`).join(",")}]::text[]`,
);

export const areas = pgTable(
  "areas",
  {
    code: text("code").primaryKey(),
    position: integer("position").notNull().unique(),
    name: text("name").notNull(),
    description: text("description").notNull(),
  },
  (t) => [check("areas_code_known", sql`${t.code} = ANY(${areaCodesArraySql})`)],
);

export const sdgs = pgTable(
  "sdgs",
  {
    number: integer("number").primaryKey(),
    name: text("name").notNull(),
    color: text("color").notNull(),
  },
  (t) => [
    check("sdgs_number_range", sql`${t.number} BETWEEN 1 AND 17`),
    check("sdgs_color_hex", sql`${t.color} ~ '^#[0-9A-F]{6}$'`),
  ],
);

/**
 * ISO 3166-1 countries with their continent, seeded by a migration from the
 * countries-list package. Region facets and breakdowns join it; country columns stay
 * plain codes (checked by regex) so an unlisted territory never blocks a write.
 */
export const countries = pgTable(
  "countries",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    continent: text("continent").notNull(),
  },
  (t) => [
    check("countries_code_iso", sql`${t.code} ~ '^[A-Z]{2}$'`),
    check("countries_continent_known", sql`${t.continent} IN ('AF','AN','AS','EU','NA','OC','SA')`),
  ],
);
