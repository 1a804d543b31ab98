import { and, asc, count, eq, gte, ilike, lte, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { likePattern } from "../../db/like.ts";
import { cities, events, organizations } from "../../db/schema/index.ts";
import { afterCursor, type KeysetSort, orderByKeyset } from "../../http/pagination.ts";

export type CityRow = typeof cities.$inferSelect;
export type CityInsert = typeof cities.$inferInsert;

export interface CityFilter {
  q?: string | undefined;
  country?: string | undefined;
  continent?: CityRow["continent"] | undefined;
  minPopulation?: number | undefined;
  maxPopulation?: number | undefined;
}

function cityConditions(filter: CityFilter): SQL | undefined {
  return and(
    filter.q
      ? or(ilike(cities.name, likePattern(filter.q)), ilike(cities.province, likePattern(filter.q)))
      : undefined,
    filter.country ? eq(cities.country, filter.country) : undefined,
    filter.continent ? eq(cities.continent, filter.continent) : undefined,
    filter.minPopulation !== undefined ? gte(cities.population, filter.minPopulation) : undefined,
    filter.maxPopulation !== undefined ? lte(cities.population, filter.maxPopulation) : undefined,
  );
}

export async function selectCitiesPage(
  db: Database,
  filter: CityFilter,
  sort: KeysetSort,
  cursor: string | undefined,
  limit: number,
) {
  const where = cityConditions(filter);
  const rows = await db
    .select()
    .from(cities)
    .where(and(where, afterCursor(sort, cities.id, cursor)))
    .orderBy(...orderByKeyset(sort, cities.id))
    .limit(limit + 1);
  const [totals] = await db.select({ total: count() }).from(cities).where(where);
  return { rows, total: totals?.total ?? 0 };
}

export async function selectCity(db: Database, where: { id: string } | { slug: string }) {
  const [row] = await db
    .select()
    .from(cities)
    .where("id" in where ? eq(cities.id, where.id) : eq(cities.slug, where.slug));
  return row ?? null;
}

const organizationRefColumns = {
  id: organizations.id,
  slug: organizations.slug,
  name: organizations.name,
  kind: organizations.kind,
};

export async function selectOrganizationRef(db: Database, id: string) {
  const [row] = await db
    .select(organizationRefColumns)
    .from(organizations)
    .where(eq(organizations.id, id));
  return row ?? null;
}

export async function selectOrganizationsInCity(db: Database, cityId: string, limit: number) {
  return db
    .select(organizationRefColumns)
    .from(organizations)
    .where(eq(organizations.cityId, cityId))
    .orderBy(sql`${organizations.kind} = 'city-government' DESC`, asc(organizations.name))
    .limit(limit);
}

export async function selectEventsInCity(db: Database, cityId: string, includeDrafts: boolean) {
  return db
    .select({
      id: events.id,
      slug: events.slug,
      name: events.name,
      startsOn: events.startsOn,
      endsOn: events.endsOn,
      status: events.status,
    })
    .from(events)
    .where(
      and(
        eq(events.hostCityId, cityId),
        includeDrafts ? undefined : sql`${events.status} <> 'draft'`,
      ),
    )
    .orderBy(events.startsOn);
}

export async function citySlugTaken(db: Database, slug: string) {
  const [row] = await db.select({ id: cities.id }).from(cities).where(eq(cities.slug, slug));
  return Boolean(row);
}

export async function insertCity(db: Database, values: CityInsert) {
  const [row] = await db.insert(cities).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateCityRow(db: Database, id: string, values: Partial<CityInsert>) {
  const [row] = await db
    .update(cities)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(cities.id, id))
    .returning();
  return row ?? null;
}

export async function deleteCityRow(db: Database, id: string) {
  const rows = await db.delete(cities).where(eq(cities.id, id)).returning({ id: cities.id });
  return rows.length > 0;
}
