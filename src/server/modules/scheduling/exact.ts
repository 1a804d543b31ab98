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
  status: "optimal" | "infeasible" | "unknown";
  /** Total breaks of the optimum. */
  breaks: number | null;
  slotOf: Int32Array | null;
  seconds: number;
  variables: number;
}

/** Solves the exact model within a time limit. */
export async function solveExact(input: unknown, timeLimitSeconds: number): Promise<ExactResult> {
  const started = performance.now();
  const problem = parseProblem(input);
  const model = buildExactModel(problem);
  highs ??= loadHighs();
  const solver = await highs;
  const result = solver.solve(model.lp, {
    time_limit: timeLimitSeconds,
    output_flag: false,
    mip_rel_gap: 0,
    threads: 1,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.Status === "Infeasible")
    return {
      status: "infeasible",
      breaks: null,
      slotOf: null,
      seconds,
      variables: model.variables,
    };
  if (result.Status !== "Optimal")
    return { status: "unknown", breaks: null, slotOf: null, seconds, variables: model.variables };
  const columns = result.Columns as Record<string, { Primal: number }>;
  return {
    status: "optimal",
    breaks: Math.round(result.ObjectiveValue + model.offset) || 0,
    slotOf: model.decode((name) => columns[name]?.Primal ?? 0),
    seconds,
    variables: model.variables,
  };
}

/**
 * The engine, then — when the engine could not prove its schedule optimal and the model
 * is small enough — the exact model with the time left: its optimum proves the bound (and
 * replaces the engine's schedule when better); its infeasibility proves the status.
 */
export async function scheduleWithProof(
  input: unknown,
  options: SolveOptions & { timeLimitSeconds: number },
): Promise<Schedule> {
  const started = performance.now();
  const problem = parseProblem(input);
  const engine = solveSchedule(problem, {
    ...options,
    timeLimitSeconds: options.timeLimitSeconds / 2,
  });
  if (engine.status === "optimal") return engine;
  const fairness =
    options.fairness !== undefined ? options.fairness : (problem.options?.fairness ?? null);
  const model = buildExactModel(problem);
  if (fairness !== null || model.variables > EXACT_MAX_VARIABLES) return engine;
  const left = options.timeLimitSeconds - (performance.now() - started) / 1000;
  if (left <= 0.5) return engine;
  const exact = await solveExact(problem, left);
  const seconds = (performance.now() - started) / 1000;
  if (exact.status === "infeasible")
    return {
      ...engine,
      status: engine.unscheduled.length > 0 ? "infeasible" : engine.status,
      seconds,
    };
  if (exact.status !== "optimal" || exact.breaks === null || !exact.slotOf)
    return { ...engine, seconds };
  const better = engine.unscheduled.length > 0 || exact.breaks < engine.breaks.total;
  if (!better) return { ...engine, lowerBound: exact.breaks, status: "optimal", seconds };
  return describeSchedule(problem, exact.slotOf, {
    lowerBound: exact.breaks,
    provenInfeasible: false,
    fairness: null,
    seconds,
  });
}
