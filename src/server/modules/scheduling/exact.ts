/**
 * The exact method beside the engine: bounds from HiGHS (MIT, compiled to WebAssembly)
 * and the question "a schedule with at most K breaks?" put to both our SAT solver
 * (core/scheduling/decide.ts) and HiGHS's branch and bound, in turns.
 *
 * `scheduleWithProof` — what the CLI, the service and the benchmark run — uses both
 * cores: the engine searches on this thread while a worker (proof-worker.ts) runs
 * `solveExact`. They share through shared memory the bound the worker has proven (the
 * engine stops as soon as its best schedule meets it), the engine's best breaks and
 * schedule (the worker's questions start from it) and the worker's best schedule. A
 * proven optimum becomes the status, a better schedule from the worker replaces the
 * engine's, and a proven infeasibility says that not every meeting can be placed.
 */
import { Worker } from "node:worker_threads";
import type { Highs } from "highs";
import { encodeBreaksQuestion, participantMinima } from "../../../core/scheduling/decide.ts";
import { buildExactModel, exactModelSize } from "../../../core/scheduling/exact.ts";
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

/** Past this many slot choices (meeting × allowed slot) the worker only proves a bound. */
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
  /**
   * The best known schedule (slot position per meeting), read as each question starts:
   * the SAT solver's first decisions follow it.
   */
  hint?: () => ArrayLike<number> | null;
  /** Called with each raised lower bound. */
  onBound?: (lowerBound: number) => void;
  /** Called with each better schedule the model finds. */
  onSchedule?: (breaks: number, slotOf: Int32Array) => void;
}

type Outcome =
  | { kind: "solution"; slotOf: Int32Array; proven: boolean }
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
  return { kind: "solution", slotOf, proven: solved };
}

/**
 * The LP relaxation's optimum rounded up: a lower bound of total breaks; infeasible when
 * not every meeting can be placed even fractionally; unknown when it did not finish.
 */
async function relaxationBound(
  problem: SchedulingProblem,
  seconds: number,
): Promise<{ kind: "bound"; bound: number } | { kind: "infeasible" } | { kind: "unknown" }> {
  const model = buildExactModel(problem, { relaxation: true });
  highs ??= loadHighs();
  const solver = await highs;
  const result = solver.solve(model.lp, { time_limit: Math.max(0.1, seconds), output_flag: false });
  if (result.Status === "Infeasible") return { kind: "infeasible" };
  if (result.Status !== "Optimal") return { kind: "unknown" };
  return {
    kind: "bound",
    bound: Math.max(0, Math.ceil(result.ObjectiveValue + model.offset - 1e-6)),
  };
}

type Answer =
  /** A schedule within the question (`optimal`: HiGHS proved it has the fewest breaks). */
  | { kind: "yes"; slotOf: Int32Array; optimal: boolean }
  /** None: every schedule has at least `atLeast` breaks (or, without K, none places all). */
  | { kind: "no"; atLeast: number }
  | { kind: "unknown" };

/**
 * HiGHS's turns at the questions: its LP relaxation first, retried with each longer turn
 * until it finishes (it does not depend on the question, so it is kept), then its branch
 * and bound on the question itself, restarted with each turn (it cannot be paused). On
 * forums the LP bound is the optimum or one below it (core/scheduling/exact.ts says why),
 * far above the participants' own minima on a crowded forum like A (8 against 1).
 */
class HighsTurns {
  private lpBound: number | null = null;
  private readonly problem: SchedulingProblem;
  get hasBound(): boolean {
    return this.lpBound !== null;
  }
  constructor(problem: SchedulingProblem) {
    this.problem = problem;
  }

  async take(
    maxBreaks: number | null,
    breakCaps: number[] | undefined,
    seconds: number,
  ): Promise<Answer> {
    if (this.lpBound === null) {
      const relaxed = await relaxationBound(this.problem, seconds);
      if (relaxed.kind === "infeasible") return { kind: "no", atLeast: Number.POSITIVE_INFINITY };
      if (relaxed.kind === "unknown") return { kind: "unknown" };
      this.lpBound = relaxed.bound;
      return maxBreaks !== null && relaxed.bound > maxBreaks
        ? { kind: "no", atLeast: relaxed.bound }
        : { kind: "unknown" };
    }
    const outcome = await runModel(this.problem, maxBreaks ?? undefined, seconds, breakCaps);
    if (outcome.kind === "infeasible")
      return { kind: "no", atLeast: maxBreaks === null ? Number.POSITIVE_INFINITY : maxBreaks + 1 };
    if (outcome.kind === "solution")
      return { kind: "yes", slotOf: outcome.slotOf, optimal: outcome.proven };
    return { kind: "unknown" };
  }
}

/** The first turn's length in seconds; each turn after it is twice as long. */
const FIRST_TURN_SECONDS = 0.25;
/**
 * HiGHS's turn as a share of the SAT solver's, until its LP has finished: most questions
 * at the bound have a schedule, which SAT finds, and on the larger forums the LP does not
 * finish at all (forum E: 19 s). Once it has, HiGHS may well settle the question (forum
 * A's "at most 8?" in 0.5 s), and its turns are as long as SAT's.
 */
const HIGHS_SHARE_BEFORE_LP = 0.5;

/**
 * "A schedule with at most K breaks (each participant within their cap)?", or with K null
 * "can every meeting be placed?", put to both methods in turns of doubling length until
 * one settles it or `seconds` run out: the SAT solver, starting from the best known
 * schedule and resumed each turn where it stopped, with its learnt clauses, then HiGHS
 * (`HighsTurns`), for half as long until its LP has finished. They are good at opposite
 * answers: measured on the benchmark forums, SAT finds the schedules at the optimum in
 * 0.1–1.5 s where HiGHS needs 14 s to more than 60 s, and HiGHS refutes forum A's "at most
 * 8?" in 0.5 s where SAT needs more than 60 s.
 */
async function askBoth(
  problem: SchedulingProblem,
  question: { maxBreaks: number | null; breakCaps?: number[] },
  seconds: number,
  options: { hint: () => ArrayLike<number> | null; highs: HighsTurns },
): Promise<Answer> {
  const started = performance.now();
  const left = () => seconds - (performance.now() - started) / 1000;
  const hint = options.hint();
  const formula = encodeBreaksQuestion(problem, { ...question, ...(hint ? { hint } : {}) });
  for (let turn = FIRST_TURN_SECONDS; left() > 0.05; turn *= 2) {
    const turnEnds = performance.now() + 1000 * Math.min(turn, left());
    const status = formula.solver.solve({ shouldStop: () => performance.now() >= turnEnds });
    if (status === "sat") return { kind: "yes", slotOf: formula.decode(), optimal: false };
    if (status === "unsat")
      return {
        kind: "no",
        atLeast: question.maxBreaks === null ? Number.POSITIVE_INFINITY : question.maxBreaks + 1,
      };
    if (left() <= 0.05) break;
    const answer = await options.highs.take(
      question.maxBreaks,
      question.breakCaps,
      Math.min(turn * (options.highs.hasBound ? 1 : HIGHS_SHARE_BEFORE_LP), left()),
    );
    if (answer.kind !== "unknown") return answer;
  }
  return { kind: "unknown" };
}

/**
 * Proves bounds and looks for better schedules within a time limit.
 *
 * First each participant's own fewest breaks (`participantMinima`: their sum is a bound,
 * and per participant the cap that loses no schedule). Then, while the best known
 * schedule is above the bound, "a schedule with at most K breaks?" at K = the bound
 * (`askBoth`, where HiGHS's LP may raise the bound too): no raises the bound, a schedule
 * there is optimal. Bisecting K towards the incumbent was measured worse with HiGHS: a
 * loose question is no easier to satisfy, and the engine finds such schedules anyway.
 * Without an incumbent (nothing places every meeting yet) it first asks whether every
 * meeting can be placed at all: no proves infeasibility.
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
  const given = () =>
    typeof options.incumbent === "function" ? options.incumbent() : (options.incumbent ?? -1);
  const found = (slotOf: Int32Array) => {
    const breaks = countBreaks(problem, slotOf);
    if (best && best.breaks <= breaks) return breaks;
    best = { breaks, slotOf };
    options.onSchedule?.(breaks, slotOf);
    return breaks;
  };
  const incumbent = () => {
    const known = [given(), best?.breaks ?? -1].filter((breaks) => breaks >= 0);
    return known.length > 0 ? Math.min(...known) : null;
  };
  // The better of the caller's schedule and our own as the questions' starting point.
  const hint = () => {
    const theirs = options.hint?.() ?? null;
    if (best && (!theirs || given() < 0 || best.breaks <= given())) return best.slotOf;
    return theirs;
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
  if (problem.meetings.length === 0) return done("optimal");
  const minima = participantMinima(problem, { shouldStop: () => left() <= 0 });
  if (minima.includes(null)) return done("infeasible");
  const sumOfMinima = minima.reduce<number>((sum, n) => sum + (n ?? 0), 0);
  raise(sumOfMinima);
  const highs = new HighsTurns(problem);
  while (left() > 0.1) {
    const upper = incumbent();
    if (upper !== null && lowerBound >= upper) break;
    const maxBreaks = upper === null ? null : lowerBound;
    // No one can exceed their own minimum by more than the bound's slack over their sum.
    const breakCaps =
      maxBreaks === null
        ? undefined
        : minima.map((minimum) => (minimum ?? 0) + maxBreaks - sumOfMinima);
    const question = { maxBreaks, ...(breakCaps ? { breakCaps } : {}) };
    const answer = await askBoth(problem, question, left(), { hint, highs });
    if (answer.kind === "no") {
      // Infinite: not even the LP places every meeting (only possible without incumbent).
      if (maxBreaks === null || !Number.isFinite(answer.atLeast)) return done("infeasible");
      raise(answer.atLeast);
    } else if (answer.kind === "yes") {
      const breaks = found(answer.slotOf);
      if (answer.optimal) raise(breaks);
    } else break;
  }
  const upper = incumbent();
  if (upper !== null && lowerBound >= upper) {
    lowerBound = upper;
    return done("optimal");
  }
  return done("unknown");
}

/** Total breaks of a schedule that places every meeting. */
function countBreaks(problem: SchedulingProblem, slotOf: ArrayLike<number>): number {
  return describeSchedule(problem, slotOf, {
    lowerBound: 0,
    provenInfeasible: false,
    fairness: null,
    seconds: 0,
  }).breaks.total;
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
  /**
   * From here: the slot position of each meeting in the worker's best schedule, then in
   * the engine's (`sharedSchedules`).
   */
  slots: 4,
} as const;

/** The worker's and the engine's best schedules inside the shared memory. */
export function sharedSchedules(shared: Int32Array, meetings: number) {
  return {
    worker: shared.subarray(SHARED.slots, SHARED.slots + meetings),
    engine: shared.subarray(SHARED.slots + meetings, SHARED.slots + 2 * meetings),
  };
}

export interface ProofJob {
  problem: SchedulingProblem;
  timeLimitSeconds: number;
  shared: Int32Array;
  /**
   * Only the participants' minima, as a bound: for problems the exact method does not
   * take (too large, or with fairness, which it does not model).
   */
  boundOnly: boolean;
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
                slotOf: sharedSchedules(shared, job.problem.meetings.length).worker.slice(),
              }
            : null,
        infeasible: Atomics.load(shared, SHARED.infeasible) === 1,
      };
    },
  };
}

/**
 * The engine on this thread and the exact method in a worker, side by side for the time
 * limit. With fairness, which the exact method does not model, or past
 * EXACT_MAX_VARIABLES, the worker only proves the participants' minima as a bound (the
 * large event: 199 where the engine's own bound is 168); under EXACT_MIN_SECONDS the
 * engine runs alone. The better schedule wins; its status is
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
  if (options.timeLimitSeconds < EXACT_MIN_SECONDS || problem.meetings.length === 0)
    return solveSchedule(problem, options);
  const boundOnly = fairness !== null || exactModelSize(problem) > EXACT_MAX_VARIABLES;
  const shared = new Int32Array(
    new SharedArrayBuffer(4 * (SHARED.slots + 2 * problem.meetings.length)),
  );
  shared[SHARED.incumbent] = -1;
  shared[SHARED.found] = -1;
  const engineSchedule = sharedSchedules(shared, problem.meetings.length).engine;
  const proof = startProof({
    problem,
    timeLimitSeconds: options.timeLimitSeconds,
    shared,
    boundOnly,
  });
  const engine = solveSchedule(problem, {
    ...options,
    externalBound: () => Atomics.load(shared, SHARED.bound),
    // The schedule first, then its breaks: a worker that sees the breaks finds the slots.
    // It may read a schedule half-written by the next improvement; it only uses it as
    // the phases its search starts from, so a mixed schedule costs a little speed, no truth.
    onIncumbent: (breaks, slotOf) => {
      if (!boundOnly) engineSchedule.set(slotOf);
      Atomics.store(shared, SHARED.incumbent, breaks);
    },
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
