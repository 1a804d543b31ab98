/**
 * A small CSV reader for files the browser reads (meta.csv pasted or picked, the data.csv
 * of an index): quoted cells with doubled quotes and line breaks, semicolon files from
 * comma-decimal spreadsheets, a byte-order mark. The server parses again and has the last
 * word; this only turns a file into rows.
 */
export interface CsvRows {
  header: string[];
  rows: string[][];
}

export function parseCsvText(text: string): CsvRows {
  const source = text.replace(/^\uFEFF/, "");
  const firstLine = source.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = !firstLine.includes(",") && firstLine.includes(";") ? ";" : ",";
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (char === delimiter) {
      record.push(cell.trim());
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      record.push(cell.trim());
      records.push(record);
      record = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || record.length > 0) {
    record.push(cell.trim());
    records.push(record);
  }
  const nonEmpty = records.filter((r) => r.some((c) => c !== ""));
  const [header = [], ...rows] = nonEmpty;
  return { header, rows };
}

/** A cell as a number: empty or NA is null, anything else not numeric is NaN. */
export function numberCell(cell: string | undefined): number | null {
  const text = (cell ?? "").trim();
  if (text === "" || /^NA$/i.test(text)) return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
}
