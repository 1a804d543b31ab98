import type { ServiceContext } from "../../http/context.ts";
import { decodeCursor, encodeCursor } from "../../http/pagination.ts";
import { presentFacets, presentHit } from "./presenter.ts";
import {
  hasFulltextMatch,
  selectHits,
  selectSearchPage,
  type TextMode,
  useFuzzyThreshold,
} from "./queries.ts";
import type { SearchFilters, SearchHit, SearchQuery, SearchResult } from "./schema.ts";

/**
 * Full-text search with a fallback: when the English/Spanish/unstemmed reading of the
 * query matches nothing (a misspelling, Chinese text), trigram similarity and substring
 * matching take over, and the result says which mode answered.
 */
async function chooseMode(
  ctx: ServiceContext,
  filters: SearchFilters,
  q: string,
): Promise<TextMode> {
  if (!q) return "all";
  return (await hasFulltextMatch(ctx.db, ctx.actor, filters, q)) ? "fulltext" : "fuzzy";
}

interface RunOptions {
  cursor?: string | undefined;
  limit: number;
  withFacets: boolean;
}

async function runSearch(ctx: ServiceContext, filters: SearchFilters, options: RunOptions) {
  const q = filters.q ?? "";
  const mode = await chooseMode(ctx, filters, q);
  const sort = mode === "all" ? "date" : filters.sort;
  const after = options.cursor ? decodeCursor(options.cursor) : null;
  const request = {
    actor: ctx.actor,
    filters,
    mode,
    q,
    sort,
    after: after ? { value: String(after[0]), id: after[1] } : null,
    limit: options.limit,
    withFacets: options.withFacets,
  };
  const page =
    mode === "fuzzy"
      ? await ctx.db.transaction(async (tx) => {
          await useFuzzyThreshold(tx);
          return selectSearchPage(tx, request);
        })
      : await selectSearchPage(ctx.db, request);
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
