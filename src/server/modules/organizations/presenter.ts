import type { OrganizationRow } from "./queries.ts";
import type { OrganizationResponse } from "./schema.ts";

export function presentOrganization(row: OrganizationRow): OrganizationResponse {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    country: row.country,
    cityId: row.cityId,
    cityName: row.cityName,
    website: row.website,
    description: row.description,
    logoUrl: row.logoUrl,
    domains: row.domains,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
