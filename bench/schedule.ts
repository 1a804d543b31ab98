// npm run bench:schedule — the B2B meeting scheduler on instances shaped like real
// brokerage forums and on a large event, three ways on the same time limit: the engine
// alone (one core: annealing, then window search); the exact method alone (`solveExact`:
// participants' minima, then "a schedule with at most K breaks?" at the bound, put in
// turns to our SAT solver and to HiGHS's LP bound and MILP branch and bound); and both
// side by side on the two cores (`scheduleWithProof`, what the CLI and the platform run).
// Prints, per instance and method: meetings placed, breaks, lower bound, status and
// seconds, and whether `schedule verify` accepts every schedule.
// Options (env): BENCH_TIME_LIMIT (seconds per method on forums, default 10),
// BENCH_LARGE_TIME_LIMIT (default 60), BENCH_SKIP_LARGE=1.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { exactModelSize } from "../src/core/scheduling/exact.ts";
import { generateBrokerage } from "../src/core/scheduling/generate.ts";
import { describeSchedule, solveSchedule } from "../src/core/scheduling/solve.ts";
import { verifySchedule } from "../src/core/scheduling/verify.ts";
import {
  EXACT_MAX_VARIABLES,
  scheduleWithProof,
  solveExact,
} from "../src/server/modules/scheduling/exact.ts";
import { benchmarkSeed, FORUMS, LARGE_EVENT } from "./lib/forums.ts";
import { printTable } from "./lib/table.ts";

const timeLimit = Number(process.env.BENCH_TIME_LIMIT ?? "10");
const largeTimeLimit = Number(process.env.BENCH_LARGE_TIME_LIMIT ?? "60");
const instances = [
  ...FORUMS.map((shape) => ({ ...shape, limit: timeLimit })),
  ...(process.env.BENCH_SKIP_LARGE ? [] : [{ ...LARGE_EVENT, limit: largeTimeLimit }]),
];

const rows: Record<string, string | number>[] = [];
const results: Record<string, unknown>[] = [];
for (const [i, shape] of instances.entries()) {
  const problem = generateBrokerage({ ...shape, seed: benchmarkSeed(i) });
  process.stderr.write(`${shape.name}: ${problem.meetings.length} meetings…\n`);
  const engine = solveSchedule(problem, { timeLimitSeconds: shape.limit, seed: 1 });
  const engineValid = verifySchedule(problem, engine);
  const variables = exactModelSize(problem);
  const exactApplies = variables <= EXACT_MAX_VARIABLES;
  const exact = exactApplies ? await solveExact(problem, shape.limit) : null;
  const exactSchedule =
    exact?.slotOf != null
      ? describeSchedule(problem, exact.slotOf, {
          lowerBound: exact.lowerBound,
          provenInfeasible: false,
          fairness: null,
          seconds: exact.seconds,
        })
      : null;
  const exactValid = exactSchedule ? verifySchedule(problem, exactSchedule).valid : null;
  // Past EXACT_MAX_VARIABLES the second core only proves the participants' minima.
  const combined = await scheduleWithProof(problem, { timeLimitSeconds: shape.limit, seed: 1 });
  const combinedValid = verifySchedule(problem, combined).valid;
  const skipped = `skipped (${variables.toLocaleString("en")} binaries)`;
  rows.push({
    instance: `${shape.name} (${shape.participants} p, ${problem.meetings.length} m, ${shape.slots} slots, ${shape.tables} t)`,
    "engine placed": `${engine.assignments.length}/${problem.meetings.length}`,
    "engine breaks": engine.breaks.total,
    "engine bound": engine.lowerBound,
    "engine status": engine.status,
    "engine s": engine.seconds.toFixed(1),
    "exact placed": exact
      ? `${exactSchedule?.assignments.length ?? 0}/${problem.meetings.length}`
      : skipped,
    "exact breaks": exactSchedule?.breaks.total ?? "—",
    "exact bound": exact?.lowerBound ?? "—",
    "exact status": exact
      ? exact.status === "unknown"
        ? exactSchedule
          ? "feasible"
          : "no schedule"
        : exact.status
      : "—",
    "exact s": exact ? exact.seconds.toFixed(1) : "—",
    "both placed": `${combined.assignments.length}/${problem.meetings.length}`,
    "both breaks": combined.breaks.total,
    "both bound": combined.lowerBound,
    "both status": combined.status,
    "both s": combined.seconds.toFixed(1),
    verify: engineValid.valid && exactValid !== false && combinedValid ? "valid" : "INVALID",
  });
  results.push({
    ...shape,
    meetings: problem.meetings.length,
    engine: {
      ...engine,
      assignments: undefined,
      breaks: { ...engine.breaks, byParticipant: undefined },
    },
    exact: exact ? { ...exact, slotOf: undefined } : null,
    withProof: {
      ...combined,
      assignments: undefined,
      breaks: { ...combined.breaks, byParticipant: undefined },
    },
    variables,
    verify: engineValid.violations,
  });
}
printTable(
  `B2B scheduling: engine alone | exact method alone (SAT + HiGHS) | both side by side ("both", what the CLI runs); ${timeLimit} s each on forums`,
  rows,
);
const out = path.resolve(import.meta.dirname, "results");
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "schedule.json"), JSON.stringify(results, null, 2));
process.stdout.write("\nWritten to bench/results/schedule.json\n");
