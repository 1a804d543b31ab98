/**
 * CSV text ↔ tables for the index formats. Pure (strings in, strings out), so the CLI
 * reads files and the web app reads uploads through the same parser.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { IndexInputError } from "./errors.ts";

export interface CsvTable {
  header: string[];
  /** Data rows; `rows[0]` is spreadsheet row 2. */
  rows: string[][];
}

export function parseCsv(text: string, source: string): CsvTable {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  // Spreadsheets in comma-decimal locales save with semicolons.
  const delimiter = !firstLine.includes(",") && firstLine.includes(";") ? ";" : ",";
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    throw new IndexInputError(
      { source, row: lines ?? null },
      `not valid CSV (${(error as Error).message})`,
    );
  }
  const [header, ...rows] = records;
  if (!header || header.every((cell) => cell === ""))
    throw new IndexInputError({ source }, "is empty: the first row must name the columns");
  return { header, rows };
}

/** Numbers are written with JavaScript's shortest round-trip form: full precision. */
export function formatCsv(header: readonly string[], rows: readonly (string | number | null)[][]) {
  return stringify([
    [...header],
    ...rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell)))),
  ]);
}
