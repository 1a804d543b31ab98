import { describe, expect, it } from "vitest";
import { imputeColumn } from "./impute.ts";

const N = Number.NaN;

describe("imputation", () => {
  const values = Float64Array.from([1, 3, N, 8, N, N]);
  const groups = ["X", "X", "X", "X", "Y", null];

  it("fills missing values with the column's mean or median", () => {
    // Present: 1, 3, 8 → mean 12/3 = 4, median 3.
    expect(Array.from(imputeColumn(values, "mean", null).values)).toEqual([1, 3, 4, 8, 4, 4]);
    expect(Array.from(imputeColumn(values, "median", null).values)).toEqual([1, 3, 3, 8, 3, 3]);
    expect(imputeColumn(values, "median", null).imputed).toEqual([
      { unit: 2, value: 3 },
      { unit: 4, value: 3 },
      { unit: 5, value: 3 },
    ]);
  });

  it("fills within groups; a unit alone in its group or without a group stays missing", () => {
    // Group X has 1, 3, 8 present: mean 4, median 3. Group Y's only unit (4) is missing,
    // so nothing to impute from; unit 5 has no group and is left as it is.
    expect(Array.from(imputeColumn(values, "group-mean", groups).values)).toEqual([
      1,
      3,
      4,
      8,
      N,
      N,
    ]);
    expect(Array.from(imputeColumn(values, "group-median", groups).values)).toEqual([
      1,
      3,
      3,
      8,
      N,
      N,
    ]);
    // A single-unit group with its value present is unchanged and fills nobody else.
    const single = imputeColumn(Float64Array.from([5, N, 7]), "group-mean", ["A", "B", "B"]);
    expect(Array.from(single.values)).toEqual([5, 7, 7]);
  });

  it("treats all units as one group without a group column, and none leaves gaps", () => {
    expect(Array.from(imputeColumn(values, "group-mean", null).values)).toEqual([1, 3, 4, 8, 4, 4]);
    const none = imputeColumn(values, "none", groups);
    expect(Array.from(none.values)).toEqual([1, 3, N, 8, N, N]);
    expect(none.imputed).toEqual([]);
  });
});
