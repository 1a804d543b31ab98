import type { ServiceContext } from "../../http/context.ts";
import { decodeCursor, encodeCursor } from "../../http/pagination.ts";
import { presentFacets, presentHit } from "./presenter.ts";
import { applySearchSettings, selectHits, selectSearchPage, type TextMode } from "./queries.ts";
import type { SearchFilters, SearchHit, SearchQuery, SearchResult } from "./schema.ts";

interface RunOptions {
  cursor?: string | undefined;
  limit: number;
  withFacets: boolean;
}

/**
 * Full-text search with a fallback: when the English/Spanish/unstemmed reading of the
 * query matches nothing (a misspelling, Chinese text), trigram similarity and substring
 * matching take over, and the result says which mode answered. Deciding by the first
 * page's total (not a separate EXISTS probe, which the planner turns into a sequential
 * scan) costs a second query only when nothing matched.
 */
async function runSearch(ctx: ServiceContext, filters: SearchFilters, options: RunOptions) {
  const q = filters.q ?? "";
  const after = options.cursor ? decodeCursor(options.cursor) : null;
  const request = (mode: TextMode) => ({
    actor: ctx.actor,
    filters,
    mode,
    q,
    sort: mode === "all" ? ("date" as const) : filters.sort,
    after: after ? { value: String(after[0]), id: after[1] } : null,
    limit: options.limit,
    withFacets: options.withFacets,
  });
  const run = (mode: TextMode) =>
    mode === "all"
      ? selectSearchPage(ctx.db, request(mode))
      : ctx.db.transaction(async (tx) => {
          await applySearchSettings(tx, mode, q);
          return selectSearchPage(tx, request(mode));
        });
  let mode: TextMode = q ? "fulltext" : "all";
  let page = await run(mode);
  if (mode === "fulltext" && page.total === 0 && !after) {
    mode = "fuzzy";
    page = await run(mode);
  }
  const sort = request(mode).sort;
  const pageRows = page.page.slice(0, options.limit);
  const hits = await selectHits(
    ctx.db,
    pageRows.map((row) => ({ itemType: row.item_type, itemId: row.item_id })),
    mode,
    q,
  );
  const byId = new Map(hits.map((hit) => [hit.itemId, hit]));
  const items: SearchHit[] = [];
  for (const row of pageRows) {
    const hit = byId.get(row.item_id);
    if (!hit) continue;
    items.push(
      presentHit(hit, mode === "all" ? null : Number(row.rank), mode === "fuzzy" ? q : null),
    );
  }
  const last = pageRows.at(-1);
  const nextCursor =
    page.page.length > options.limit && last
      ? encodeCursor(
          sort === "relevance" ? last.rank : new Date(last.updated_at).toISOString(),
          last.item_id,
        )
      : null;
  return { items, total: page.total, nextCursor, mode, facets: presentFacets(page.facets) };
}

export async function search(ctx: ServiceContext, query: SearchQuery): Promise<SearchResult> {
  const { limit, cursor, ...filters } = query;
  return runSearch(ctx, filters, { cursor, limit, withFacets: true });
}

/** Every matching item the caller may see, for CSV/JSON export (no facets). */
export async function searchForExport(
  ctx: ServiceContext,
  filters: SearchFilters,
  limit: number,
): Promise<SearchHit[]> {
  return (await runSearch(ctx, filters, { limit, withFacets: false })).items;
}
