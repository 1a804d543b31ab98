import { and, asc, desc, eq, gt, lt, or, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";
import { AppError } from "./errors.ts";

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(1000).optional(),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe("Pass as `cursor` to get the next page"),
    total: z.number().int().describe("Number of items matching the filters"),
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

type CursorValue = string | number;

/**
 * A sort order for keyset pagination: one column and the id as tie-breaker, so every
 * row has a unique position and pages neither skip nor repeat rows under inserts.
 * The sort column must be NOT NULL.
 */
export interface KeysetSort {
  column: AnyPgColumn;
  direction: "asc" | "desc";
  /** How to read the sort value off a row for the next cursor. */
  valueOf: (row: Record<string, unknown>) => CursorValue;
}

export function parseSort<K extends string>(
  sort: string,
  columns: Record<K, { column: AnyPgColumn; key: string }>,
): KeysetSort {
  const descending = sort.startsWith("-");
  const name = (descending ? sort.slice(1) : sort) as K;
  const spec = columns[name];
  if (!spec) throw new AppError("bad_request", `Unknown sort "${sort}"`);
  return {
    column: spec.column,
    direction: descending ? "desc" : "asc",
    valueOf: (row) => {
      const value = row[spec.key];
      return value instanceof Date ? value.toISOString() : (value as CursorValue);
    },
  };
}

export function encodeCursor(value: CursorValue, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString("base64url");
}

export function decodeCursor(cursor: string): [CursorValue, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === "string" || typeof parsed[0] === "number") &&
      typeof parsed[1] === "string"
    ) {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError("bad_request", "Invalid cursor: pass the nextCursor of a previous page", {
    issues: [{ path: "querystring.cursor", message: "invalid cursor" }],
  });
}

/** The WHERE part that starts a page after the cursor's row. */
export function afterCursor(
  sort: KeysetSort,
  idColumn: AnyPgColumn,
  cursor: string | undefined,
): SQL | undefined {
  if (!cursor) return undefined;
  const [value, id] = decodeCursor(cursor);
  const beyond = sort.direction === "asc" ? gt : lt;
  return or(beyond(sort.column, value), and(eq(sort.column, value), beyond(idColumn, id)));
}

export function orderByKeyset(sort: KeysetSort, idColumn: AnyPgColumn): SQL[] {
  const direction = sort.direction === "asc" ? asc : desc;
  return [direction(sort.column), direction(idColumn)];
}

/** Turns `limit + 1` fetched rows into a page; the extra row only says there is more. */
export function toPage<Row extends { id: string }, Item>(
  rows: Row[],
  limit: number,
  total: number,
  sort: KeysetSort,
  present: (row: Row) => Item,
): Page<Item> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(present),
    nextCursor:
      hasMore && last
        ? encodeCursor(sort.valueOf(last as unknown as Record<string, unknown>), last.id)
        : null,
    total,
  };
}
