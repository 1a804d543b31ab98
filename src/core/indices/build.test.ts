import { describe, expect, it } from "vitest";
import { buildIndex } from "./build.ts";
import { parsePipelineConfig } from "./config.ts";
import { parseCsv } from "./csv.ts";
import { parseIndexData } from "./data.ts";
import { IndexComputationError } from "./errors.ts";
import { parseIndexMeta } from "./framework.ts";

const META = `Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type
1,i1,Per person,1,1,,,Pop,G1,Indicator
1,i2,Less is better,-1,1,,,,G1,Indicator
1,i3,Plain,1,1,,10,,G2,Indicator
2,G1,Group one,,2,,,,Index,Aggregate
2,G2,Group two,,1,,,,Index,Aggregate
3,Index,The index,,,,,,,Aggregate
,Pop,Population,,,,,,,Denominator
`;
const DATA = `uCode,uName,Pop,i1,i2,i3
A,Alpha,10,100,5,NA
B,Beta,20,100,3,4
C,Gamma,5,,1,8
D,Delta,10,50,3,0
E,Epsilon,10,NA,,2
`;
const meta = parseIndexMeta(parseCsv(META, "meta.csv"));
const data = parseIndexData(parseCsv(DATA, "data.csv"), meta);
const base = { screen: { minDataAvailability: 0.5 }, treat: false, impute: { method: "mean" } };
const score = (result: ReturnType<typeof buildIndex>, code: string) =>
  Object.fromEntries(result.results.map((r) => [r.uCode, r.scores[code]]));

describe("buildIndex", () => {
  it("runs every step as computed by hand", () => {
    const result = buildIndex(data, meta, parsePipelineConfig(base));
    // Denominate i1 by Pop: A 100/10 = 10, B 100/20 = 5, C missing, D 50/10 = 5, E missing.
    expect(result.stages?.denominated.rows.map((row) => row.values[0])).toEqual([
      10,
      5,
      null,
      5,
      null,
    ]);
    // Availability before imputation: A 2/3, B 1, C 2/3, D 1, E 1/3 < 0.5 → E screened out.
    expect(result.screening.units.map((unit) => unit.dataAvailability)).toEqual([
      2 / 3,
      1,
      2 / 3,
      1,
      1 / 3,
    ]);
    expect(result.screening.units.map((unit) => unit.kept)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    // Imputation runs before screening, over all units: i1 mean of 10, 5, 5 = 20/3 for C
    // (and E); i2 mean of 5, 3, 1, 3 = 3 for E; i3 mean of 4, 8, 0 and E's 2 = 14/4 = 3.5 for A.
    expect(result.imputationLog).toEqual([
      {
        iCode: "i1",
        points: [
          { uCode: "C", value: 20 / 3 },
          { uCode: "E", value: 20 / 3 },
        ],
      },
      { iCode: "i2", points: [{ uCode: "E", value: 3 }] },
      { iCode: "i3", points: [{ uCode: "A", value: 3.5 }] },
    ]);
    // Normalised (min-max 0–100 after direction), screened units A, B, C, D:
    // i1 10, 5, 20/3, 5 → 100, 0, 100/3, 0;  i2 −5, −3, −1, −3 → 0, 50, 100, 50;
    // i3 3.5, 4, 8, 0 → 43.75, 50, 100, 0.
    const normalised = result.stages?.normalised.rows.map((row) => row.values) ?? [];
    expect(normalised[2]?.[0]).toBeCloseTo(100 / 3, 12);
    expect(normalised.map((values) => values[1])).toEqual([0, 50, 100, 50]);
    expect(normalised.map((values) => values[2])).toEqual([43.75, 50, 100, 0]);
    // G1 = (i1 + i2)/2: 50, 25, 200/3, 25; G2 = i3;
    // Index = (2·G1 + G2)/3: A (100 + 43.75)/3 = 47.9166…, B 100/3, C (400/3 + 100)/3 = 700/9,
    // D 50/3.
    expect(score(result, "G1").C).toBeCloseTo(200 / 3, 12);
    const index = score(result, "Index");
    expect(index.A).toBeCloseTo(143.75 / 3, 12);
    expect(index.B).toBeCloseTo(100 / 3, 12);
    expect(index.C).toBeCloseTo(700 / 9, 12);
    expect(index.D).toBeCloseTo(50 / 3, 12);
    expect(result.results.map((r) => [r.uCode, r.rank])).toEqual([
      ["A", 2],
      ["B", 3],
      ["C", 1],
      ["D", 4],
    ]);
    expect(result.aggregates).toEqual(["G1", "G2", "Index"]);
    expect(result.stages?.aggregated.columns).toEqual([
      "i1",
      "i2",
      "i3",
      "G1",
      "G2",
      "Index",
      "Rank",
    ]);
  });

  it("carries missing values through to the aggregation when imputation is off", () => {
    const result = buildIndex(
      data,
      meta,
      parsePipelineConfig({ ...base, impute: { method: "none" } }),
    );
    // i1 10, 5, –, 5 → 100, 0, –, 0; i3 –, 4, 8, 0 → –, 50, 100, 0.
    // G1: A 50, B 25, C only i2 → 100, D 25. G2: A missing.
    // Index: A only G1, its weight rescaled to 1 → 50; B 100/3; C (200 + 100)/3 = 100; D 50/3.
    expect(score(result, "G2").A).toBeNull();
    expect(score(result, "G1").C).toBe(100);
    expect(score(result, "Index")).toEqual({ A: 50, B: 100 / 3, C: 100, D: 50 / 3 });
  });

  it("gives tied scores the lowest shared rank", () => {
    // Give D the same i3 as B (4): B and D then have identical data (i1 5, i2 3, i3 4).
    // i3 imputed for A: (4 + 8 + 4 + 2)/4 = 4.5; min-max over 4.5, 4, 8, 4: 12.5, 0, 100, 0.
    // Equal weights, Index = (G1 + G2)/2: A (50 + 12.5)/2 = 31.25, B (25 + 0)/2 = 12.5,
    // C ((100/3 + 100)/2 + 100)/2 = 83.33…, D 12.5 → C 1, A 2, B and D share rank 3.
    const tied = parseIndexData(
      parseCsv(DATA.replace("D,Delta,10,50,3,0", "D,Delta,10,50,3,4"), "data.csv"),
      meta,
    );
    const result = buildIndex(
      tied,
      meta,
      parsePipelineConfig({ ...base, aggregate: { weights: "equal" } }),
    );
    const ranks = Object.fromEntries(result.results.map((r) => [r.uCode, r.rank]));
    expect(score(result, "Index").B).toBe(score(result, "Index").D);
    expect(ranks).toEqual({ A: 2, B: 3, C: 1, D: 3 });
  });

  it("normalises to goalposts from the Target column", () => {
    // i3 goalposts [worst observed 0, Target 10]: A 3.5 → 35, B 40, C 80, D 0 (no truncation);
    // i1 has no Target → refused, so give it and i2 goalposts in pipeline.json.
    const result = buildIndex(
      data,
      meta,
      parsePipelineConfig({
        ...base,
        normalise: { method: "goalposts", goalposts: { i1: [0, 8], i2: [5, 1] } },
      }),
    );
    const normalised = result.stages?.normalised.rows.map((row) => row.values) ?? [];
    expect(normalised.map((values) => values[2])).toEqual([35, 40, 80, 0]);
    // i1 [0, 8]: 10 → 1.25 truncated to 1 → 100, 5 → 62.5; i2 [5, 1]: 3 → (3 − 5)/(1 − 5) = 0.5.
    expect(normalised.map((values) => values[0])).toEqual([100, 62.5, (20 / 3 / 8) * 100, 62.5]);
    expect(normalised[1]?.[1]).toBe(50);
    expect(result.goalposts.i3).toEqual([0, 10]);
    expect(() =>
      buildIndex(data, meta, parsePipelineConfig({ ...base, normalise: { method: "goalposts" } })),
    ).toThrow(/meta\.csv, row 2, column Target: is missing for indicator i1/);
  });

  it("refuses a geometric mean of a zero, naming the unit and the nodes", () => {
    // Min-max puts each indicator's worst unit at 0; A, the first unit, has i2 = 0.
    const config = parsePipelineConfig({ ...base, aggregate: { method: "geometric" } });
    expect(() => buildIndex(data, meta, config)).toThrow(IndexComputationError);
    expect(() => buildIndex(data, meta, config)).toThrow(/i2 of unit A \(aggregating G1\) is 0/);
    // On [1, 100] it works: G2 for D = 1 (its i3 is the minimum).
    const positive = buildIndex(
      data,
      meta,
      parsePipelineConfig({
        ...base,
        aggregate: { method: "geometric" },
        normalise: { range: [1, 100] },
      }),
    );
    expect(score(positive, "G2").D).toBe(1);
  });

  it("builds one Time at a time", () => {
    const panel = `uCode,uName,Time,Pop,i1,i2,i3\n${DATA.split("\n")
      .slice(1, 5)
      .flatMap((line) => {
        const [code, name, ...rest] = line.split(",");
        return [`${code},${name},2023,${rest.join(",")}`, `${code},${name},2024,${rest.join(",")}`];
      })
      .join("\n")}\n`;
    const panelData = parseIndexData(parseCsv(panel, "data.csv"), meta);
    expect(() => buildIndex(panelData, meta, parsePipelineConfig(base))).toThrow(
      /column Time: holds several values \(2023, 2024\)/,
    );
    const one = buildIndex(panelData, meta, parsePipelineConfig({ ...base, time: 2024 }));
    expect(one.results).toHaveLength(4);
  });
});
