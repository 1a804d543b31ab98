import { presentChallenge } from "../challenges/presenter.ts";
import type { ListRow, selectListChallenges } from "./queries.ts";
import type { ListDetailResponse, ListResponse } from "./schema.ts";

export type ListStats = ListResponse["stats"];
type ListChallengeRow = Awaited<ReturnType<typeof selectListChallenges>>[number];

export function presentList(row: ListRow, stats: ListStats | undefined): ListResponse {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    intro: row.intro,
    priorityAreas: row.priorityAreas,
    status: row.status,
    publishedOn: row.publishedOn,
    event:
      row.eventId && row.eventSlug && row.eventName
        ? { id: row.eventId, slug: row.eventSlug, name: row.eventName }
        : null,
    stats: stats ?? { demands: 0, cities: 0, countries: 0 },
    updatedAt: row.updatedAt.toISOString(),
  };
}

function countBy(values: string[]): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export function presentListDetail(
  row: ListRow,
  stats: ListStats | undefined,
  items: ListChallengeRow[],
  canEdit: boolean,
): ListDetailResponse {
  return {
    ...presentList(row, stats),
    items: items.map((item) => ({ position: item.position, challenge: presentChallenge(item) })),
    byDomain: countBy(items.flatMap((item) => item.domains)).map(({ key, count }) => ({
      domain: key,
      demands: count,
    })),
    byCountry: countBy(items.map((item) => item.organizationCountry)).map(({ key, count }) => ({
      country: key,
      demands: count,
    })),
    canEdit,
  };
}
