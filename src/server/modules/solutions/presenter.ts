import { renderMarkdown } from "../items/markdown.ts";
import type { SolutionRow } from "./queries.ts";
import type { SolutionDetailResponse, SolutionResponse } from "./schema.ts";

export function presentSolution(row: SolutionRow): SolutionResponse {
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
    title: row.title,
    summary: row.summary,
    domains: row.domains,
    sdgs: row.sdgs,
    tags: row.tags,
    trl: row.trl,
    priceModel: row.priceModel,
    regionsServed: row.regionsServed,
    languages: row.languages,
    visibility: row.visibility,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentSolutionDetail(
  row: SolutionRow,
  extra: Pick<SolutionDetailResponse, "deployments" | "cases" | "canEdit">,
): SolutionDetailResponse {
  return {
    ...presentSolution(row),
    description: row.description,
    descriptionHtml: renderMarkdown(row.description),
    certifications: row.certifications,
    mediaLinks: row.mediaLinks,
    ...extra,
  };
}
