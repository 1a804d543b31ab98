/**
 * An index's data.csv from stored values (pure): one row per unit with any value of the
 * index's indicators, sorted by code; its group labels; then the denominator and indicator
 * columns in framework order, empty where a value is missing. The server builds drafts
 * from it and the demo its published index, so both read the same table.
 */
import type { CsvTable, IndexMetaEntry } from "../../../core/indices/index.ts";

export function assembleDataTable(
  framework: readonly IndexMetaEntry[],
  units: readonly { code: string; name: string; groups: Record<string, string> }[],
  values: readonly { indicatorCode: string; unitCode: string; value: number }[],
): CsvTable {
  const groupCodes = framework.filter((e) => e.type === "Group").map((e) => e.code);
  const valueCodes = framework
    .filter((e) => e.type === "Denominator" || e.type === "Indicator")
    .map((e) => e.code);
  const unitByCode = new Map(units.map((unit) => [unit.code, unit]));
  const byUnit = new Map<string, Map<string, number>>();
  for (const v of values) {
    if (!unitByCode.has(v.unitCode)) continue;
    const cells = byUnit.get(v.unitCode) ?? new Map<string, number>();
    cells.set(v.indicatorCode, v.value);
    byUnit.set(v.unitCode, cells);
  }
  return {
    header: ["uCode", "uName", ...groupCodes, ...valueCodes],
    rows: [...byUnit]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([code, cells]) => {
        const unit = unitByCode.get(code);
        return [
          code,
          unit?.name ?? code,
          ...groupCodes.map((g) => unit?.groups[g] ?? ""),
          ...valueCodes.map((c) => (cells.has(c) ? String(cells.get(c)) : "")),
        ];
      }),
  };
}
