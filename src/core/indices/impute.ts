/**
 * Imputation per indicator column: the mean or median of the column's present values,
 * or of the present values within the unit's group (a group column of the data). A unit
 * with no group value, or whose group has no present value, is left missing.
 */
import type { ImputeMethod } from "./config.ts";
import { mean, median, presentValues } from "./statistics.ts";

export interface ImputedPoint {
  unit: number;
  value: number;
}

/**
 * `groups` holds each unit's group label (null = none); without it the group methods
 * treat all units as one group, so they equal mean and median.
 */
export function imputeColumn(
  values: Float64Array,
  method: ImputeMethod,
  groups: readonly (string | null)[] | null,
): { values: Float64Array; imputed: ImputedPoint[] } {
  const out = Float64Array.from(values);
  const imputed: ImputedPoint[] = [];
  if (method === "none") return { values: out, imputed };
  const statistic = method === "mean" || method === "group-mean" ? mean : median;
  const grouped = (method === "group-mean" || method === "group-median") && groups !== null;
  const fill = new Map<string | null, number>();
  if (!grouped) fill.set(null, statistic(presentValues(values)));
  else {
    const members = new Map<string, number[]>();
    values.forEach((value, unit) => {
      const group = groups[unit] ?? null;
      if (group === null || Number.isNaN(value)) return;
      const list = members.get(group) ?? [];
      list.push(value);
      members.set(group, list);
    });
    for (const [group, list] of members) fill.set(group, statistic(list));
  }
  values.forEach((value, unit) => {
    if (!Number.isNaN(value)) return;
    const key = grouped ? (groups[unit] ?? null) : null;
    if (grouped && key === null) return;
    const replacement = fill.get(key);
    if (replacement === undefined || Number.isNaN(replacement)) return;
    out[unit] = replacement;
    imputed.push({ unit, value: replacement });
  });
  return { values: out, imputed };
}
