/**
 * Outlier treatment of one indicator, as the issue defines it and COINr's `Treat` does
 * by default: an indicator passes when |skewness| < skewThreshold or kurtosis <
 * kurtosisThreshold. A failing one is winsorised step by step — skewness ≥ 0: every
 * value equal to the current maximum becomes the largest remaining value; otherwise the
 * same at the minimum — re-checked after each step, until it passes or winmax distinct
 * points have been changed (a step over tied values may change several at once, so the
 * count can end above winmax, as in COINr). If it still fails, the ORIGINAL values are
 * transformed instead with log(x − min + 0.01·(max − min)) (COINr's `log_CT`).
 */
import type { TreatSettings } from "./config.ts";
import { skewnessAndKurtosis } from "./statistics.ts";

export interface TreatedPoint {
  unit: number;
  original: number;
  treated: number;
  how: "winsorised-high" | "winsorised-low" | "log";
}

export interface TreatmentOutcome {
  action: "none" | "winsorised" | "log";
  /** Why nothing was done when the check could not run. */
  note: string | null;
  before: { skewness: number | null; kurtosis: number | null; passes: boolean };
  after: { skewness: number | null; kurtosis: number | null; passes: boolean };
  /** Winsorisation steps taken (also when they were abandoned for the log). */
  winsorisationSteps: number;
  points: TreatedPoint[];
  /** For a log transform: the original min and max it used (goalposts follow it). */
  logShift: { min: number; max: number } | null;
}

function check(values: Float64Array, settings: TreatSettings) {
  const present: number[] = [];
  for (const value of values) if (!Number.isNaN(value)) present.push(value);
  const { skewness, kurtosis } = skewnessAndKurtosis(present);
  const passes =
    Number.isNaN(skewness) ||
    Math.abs(skewness) < settings.skewThreshold ||
    kurtosis < settings.kurtosisThreshold;
  return {
    skewness: Number.isNaN(skewness) ? null : skewness,
    kurtosis: Number.isNaN(kurtosis) ? null : kurtosis,
    passes,
    skewSign: skewness >= 0 ? 1 : -1,
  };
}

export function logTransform(value: number, min: number, max: number): number {
  return Math.log(value - min + 0.01 * (max - min));
}

export function treatIndicator(values: Float64Array, settings: TreatSettings) {
  const initial = check(values, settings);
  const present = values.filter((value) => !Number.isNaN(value));
  const outcome: TreatmentOutcome = {
    action: "none",
    note:
      present.length < 4
        ? "fewer than 4 values: skewness and kurtosis undefined, left as is"
        : initial.skewness === null
          ? "all values equal: left as is"
          : null,
    before: { skewness: initial.skewness, kurtosis: initial.kurtosis, passes: initial.passes },
    after: { skewness: initial.skewness, kurtosis: initial.kurtosis, passes: initial.passes },
    winsorisationSteps: 0,
    points: [],
    logShift: null,
  };
  if (initial.passes) return { values: Float64Array.from(values), outcome };

  const x = Float64Array.from(values);
  const changed = new Map<number, "winsorised-high" | "winsorised-low">();
  let state = initial;
  while (!state.passes && changed.size < settings.winmax) {
    const high = state.skewSign >= 0;
    let extreme = high ? -Infinity : Infinity;
    for (const value of x)
      if (!Number.isNaN(value) && (high ? value > extreme : value < extreme)) extreme = value;
    let next = high ? -Infinity : Infinity;
    for (const value of x)
      if (!Number.isNaN(value) && value !== extreme && (high ? value > next : value < next))
        next = value;
    if (!Number.isFinite(next)) break; // every value equal: nothing left to winsorise
    for (let i = 0; i < x.length; i++)
      if (x[i] === extreme) {
        x[i] = next;
        changed.set(i, high ? "winsorised-high" : "winsorised-low");
      }
    outcome.winsorisationSteps++;
    state = check(x, settings);
  }
  if (state.passes) {
    outcome.action = "winsorised";
    outcome.after = { skewness: state.skewness, kurtosis: state.kurtosis, passes: true };
    outcome.points = [...changed]
      .sort((a, b) => a[0] - b[0])
      .map(([unit, how]) => ({
        unit,
        original: values[unit] as number,
        treated: x[unit] as number,
        how,
      }));
    return { values: x, outcome };
  }
  let min = Infinity;
  let max = -Infinity;
  for (const value of present) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const logged = values.map((value) =>
    Number.isNaN(value) ? value : logTransform(value, min, max),
  );
  const after = check(logged, settings);
  outcome.action = "log";
  outcome.after = { skewness: after.skewness, kurtosis: after.kurtosis, passes: after.passes };
  outcome.logShift = { min, max };
  values.forEach((value, unit) => {
    if (!Number.isNaN(value))
      outcome.points.push({ unit, original: value, treated: logged[unit] as number, how: "log" });
  });
  return { values: logged, outcome };
}
