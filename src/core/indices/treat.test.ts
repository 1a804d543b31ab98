import { describe, expect, it } from "vitest";
import { treatIndicator } from "./treat.ts";

const DEFAULT = { winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 };
const repeat = (value: number, times: number) => Array.from({ length: times }, () => value);

describe("outlier treatment", () => {
  it("leaves an indicator that passes (|skewness| < 2 or kurtosis < 3.5) untouched", () => {
    // 1, 2, 3, 4, 10: skewness 12/√50 = 1.697 < 2 (see statistics.test.ts).
    const { values, outcome } = treatIndicator(Float64Array.from([1, 2, 3, 4, 10]), DEFAULT);
    expect(Array.from(values)).toEqual([1, 2, 3, 4, 10]);
    expect(outcome.action).toBe("none");
    expect(outcome.before.passes).toBe(true);
  });

  it("winsorises every value tied at the maximum in one step", () => {
    // x = ten 1s, two 2s, two 10s (n = 14). mean = 34/14 = 17/7;
    // d = −10/7 (×10), −3/7 (×2), 53/7 (×2);
    // Σd² = (10·100 + 2·9 + 2·2809)/49 = 6636/49; Σd³ = (−10000 − 54 + 297754)/343 = 287700/343;
    // Σd⁴ = (100000 + 162 + 2·7890481)/2401 = 15881124/2401.
    // skewness = √14·Σd³/(Σd²)^1.5 · √(14·13)/12 = 2.2387147…,
    // r = 14·Σd⁴/(Σd²)² = 5.0444…, kurtosis = (15(r−3)+6)·13/(12·11) = 3.6176889… → fails.
    // Skewness ≥ 0: both 10s become the largest remaining value, 2. Now ten 1s and four 2s:
    // mean 9/7, d = −2/7 (×10), 5/7 (×4), Σd² = 140/49, Σd³ = (−80 + 500)/343,
    // skewness = 1.0665365… < 2 → passes after one step with 2 points changed.
    const x = [...repeat(1, 10), 2, 2, 10, 10];
    const { values, outcome } = treatIndicator(Float64Array.from(x), DEFAULT);
    expect(outcome.before.skewness).toBeCloseTo(2.2387147550527, 10);
    expect(outcome.before.kurtosis).toBeCloseTo(3.6176888659063, 10);
    expect(outcome.action).toBe("winsorised");
    expect(outcome.winsorisationSteps).toBe(1);
    expect(Array.from(values)).toEqual([...repeat(1, 10), 2, 2, 2, 2]);
    expect(outcome.points).toEqual([
      { unit: 12, original: 10, treated: 2, how: "winsorised-high" },
      { unit: 13, original: 10, treated: 2, how: "winsorised-high" },
    ]);
    expect(outcome.after.skewness).toBeCloseTo(1.0665364503851, 10);
    // With winmax 1 the tied step still changes both points (as COINr does): the limit
    // is checked before each step, and a step takes every value at the extreme.
    const limited = treatIndicator(Float64Array.from(x), { ...DEFAULT, winmax: 1 });
    expect(limited.outcome.action).toBe("winsorised");
    expect(limited.outcome.points).toHaveLength(2);
  });

  it("winsorises the minimum when the skew is negative", () => {
    // 11 − x of the case above: ten 10s, two 9s, two 1s. Skewness −2.2387…, kurtosis
    // 3.6177… (unchanged by the reflection) → fails; the two 1s become the smallest
    // remaining value, 9; skewness then −1.0665… → passes.
    const x = [...repeat(10, 10), 9, 9, 1, 1];
    const { values, outcome } = treatIndicator(Float64Array.from(x), DEFAULT);
    expect(outcome.before.skewness).toBeCloseTo(-2.2387147550527, 10);
    expect(Array.from(values)).toEqual([...repeat(10, 10), 9, 9, 9, 9]);
    expect(outcome.points.map((point) => point.how)).toEqual(["winsorised-low", "winsorised-low"]);
    expect(outcome.after.skewness).toBeCloseTo(-1.0665364503851, 10);
  });

  it("falls back to the log of the ORIGINAL values when winmax points do not suffice", () => {
    // ten 1s, two 2s, 10, 30 and a missing value: skewness 3.259, kurtosis 10.96 → fails.
    // Step 1 sets 30 to 10, giving the failing vector of the tie case (2.2387, 3.6177);
    // winmax 1 is reached, so the original values are log-transformed instead:
    // log(x − min + 0.01·(max − min)) = log(x − 1 + 0.29) = log(x − 0.71); missing stays.
    const x = Float64Array.from([...repeat(1, 10), 2, 2, 10, 30, Number.NaN]);
    const { values, outcome } = treatIndicator(x, { ...DEFAULT, winmax: 1 });
    expect(outcome.before.skewness).toBeCloseTo(3.2593684532007, 10);
    expect(outcome.action).toBe("log");
    expect(outcome.winsorisationSteps).toBe(1);
    const expected = [
      ...repeat(Math.log(0.29), 10),
      Math.log(1.29),
      Math.log(1.29),
      Math.log(9.29),
      Math.log(29.29),
    ];
    expected.forEach((value, i) => {
      expect(values[i]).toBeCloseTo(value, 12);
    });
    expect(values[14]).toBeNaN();
    expect(outcome.points).toHaveLength(14);
    expect(outcome.points[13]).toMatchObject({ unit: 13, original: 30, how: "log" });
    // On the log scale the indicator passes: skewness 1.906 < 2.
    expect(outcome.after.skewness).toBeCloseTo(1.906373775717, 10);
    expect(outcome.after.passes).toBe(true);
  });

  it("uses the configured thresholds", () => {
    // 1, 2, 3, 4, 10: skewness 1.697 ≥ 1.5 and kurtosis 3.152 ≥ 3 → fails these thresholds.
    // 10 becomes 4: 1, 2, 3, 4, 4, mean 2.8, d = −1.8, −0.8, 0.2, 1.2, 1.2,
    // Σd² = 6.8, Σd³ = −2.88, skewness = 10·(−2.88)/(3·6.8^1.5) = −0.5414 → passes.
    const { values, outcome } = treatIndicator(Float64Array.from([1, 2, 3, 4, 10]), {
      winmax: 5,
      skewThreshold: 1.5,
      kurtosisThreshold: 3,
    });
    expect(Array.from(values)).toEqual([1, 2, 3, 4, 4]);
    expect(outcome.after.skewness).toBeCloseTo((10 * -2.88) / (3 * 6.8 ** 1.5), 12);
  });

  it("leaves an indicator with fewer than 4 values as it is", () => {
    const { values, outcome } = treatIndicator(Float64Array.from([1, Number.NaN, 100, 2]), DEFAULT);
    expect(Array.from(values)).toEqual([1, Number.NaN, 100, 2]);
    expect(outcome.note).toMatch(/fewer than 4 values/);
  });
});
