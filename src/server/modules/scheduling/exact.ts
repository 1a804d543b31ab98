/**
 * Runs the exact model (core/scheduling/exact.ts) in HiGHS (MIT, compiled to
 * WebAssembly) beside the engine, and combines the two.
 *
 * `scheduleWithProof` — what the CLI, the service and the benchmark run — uses both
 * cores: the engine searches on this thread while a worker (proof-worker.ts) runs
 * `solveExact`. They share two numbers through shared memory: the bound the worker has
 * proven (the engine stops as soon as its best schedule meets it) and the engine's best
 * breaks (the worker's next question aims below it). A proven optimum becomes the
 * status, a better schedule from the model replaces the engine's, and a proven
 * infeasibility says that not every meeting can be placed.
 */
import { Worker } from "node:worker_threads";
import type { Highs } from "highs";
import {
  buildExactModel,
  exactModelSize,
  participantMinimumModel,
} from "../../../core/scheduling/exact.ts";
import {
  parseProblem,
  type Schedule,
  type SchedulingProblem,
} from "../../../core/scheduling/problem.ts";
import {
  describeSchedule,
  type SolveOptions,
  scheduleLowerBound,
  solveSchedule,
} from "../../../core/scheduling/solve.ts";

/** Models larger than this many binaries are left to the engine alone. */
export const EXACT_MAX_VARIABLES = 40_000;
/** Below this time limit the engine runs alone: starting the worker and HiGHS costs ~0.5 s. */
const EXACT_MIN_SECONDS = 1;

let highs: Promise<Highs> | null = null;

/** The HiGHS loader (a CommonJS module: its default export depends on the loader used). */
async function loadHighs(): Promise<Highs> {
  const module = (await import("highs")) as unknown as {
    default?: () => Promise<Highs>;
  } & (() => Promise<Highs>);
  return (module.default ?? module)();
}

export interface ExactResult {
  /**
   * optimal: the fewest breaks are proven (`lowerBound` equals the best schedule's
   * breaks, this method's or the incumbent's); infeasible: not every meeting can be
   * placed; unknown: neither within the time limit.
   */
  status: "optimal" | "infeasible" | "unknown";
  /** Total breaks of the best schedule this method found (null: none better than the incumbent). */
  breaks: number | null;
  slotOf: Int32Array | null;
  seconds: number;
  variables: number;
  /** Proven lower bound of total breaks (when every meeting is placed). */
  lowerBound: number;
}

export interface ExactOptions {
  /**
   * Breaks of the best known schedule placing every meeting (the engine's), or a reader
   * of it while the engine still runs (-1: none yet): the questions aim below it.
   */
  incumbent?: number | (() => number);
  /** Called with each raised lower bound. */
  onBound?: (lowerBound: number) => void;
  /** Called with each better schedule the model finds. */
  onSchedule?: (breaks: number, slotOf: Int32Array) => void;
}

type Outcome =
  | { kind: "solution"; breaks: number; slotOf: Int32Array; proven: boolean }
  | { kind: "infeasible" }
  | { kind: "unknown" };

async function runModel(
  problem: SchedulingProblem,
  maxBreaks: number | undefined,
  seconds: number,
  breakCaps?: number[],
): Promise<Outcome> {
  const model = buildExactModel(problem, {
    ...(maxBreaks === undefined ? {} : { maxBreaks }),
    ...(breakCaps ? { breakCaps } : {}),
  });
  highs ??= loadHighs();
  const solver = await highs;
  const result = solver.solve(model.lp, {
    time_limit: Math.max(0.1, seconds),
    output_flag: false,
    mip_rel_gap: 0,
    threads: 1,
  });
  if (result.Status === "Infeasible") return { kind: "infeasible" };
  const columns = result.Columns as Record<string, { Primal: number }> | undefined;
  const solved = result.Status === "Optimal";
  // A run cut by the time limit may still carry a schedule (checked: every meeting in a
  // slot); anything else says nothing.
  if (!columns || (!solved && result.Status !== "Time limit reached")) return { kind: "unknown" };
  const slotOf = model.decode((name) => columns[name]?.Primal ?? 0);
  if (slotOf.includes(-1) || !Number.isFinite(result.ObjectiveValue)) return { kind: "unknown" };
  return {
    kind: "solution",
    breaks: Math.round(result.ObjectiveValue + model.offset),
    slotOf,
    proven: solved,
  };
}

/**
 * Each participant's fewest breaks on their own (`participantMinimumModel`): small models,
 * milliseconds each. A participant whose model does not finish counts 0 (still a bound).
 */
async function participantMinima(problem: SchedulingProblem, seconds: number): Promise<number[]> {
  highs ??= loadHighs();
  const solver = await highs;
  const started = performance.now();
  return problem.participants.map((_, p) => {
    const model = participantMinimumModel(problem, p);
    if (model.variables === 0) return model.offset;
    const left = seconds - (performance.now() - started) / 1000;
    if (left <= 0) return 0;
    const result = solver.solve(model.lp, {
      time_limit: left,
      output_flag: false,
      mip_rel_gap: 0,
      threads: 1,
    });
    return result.Status === "Optimal"
      ? Math.max(0, Math.round(result.ObjectiveValue + model.offset))
      : 0;
  });
}

/**
 * The LP relaxation's optimum rounded up: a lower bound of total breaks (null when the LP
 * did not finish in time, or when not every meeting can be placed even fractionally).
 */
async function relaxationBound(
  problem: SchedulingProblem,
  seconds: number,
): Promise<number | null> {
  const model = buildExactModel(problem, { relaxation: true });
  highs ??= loadHighs();
  const solver = await highs;
  const result = solver.solve(model.lp, { time_limit: Math.max(0.1, seconds), output_flag: false });
  if (result.Status !== "Optimal") return null;
  return Math.max(0, Math.ceil(result.ObjectiveValue + model.offset - 1e-6));
}

/**
 * Proves bounds and looks for better schedules within a time limit.
 *
 * First the LP relaxation: on forums it is the optimum or close (core/scheduling/exact.ts
 * says why). Then, while the incumbent is above the bound, it asks "a schedule with at
 * most K breaks?" at K = the bound: infeasible raises the bound by one, a schedule is an
 * optimum. Such a question is settled far faster than the open optimisation (on forum A,
 * 0.7 s against 30 s). Without an incumbent (nothing places every meeting yet) the open model
 * runs, so its infeasibility proves that not every meeting can be placed.
 */
export async function solveExact(
  input: unknown,
  timeLimitSeconds: number,
  options: ExactOptions = {},
): Promise<ExactResult> {
  const started = performance.now();
  const left = () => timeLimitSeconds - (performance.now() - started) / 1000;
  const problem = parseProblem(input);
  const variables = exactModelSize(problem);
  let lowerBound = scheduleLowerBound(problem);
  let best: { breaks: number; slotOf: Int32Array } | null = null;
  const raise = (bound: number) => {
    if (bound <= lowerBound) return;
    lowerBound = bound;
    options.onBound?.(bound);
  };
  const found = (breaks: number, slotOf: Int32Array) => {
    if (best && best.breaks <= breaks) return;
    best = { breaks, slotOf };
    options.onSchedule?.(breaks, slotOf);
  };
  const incumbent = () => {
    const given =
      typeof options.incumbent === "function" ? options.incumbent() : (options.incumbent ?? -1);
    const known = [given, best?.breaks ?? -1].filter((breaks) => breaks >= 0);
    return known.length > 0 ? Math.min(...known) : null;
  };
  const done = (status: ExactResult["status"]): ExactResult => ({
    status,
    breaks: best?.breaks ?? null,
    slotOf: best?.slotOf ?? null,
    seconds: (performance.now() - started) / 1000,
    variables,
    lowerBound,
  });
  options.onBound?.(lowerBound);
  // A bound in a fraction of the time; an LP that does not finish in it is too big to
  // branch on in the rest anyway.
  const minima = await participantMinima(
    problem,
    Math.min(left(), Math.max(0.5, timeLimitSeconds * 0.1)),
  );
  const sumOfMinima = minima.reduce((sum, n) => sum + n, 0);
  raise(sumOfMinima);
  const relaxed = await relaxationBound(
    problem,
    Math.min(left(), Math.max(1, timeLimitSeconds * 0.3)),
  );
  if (relaxed !== null) raise(relaxed);
  // An LP too big to finish in its share leaves nothing to branch on: the engine's
  // schedule stands (and the worker searches with the engine instead).
  else if (incumbent() !== null) return done("unknown");
  while (left() > 0.2) {
    const upper = incumbent();
    if (upper === null) {
      // Nothing places every meeting: the open model, which proves infeasibility or
      // finds a first schedule.
      const outcome = await runModel(problem, undefined, left());
      if (outcome.kind === "infeasible") return done("infeasible");
      if (outcome.kind === "unknown") return done("unknown");
      found(outcome.breaks, outcome.slotOf);
      if (outcome.proven) raise(outcome.breaks);
      continue;
    }
    if (lowerBound >= upper) break;
    // At the bound: infeasible raises it by one, a schedule there is optimal. Bisecting
    // towards the incumbent was measured worse: a loose "at most K?" is no easier for the
    // solver to satisfy than a tight one, and the engine finds such schedules anyway.
    // No one can exceed their own minimum by more than the bound's slack over their sum.
    const caps = minima.map((minimum) => minimum + lowerBound - sumOfMinima);
    const outcome = await runModel(problem, lowerBound, left(), caps);
    if (outcome.kind === "infeasible") raise(lowerBound + 1);
    else if (outcome.kind === "solution") {
      found(outcome.breaks, outcome.slotOf);
      // A proven optimum under "at most K" is the optimum: nothing better exists at all.
      if (outcome.proven) raise(outcome.breaks);
    } else break;
  }
  const upper = incumbent();
  if (upper !== null && lowerBound >= upper) {
    lowerBound = upper;
    return done("optimal");
  }
  return done("unknown");
}

/**
 * Shared memory between the engine and the proof worker (Int32Array positions). Written
 * with Atomics as things are found, read back after the worker is stopped — HiGHS cannot
 * be interrupted mid-question, so the worker is terminated, and nothing it found is lost.
 */
export const SHARED = {
  /** The proven lower bound (worker → engine). */
  bound: 0,
  /** The engine's best breaks placing every meeting, -1 none yet (engine → worker). */
  incumbent: 1,
  /** Breaks of the worker's best schedule, -1 none. */
  found: 2,
  /** 1 when the worker proved that not every meeting can be placed. */
  infeasible: 3,
  /** From here: the slot position of each meeting in the worker's best schedule. */
  slots: 4,
} as const;

export interface ProofJob {
  problem: SchedulingProblem;
  timeLimitSeconds: number;
  /** The engine's seed: the worker's own engine takes the next. */
  seed: number;
  shared: Int32Array;
}

function startProof(job: ProofJob) {
  const worker = new Worker(new URL("./proof-worker.ts", import.meta.url), { workerData: job });
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  worker.on("message", () => finish());
  worker.on("error", () => finish());
  worker.on("exit", () => finish());
  return {
    /** Waits for the worker's own end, at most `seconds`, then stops it. */
    async stop(seconds: number) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        finished,
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, Math.max(0, seconds * 1000));
        }),
      ]);
      clearTimeout(timer);
      await worker.terminate();
      const { shared } = job;
      const breaks = Atomics.load(shared, SHARED.found);
      return {
        lowerBound: Atomics.load(shared, SHARED.bound),
        schedule:
          breaks >= 0
            ? {
                breaks,
                slotOf: shared.slice(SHARED.slots, SHARED.slots + job.problem.meetings.length),
              }
            : null,
        infeasible: Atomics.load(shared, SHARED.infeasible) === 1,
      };
    },
  };
}

/**
 * The engine on this thread and the exact method in a worker, side by side for the time
 * limit (the engine alone with fairness, which the model does not express, or when the
 * model is too big or the time too short). The better schedule wins; its status is
 * optimal when it meets the best proven bound.
 */
export async function scheduleWithProof(
  input: unknown,
  options: SolveOptions & { timeLimitSeconds: number },
): Promise<Schedule> {
  const started = performance.now();
  const problem = parseProblem(input);
  const fairness =
    options.fairness !== undefined ? options.fairness : (problem.options?.fairness ?? null);
  const exactApplies =
    fairness === null &&
    options.timeLimitSeconds >= EXACT_MIN_SECONDS &&
    problem.meetings.length > 0 &&
    exactModelSize(problem) <= EXACT_MAX_VARIABLES;
  if (!exactApplies) return solveSchedule(problem, options);
  const shared = new Int32Array(
    new SharedArrayBuffer(4 * (SHARED.slots + problem.meetings.length)),
  );
  shared[SHARED.incumbent] = -1;
  shared[SHARED.found] = -1;
  const proof = startProof({
    problem,
    timeLimitSeconds: options.timeLimitSeconds,
    seed: options.seed ?? problem.options?.seed ?? 1,
    shared,
  });
  const engine = solveSchedule(problem, {
    ...options,
    externalBound: () => Atomics.load(shared, SHARED.bound),
    onIncumbent: (breaks) => Atomics.store(shared, SHARED.incumbent, breaks),
    // The worker's schedule counts too when it is the better one.
    onProgress: options.onProgress
      ? (progress) => {
          const found = Atomics.load(shared, SHARED.found);
          options.onProgress?.(
            found >= 0 && (progress.unscheduled > 0 || found < progress.breaks)
              ? {
                  ...progress,
                  placed: problem.meetings.length,
                  unscheduled: 0,
                  breaks: found,
                }
              : progress,
          );
        }
      : undefined,
    // The model's own schedule met the bound: nothing is left to search for.
    shouldStop: () => {
      return (options.shouldStop?.() ?? false) || exactDone(shared);
    },
  });
  const left = options.timeLimitSeconds - (performance.now() - started) / 1000;
  const stopped = (options.shouldStop?.() ?? false) || exactDone(shared);
  const exact = await proof.stop(engine.status === "optimal" || stopped ? 0 : left);
  const seconds = (performance.now() - started) / 1000;
  const placedAll = engine.unscheduled.length === 0;
  const lowerBound = Math.max(engine.lowerBound, exact.lowerBound);
  const better =
    exact.schedule !== null && (!placedAll || exact.schedule.breaks < engine.breaks.total);
  return describeSchedule(
    problem,
    better ? (exact.schedule?.slotOf as Int32Array) : slotsOf(problem, engine),
    {
      lowerBound,
      provenInfeasible: engine.status === "infeasible" || exact.infeasible,
      fairness,
      seconds,
    },
  );
}

/** Whether the worker's schedule is proven optimal. */
function exactDone(shared: Int32Array): boolean {
  const found = Atomics.load(shared, SHARED.found);
  return found >= 0 && found <= Atomics.load(shared, SHARED.bound);
}

/** Slot positions per meeting of a schedule (-1: unscheduled). */
function slotsOf(problem: SchedulingProblem, schedule: Schedule): Int32Array {
  const position = new Map(problem.slots.map((slot, i) => [slot.id, i]));
  const slotOf = new Map(schedule.assignments.map((a) => [a.meeting, position.get(a.slot)]));
  return Int32Array.from(problem.meetings, (meeting) => slotOf.get(meeting.id) ?? -1);
}
