import { describe, expect, it } from "vitest";
import { DEFAULT_PIPELINE, type NormaliseSettings } from "./config.ts";
import { normaliseIndicator } from "./normalise.ts";

const N = Number.NaN;
const settings = (overrides: Partial<NormaliseSettings>): NormaliseSettings => ({
  ...DEFAULT_PIPELINE.normalise,
  ...overrides,
});
const normalise = (
  values: number[],
  direction: 1 | -1,
  overrides: Partial<NormaliseSettings>,
  goalposts: [number, number] | null = null,
) =>
  Array.from(
    normaliseIndicator(Float64Array.from(values), direction, settings(overrides), goalposts),
  );

describe("normalisation", () => {
  it("min-max scales after the direction, missing values kept", () => {
    // +1: (x − 2)/(10 − 2)·100: 2 → 0, 4 → 25, 10 → 100.
    expect(normalise([2, 4, N, 10], 1, { method: "minmax" })).toEqual([0, 25, N, 100]);
    // −1: −x = −2, −4, −10: min −10, max −2: −2 → 100, −4 → 75, −10 → 0; range [1, 11]:
    // 1 + share·10.
    expect(normalise([2, 4, N, 10], -1, { method: "minmax" })).toEqual([100, 75, N, 0]);
    expect(normalise([2, 4, 10], -1, { method: "minmax", range: [1, 11] })).toEqual([11, 8.5, 1]);
    // No spread: missing (COINr gives NaN).
    expect(normalise([3, 3, 3], 1, { method: "minmax" })).toEqual([N, N, N]);
  });

  it("z-scores with the sample sd to the configured mean and sd", () => {
    // 2,4,4,4,5,5,7,9: mean 5, sd √(32/7); with mean 10 and sd 2: 10 + 2·(x − 5)/√(32/7).
    const sd = Math.sqrt(32 / 7);
    const out = normalise([2, 4, 4, 4, 5, 5, 7, 9], 1, { method: "zscore", mean: 10, sd: 2 });
    expect(out[0]).toBeCloseTo(10 + (2 * -3) / sd, 12);
    expect(out[7]).toBeCloseTo(10 + (2 * 4) / sd, 12);
  });

  it("ranks and percentile-ranks with ties at the lowest rank", () => {
    // 10, 20, 20, 40: ascending ranks 1, 2, 2, 4; percentile (r − 1)/(n − 1) = 0, 1/3, 1/3, 1.
    expect(normalise([10, 20, 20, 40], 1, { method: "rank" })).toEqual([1, 2, 2, 4]);
    // −1: −10, −20, −20, −40 → −40 is rank 1, the −20s share 2, −10 is 4.
    expect(normalise([10, 20, 20, 40], -1, { method: "rank" })).toEqual([4, 2, 2, 1]);
    expect(normalise([10, 20, N, 20, 40], 1, { method: "percentile-rank" })).toEqual([
      0,
      1 / 3,
      N,
      1 / 3,
      1,
    ]);
  });

  it("maps goalposts [worst, best] to [0, 100] with truncation", () => {
    // worst 0, best (Target) 100: 50 → 0.5·100 = 50, 120 → 1.2 truncated to 1 → 100,
    // −10 → −0.1 truncated to 0.
    expect(normalise([0, 50, 120, -10], 1, { method: "goalposts" }, [0, 100])).toEqual([
      0, 50, 100, 0,
    ]);
    // Less is better, worst 40, best 0: (x − 40)/(0 − 40): 2 → 38/40 = 0.95, 10 → 0.75.
    const out = normalise([2, 10, 40, N], -1, { method: "goalposts" }, [40, 0]);
    expect(out[0]).toBeCloseTo(95, 12);
    expect(out[1]).toBeCloseTo(75, 12);
    expect(out.slice(2)).toEqual([0, N]);
  });
});
