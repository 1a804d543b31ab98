import { readFile, writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { parseProblem } from "../core/scheduling/problem.ts";
import { verifySchedule } from "../core/scheduling/verify.ts";
import { scheduleWithProof } from "../server/modules/scheduling/exact.ts";

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new Error(`${file}: cannot be read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

const number = (name: string, integer: boolean) => (value: string) => {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || (integer && !Number.isInteger(parsed)) || parsed < 0)
    throw new Error(`${name} must be a ${integer ? "whole " : ""}number ≥ 0, not "${value}"`);
  return parsed;
};

export function registerScheduleCommands(program: Command) {
  program
    .command("schedule")
    .description(
      "schedule B2B meetings at tables and times with fewest idle gaps; `schedule verify` re-checks a schedule",
    )
    .argument("[verify]", 'give "verify" to re-check --schedule against --input instead')
    .option("--input <file>", "problem JSON (schemas/schedule-problem.schema.json)")
    .option("--output <file>", "where to write the schedule JSON")
    .option("--schedule <file>", "with verify: the schedule JSON to check")
    .option("--time-limit <seconds>", "search time limit", number("--time-limit", false))
    .option(
      "--fairness <d>",
      "largest difference in breaks between two participants",
      number("--fairness", true),
    )
    .option("--seed <n>", "random seed (same seed, same schedule)", number("--seed", true))
    .action(
      async (
        verb: string | undefined,
        options: {
          input?: string;
          output?: string;
          schedule?: string;
          timeLimit?: number;
          fairness?: number;
          seed?: number;
        },
      ) => {
        if (verb === "verify") return verify(options);
        if (verb !== undefined)
          throw new Error(`unknown schedule action "${verb}" (did you mean "verify"?)`);
        if (!options.input || !options.output)
          throw new Error("schedule needs --input <problem.json> and --output <schedule.json>");
        const problem = await readJson(options.input);
        const parsed = parseProblem(problem);
        const result = await scheduleWithProof(parsed, {
          timeLimitSeconds: options.timeLimit ?? parsed.options?.timeLimitSeconds ?? 10,
          ...(options.fairness !== undefined ? { fairness: options.fairness } : {}),
          ...(options.seed !== undefined ? { seed: options.seed } : {}),
          onProgress: (progress) =>
            process.stderr.write(
              `${progress.seconds.toFixed(1)} s: ${progress.placed} placed, ${progress.unscheduled} unscheduled, ${progress.breaks} breaks (lower bound ${progress.lowerBound})\n`,
            ),
        });
        await writeFile(options.output, `${JSON.stringify(result, null, 2)}\n`);
        process.stdout.write(
          `${result.status}: ${result.assignments.length} meetings placed, ${result.unscheduled.length} unscheduled, ${result.breaks.total} breaks (lower bound ${result.lowerBound}) in ${result.seconds.toFixed(1)} s → ${options.output}\n`,
        );
      },
    );
}

async function verify(options: { input?: string; schedule?: string }) {
  if (!options.input || !options.schedule)
    throw new Error("schedule verify needs --input <problem.json> and --schedule <schedule.json>");
  const problem = parseProblem(await readJson(options.input));
  const result = verifySchedule(problem, await readJson(options.schedule));
  if (!result.valid) {
    process.stderr.write(
      `${options.schedule} is not a valid schedule for ${options.input}:\n${result.violations.map((v) => `  - ${v}`).join("\n")}\n`,
    );
    process.exitCode = 1;
    return;
  }
  const total = Object.values(result.breaks).reduce((sum, n) => sum + n, 0);
  process.stdout.write(`valid: every constraint holds; ${total} breaks recounted\n`);
}
