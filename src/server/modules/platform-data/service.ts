import type { Database } from "../../db/client.ts";
import { AppError, fromDatabaseError } from "../../http/errors.ts";
import {
  columnKeys,
  countRows,
  dateColumnKeys,
  deleteAllPlatformData,
  EXPORT_ORDER,
  type ExportedTableName,
  insertRows,
  linkOrganizationCity,
  selectAllRows,
} from "./queries.ts";
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  exportDocumentSchema,
} from "./schema.ts";

export type Progress = (step: { table: string; done: number; total: number }) => void;

export async function exportPlatformData(
  db: Database,
  now: Date,
  progress?: Progress,
): Promise<ExportDocument> {
  const tables: ExportDocument["tables"] = {};
  for (const [index, name] of EXPORT_ORDER.entries()) {
    tables[name] = await selectAllRows(db, name);
    progress?.({ table: name, done: index + 1, total: EXPORT_ORDER.length });
  }
  // JSON round trip turns Dates into ISO strings, so the document is what a file holds.
  return JSON.parse(
    JSON.stringify({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      tables,
    }),
  ) as ExportDocument;
}

export interface ImportSummary {
  rows: Record<string, number>;
  replaced: boolean;
}

const BATCH = 500;

/**
 * Imports an export document in one transaction: every row lands or none does. Refuses
 * to mix with existing data unless `replace` is set, which deletes it in the same
 * transaction.
 */
export async function importPlatformData(
  db: Database,
  input: unknown,
  options: { replace?: boolean; progress?: Progress } = {},
): Promise<ImportSummary> {
  const parsed = exportDocumentSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("validation_failed", "Not a citymatch export document", {
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.join("."),
        message: issue.message,
      })),
    });
  }
  const document = parsed.data;
  const unknownTables = Object.keys(document.tables).filter(
    (name) => !EXPORT_ORDER.includes(name as ExportedTableName),
  );
  if (unknownTables.length > 0) {
    throw new AppError("validation_failed", `Unknown tables: ${unknownTables.join(", ")}`);
  }
  const prepared = new Map<ExportedTableName, Record<string, unknown>[]>();
  for (const name of EXPORT_ORDER)
    prepared.set(name, prepareRows(name, document.tables[name] ?? []));

  const summary: ImportSummary = { rows: {}, replaced: false };
  await db.transaction(async (tx) => {
    // One query at a time: a transaction is one connection.
    let existing = 0;
    for (const name of EXPORT_ORDER) existing += await countRows(tx, name);
    if (existing > 0) {
      if (!options.replace) {
        throw new AppError(
          "conflict",
          `The database already holds ${existing} rows; import into an empty database or replace its data`,
        );
      }
      await deleteAllPlatformData(tx);
      summary.replaced = true;
    }
    const cityLinks: { organizationId: string; cityId: string }[] = [];
    for (const name of EXPORT_ORDER) {
      let rows = prepared.get(name) ?? [];
      if (name === "organizations") {
        rows = rows.map((row) => {
          if (typeof row.cityId === "string" && typeof row.id === "string") {
            cityLinks.push({ organizationId: row.id, cityId: row.cityId });
          }
          return { ...row, cityId: null };
        });
      }
      for (let start = 0; start < rows.length; start += BATCH) {
        const batch = rows.slice(start, start + BATCH);
        try {
          await insertRows(tx, name, batch);
        } catch (error) {
          const cause = fromDatabaseError(error);
          throw new AppError(
            "validation_failed",
            `Table ${name}, rows ${start + 1}–${start + batch.length}: ${cause?.message ?? "rejected by the database"}`,
            { table: name, firstRow: start + 1, cause: cause?.details ?? null },
          );
        }
        options.progress?.({ table: name, done: start + batch.length, total: rows.length });
      }
      summary.rows[name] = rows.length;
      if (name === "cities") {
        for (const link of cityLinks)
          await linkOrganizationCity(tx, link.organizationId, link.cityId);
      }
    }
  });
  return summary;
}

function prepareRows(name: ExportedTableName, rows: Record<string, unknown>[]) {
  const known = columnKeys(name);
  const dates = dateColumnKeys(name);
  return rows.map((row, index) => {
    const unknownKeys = Object.keys(row).filter((key) => !known.has(key));
    if (unknownKeys.length > 0) {
      throw new AppError(
        "validation_failed",
        `Table ${name}, row ${index + 1}: unknown columns ${unknownKeys.join(", ")}`,
      );
    }
    const copy: Record<string, unknown> = { ...row };
    for (const key of dates) {
      const value = copy[key];
      if (value === null || value === undefined) continue;
      // Files hold ISO strings; the demo hands over its generated rows as they are.
      const date =
        value instanceof Date ? value : typeof value === "string" ? new Date(value) : null;
      if (!date || Number.isNaN(date.getTime())) {
        throw new AppError(
          "validation_failed",
          `Table ${name}, row ${index + 1}, column ${key}: not a timestamp`,
        );
      }
      copy[key] = date;
    }
    return copy;
  });
}
