/**
 * The data of an index: one row per unit (city, country, district…) with its code, name,
 * optional Time, and the group, denominator and indicator columns named by meta codes.
 */
import type { CsvTable } from "./csv.ts";
import { IndexInputError } from "./errors.ts";
import { type IndexMeta, isMissingCell, parseNumberCell } from "./framework.ts";

export interface IndexUnit {
  uCode: string;
  uName: string;
  time: string | null;
  /** Group label per Group code; null where the unit has none. */
  groups: Record<string, string | null>;
}

export interface IndexData {
  units: IndexUnit[];
  /** Per indicator and denominator code, one value per unit (null = missing). */
  values: Record<string, (number | null)[]>;
  /** Spreadsheet row of each unit, and the file, for messages. */
  rows?: number[];
  source?: string;
}

export function parseIndexData(table: CsvTable, meta: IndexMeta, source = "data.csv"): IndexData {
  const position = new Map<string, number>();
  table.header.forEach((name, index) => {
    const fixed = ["uCode", "uName", "Time"].find((c) => c.toLowerCase() === name.toLowerCase());
    const key = fixed ?? name;
    if (position.has(key))
      throw new IndexInputError({ source, row: 1, column: name }, "appears twice in the header");
    position.set(key, index);
  });
  if (!position.has("uCode"))
    throw new IndexInputError({ source, row: 1, column: "uCode" }, "missing column (required)");
  const needed = [...meta.groups, ...meta.denominators, ...meta.indicators];
  for (const code of needed)
    if (!position.has(code)) {
      const node = meta.byCode.get(code);
      throw new IndexInputError(
        { source, row: 1, column: code },
        `missing column for ${node ? "indicator" : "meta code"} "${code}"${node ? ` (${meta.source} row ${node.row})` : ""}`,
      );
    }
  const units: IndexUnit[] = [];
  const rows: number[] = [];
  const values: Record<string, (number | null)[]> = {};
  for (const code of [...meta.denominators, ...meta.indicators]) values[code] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (column: string) => {
      const at = position.get(column);
      return at === undefined ? undefined : cells[at];
    };
    const uCode = (cell("uCode") ?? "").trim();
    if (isMissingCell(uCode))
      throw new IndexInputError({ source, row, column: "uCode" }, "is empty (required)");
    const timeCell = cell("Time");
    const time = isMissingCell(timeCell) ? null : (timeCell as string).trim();
    const key = `${uCode}\u0000${time ?? ""}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw new IndexInputError(
        { source, row, column: "uCode" },
        `"${uCode}"${time !== null ? ` (Time ${time})` : ""} is already in row ${earlier}`,
      );
    seen.set(key, row);
    const nameCell = cell("uName");
    const groups: Record<string, string | null> = {};
    for (const group of meta.groups) {
      const label = cell(group);
      groups[group] = isMissingCell(label) ? null : (label as string).trim();
    }
    units.push({
      uCode,
      uName: isMissingCell(nameCell) ? uCode : (nameCell as string).trim(),
      time,
      groups,
    });
    rows.push(row);
    for (const code of [...meta.denominators, ...meta.indicators])
      values[code]?.push(parseNumberCell(cell(code), { source, row, column: code }));
  });
  if (units.length === 0) throw new IndexInputError({ source }, "has no data rows");
  return { units, values, rows, source };
}
