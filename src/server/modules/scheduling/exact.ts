/**
 * Runs the exact model (core/scheduling/exact.ts) in HiGHS (MIT, compiled to
 * WebAssembly) and combines it with the engine: a proven optimum becomes the lower
 * bound (and the schedule, if better), a proven infeasibility the status.
 */
import type { Highs } from "highs";
import { buildExactModel } from "../../../core/scheduling/exact.ts";
import { parseProblem, type Schedule } from "../../../core/scheduling/problem.ts";
import {
  describeSchedule,
  type SolveOptions,
  scheduleLowerBound,
  solveSchedule,
} from "../../../core/scheduling/solve.ts";

/** Models larger than this many binaries are left to the engine alone. */
export const EXACT_MAX_VARIABLES = 40_000;

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
   * breaks, this method's or the incumbent given); infeasible: not every meeting can
   * be placed; unknown: neither within the time limit.
   */
  status: "optimal" | "infeasible" | "unknown";
  /** Total breaks of the best schedule this method found (null: none better than given). */
  breaks: number | null;
  slotOf: Int32Array | null;
  seconds: number;
  variables: number;
  /** Proven lower bound of total breaks (when every meeting is placed). */
  lowerBound: number;
}

export interface ExactOptions {
  /** Breaks of a known schedule placing every meeting (the engine's): the search aims below. */
  incumbent?: number;
}

type Outcome =
  | { kind: "solution"; breaks: number; slotOf: Int32Array; proven: boolean }
  | { kind: "infeasible" }
  | { kind: "unknown" };

async function runModel(
  problem: ReturnType<typeof parseProblem>,
  maxBreaks: number | undefined,
  seconds: number,
): Promise<Outcome> {
  const model = buildExactModel(problem, maxBreaks === undefined ? {} : { maxBreaks });
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
  if (!solved && (slotOf.includes(-1) || !Number.isFinite(result.ObjectiveValue)))
    return { kind: "unknown" };
  return {
    kind: "solution",
    breaks: Math.round(result.ObjectiveValue + model.offset) || 0,
    slotOf,
    proven: solved,
  };
}

/**
 * Proves bounds and looks for better schedules within a time limit.
 *
 * With an incumbent, it asks the model "a schedule with at most K breaks?" for K
 * between the proven bound and the incumbent, bisecting: infeasible raises the bound to
 * K + 1, a schedule lowers the incumbent, a time-out leaves the K above untried (they
 * are harder: closer to the optimum). Such a question is settled far faster than the
 * open optimisation, which is what proves forums in seconds. Without one (the engine
 * could not place everything), the open model runs with the whole time, so its
 * infeasibility proves that not every meeting can be placed.
 */
export async function solveExact(
  input: unknown,
  timeLimitSeconds: number,
  options: ExactOptions = {},
): Promise<ExactResult> {
  const started = performance.now();
  const left = () => timeLimitSeconds - (performance.now() - started) / 1000;
  const problem = parseProblem(input);
  const variables = buildExactModel(problem).variables;
  let lowerBound = scheduleLowerBound(problem);
  let best: { breaks: number; slotOf: Int32Array } | null = null;
  const done = (status: ExactResult["status"]): ExactResult => ({
    status,
    breaks: best?.breaks ?? null,
    slotOf: best?.slotOf ?? null,
    seconds: (performance.now() - started) / 1000,
    variables,
    lowerBound,
  });
  if (options.incumbent === undefined) {
    const outcome = await runModel(problem, undefined, left());
    if (outcome.kind === "infeasible") return done("infeasible");
    if (outcome.kind === "unknown") return done("unknown");
    best = outcome;
    if (outcome.proven) lowerBound = outcome.breaks;
    return done(outcome.proven ? "optimal" : "unknown");
  }
  let upper = options.incumbent;
  // K above `ceiling` timed out: not asked again in this run.
  let ceiling = upper - 1;
  while (lowerBound < upper && lowerBound <= ceiling && left() > 0.2) {
    const K = Math.floor((lowerBound + ceiling + 1) / 2);
    // Half the time left: a question below the optimum is settled in a few seconds on a
    // forum, one at or above it rarely is, and a time-out still leaves half for lower K.
    const outcome = await runModel(problem, K, ceiling > lowerBound ? left() / 2 : left());
    if (outcome.kind === "infeasible") lowerBound = K + 1;
    else if (outcome.kind === "solution") {
      best = outcome;
      upper = outcome.breaks;
      ceiling = Math.min(ceiling, upper - 1);
      // A proven optimum under "at most K" is the optimum: nothing better exists at all.
      if (outcome.proven) lowerBound = Math.max(lowerBound, outcome.breaks);
    } else ceiling = K - 1;
  }
  lowerBound = Math.min(lowerBound, upper);
  return done(lowerBound >= upper ? "optimal" : "unknown");
}

/**
 * The engine, then — when the engine could not prove its schedule optimal and the model
 * is small enough — the exact method with the time left: it raises the lower bound
 * (proving the engine's schedule optimal when they meet) and replaces the schedule when
 * it finds a better one; its infeasibility proves the status.
 */
export async function scheduleWithProof(
  input: unknown,
  options: SolveOptions & { timeLimitSeconds: number },
): Promise<Schedule> {
  const started = performance.now();
  const problem = parseProblem(input);
  const fairness =
    options.fairness !== undefined ? options.fairness : (problem.options?.fairness ?? null);
  const model = buildExactModel(problem);
  const exactApplies = fairness === null && model.variables <= EXACT_MAX_VARIABLES;
  // Half each: the engine's schedules still improve with time on sparse forums, and the
  // exact method's questions need a few seconds each.
  const engine = solveSchedule(problem, {
    ...options,
    timeLimitSeconds: options.timeLimitSeconds * (exactApplies ? 0.5 : 1),
  });
  if (engine.status === "optimal" || !exactApplies) return engine;
  const left = options.timeLimitSeconds - (performance.now() - started) / 1000;
  if (left <= 0.5) return engine;
  const placedAll = engine.unscheduled.length === 0;
  const exact = await solveExact(
    problem,
    left,
    placedAll ? { incumbent: engine.breaks.total } : {},
  );
  const seconds = (performance.now() - started) / 1000;
  if (exact.status === "infeasible")
    return {
      ...engine,
      status: placedAll ? engine.status : "infeasible",
      seconds,
    };
  const better =
    exact.slotOf !== null &&
    exact.breaks !== null &&
    (!placedAll || exact.breaks < engine.breaks.total);
  if (!better)
    return describeSchedule(problem, slotsOf(problem, engine), {
      lowerBound: Math.max(engine.lowerBound, exact.lowerBound),
      provenInfeasible: engine.status === "infeasible",
      fairness,
      seconds,
    });
  return describeSchedule(problem, exact.slotOf as Int32Array, {
    lowerBound: Math.max(engine.lowerBound, exact.lowerBound),
    provenInfeasible: false,
    fairness: null,
    seconds,
  });
}

/** Slot positions per meeting of a schedule (-1: unscheduled). */
function slotsOf(problem: ReturnType<typeof parseProblem>, schedule: Schedule): Int32Array {
  const position = new Map(problem.slots.map((slot, i) => [slot.id, i]));
  const slotOf = new Map(schedule.assignments.map((a) => [a.meeting, position.get(a.slot)]));
  return Int32Array.from(problem.meetings, (meeting) => slotOf.get(meeting.id) ?? -1);
}
