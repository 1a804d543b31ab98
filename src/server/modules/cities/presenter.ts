import type { CityRow } from "./queries.ts";
import type { CityResponse } from "./schema.ts";

export function presentCity(row: CityRow): CityResponse {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    country: row.country,
    province: row.province,
    continent: row.continent,
    population: row.population,
    latitude: row.latitude,
    longitude: row.longitude,
    timeZone: row.timeZone,
    organizationId: row.organizationId,
  };
}
