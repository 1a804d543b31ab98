import { describe, expect, it } from "vitest";
import {
  median,
  quantileSorted,
  rankWithTies,
  sampleSd,
  skewnessAndKurtosis,
} from "./statistics.ts";

describe("index statistics", () => {
  it("computes skewness and excess kurtosis with the issue's estimators", () => {
    // x = 1, 2, 3, 4, 10: n = 5, mean 4, d = −3, −2, −1, 0, 6;
    // Σd² = 9+4+1+0+36 = 50, Σd³ = −27−8−1+0+216 = 180, Σd⁴ = 81+16+1+0+1296 = 1394.
    // skewness = √5·180/50^1.5 · √(5·4)/3 = 10·180/(3·50√50) = 12/√50 = 1.6970562748…
    // r = 5·1394/50² = 2.788; kurtosis = ((6)(2.788−3)+6)(4)/((3)(2)) = 4.728·4/6 = 3.152.
    const { skewness, kurtosis } = skewnessAndKurtosis([1, 2, 3, 4, 10]);
    expect(skewness).toBeCloseTo(12 / Math.sqrt(50), 12);
    expect(kurtosis).toBeCloseTo(3.152, 12);
    // Fewer than 4 values or no spread: undefined.
    expect(skewnessAndKurtosis([1, 2, 3]).skewness).toBeNaN();
    expect(skewnessAndKurtosis([2, 2, 2, 2]).kurtosis).toBeNaN();
  });

  it("ranks with ties taking the lowest shared rank, missing left out", () => {
    // Descending: 90 first; the two 70s share rank 2; 50 is 4th.
    expect(Array.from(rankWithTies([70, 90, 70, 50, Number.NaN], true))).toEqual([
      2,
      1,
      2,
      4,
      Number.NaN,
    ]);
    expect(Array.from(rankWithTies([70, 90, 70, 50], false))).toEqual([2, 4, 2, 1]);
  });

  it("takes R's type-7 quantiles, the median and the sample sd", () => {
    // h = (4−1)·0.05 = 0.15: 1 + 0.15·(2−1) = 1.15; h = 3·0.95 = 2.85: 3 + 0.85·(4−3) = 3.85.
    expect(quantileSorted([1, 2, 3, 4], 0.05)).toBeCloseTo(1.15, 12);
    expect(quantileSorted([1, 2, 3, 4], 0.95)).toBeCloseTo(3.85, 12);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    // 2,4,4,4,5,5,7,9: mean 5, Σd² = 9+1+1+1+0+0+4+16 = 32, sd = √(32/7).
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });
});
