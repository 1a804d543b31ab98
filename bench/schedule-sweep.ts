// npm run bench:schedule:sweep — the scheduler as the CLI and the platform run it
// (`scheduleWithProof`, both cores) on more than the five benchmark forums: each forum
// shape generated with its benchmark seed and with other seeds, each run with several
// engine seeds. A method tuned to five instances would show here. Prints per instance and
// run: meetings placed, breaks / proven bound, status and seconds, then how many runs
// ended optimal and the seconds' median and maximum.
// Options (env): BENCH_TIME_LIMIT (seconds per run, default 10), BENCH_INSTANCE_SEEDS
// (generator seeds besides the benchmark's, default "200,201"), BENCH_RUN_SEEDS (default
// "1,2,3").
import { generateBrokerage } from "../src/core/scheduling/generate.ts";
import { verifySchedule } from "../src/core/scheduling/verify.ts";
import { scheduleWithProof } from "../src/server/modules/scheduling/exact.ts";
import { benchmarkSeed, FORUMS } from "./lib/forums.ts";
import { percentile, printTable } from "./lib/table.ts";

const timeLimit = Number(process.env.BENCH_TIME_LIMIT ?? "10");
const numbers = (text: string) => text.split(",").map((part) => Number(part.trim()));
const instanceSeeds = numbers(process.env.BENCH_INSTANCE_SEEDS ?? "200,201");
const runSeeds = numbers(process.env.BENCH_RUN_SEEDS ?? "1,2,3");

const rows: Record<string, string | number>[] = [];
const seconds: number[] = [];
let optimal = 0;
let invalid = 0;
for (const [i, shape] of FORUMS.entries()) {
  for (const seed of [benchmarkSeed(i), ...instanceSeeds]) {
    const problem = generateBrokerage({ ...shape, seed });
    const row: Record<string, string | number> = {
      instance: `${shape.name} seed ${seed} (${shape.participants} p, ${problem.meetings.length} m)`,
    };
    for (const runSeed of runSeeds) {
      const schedule = await scheduleWithProof(problem, {
        timeLimitSeconds: timeLimit,
        seed: runSeed,
      });
      const valid = verifySchedule(problem, schedule).valid;
      if (!valid) invalid++;
      if (schedule.status === "optimal") optimal++;
      seconds.push(schedule.seconds);
      const placed =
        schedule.unscheduled.length > 0 ? `${schedule.unscheduled.length} unplaced, ` : "";
      row[`run ${runSeed}`] =
        `${placed}${schedule.breaks.total}/${schedule.lowerBound} ${schedule.status} ${schedule.seconds.toFixed(1)} s${valid ? "" : " INVALID"}`;
    }
    rows.push(row);
    process.stderr.write(`${row.instance}\n`);
  }
}
printTable(
  `B2B scheduling sweep: breaks / proven bound, status, seconds per run (${timeLimit} s limit, both cores)`,
  rows,
);
const sorted = [...seconds].sort((a, b) => a - b);
process.stdout.write(
  `\n${optimal} of ${seconds.length} runs optimal; seconds median ${percentile(sorted, 50).toFixed(1)}, max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)}; ${invalid === 0 ? "every schedule valid" : `${invalid} INVALID`}\n`,
);
