import { describe, expect, it } from "vitest";
import { parsePipelineConfig } from "./config.ts";
import { parseCsv } from "./csv.ts";
import { parseIndexData } from "./data.ts";
import { parseIndexMeta } from "./framework.ts";

const HEADER = "Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type";
const ROWS = [
  "1,a,A,1,1,,,,X,Indicator",
  "1,b,B,-1,2,,,,X,Indicator",
  "1,c,C,1,1,,,,Y,Indicator",
  "2,X,Ex,,1,,,,Top,Aggregate",
  "2,Y,Why,,1,,,,Top,Aggregate",
  "3,Top,Index,,,,,,,Aggregate",
  ",Region,Region,,,,,,,Group",
];
const meta = (rows: string[]) => parseIndexMeta(parseCsv([HEADER, ...rows].join("\n"), "meta.csv"));
const replace = (index: number, row: string) => ROWS.map((r, i) => (i === index ? row : r));

describe("framework and data", () => {
  it("reads the tree: levels, children, weights, the index at the top", () => {
    const parsed = meta(ROWS);
    expect(parsed.root).toBe("Top");
    expect(parsed.levels).toBe(3);
    expect(parsed.indicators).toEqual(["a", "b", "c"]);
    expect(parsed.aggregates).toEqual(["X", "Y", "Top"]);
    expect(parsed.children.get("X")).toEqual(["a", "b"]);
    expect(parsed.byCode.get("b")).toMatchObject({ direction: -1, weight: 2, row: 3 });
    expect(parsed.groups).toEqual(["Region"]);
  });

  it("refuses bad frameworks, naming the row and column", () => {
    expect(() => meta(replace(0, "1,a,A,1,1,,,,Z,Indicator"))).toThrow(
      'meta.csv, row 2, column Parent: "Z" does not exist',
    );
    expect(() => meta(replace(1, "1,b,B,-1,-2,,,,X,Indicator"))).toThrow(
      "meta.csv, row 3, column Weight: -2 is negative",
    );
    expect(() => meta(replace(1, "1,b,B,-1,heavy,,,,X,Indicator"))).toThrow(
      'meta.csv, row 3, column Weight: "heavy" is not a number',
    );
    expect(() => meta(replace(1, "1,b,B,0,1,,,,X,Indicator"))).toThrow(
      "meta.csv, row 3, column Direction: 0 is neither 1 nor -1",
    );
    // X → Y → X: a cycle, reported before any level mismatch.
    const cyclic = [...replace(3, "2,X,Ex,,1,,,,Y,Aggregate")].map((r) =>
      r.startsWith("2,Y") ? "2,Y,Why,,1,,,,X,Aggregate" : r,
    );
    expect(() => meta(cyclic)).toThrow(/row 5, column Parent: the parents form a cycle: X → Y → X/);
    expect(() => meta(replace(3, "2,X,Ex,,1,,,,a,Aggregate"))).toThrow(
      'row 5, column Parent: "a" is an indicator, not an aggregate',
    );
    expect(() => meta(replace(2, "1,c,C,1,1,,,,Top,Indicator"))).toThrow(
      /row 4, column Parent: "Top" is at level 3; the parent of a level-1 node is at level 2/,
    );
    expect(() => meta([...ROWS, "1,a,Again,1,1,,,,X,Indicator"])).toThrow(
      'row 9, column iCode: "a" is already defined in row 2',
    );
    expect(() => meta(replace(4, "2,Y,Why,,1,,,,,Aggregate"))).toThrow(
      /column Parent: is missing for Y/,
    );
    expect(() => meta(replace(2, "1,c,C,1,1,,,,Y,Indictor"))).toThrow(
      'row 4, column Type: "Indictor" is not one of Indicator, Aggregate, Group, Denominator',
    );
  });

  it("reads data and refuses missing columns, non-numbers and duplicate units", () => {
    const framework = meta(ROWS);
    const data = (text: string) => parseIndexData(parseCsv(text, "data.csv"), framework);
    const parsed = data("uCode,uName,Region,a,b,c\nBCN,Barcelona,EU,1,NA,3\nSHA,,Asia,4,5,\n");
    expect(parsed.values).toEqual({ a: [1, 4], b: [null, 5], c: [3, null] });
    expect(parsed.units[1]).toMatchObject({
      uCode: "SHA",
      uName: "SHA",
      groups: { Region: "Asia" },
    });
    expect(() => data("uCode,Region,a,b\nBCN,EU,1,2\n")).toThrow(
      'data.csv, row 1, column c: missing column for indicator "c" (meta.csv row 4)',
    );
    expect(() => data("uCode,Region,a,b,c\nBCN,EU,1,2,3\nSHA,Asia,4,1.5.2,6\n")).toThrow(
      'data.csv, row 3, column b: "1.5.2" is not a number',
    );
    expect(() => data("uCode,Region,a,b,c\nBCN,EU,1,2,3\nBCN,EU,4,5,6\n")).toThrow(
      'data.csv, row 3, column uCode: "BCN" is already in row 2',
    );
    expect(() => data("uName,Region,a,b,c\nBarcelona,EU,1,2,3\n")).toThrow(
      "data.csv, row 1, column uCode: missing column (required)",
    );
  });

  it("fills pipeline.json defaults and refuses malformed settings", () => {
    const config = parsePipelineConfig(undefined);
    expect(config).toMatchObject({
      denominate: true,
      impute: { method: "group-mean", group: null },
      screen: { minDataAvailability: 0.9 },
      treat: { winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 },
      normalise: { method: "minmax", range: [0, 100] },
      aggregate: { method: "arithmetic", weights: "framework" },
    });
    expect(parsePipelineConfig({ treat: false, screen: false })).toMatchObject({
      treat: false,
      screen: { minDataAvailability: 0 },
    });
    expect(() => parsePipelineConfig({ normalise: { method: "log" } })).toThrow(
      /^pipeline\.json: normalise\.method: /,
    );
    expect(() => parsePipelineConfig({ screen: { minDataAvailability: 2 } })).toThrow(
      /screen\.minDataAvailability/,
    );
    expect(() => parsePipelineConfig({ treat: { winmax: 2.5 } })).toThrow(/treat\.winmax/);
    expect(() => parsePipelineConfig({ imputation: {} })).toThrow(/imputation/);
  });
});
