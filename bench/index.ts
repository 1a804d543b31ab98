// npm run bench:index — the composite-indicator engine on 150 units × 50 indicators ×
// 4 levels (synthetic, src/core/indices/generate.ts): one build with every stage (first
// call, then the median of 20), and a 1,000-run uncertainty and sensitivity analysis over
// five assumptions (imputation, winmax, normalisation, weights ±25 %, aggregation;
// Saltelli design, N = ⌊1000/7⌋ = 142, 994 runs, 1,000 bootstrap resamples), and a plain
// Monte Carlo of 1,000 runs; then 1,000 uncached builds for comparison. Targets on 2 cores: build < 50 ms, 1,000 runs < 10 s.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildIndex } from "../src/core/indices/build.ts";
import { parsePipelineConfig } from "../src/core/indices/config.ts";
import { generateIndexProblem } from "../src/core/indices/generate.ts";
import { runUncertainty } from "../src/core/indices/uncertainty.ts";
import { ms, printTable } from "./lib/table.ts";

const shape = { units: 150, indicators: 50, levels: 4, seed: 2024 };
const { meta, data } = generateIndexProblem(shape);
const config = parsePipelineConfig({
  impute: { method: "group-mean", group: "Region" },
  normalise: { method: "minmax", range: [1, 100] },
  uncertainty: {
    impute: ["group-mean", "mean", "median"],
    winmax: [3, 5, 7],
    normalise: [
      { method: "minmax", range: [1, 100] },
      { method: "zscore", mean: 100, sd: 10 },
      "rank",
    ],
    weights: 0.25,
    aggregate: ["arithmetic", "geometric"],
    bootstrap: 1000,
  },
});

const coldStart = performance.now();
const nominal = buildIndex(data, meta, config);
const cold = performance.now() - coldStart;
const samples: number[] = [];
for (let i = 0; i < 20; i++) {
  const start = performance.now();
  buildIndex(data, meta, config);
  samples.push(performance.now() - start);
}
samples.sort((a, b) => a - b);
const warm = samples[10] as number;

const saStart = performance.now();
const sa = await runUncertainty(data, meta, config, { runs: 1000, seed: 1 });
const saSeconds = (performance.now() - saStart) / 1000;
const mcConfig = {
  ...config,
  uncertainty: config.uncertainty && { ...config.uncertainty, sensitivity: false },
};
const mcStart = performance.now();
const mc = await runUncertainty(data, meta, mcConfig, { runs: 1000, seed: 1 });
const mcSeconds = (performance.now() - mcStart) / 1000;

// Without the analysis' caches: what 1,000 runs would cost if each rebuilt every step.
const fullStart = performance.now();
for (let i = 0; i < 1000; i++) buildIndex(data, meta, config, { stages: false });
const fullSeconds = (performance.now() - fullStart) / 1000;

const treated = nominal.treatmentLog.filter((entry) => entry.action !== "none").length;
const shapeLabel = `${shape.units} units × ${meta.indicators.length} indicators × ${meta.levels} levels (${meta.aggregates.length} aggregates)`;
printTable(`Composite indicators: ${shapeLabel}`, [
  {
    task: "build, first call (all stages)",
    runs: 1,
    time: ms(cold),
    target: "< 50 ms",
    result: `${nominal.results.length} ranked, ${treated} indicators treated`,
  },
  {
    task: "build, median of 20",
    runs: 1,
    time: ms(warm),
    target: "< 50 ms",
    result: "",
  },
  {
    task: "uncertainty + Sobol' (5 assumptions)",
    runs: sa.runs,
    time: `${saSeconds.toFixed(2)} s`,
    target: "< 10 s",
    result: (sa.sensitivity?.indices ?? [])
      .map((index) => `${index.assumption} ST ${index.totalEffect?.toFixed(2) ?? "—"}`)
      .join(", "),
  },
  {
    task: "uncertainty, plain Monte Carlo",
    runs: mc.runs,
    time: `${mcSeconds.toFixed(2)} s`,
    target: "< 10 s",
    result: `median 5–95 % rank interval ${medianWidth(mc.units)} places`,
  },
  {
    task: "1,000 full builds, no stages (no cache)",
    runs: 1000,
    time: `${fullSeconds.toFixed(2)} s`,
    target: "",
    result: "",
  },
]);

function medianWidth(units: { q5Rank: number | null; q95Rank: number | null }[]) {
  const widths = units
    .map((unit) => (unit.q95Rank ?? Number.NaN) - (unit.q5Rank ?? Number.NaN))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  return widths[widths.length >> 1] ?? Number.NaN;
}

const out = path.resolve(import.meta.dirname, "results");
mkdirSync(out, { recursive: true });
writeFileSync(
  path.join(out, "index.json"),
  JSON.stringify(
    {
      shape: { ...shape, aggregates: meta.aggregates.length },
      buildMs: { cold, median: warm, samples },
      sensitivity: {
        seconds: saSeconds,
        runs: sa.runs,
        baseSamples: sa.baseSamples,
        assumptions: sa.assumptions,
        indices: sa.sensitivity?.indices,
      },
      monteCarlo: { seconds: mcSeconds, runs: mc.runs },
      fullBuilds: { seconds: fullSeconds, runs: 1000 },
    },
    null,
    2,
  ),
);
process.stdout.write("\nWritten to bench/results/index.json\n");
