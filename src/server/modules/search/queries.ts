import { gt, inArray, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import {
  searchDocuments,
  searchGeneration,
  searchItems,
  searchTombstones,
  searchWords,
} from "../../db/schema/index.ts";
import type { TextMatches } from "./evaluate.ts";
import type { SnapshotRow } from "./snapshot.ts";

export type TextMode = "all" | "fulltext" | "fuzzy";

const s = searchItems;

/** Runs of Chinese, Japanese or Korean characters (see cjk_bigrams in the migrations). */
const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+/gu;

/** The CJK runs of a query, and the rest of it. */
export function splitCjk(q: string): { rest: string; runs: string[] } {
  return { rest: q.replace(CJK_RUN, " ").trim(), runs: q.match(CJK_RUN) ?? [] };
}

/** A CJK run as a query over the character bigrams the documents hold. */
export function cjkRunQuery(run: string): string {
  const chars = [...run];
  if (chars.length === 1) return `'${run}':*`;
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) bigrams.push(`'${chars[i]}${chars[i + 1]}'`);
  return bigrams.join(" & ");
}

/**
 * English, Spanish and unstemmed readings of the query, any of which may match; CJK runs
 * must match as character bigrams.
 */
export function tsQuery(q: string): SQL {
  const { rest, runs } = splitCjk(q);
  const parts: SQL[] = [];
  if (rest || runs.length === 0)
    parts.push(
      sql`(websearch_to_tsquery('english', ${rest}) || websearch_to_tsquery('spanish', ${rest}) || websearch_to_tsquery('simple', ${rest}))`,
    );
  for (const run of runs) parts.push(sql`to_tsquery('simple', ${cjkRunQuery(run)})`);
  return sql`(${sql.join(parts, sql` && `)})`;
}

/** The query's words that may be misspelt: three characters or more, CJK runs aside. */
export function fuzzyWords(q: string): string[] {
  return splitCjk(q)
    .rest.toLowerCase()
    .split(/[\s\p{P}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

/**
 * How close (pg_trgm similarity) a vocabulary word must be to a query word to count as
 * its correction: 0.4 takes "flod" to "flood", "warnng" to "warning", "heritge" to
 * "heritage".
 */
export const CORRECTION_THRESHOLD = 0.4;
const CORRECTIONS_PER_WORD = 3;

/**
 * Each query word with up to three vocabulary words close to it, most similar first
 * (words under three characters have no useful trigrams and stay as they are); null when
 * some word has no correction at all, so nothing can match.
 */
export async function selectCorrections(db: Database, q: string): Promise<string[][] | null> {
  const words = fuzzyWords(q);
  if (words.length === 0) return null;
  await db.execute(sql.raw(`SET LOCAL pg_trgm.similarity_threshold = ${CORRECTION_THRESHOLD}`));
  const result = await db.execute(sql`
    SELECT q.word, ARRAY(
             SELECT w.word FROM ${searchWords} w
              WHERE length(q.word) >= 3 AND w.word % q.word AND w.word <> q.word
              ORDER BY similarity(w.word, q.word) DESC, w.word
              LIMIT ${CORRECTIONS_PER_WORD}
           ) AS corrections
      FROM unnest(ARRAY[${sql.join(
        words.map((word) => sql`${word}`),
        sql`, `,
      )}]::text[]) WITH ORDINALITY AS q(word, n)
     ORDER BY q.n`);
  const rows = (result as unknown as { rows: { word: string; corrections: unknown }[] }).rows;
  const groups = rows.map((row) => [row.word, ...parseTextArray(row.corrections)]);
  const corrected = groups.some((group) => group.length > 1);
  return corrected ? groups : null;
}

/** Every group must match through one of its words. */
export function correctedTsQuery(groups: string[][], q: string): SQL {
  const cjk = splitCjk(q).runs.map((run) => sql`to_tsquery('simple', ${cjkRunQuery(run)})`);
  const words = groups.map(
    (group) =>
      sql`(${sql.join(
        group.map((word) => tsQuery(word)),
        sql` || `,
      )})`,
  );
  return sql`(${sql.join([...words, ...cjk], sql` && `)})`;
}

/**
 * The planner prices `document @@ query` on a sequential scan as cheap, but that detoasts
 * and tests every document; the GIN bitmap scan needs neither, so sequential scans are
 * ruled out inside the search's transaction (measured: 2-7x faster at 27,000 items).
 */
export async function applySearchSettings(db: Database) {
  await db.execute(sql.raw("SET LOCAL enable_seqscan = off"));
}

/** A packed list of big-endian int32 values (string_agg of int4send) as numbers. */
export function unpackInt32(packed: Uint8Array | null | undefined): Int32Array {
  if (!packed || packed.byteLength === 0) return new Int32Array(0);
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const values = new Int32Array(packed.byteLength / 4);
  for (let i = 0; i < values.length; i++) values[i] = view.getInt32(i * 4);
  return values;
}

/** pg hands bytea over as a Buffer, PGlite as a Uint8Array; both may arrive as hex text. */
export function asBytes(value: unknown): Uint8Array | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Uint8Array) return value;
  if (typeof value === "string" && value.startsWith("\\x"))
    return Buffer.from(value.slice(2), "hex");
  throw new Error("expected bytea");
}

/**
 * The docs matching a text query, packed four bytes each (tens of thousands of matches
 * cost one row, not tens of thousands), with the lexemes of the query's words for ranking.
 */
export async function selectTextMatches(
  db: Database,
  query: SQL,
  words: string,
): Promise<TextMatches> {
  const result = await db.execute(sql`
    SELECT string_agg(int4send(${searchDocuments.doc}), ''::bytea) AS docs,
           (SELECT tsvector_to_array(to_tsvector('english', ${words}) || to_tsvector('spanish', ${words}) || to_tsvector('simple', ${words}) || to_tsvector('simple', cjk_bigrams(${words})))) AS lexemes
      FROM ${searchDocuments} WHERE ${searchDocuments.document} @@ ${query}`);
  const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0] ?? {};
  return { docs: unpackInt32(asBytes(row.docs)), lexemes: parseTextArray(row.lexemes) };
}

/** pg parses text[] columns of raw statements; PGlite may hand over the literal. */
function parseTextArray(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  if (typeof value !== "string" || value === "{}") return [];
  return value
    .slice(1, -1)
    .split(",")
    .map((item) => item.replace(/^"(.*)"$/, "$1").replace(/\\(.)/g, "$1"));
}

export async function selectGeneration(db: Database): Promise<{ epoch: number; value: number }> {
  const [row] = await db
    .select({ epoch: searchGeneration.epoch, value: searchGeneration.value })
    .from(searchGeneration);
  return row ?? { epoch: 0, value: 0 };
}

/** Every search item written after a generation (all of them from -1), as the snapshot stores it. */
export async function selectSnapshotRows(db: Database, after: number): Promise<SnapshotRow[]> {
  const s = searchItems;
  return db
    .select({
      doc: s.doc,
      itemType: s.itemType,
      itemId: s.itemId,
      organizationId: s.organizationId,
      visibility: s.visibility,
      country: s.country,
      continent: s.continent,
      trl: s.trl,
      stage: s.stage,
      budgetBand: s.budgetBand,
      domainMask: s.domainMask,
      sdgMask: s.sdgMask,
      updatedAt: sql<number>`(extract(epoch from ${s.updatedAt}) * 1000)::float8`.mapWith(Number),
      titleLexemes: sql<string[]>`tsvector_to_array(ts_filter(${s.head}, '{a}'))`.mapWith(
        parseTextArray,
      ),
      summaryLexemes: sql<string[]>`tsvector_to_array(ts_filter(${s.head}, '{b}'))`.mapWith(
        parseTextArray,
      ),
    })
    .from(s)
    .where(gt(s.generation, after));
}

export async function selectTombstones(db: Database, after: number): Promise<number[]> {
  const rows = await db
    .select({ doc: searchTombstones.doc })
    .from(searchTombstones)
    .where(gt(searchTombstones.generation, after));
  return rows.map((row) => row.doc);
}

/** Display fields and a highlighted snippet for the rows of one page. */
export async function selectHits(db: Database, docs: number[], query: SQL | null) {
  if (docs.length === 0) return [];
  // U+E000 and U+E001 (private use) mark matches; removed from the text first, so the presenter
  // can escape everything else and turn only these into <mark> elements.
  const snippet = query
    ? sql`ts_headline('english', translate(${s.summary} || ' ' || ${s.body}, ${"\uE000\uE001"}, ''), ${query}, ${'StartSel=\uE000, StopSel=\uE001, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'})`
    : sql`left(${s.summary}, 300)`;
  return db
    .select({
      doc: s.doc,
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
    .where(inArray(s.doc, docs));
}
