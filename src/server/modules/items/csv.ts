import { stringify } from "csv-stringify/sync";

/**
 * CSV for spreadsheets. A cell that starts with = + - @ (or a tab or carriage return)
 * would run as a formula when the file is opened in Excel or LibreOffice, so such cells
 * get a leading apostrophe (OWASP's advice against CSV injection).
 */
export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
  const safe = rows.map((row) =>
    Object.fromEntries(
      columns.map((column) => {
        const value = row[column];
        const text = value === null || value === undefined ? "" : String(value);
        return [column, /^[=+\-@\t\r]/.test(text) ? `'${text}` : text];
      }),
    ),
  );
  return stringify(safe, { header: true, columns });
}
