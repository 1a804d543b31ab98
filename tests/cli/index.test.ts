import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const FIXTURES = path.join(ROOT, "tests/fixtures/indices");
const NODE = existsSync(path.join(ROOT, "node_modules/.bin/node"))
  ? path.join(ROOT, "node_modules/.bin/node")
  : process.execPath;
const work = mkdtempSync(path.join(tmpdir(), "citymatch-index-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function citymatch(...args: string[]) {
  return run(NODE, [path.join(ROOT, "src/cli/main.ts"), ...args], {
    cwd: FIXTURES,
    env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "silent" },
  });
}
const failure = (error: { code: number; stderr: string }) => error;

describe("citymatch index", () => {
  it("builds the fixture index with its stages", async () => {
    const output = path.join(work, "results.csv");
    const stages = path.join(work, "stages");
    const built = await citymatch(
      "index",
      "build",
      "--data",
      "data.csv",
      "--meta",
      "meta.csv",
      "--config",
      "pipeline.json",
      "--output",
      output,
      "--stages",
      stages,
    );
    expect(built.stdout).toMatch(/^SmartCity: 8 units ranked; 1 indicators winsorised/);
    const lines = readFileSync(output, "utf8").trim().split("\n");
    expect(lines[0]).toBe("uCode,uName,Transport,Energy,SmartCity,Rank");
    const rows = lines.slice(1).map((line) => line.split(","));
    expect(rows.map((row) => row[0])).toEqual([
      "BCN",
      "MAD",
      "LIS",
      "SHA",
      "SZX",
      "SGP",
      "BOG",
      "MVD",
    ]);
    expect(rows.map((row) => Number(row[5])).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Full precision: no rounding of the scores.
    expect(rows[0]?.[4]).toMatch(/^\d+\.\d{10,}$/);
    for (const stage of [
      "denominated",
      "imputed",
      "screened",
      "treated",
      "normalised",
      "aggregated",
    ])
      expect(readFileSync(path.join(stages, `${stage}.csv`), "utf8")).toMatch(/^uCode,uName,Bus,/);
    // Lisbon's missing LED is the mean of Europe's other two, 80 and 75.
    const imputed = readFileSync(path.join(stages, "imputed.csv"), "utf8");
    expect(imputed).toMatch(/^LIS,Lisbon,[^,]*,[^,]*,[^,]*,77\.5,/m);
  }, 30_000);

  it("analyses uncertainty deterministically for a seed", async () => {
    const args = (name: string) => [
      "index",
      "uncertainty",
      "--data",
      "data.csv",
      "--meta",
      "meta.csv",
      "--config",
      "pipeline.json",
      "--runs",
      "120",
      "--seed",
      "5",
      "--output",
      path.join(work, `${name}.csv`),
      "--sensitivity",
      path.join(work, `${name}-sa.csv`),
    ];
    const first = await citymatch(...args("ua1"));
    await citymatch(...args("ua2"));
    expect(first.stdout).toMatch(/^120 runs \(saltelli, N = 20, seed 5\)/);
    expect(first.stderr).toMatch(/Uncertainty analysis: runs 120\/120/);
    const ua = readFileSync(path.join(work, "ua1.csv"), "utf8");
    expect(ua).toBe(readFileSync(path.join(work, "ua2.csv"), "utf8"));
    expect(ua.split("\n")[0]).toBe(
      "uCode,uName,NominalScore,NominalRank,MeanRank,MedianRank,Q5Rank,Q95Rank",
    );
    const sa = readFileSync(path.join(work, "ua1-sa.csv"), "utf8").trim().split("\n");
    expect(sa[0]).toBe(
      "Assumption,FirstOrder,FirstOrderQ5,FirstOrderQ95,TotalEffect,TotalEffectQ5,TotalEffectQ95",
    );
    expect(sa.slice(1).map((line) => line.split(",")[0])).toEqual([
      "impute",
      "normalise",
      "weights",
      "aggregate",
    ]);
  }, 30_000);

  it("refuses bad input with the row and column, without a stack trace", async () => {
    const meta = readFileSync(path.join(FIXTURES, "meta.csv"), "utf8").replace(
      "Pop,Energy,Indicator",
      "Pop,Energie,Indicator",
    );
    const badMeta = path.join(work, "bad-meta.csv");
    writeFileSync(badMeta, meta);
    const refused = await citymatch(
      "index",
      "build",
      "--data",
      "data.csv",
      "--meta",
      badMeta,
      "--output",
      path.join(work, "never.csv"),
    ).catch(failure);
    expect(refused).toMatchObject({ code: 1 });
    const { stderr } = refused as { stderr: string };
    expect(stderr).toBe(`citymatch: ${badMeta}, row 6, column Parent: "Energie" does not exist\n`);
    expect(existsSync(path.join(work, "never.csv"))).toBe(false);

    const badData = path.join(work, "bad-data.csv");
    writeFileSync(
      badData,
      readFileSync(path.join(FIXTURES, "data.csv"), "utf8").replace(",27250,", ",27k,"),
    );
    const nonNumeric = await citymatch(
      "index",
      "build",
      "--data",
      badData,
      "--meta",
      "meta.csv",
      "--output",
      path.join(work, "never.csv"),
    ).catch(failure);
    expect((nonNumeric as { stderr: string }).stderr).toMatch(
      /bad-data\.csv, row 4, column Solar: "27k" is not a number/,
    );
  }, 30_000);
});
