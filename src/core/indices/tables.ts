/**
 * The CSV shapes of the public contract: results.csv, the stage files, ua.csv and the
 * sensitivity table. Numbers at full precision, missing values as empty cells.
 */
import type { IndexResult, StageTable } from "./build.ts";
import { formatCsv } from "./csv.ts";
import type { UncertaintyResult } from "./uncertainty.ts";

export function resultsCsv(result: IndexResult): string {
  return formatCsv(
    ["uCode", "uName", ...result.aggregates, "Rank"],
    result.results.map((unit) => [
      unit.uCode,
      unit.uName,
      ...result.aggregates.map((code) => unit.scores[code] ?? null),
      unit.rank,
    ]),
  );
}

export function stageCsv(stage: StageTable): string {
  return formatCsv(
    ["uCode", "uName", ...stage.columns],
    stage.rows.map((row) => [row.uCode, row.uName, ...row.values]),
  );
}

export const UA_COLUMNS = [
  "uCode",
  "uName",
  "NominalScore",
  "NominalRank",
  "MeanRank",
  "MedianRank",
  "Q5Rank",
  "Q95Rank",
] as const;

export function uncertaintyCsv(result: UncertaintyResult): string {
  return formatCsv(
    UA_COLUMNS,
    result.units.map((unit) => [
      unit.uCode,
      unit.uName,
      unit.nominalScore,
      unit.nominalRank,
      unit.meanRank,
      unit.medianRank,
      unit.q5Rank,
      unit.q95Rank,
    ]),
  );
}

export const SENSITIVITY_COLUMNS = [
  "Assumption",
  "FirstOrder",
  "FirstOrderQ5",
  "FirstOrderQ95",
  "TotalEffect",
  "TotalEffectQ5",
  "TotalEffectQ95",
] as const;

export function sensitivityCsv(result: UncertaintyResult): string {
  return formatCsv(
    SENSITIVITY_COLUMNS,
    (result.sensitivity?.indices ?? []).map((index) => [
      index.assumption,
      index.firstOrder,
      index.firstOrderQ5,
      index.firstOrderQ95,
      index.totalEffect,
      index.totalEffectQ5,
      index.totalEffectQ95,
    ]),
  );
}
