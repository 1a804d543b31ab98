import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { areaCodesArraySql } from "./taxonomy.ts";

export const ORGANIZATION_KINDS = [
  "city-government",
  "company",
  "startup",
  "university",
  "investor",
  "association",
  "international-organization",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export const organizationKind = pgEnum("organization_kind", ORGANIZATION_KINDS);

export const CONTINENTS = ["AF", "AN", "AS", "EU", "NA", "OC", "SA"] as const;
export type Continent = (typeof CONTINENTS)[number];
export const continent = pgEnum("continent", CONTINENTS);

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
};

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    kind: organizationKind("kind").notNull(),
    name: text("name").notNull(),
    country: text("country").notNull(),
    cityId: uuid("city_id").references((): AnyPgColumn => cities.id, { onDelete: "set null" }),
    cityName: text("city_name"),
    website: text("website"),
    description: text("description").notNull().default(""),
    logoUrl: text("logo_url"),
    domains: text("domains").array().notNull().default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (t) => [
    check("organizations_country_iso", sql`${t.country} ~ '^[A-Z]{2}$'`),
    check("organizations_domains_known", sql`${t.domains} <@ ${areaCodesArraySql}`),
    check("organizations_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    // Two organizations of one country with the same name are the same organization.
    uniqueIndex("organizations_name_country_unique").on(sql`lower(${t.name})`, t.country),
    index("organizations_kind_name_idx").on(t.kind, t.name, t.id),
    index("organizations_country_idx").on(t.country),
    index("organizations_city_idx").on(t.cityId),
  ],
);

export const cities = pgTable(
  "cities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    country: text("country").notNull(),
    province: text("province"),
    continent: continent("continent").notNull(),
    population: integer("population").notNull(),
    latitude: doublePrecision("latitude").notNull(),
    longitude: doublePrecision("longitude").notNull(),
    timeZone: text("time_zone").notNull(),
    // The city government (or agency) that speaks for the city on the platform.
    organizationId: uuid("organization_id")
      .unique()
      .references((): AnyPgColumn => organizations.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    check("cities_country_iso", sql`${t.country} ~ '^[A-Z]{2}$'`),
    check("cities_population_nonnegative", sql`${t.population} >= 0`),
    check("cities_latitude_range", sql`${t.latitude} BETWEEN -90 AND 90`),
    check("cities_longitude_range", sql`${t.longitude} BETWEEN -180 AND 180`),
    check("cities_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    index("cities_name_idx").on(t.name, t.id),
    index("cities_population_idx").on(t.population, t.id),
    index("cities_country_idx").on(t.country),
    index("cities_continent_idx").on(t.continent),
  ],
);

export const LOCALES = ["en", "zh-CN", "es"] as const;
export type Locale = (typeof LOCALES)[number];

export const ORGANIZATION_ROLES = ["admin", "member"] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];
export const organizationRole = pgEnum("organization_role", ORGANIZATION_ROLES);

/**
 * A person, with or without an account: a person has an account when it has a password
 * hash. Emails are unique regardless of case (unique index on lower(email)).
 */
export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    title: text("title"),
    organizationId: uuid("organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    organizationRole: organizationRole("organization_role"),
    email: text("email"),
    passwordHash: text("password_hash"),
    isPlatformAdmin: boolean("is_platform_admin").notNull().default(false),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    locale: text("locale").notNull().default("en"),
    bio: text("bio").notNull().default(""),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("people_email_unique").on(sql`lower(${t.email})`),
    check("people_locale_known", sql`${t.locale} IN ('en', 'zh-CN', 'es')`),
    check(
      "people_role_needs_organization",
      sql`${t.organizationRole} IS NULL OR ${t.organizationId} IS NOT NULL`,
    ),
    check("people_account_needs_email", sql`${t.passwordHash} IS NULL OR ${t.email} IS NOT NULL`),
    check("people_email_shape", sql`${t.email} IS NULL OR ${t.email} ~ '^[^@\\s]+@[^@\\s]+$'`),
    index("people_name_idx").on(t.name, t.id),
    index("people_organization_idx").on(t.organizationId),
  ],
);
