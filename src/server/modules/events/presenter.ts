import type { EventRow, ParticipationRow } from "./queries.ts";
import type { EventResponse, ParticipationResponse } from "./schema.ts";

export function presentEvent(row: EventRow): EventResponse {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    hostCity: {
      id: row.hostCityId,
      slug: row.hostCitySlug,
      name: row.hostCityName,
      country: row.hostCityCountry,
    },
    venue: row.venue,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    timeZone: row.timeZone,
    status: row.status,
    description: row.description,
    website: row.website,
  };
}

export function presentParticipation(row: ParticipationRow): ParticipationResponse {
  return {
    id: row.id,
    eventId: row.eventId,
    role: row.role,
    person: {
      id: row.personId,
      name: row.name,
      title: row.personTitle,
      organizationName: row.organizationName,
    },
    organizationId: row.organizationId,
    createdAt: row.createdAt.toISOString(),
  };
}
