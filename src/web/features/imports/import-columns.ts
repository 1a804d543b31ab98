import type { ImportKind } from "../../app/api-types.ts";

export type CellKind = "text" | "list" | "numbers" | "number";

// The columns the import accepts, in template order — a copy of IMPORT_COLUMNS and
// REQUIRED_COLUMNS in src/server/modules/imports/schema.ts (a test keeps them equal).
export const IMPORT_COLUMNS: Record<ImportKind, Record<string, CellKind>> = {
  challenges: {
    organization: "text",
    title: "text",
    summary: "text",
    description: "text",
    domains: "list",
    sdgs: "numbers",
    tags: "list",
    budgetMin: "text",
    budgetMax: "text",
    currency: "text",
    stage: "text",
    startsOn: "text",
    deadline: "text",
    preferredPartnerKinds: "list",
    language: "text",
    visibility: "text",
    status: "text",
  },
  solutions: {
    organization: "text",
    title: "text",
    summary: "text",
    description: "text",
    domains: "list",
    sdgs: "numbers",
    tags: "list",
    trl: "number",
    priceModel: "text",
    regionsServed: "list",
    languages: "list",
    certifications: "list",
    mediaLinks: "list",
    visibility: "text",
  },
};

export const REQUIRED_COLUMNS: Record<ImportKind, string[]> = {
  challenges: ["title"],
  solutions: ["title", "trl"],
};

/** A cell for a CSV: quoted when it holds a separator, a quote or a line break. */
function csvCell(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The header row of an import file for the kind, as a CSV that spreadsheet programs open
 * as UTF-8 (the byte-order mark) and the server reads (it skips the mark).
 */
export function csvTemplate(kind: ImportKind): string {
  return `\uFEFF${Object.keys(IMPORT_COLUMNS[kind]).map(csvCell).join(",")}\r\n`;
}

/** Downloads the template as citymatch-<kind>-template.csv. */
export function downloadTemplate(kind: ImportKind): void {
  const blob = new Blob([csvTemplate(kind)], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `citymatch-${kind}-template.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
