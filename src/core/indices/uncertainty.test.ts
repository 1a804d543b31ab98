import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import { parsePipelineConfig } from "./config.ts";
import { parseCsv } from "./csv.ts";
import { parseIndexData } from "./data.ts";
import { IndexAnalysisCancelled } from "./errors.ts";
import { parseIndexMeta } from "./framework.ts";
import { createSaltelliDesign, designPoint, estimateSobol } from "./sobol.ts";
import { runUncertainty } from "./uncertainty.ts";

function sobolOf(model: (u: Float64Array) => number, groupSizes: number[], n: number) {
  const design = createSaltelliDesign(n, groupSizes, createRandom(7));
  const outputs = Float64Array.from({ length: design.runs }, (_, run) =>
    model(designPoint(design, run)),
  );
  return estimateSobol(outputs, n, groupSizes.length, 200, createRandom(8));
}

describe("Sobol' indices", () => {
  it("recover the shares of variance of an additive function", () => {
    // f = u1 + 2·u2 + 3·u3, u uniform on [0, 1): Var(a·u) = a²/12, so each input's first
    // order and total effect is a²/(1 + 4 + 9): 1/14, 4/14, 9/14 (no interactions).
    const { variance, indices } = sobolOf(
      (u) => (u[0] as number) + 2 * (u[1] as number) + 3 * (u[2] as number),
      [1, 1, 1],
      8192,
    );
    expect(variance).toBeCloseTo(14 / 12, 1);
    const expected = [1 / 14, 4 / 14, 9 / 14];
    indices.forEach((index, i) => {
      expect(index.firstOrder).toBeCloseTo(expected[i] as number, 1);
      expect(index.totalEffect).toBeCloseTo(expected[i] as number, 1);
      // The bootstrap interval brackets the estimate.
      expect(index.totalEffectQ5 as number).toBeLessThanOrEqual(index.totalEffect as number);
      expect(index.totalEffectQ95 as number).toBeGreaterThanOrEqual(index.totalEffect as number);
    });
  });

  it("treat a group of columns as one input and see interactions in the total effect", () => {
    // f = (u1 + u2) + 2·u3 with (u1, u2) one group: Var 2/12 and 4/12 → 1/3 and 2/3.
    const grouped = sobolOf(
      (u) => (u[0] as number) + (u[1] as number) + 2 * (u[2] as number),
      [2, 1],
      8192,
    );
    expect(grouped.indices[0]?.firstOrder).toBeCloseTo(1 / 3, 1);
    expect(grouped.indices[1]?.totalEffect).toBeCloseTo(2 / 3, 1);
    // f = u1·u2 with u centred: x = u − ½, f = x1·x2 has no main effects (E[f | x1] = 0),
    // all its variance is the interaction: S = 0, ST = 1 for both.
    const product = sobolOf(
      (u) => ((u[0] as number) - 0.5) * ((u[1] as number) - 0.5),
      [1, 1],
      8192,
    );
    for (const index of product.indices) {
      expect(index.firstOrder).toBeCloseTo(0, 1);
      expect(index.totalEffect).toBeCloseTo(1, 1);
    }
  });
});

const META = `Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type
1,a,,1,1,,,,X,Indicator
1,b,,-1,1,,,,X,Indicator
1,c,,1,1,,,,Y,Indicator
1,d,,1,2,,,,Y,Indicator
2,X,,,1,,,,Top,Aggregate
2,Y,,,1,,,,Top,Aggregate
3,Top,,,,,,,,Aggregate
`;
const DATA = `uCode,a,b,c,d
U1,1,9,3,50
U2,4,2,NA,20
U3,8,5,6,10
U4,2,4,9,40
U5,7,7,1,
U6,5,1,4,30
`;
const meta = parseIndexMeta(parseCsv(META, "meta.csv"));
const data = parseIndexData(parseCsv(DATA, "data.csv"), meta);
const config = parsePipelineConfig({
  impute: { method: "mean" },
  screen: false,
  uncertainty: {
    impute: ["mean", "median"],
    normalise: ["minmax", "zscore", "rank"],
    weights: 0.5,
    aggregate: ["arithmetic"],
    bootstrap: 100,
  },
});

describe("runUncertainty", () => {
  it("is deterministic for a seed and reports rank intervals per unit", async () => {
    const first = await runUncertainty(data, meta, config, { runs: 300, seed: 11 });
    const again = await runUncertainty(data, meta, config, { runs: 300, seed: 11 });
    const other = await runUncertainty(data, meta, config, { runs: 300, seed: 12 });
    expect(again).toEqual(first);
    expect(other.rankShift).not.toEqual(first.rankShift);
    // 4 assumptions: N = ⌊300/6⌋ = 50 base samples, 50·6 = 300 runs.
    expect(first).toMatchObject({ design: "saltelli", runs: 300, baseSamples: 50 });
    for (const unit of first.units) {
      expect(unit.q5Rank as number).toBeLessThanOrEqual(unit.medianRank as number);
      expect(unit.medianRank as number).toBeLessThanOrEqual(unit.q95Rank as number);
    }
    // An assumption with a single alternative changes nothing: exactly zero effect, since
    // its AB runs repeat the A runs.
    const aggregate = first.sensitivity?.indices.find((i) => i.assumption === "aggregate");
    expect(aggregate).toMatchObject({ firstOrder: 0, totalEffect: 0 });
    const weights = first.sensitivity?.indices.find((i) => i.assumption === "weights");
    expect(weights?.totalEffect).toBeGreaterThan(0);
  });

  it("ranks every run as the nominal build when no assumption changes anything", async () => {
    // Both imputation alternatives are the mean, so every run sees the nominal data.
    const still = parsePipelineConfig({
      impute: { method: "mean" },
      screen: false,
      uncertainty: { impute: ["mean", "mean"], aggregate: ["arithmetic"], sensitivity: false },
    });
    const result = await runUncertainty(data, meta, still, { runs: 40, seed: 1 });
    expect(result).toMatchObject({ design: "monte-carlo", runs: 40, sensitivity: null });
    for (const unit of result.units) {
      expect(unit.medianRank).toBe(unit.nominalRank);
      expect(unit.q5Rank).toBe(unit.nominalRank);
      expect(unit.q95Rank).toBe(unit.nominalRank);
    }
    expect(new Set(result.rankShift)).toEqual(new Set([0]));
  });

  it("reports progress and stops when asked", async () => {
    const seen: number[] = [];
    await runUncertainty(data, meta, config, {
      runs: 60,
      seed: 1,
      onProgress: ({ done, total }) => {
        seen.push(done);
        expect(total).toBe(60);
      },
    });
    expect(seen.at(-1)).toBe(60);
    let asked = 0;
    await expect(
      runUncertainty(data, meta, config, { runs: 60, seed: 1, shouldStop: () => ++asked > 5 }),
    ).rejects.toThrow(IndexAnalysisCancelled);
  });

  it("names the run and its assumptions when a run cannot be computed", async () => {
    const geometric = parsePipelineConfig({
      impute: { method: "mean" },
      screen: false,
      normalise: { range: [1, 100] },
      uncertainty: { normalise: ["minmax", "zscore"], aggregate: ["geometric"] },
    });
    await expect(runUncertainty(data, meta, geometric, { runs: 40, seed: 3 })).rejects.toThrow(
      /uncertainty run \d+ \(.*normalise zscore.*\): geometric mean needs positive values/,
    );
  });
});
