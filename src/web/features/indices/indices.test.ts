import { describe, expect, it } from "vitest";
import {
  AGGREGATE_METHODS as SERVER_AGGREGATE,
  IMPUTE_METHODS as SERVER_IMPUTE,
  NORMALISE_METHODS as SERVER_NORMALISE,
} from "../../../core/indices/config.ts";
import { META_TYPES as SERVER_META_TYPES } from "../../../core/indices/framework.ts";
import { UNIT_KINDS as SERVER_UNIT_KINDS } from "../../../server/db/schema/indices.ts";
import { DOWNLOADS } from "../../../server/modules/indices/schema.ts";
import { numberCell, parseCsvText } from "./csv.ts";
import { neighbours, ranksOn } from "./ranking.ts";
import {
  AGGREGATE_METHODS,
  IMPUTE_METHODS,
  INDEX_DOWNLOADS,
  META_TYPES,
  NORMALISE_METHODS,
  UNIT_KINDS,
  type UnitResult,
} from "./types.ts";

describe("index types", () => {
  it("use the server's enumerations", () => {
    expect(UNIT_KINDS).toEqual(SERVER_UNIT_KINDS);
    expect(META_TYPES).toEqual(SERVER_META_TYPES);
    expect(IMPUTE_METHODS).toEqual(SERVER_IMPUTE);
    expect(NORMALISE_METHODS).toEqual(SERVER_NORMALISE);
    expect(AGGREGATE_METHODS).toEqual(SERVER_AGGREGATE);
    expect(INDEX_DOWNLOADS).toEqual(DOWNLOADS);
  });
});

describe("parseCsvText", () => {
  it("reads quoted cells, doubled quotes, line breaks in quotes and CRLF", () => {
    const text =
      '\uFEFFiCode,iName,Weight\r\nA,"Roads, paved",1\r\nB,"Say ""hi""\nthere",NA\r\n\r\n';
    expect(parseCsvText(text)).toEqual({
      header: ["iCode", "iName", "Weight"],
      rows: [
        ["A", "Roads, paved", "1"],
        ["B", 'Say "hi"\nthere', "NA"],
      ],
    });
  });

  it("reads semicolon files and a last line without a break", () => {
    expect(parseCsvText("a;b\n1,5;2")).toEqual({ header: ["a", "b"], rows: [["1,5", "2"]] });
  });

  it("reads numbers, missing cells and refuses text", () => {
    expect(numberCell("2.5")).toBe(2.5);
    expect(numberCell("-1e3")).toBe(-1000);
    expect(numberCell("")).toBeNull();
    expect(numberCell("NA")).toBeNull();
    expect(numberCell("two")).toBeNaN();
  });
});

const unit = (uCode: string, score: number | null, rank: number | null): UnitResult => ({
  uCode,
  uName: uCode.toUpperCase(),
  scores: { X: score },
  rank,
});

describe("ranksOn", () => {
  it("ranks by descending score, ties share the best rank, missing scores get none", () => {
    const ranks = ranksOn(
      [unit("a", 50, null), unit("b", 70, null), unit("c", 50, null), unit("d", null, null)],
      "X",
    );
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, a: 2, c: 2 });
  });
});

describe("neighbours", () => {
  const results = [unit("a", 9, 1), unit("b", 8, 2), unit("c", 7, 3), unit("d", 6, 4)];
  it("takes the units just above and below", () => {
    expect(neighbours(results, "b")).toEqual(["a", "c"]);
  });
  it("takes the next two for the first and the previous two for the last", () => {
    expect(neighbours(results, "a")).toEqual(["b", "c"]);
    expect(neighbours(results, "d")).toEqual(["b", "c"]);
  });
});

describe("pipeline form", () => {
  it("reads the demo pipeline and writes it back unchanged in meaning", async () => {
    const { pipelineFrom, pipelineValues } = await import("./pipeline-form.ts");
    const demo = {
      impute: { method: "group-mean", group: "Continent" },
      screen: { minDataAvailability: 0.8 },
      treat: { winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 },
      normalise: { method: "minmax", range: [0, 100] },
      aggregate: { method: "arithmetic", weights: "framework" },
      uncertainty: {
        impute: ["group-mean", "mean", "median"],
        winmax: [3, 5, 7],
        normalise: ["minmax", "rank", "percentile-rank"],
        weights: 0.25,
      },
    };
    const values = pipelineValues(demo);
    expect(values.screenPercent).toBe(80);
    expect(values.weightPerturbationPercent).toBe(25);
    expect(pipelineFrom(values, demo)).toEqual(demo);
    expect(
      pipelineFrom(
        {
          ...values,
          treat: false,
          uncertaintyImpute: [],
          uncertaintyWinmax: "",
          uncertaintyNormalise: [],
          weightPerturbationPercent: 0,
        },
        demo,
      ),
    ).toEqual({
      ...demo,
      treat: false,
      uncertainty: undefined,
    });
  });

  it("turns framework rows into entries, keeping unreadable numbers as typed", async () => {
    const { frameworkFrom, rowsFromMetaCsv } = await import("./pipeline-form.ts");
    const rows = rowsFromMetaCsv(
      ["iCode", "Type", "weight", "Level", "Parent", "Extra"],
      [["A", "Indicator", "two", "1", "NA", "x"]],
    );
    expect(frameworkFrom(rows)).toEqual([
      {
        type: "Indicator",
        code: "A",
        name: null,
        level: 1,
        parent: null,
        weight: "two",
        direction: null,
        unit: null,
        target: null,
        denominator: null,
      },
    ]);
  });
});
