import type { SQL } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, encodeCursor } from "../../http/pagination.ts";
import { evaluateSearch, type TextMatches } from "./evaluate.ts";
import { presentFacets, presentHit } from "./presenter.ts";
import {
  applySearchSettings,
  correctedTsQuery,
  selectCorrections,
  selectGeneration,
  selectHits,
  selectSnapshotRows,
  selectTextMatches,
  selectTombstones,
  splitCjk,
  type TextMode,
  tsQuery,
} from "./queries.ts";
import type { SearchFilters, SearchHit, SearchQuery, SearchResult } from "./schema.ts";
import { SearchSnapshot } from "./snapshot.ts";

interface RunOptions {
  cursor?: string | undefined;
  limit: number;
  withFacets: boolean;
}

/** One snapshot per database handle (tests open many; a server opens one). */
const snapshots = new WeakMap<Database, { snapshot: SearchSnapshot; syncing: Promise<void> }>();

function snapshotOf(db: Database) {
  let entry = snapshots.get(db);
  if (!entry) {
    entry = { snapshot: new SearchSnapshot(), syncing: Promise.resolve() };
    snapshots.set(db, entry);
  }
  return entry;
}

/**
 * Brings the database's snapshot up to the generation this transaction sees: rows written
 * since the last sync, minus deleted docs; everything after a truncation. Syncs of one
 * snapshot run one at a time; a snapshot already newer than the transaction is left as is
 * (its extra docs do not match the transaction's text query, its facet values are newer).
 */
async function syncSnapshot(tx: Database, db: Database): Promise<SearchSnapshot> {
  const entry = snapshotOf(db);
  const run = entry.syncing.then(async () => {
    const { snapshot } = entry;
    const current = await selectGeneration(tx);
    if (current.epoch === snapshot.epoch && current.value <= snapshot.generation) return;
    if (current.epoch !== snapshot.epoch) snapshot.reset(current.epoch);
    const since = snapshot.generation;
    // One statement at a time: a transaction's connection runs them in turn anyway.
    const rows = await selectSnapshotRows(tx, since);
    const removed = since >= 0 ? await selectTombstones(tx, since) : [];
    for (const doc of removed) snapshot.remove(doc);
    for (const row of rows) snapshot.upsert(row);
    snapshot.generation = current.value;
  });
  entry.syncing = run.catch(() => {});
  await run;
  return entry.snapshot;
}

/**
 * Runs a read-only, repeatable-read transaction with the search snapshot synced to it, so
 * text matches and snapshot values agree. Matching retrieves its candidates through this.
 */
export function withSearchSnapshot<T>(
  db: Database,
  work: (tx: Database, snapshot: SearchSnapshot) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => work(tx, await syncSnapshot(tx, db)), {
    isolationLevel: "repeatable read",
    accessMode: "read only",
  });
}

/** Loads the snapshot ahead of the first search (the server calls this once it is ready). */
export async function warmSearchSnapshot(db: Database): Promise<void> {
  await withSearchSnapshot(db, async () => undefined);
}

function decodeSearchCursor(cursor: string): { value: number; doc: number } {
  const [value, doc] = decodeCursor(cursor);
  const parsed = { value: Number(value), doc: Number(doc) };
  if (!Number.isFinite(parsed.value) || !Number.isInteger(parsed.doc) || parsed.doc < 0)
    throw new AppError("bad_request", "Invalid cursor: pass the nextCursor of a previous page", {
      issues: [{ path: "querystring.cursor", message: "invalid cursor" }],
    });
  return parsed;
}

/**
 * Full-text search with a fallback: when the English/Spanish/unstemmed reading of the
 * query matches nothing, its misspelt words are corrected against the index's vocabulary
 * (trigram similarity) and the corrected query runs, and the result says which mode
 * answered. The database answers which items match the text, in the snapshot the
 * in-memory facet snapshot is synced to; the snapshot then filters, counts facets, ranks
 * and pages (see evaluate.ts).
 */
async function runSearch(ctx: ServiceContext, filters: SearchFilters, options: RunOptions) {
  const q = filters.q ?? "";
  const after = options.cursor ? decodeSearchCursor(options.cursor) : null;
  const evaluateIn = (mode: TextMode) =>
    withSearchSnapshot(ctx.db, async (tx, snapshot) => {
      let matches: TextMatches | null = null;
      let query: SQL | null = null;
      if (mode === "fulltext") {
        await applySearchSettings(tx);
        query = tsQuery(q);
        matches = await selectTextMatches(tx, query, q);
      } else if (mode === "fuzzy") {
        const corrections = await selectCorrections(tx, q);
        if (corrections) {
          await applySearchSettings(tx);
          query = correctedTsQuery(corrections, q);
          matches = await selectTextMatches(tx, query, corrections.flat().join(" "));
        } else {
          matches = { docs: new Int32Array(0), lexemes: [] };
        }
      }
      const evaluated = evaluateSearch(snapshot, {
        matches,
        actor: ctx.actor,
        filters,
        sort: mode === "all" ? "date" : filters.sort,
        after,
        limit: options.limit,
        withFacets: options.withFacets,
      });
      return { ...evaluated, query };
    });
  let mode: TextMode = q ? "fulltext" : "all";
  let result = await evaluateIn(mode);
  // A cursor of a fuzzy page finds nothing in full text either, so it falls back too.
  if (mode === "fulltext" && result.total === 0) {
    mode = "fuzzy";
    result = await evaluateIn(mode);
  }
  const rows = await selectHits(
    ctx.db,
    result.hits.map((hit) => hit.doc),
    result.query,
  );
  const byDoc = new Map(rows.map((row) => [row.doc, row]));
  // Snippets are highlighted by the database, except CJK words (matched as character
  // pairs, which ts_headline does not see); those are marked as substrings.
  const markWords = splitCjk(q).runs;
  const items: SearchHit[] = [];
  for (const hit of result.hits) {
    const row = byDoc.get(hit.doc);
    if (row) items.push(presentHit(row, hit.score, markWords));
  }
  const last = result.hits.at(-1);
  const nextCursor = result.hasMore && last ? encodeCursor(last.sortValue, String(last.doc)) : null;
  return { items, total: result.total, nextCursor, mode, facets: presentFacets(result.facets) };
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
