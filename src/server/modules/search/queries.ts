import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../../db/client.ts";
import {
  AREA_CODES,
  CONTINENTS,
  ITEM_TYPES,
  PROCUREMENT_STAGES,
  searchItems,
} from "../../db/schema/index.ts";
import type { Actor } from "../../http/context.ts";
import { visibleTo } from "../items/queries.ts";
import { BUDGET_BANDS, type FacetName, type SearchFilters } from "./schema.ts";

export type TextMode = "all" | "fulltext" | "fuzzy";

const s = searchItems;

/** English, Spanish and unstemmed readings of the query, any of which may match. */
const tsQuery = (q: string) =>
  sql`(websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('spanish', ${q}) || websearch_to_tsquery('simple', ${q}))`;

const searchableText = sql`(${s.title} || ' ' || ${s.summary})`;

function textCondition(mode: TextMode, q: string): SQL | undefined {
  if (mode === "fulltext") return sql`${s.document} @@ ${tsQuery(q)}`;
  if (mode === "fuzzy") {
    // Every word of the query must be close to some word of the text (trigram word
    // similarity, indexed: see FUZZY_THRESHOLD); or the whole query must be a substring,
    // which is what finds Chinese, written without spaces between words.
    const escaped = q.replace(/[\\%_]/g, "\\$&");
    const words = fuzzyWords(q);
    const allWordsClose =
      words.length > 0
        ? and(...words.map((word) => sql`${word} <% ${searchableText}`))
        : sql`false`;
    return sql`(${allWordsClose} OR ${searchableText} ILIKE ${`%${escaped}%`})`;
  }
  return undefined;
}

export function fuzzyWords(q: string): string[] {
  return q
    .split(/\s+/)
    .filter((word) => word.length >= 3)
    .slice(0, 8);
}

/**
 * pg_trgm's word-similarity threshold for the fuzzy mode (default 0.6 misses "warnng"
 * for "warning"); set per transaction so the GIN trigram index still serves `<%`.
 */
export const FUZZY_THRESHOLD = 0.5;

/**
 * Planner settings for one text search, inside its transaction. The planner prices
 * `document @@ query` and trigram similarity on a sequential scan as cheap, but they
 * detoast and test every row; the GIN bitmap scans need neither, so sequential scans
 * are ruled out (measured: 2-7x faster at 27,000 items). Fuzzy mode also sets pg_trgm's
 * word-similarity threshold.
 */
export async function applySearchSettings(db: Database, mode: TextMode, q: string) {
  // A fuzzy query with no word of three characters or more (two Chinese characters, say)
  // has no trigrams for the index to use: a sequential scan is then the right plan.
  const indexUsable = mode === "fulltext" || fuzzyWords(q).length > 0;
  if (indexUsable) await db.execute(sql.raw("SET LOCAL enable_seqscan = off"));
  if (mode === "fuzzy") {
    await db.execute(sql.raw(`SET LOCAL pg_trgm.word_similarity_threshold = ${FUZZY_THRESHOLD}`));
  }
}

function rankExpression(mode: TextMode, q: string): SQL {
  // Rounded numerics, so a rank survives the round trip through a cursor exactly.
  if (mode === "fulltext")
    return sql`round(ts_rank_cd(${s.document}, ${tsQuery(q)}, 1)::numeric, 6)`;
  if (mode === "fuzzy") return sql`round(word_similarity(${q}, ${searchableText})::numeric, 6)`;
  return sql`0::numeric`;
}

function filterConditions(actor: Actor | null, filters: SearchFilters): SQL | undefined {
  const any = <T>(values: T[] | undefined, build: (values: T[]) => SQL) =>
    values && values.length > 0 ? build(values) : undefined;
  // Compared as text, so enum, text and integer columns share one form.
  const oneOf = (column: AnyPgColumn, values: unknown[]) =>
    inArray(sql`${column}::text`, values.map(String));
  const overlaps = (column: AnyPgColumn, values: unknown[], type: "text" | "integer") =>
    sql`${column} && ARRAY[${sql.join(
      values.map((value) => sql`${value}`),
      sql`, `,
    )}]::${sql.raw(type)}[]`;
  return and(
    visibleTo(actor, { visibility: s.visibility, organizationId: s.organizationId }),
    any(filters.type, (values) => oneOf(s.itemType, values)),
    any(filters.domain, (values) => overlaps(s.domains, values, "text")),
    any(filters.sdg, (values) => overlaps(s.sdgs, values, "integer")),
    any(filters.country, (values) => oneOf(s.country, values)),
    any(filters.continent, (values) => oneOf(s.continent, values)),
    any(filters.trl, (values) => oneOf(s.trl, values)),
    any(filters.stage, (values) => oneOf(s.stage, values)),
    any(filters.budgetBand, (values) => oneOf(s.budgetBand, values)),
    filters.organization ? eq(s.organizationId, filters.organization) : undefined,
  );
}

/** Every value of the facets with a known, small set of values; countries are grouped. */
const SCALAR_FACETS: { facet: FacetName; column: string; values: string[] }[] = [
  { facet: "type", column: "item_type::text", values: [...ITEM_TYPES] },
  { facet: "continent", column: "continent", values: [...CONTINENTS] },
  { facet: "trl", column: "trl::text", values: Array.from({ length: 9 }, (_, i) => String(i + 1)) },
  { facet: "stage", column: "stage", values: [...PROCUREMENT_STAGES] },
  { facet: "budgetBand", column: "budget_band", values: [...BUDGET_BANDS] },
];
const MASK_FACETS: { facet: FacetName; column: string; values: string[] }[] = [
  { facet: "domain", column: "domain_mask", values: [...AREA_CODES] },
  { facet: "sdg", column: "sdg_mask", values: Array.from({ length: 17 }, (_, i) => String(i + 1)) },
];

/**
 * All facet counts in two passes over the matched set: one row of counts for the facets
 * with a known, small set of values (domains and SDGs as sums of mask bits), and a
 * GROUP BY for countries. The values are constants of the code, never user input.
 */
function facetCountsSql(): SQL {
  const counts: SQL[] = [];
  for (const { facet, column, values } of SCALAR_FACETS) {
    for (const value of values) {
      counts.push(
        sql.raw(
          `json_build_array('${facet}', '${value}', count(*) FILTER (WHERE ${column} = '${value}'))`,
        ),
      );
    }
  }
  for (const { facet, column, values } of MASK_FACETS) {
    values.forEach((value, bit) => {
      counts.push(
        sql.raw(`json_build_array('${facet}', '${value}', sum((${column} >> ${bit}) & 1))`),
      );
    });
  }
  return sql`(SELECT json_agg(entry) FROM (
      SELECT json_build_array('country', country, count(*)) AS entry FROM matched GROUP BY country
      UNION ALL
      SELECT unnest(ARRAY[${sql.join(counts, sql`, `)}]) FROM matched
    ) facets)`;
}

export interface SearchPageRequest {
  actor: Actor | null;
  filters: SearchFilters;
  mode: TextMode;
  q: string;
  sort: "relevance" | "date";
  after: { value: string; id: string } | null;
  limit: number;
  withFacets: boolean;
}

/** [facet, value, count] */
export type RawFacet = [string, string, number];

/**
 * One statement answers a search: the matching set is materialized once, then counted,
 * paged (keyset on rank or date, then id) and grouped for every facet.
 */
export async function selectSearchPage(db: Database, request: SearchPageRequest) {
  const result = await db.execute(searchPageSql(request));
  return readSearchPage(result);
}

export function searchPageSql(request: SearchPageRequest): SQL {
  const { mode, q } = request;
  const where = and(filterConditions(request.actor, request.filters), textCondition(mode, q));
  const byRank = request.sort === "relevance" && mode !== "all";
  const key = byRank ? sql`rank` : sql`updated_at`;
  const after = request.after
    ? byRank
      ? sql`WHERE (rank, item_id) < (${request.after.value}::numeric, ${request.after.id}::uuid)`
      : sql`WHERE (updated_at, item_id) < (${request.after.value}::timestamptz, ${request.after.id}::uuid)`
    : sql``;
  const facets = request.withFacets ? facetCountsSql() : sql`'[]'::json`;
  // Fuzzy matching runs the trigram conditions alone first, so the planner serves them
  // from the GIN index instead of testing similarity row by row after the other filters.
  const textFirst = mode === "fuzzy";
  const candidates = textFirst
    ? sql`candidates AS MATERIALIZED (
        SELECT ${s.itemType} AS c_type, ${s.itemId} AS c_id FROM ${s} WHERE ${textCondition(mode, q)}
      ),`
    : sql``;
  const filtersWhere = textFirst ? filterConditions(request.actor, request.filters) : where;
  return sql`
    WITH ${candidates} matched AS MATERIALIZED (
      SELECT ${s.itemType} AS item_type, ${s.itemId} AS item_id, ${rankExpression(mode, q)} AS rank,
             ${s.updatedAt} AS updated_at, ${s.domainMask} AS domain_mask, ${s.sdgMask} AS sdg_mask,
             ${s.country} AS country, ${s.continent} AS continent, ${s.trl} AS trl,
             ${s.stage} AS stage, ${s.budgetBand} AS budget_band
        FROM ${s}
        ${textFirst ? sql`JOIN candidates ON c_type = ${s.itemType} AND c_id = ${s.itemId}` : sql``}
       WHERE ${filtersWhere ?? sql`true`}
    )
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT coalesce(json_agg(p), '[]'::json) FROM (
         SELECT item_type, item_id, rank::text AS rank, updated_at
           FROM matched ${after}
          ORDER BY ${key} DESC, item_id DESC
          LIMIT ${request.limit + 1}
      ) p) AS page,
      ${facets} AS facets
  `;
}

function readSearchPage(result: unknown) {
  const [row] = (result as unknown as { rows: unknown[] }).rows as {
    total: number;
    page: { item_type: string; item_id: string; rank: string; updated_at: string }[] | string;
    facets: RawFacet[] | string;
  }[];
  // pg parses json columns; PGlite may hand them over as text.
  const parse = <T>(value: T | string): T =>
    typeof value === "string" ? (JSON.parse(value) as T) : value;
  return {
    total: row?.total ?? 0,
    page: row ? parse(row.page) : [],
    facets: row ? parse(row.facets) : [],
  };
}

/** Display fields and a highlighted snippet for the rows of one page. */
export async function selectHits(
  db: Database,
  keys: { itemType: string; itemId: string }[],
  mode: TextMode,
  q: string,
) {
  if (keys.length === 0) return [];
  const ids = keys.map((key) => key.itemId);
  // U+E000 and U+E001 (private use) mark matches; removed from the text first, so the presenter
  // can escape everything else and turn only these into <mark> elements.
  const snippet =
    mode === "fulltext"
      ? sql`ts_headline('english', translate(${s.summary} || ' ' || ${s.body}, ${"\uE000\uE001"}, ''), ${tsQuery(q)}, ${'StartSel=\uE000, StopSel=\uE001, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'})`
      : sql`left(${s.summary}, 300)`;
  return db
    .select({
      itemType: s.itemType,
      itemId: s.itemId,
      slug: s.slug,
      title: s.title,
      snippet: sql<string>`${snippet}`,
      organizationId: s.organizationId,
      organizationName: s.organizationName,
      country: s.country,
      continent: s.continent,
      domains: s.domains,
      sdgs: s.sdgs,
      trl: s.trl,
      stage: s.stage,
      budgetBand: s.budgetBand,
      status: s.status,
      visibility: s.visibility,
      updatedAt: s.updatedAt,
    })
    .from(s)
    .where(inArray(s.itemId, ids));
}
