import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { AppError } from "../../http/errors.ts";

export const MAX_IMPORT_ROWS = 100_000;

export interface Table {
  /** Header cells as written in the file. */
  headers: string[];
  /** Data rows (the header row excluded); every cell as text, "" when empty. */
  rows: string[][];
}

const fileError = (message: string) =>
  new AppError("validation_failed", message, { errors: [{ row: 0, column: null, message }] });

/** Reads a CSV (UTF-8, comma or semicolon separated) or an XLSX workbook's first sheet. */
export async function readTable(data: Buffer, filename: string): Promise<Table> {
  const lower = filename.toLowerCase();
  const rows = lower.endsWith(".xlsx")
    ? await readXlsx(data)
    : lower.endsWith(".csv") || lower.endsWith(".txt")
      ? readCsv(data)
      : (() => {
          throw fileError(`${filename}: not a .csv or .xlsx file`);
        })();
  const [headers, ...body] = rows;
  if (!headers || headers.every((cell) => cell.trim() === "")) {
    throw fileError("The file is empty: the first row must name the columns");
  }
  const dataRows = body.filter((row) => row.some((cell) => cell.trim() !== ""));
  if (dataRows.length === 0) throw fileError("The file has a header row but no data rows");
  if (dataRows.length > MAX_IMPORT_ROWS) {
    throw fileError(`Too many rows: ${dataRows.length}; at most ${MAX_IMPORT_ROWS} per import`);
  }
  return { headers: headers.map((cell) => cell.trim()), rows: dataRows };
}

function readCsv(data: Buffer): string[][] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    throw fileError("The CSV file is not UTF-8 encoded; save it as “CSV UTF-8” and try again");
  }
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  try {
    return parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (error) {
    throw fileError(`The CSV file is malformed: ${(error as Error).message}`);
  }
}

async function readXlsx(data: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw fileError("The XLSX file could not be read; is it an Excel 2007+ workbook?");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError("The workbook has no worksheet");
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) {
    throw fileError(`Too many rows: ${sheet.rowCount - 1}; at most ${MAX_IMPORT_ROWS} per import`);
  }
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      cells.push(cellText(row.getCell(column).value));
    }
    rows[rowNumber - 1] = cells;
  });
  return Array.from(rows, (row) => row ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    return "";
  }
  return String(value);
}
