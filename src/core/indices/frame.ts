import type { IndexUnit } from "./data.ts";

/** Columns of one value per unit, NaN for missing: the engine's working shape. */
export interface Frame {
  units: IndexUnit[];
  columns: Map<string, Float64Array>;
}

export function selectUnits(frame: Frame, keep: readonly number[]): Frame {
  const columns = new Map<string, Float64Array>();
  for (const [code, values] of frame.columns) {
    const selected = new Float64Array(keep.length);
    keep.forEach((unit, i) => {
      selected[i] = values[unit] as number;
    });
    columns.set(code, selected);
  }
  return { units: keep.map((unit) => frame.units[unit] as IndexUnit), columns };
}
