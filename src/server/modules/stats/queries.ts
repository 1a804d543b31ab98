import { count, countDistinct, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { cities, events, organizations, people } from "../../db/schema/index.ts";

export async function selectPlatformCounts(db: Database) {
  const [cityCounts] = await db
    .select({
      cities: count(),
      countries: countDistinct(cities.country),
      continents: countDistinct(cities.continent),
    })
    .from(cities);
  const byKind = await db
    .select({ kind: organizations.kind, organizations: count() })
    .from(organizations)
    .groupBy(organizations.kind);
  const [peopleCount] = await db.select({ people: count() }).from(people);
  const [eventCount] = await db
    .select({ events: count() })
    .from(events)
    .where(sql`${events.status} <> 'draft'`);
  return {
    cities: cityCounts?.cities ?? 0,
    countries: cityCounts?.countries ?? 0,
    continents: cityCounts?.continents ?? 0,
    byKind,
    people: peopleCount?.people ?? 0,
    events: eventCount?.events ?? 0,
  };
}
