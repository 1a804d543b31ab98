import { renderMarkdown } from "../items/markdown.ts";
import type { CaseRow, selectCaseParts } from "./queries.ts";
import type { CaseDetailResponse, CaseResponse } from "./schema.ts";

export function presentCase(row: CaseRow): CaseResponse {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    organization: {
      id: row.organizationId,
      slug: row.organizationSlug,
      name: row.organizationName,
    },
    city: { id: row.cityId, slug: row.citySlug, name: row.cityName, country: row.cityCountry },
    domains: row.domains,
    sdgs: row.sdgs,
    tags: row.tags,
    investment:
      row.investment && row.currency ? { amount: row.investment, currency: row.currency } : null,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
    visibility: row.visibility,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentCaseDetail(
  row: CaseRow,
  parts: Awaited<ReturnType<typeof selectCaseParts>>,
  canEdit: boolean,
): CaseDetailResponse {
  return {
    ...presentCase(row),
    problem: row.problem,
    problemHtml: renderMarkdown(row.problem),
    approach: row.approach,
    approachHtml: renderMarkdown(row.approach),
    kpis: parts.kpis.map(({ metric, baseline, result, unit, year }) => ({
      metric,
      baseline,
      result,
      unit,
      year,
    })),
    partners: parts.partners,
    solutions: parts.solutions,
    canEdit,
  };
}
