import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import {
  buildIndex,
  type IndexData,
  type IndexMeta,
  type PipelineConfig,
  parseCsv,
  parseIndexData,
  parseIndexMeta,
  parsePipelineConfig,
  resultsCsv,
  runUncertainty,
  STAGE_NAMES,
  sensitivityCsv,
  stageCsv,
  uncertaintyCsv,
} from "../core/indices/index.ts";
import { createProgress } from "./progress.ts";

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new Error(`${file}: cannot be read (${(error as Error).message})`);
  }
}

/** Messages name the files as the user gave them, not as meta.csv/data.csv. */
async function readInputs(options: {
  data?: string;
  meta?: string;
  config?: string;
}): Promise<{ meta: IndexMeta; data: IndexData; config: PipelineConfig }> {
  if (!options.data || !options.meta)
    throw new Error("index needs --data <data.csv> and --meta <meta.csv>");
  const meta = parseIndexMeta(parseCsv(await readText(options.meta), options.meta), options.meta);
  const data = parseIndexData(
    parseCsv(await readText(options.data), options.data),
    meta,
    options.data,
  );
  let json: unknown;
  if (options.config) {
    const text = await readText(options.config);
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new Error(`${options.config}: not valid JSON (${(error as Error).message})`);
    }
  }
  return { meta, data, config: parsePipelineConfig(json, options.config ?? "pipeline.json") };
}

const wholeNumber = (name: string) => (value: string) => {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a whole number ≥ 0, not "${value}"`);
  return parsed;
};

export function registerIndexCommands(program: Command) {
  const index = program
    .command("index")
    .description("composite indices: build a ranking from indicator data, analyse its uncertainty");
  index
    .command("build")
    .description("run the pipeline (denominate, impute, screen, treat, normalise, aggregate, rank)")
    .option(
      "--data <file>",
      "data.csv: uCode, uName, [Time], group, denominator and indicator columns",
    )
    .option(
      "--meta <file>",
      "meta.csv: Level, iCode, iName, Direction, Weight, Unit, Target, Denominator, Parent, Type",
    )
    .option("--config <file>", "pipeline.json (every part optional)")
    .option("--output <file>", "results.csv: uCode, uName, every aggregate's score, Rank")
    .option("--stages <dir>", "also write each stage as <dir>/<stage>.csv")
    .action(
      async (options: {
        data?: string;
        meta?: string;
        config?: string;
        output?: string;
        stages?: string;
      }) => {
        if (!options.output) throw new Error("index build needs --output <results.csv>");
        const { meta, data, config } = await readInputs(options);
        const result = buildIndex(data, meta, config, { stages: options.stages !== undefined });
        await writeFile(options.output, resultsCsv(result));
        if (options.stages && result.stages) {
          await mkdir(options.stages, { recursive: true });
          for (const name of STAGE_NAMES)
            await writeFile(
              path.join(options.stages, `${name}.csv`),
              stageCsv(result.stages[name]),
            );
        }
        for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
        const dropped = result.screening.units.filter((unit) => !unit.kept);
        const count = (action: string) =>
          result.treatmentLog.filter((entry) => entry.action === action).length;
        process.stdout.write(
          `${result.root}: ${result.results.length} units ranked` +
            (dropped.length > 0
              ? ` (${dropped.length} screened out: ${dropped.map((unit) => unit.uCode).join(", ")})`
              : "") +
            `; ${count("winsorised")} indicators winsorised, ${count("log")} log-transformed → ${options.output}` +
            (options.stages ? ` (stages in ${options.stages})` : "") +
            "\n",
        );
      },
    );
  index
    .command("uncertainty")
    .description(
      "rebuild the index under the assumptions in pipeline.json's \"uncertainty\" section: rank intervals and Sobol' indices",
    )
    .option("--data <file>", "data.csv")
    .option("--meta <file>", "meta.csv")
    .option("--config <file>", 'pipeline.json with an "uncertainty" section')
    .option(
      "--runs <n>",
      "number of runs (a sensitivity analysis uses N·(k+2) ≤ n)",
      wholeNumber("--runs"),
    )
    .option("--seed <n>", "random seed (same seed, same result; default 1)", wholeNumber("--seed"))
    .option("--output <file>", "ua.csv: per unit nominal rank, mean, median, 5 % and 95 % rank")
    .option(
      "--sensitivity <file>",
      "sa.csv: Sobol' first-order and total-effect indices per assumption",
    )
    .action(
      async (options: {
        data?: string;
        meta?: string;
        config?: string;
        runs?: number;
        seed?: number;
        output?: string;
        sensitivity?: string;
      }) => {
        if (!options.output || !options.config || options.runs === undefined)
          throw new Error(
            "index uncertainty needs --config <pipeline.json>, --runs <n> and --output <ua.csv>",
          );
        const { meta, data, config } = await readInputs(options);
        const progress = createProgress("Uncertainty analysis");
        let result: Awaited<ReturnType<typeof runUncertainty>>;
        try {
          result = await runUncertainty(data, meta, config, {
            runs: options.runs,
            seed: options.seed ?? 1,
            onProgress: ({ done, total }) => progress.update({ table: "runs", done, total }),
          });
        } finally {
          progress.stop();
        }
        await writeFile(options.output, uncertaintyCsv(result));
        if (options.sensitivity) await writeFile(options.sensitivity, sensitivityCsv(result));
        process.stdout.write(
          `${result.runs} runs (${result.design}${result.baseSamples ? `, N = ${result.baseSamples}` : ""}, seed ${result.seed}) → ${options.output}\n`,
        );
        if (result.sensitivity) {
          const show = (value: number | null) => (value === null ? "—" : value.toFixed(3));
          process.stdout.write(
            "Sobol' indices of the mean absolute rank shift (5–95 % bootstrap interval):\n",
          );
          for (const index of result.sensitivity.indices)
            process.stdout.write(
              `  ${index.assumption.padEnd(10)} first order ${show(index.firstOrder)} [${show(index.firstOrderQ5)}, ${show(index.firstOrderQ95)}]  total ${show(index.totalEffect)} [${show(index.totalEffectQ5)}, ${show(index.totalEffectQ95)}]\n`,
            );
          if (options.sensitivity) process.stdout.write(`→ ${options.sensitivity}\n`);
        }
      },
    );
}
