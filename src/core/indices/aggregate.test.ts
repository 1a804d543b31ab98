import { describe, expect, it } from "vitest";
import { aggregateChildren } from "./aggregate.ts";
import { IndexComputationError } from "./errors.ts";

const N = Number.NaN;
const columns = (...rows: number[][]) => rows.map((row) => Float64Array.from(row));

describe("aggregation", () => {
  it("takes the weighted arithmetic mean over present children, weights rescaled", () => {
    // Children a = (10, 10, N), b = (40, N, N), weights 1 and 2.
    // unit 1: (1·10 + 2·40)/3 = 30; unit 2: only a present, weight 1/1: 10; unit 3: none.
    const out = aggregateChildren(columns([10, 10, N], [40, N, N]), [1, 2], "arithmetic");
    expect(Array.from(out)).toEqual([30, 10, N]);
  });

  it("takes weighted geometric and harmonic means", () => {
    // Geometric: exp((1·ln 4 + 1·ln 16)/2) = √64 = 8; with weights 1, 3: 4^(1/4)·16^(3/4)
    // = 2^(1/2 + 3) = 2^3.5. Harmonic, weights 1, 1: 2/(1/4 + 1/16) = 2/(5/16) = 6.4.
    const x = columns([4], [16]);
    expect(aggregateChildren(x, [1, 1], "geometric")[0]).toBeCloseTo(8, 12);
    expect(aggregateChildren(x, [1, 3], "geometric")[0]).toBeCloseTo(2 ** 3.5, 12);
    expect(aggregateChildren(x, [1, 1], "harmonic")[0]).toBeCloseTo(6.4, 12);
    // A missing child drops out: exp(ln 16) = 16.
    expect(aggregateChildren(columns([N], [16]), [1, 1], "geometric")[0]).toBeCloseTo(16, 12);
  });

  it("refuses non-positive values in geometric and harmonic means", () => {
    const x = columns([4, 0], [16, 5]);
    expect(() => aggregateChildren(x, [1, 1], "geometric")).toThrow(IndexComputationError);
    expect(() => aggregateChildren(columns([4], [-1]), [1, 1], "harmonic")).toThrow(
      /harmonic mean needs positive values, but child 2 of unit 1 is -1/,
    );
    expect(Array.from(aggregateChildren(x, [1, 1], "arithmetic"))).toEqual([10, 2.5]);
  });
});
