import { renderMarkdown } from "../items/markdown.ts";
import type { ChallengeRow } from "./queries.ts";
import type { ChallengeDetailResponse, ChallengeResponse } from "./schema.ts";

export function presentChallenge(row: ChallengeRow): ChallengeResponse {
  return {
    id: row.id,
    slug: row.slug,
    organization: {
      id: row.organizationId,
      slug: row.organizationSlug,
      name: row.organizationName,
      kind: row.organizationKind,
      country: row.organizationCountry,
    },
    city:
      row.cityId && row.citySlug && row.cityName
        ? { id: row.cityId, slug: row.citySlug, name: row.cityName }
        : null,
    title: row.title,
    summary: row.summary,
    domains: row.domains,
    sdgs: row.sdgs,
    tags: row.tags,
    budget: row.currency
      ? { min: row.budgetMin, max: row.budgetMax, currency: row.currency }
      : null,
    stage: row.stage,
    startsOn: row.startsOn,
    deadline: row.deadline,
    preferredPartnerKinds: row.preferredPartnerKinds,
    language: row.language,
    visibility: row.visibility,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentChallengeDetail(
  row: ChallengeRow,
  extra: Pick<ChallengeDetailResponse, "contact" | "lists" | "canEdit">,
): ChallengeDetailResponse {
  return {
    ...presentChallenge(row),
    description: row.description,
    descriptionHtml: renderMarkdown(row.description),
    ...extra,
  };
}
