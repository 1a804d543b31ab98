import type { ServiceContext } from "../../http/context.ts";
import { selectPlatformCounts } from "./queries.ts";
import type { PlatformStats } from "./schema.ts";

export async function getPlatformStats(ctx: ServiceContext): Promise<PlatformStats> {
  const counts = await selectPlatformCounts(ctx.db);
  return {
    cities: counts.cities,
    countries: counts.countries,
    continents: counts.continents,
    organizations: counts.byKind.reduce((sum, row) => sum + row.organizations, 0),
    organizationsByKind: Object.fromEntries(
      counts.byKind.map((row) => [row.kind, row.organizations]),
    ),
    people: counts.people,
    events: counts.events,
  };
}
