/**
 * pipeline.json: the settings of each step, every part optional. Validated with zod; a
 * problem names its JSON path. The defaults are the issue's: denominate, group-mean
 * imputation, screening at 90 % data availability, winsorisation up to 5 points with
 * |skewness| < 2 or kurtosis < 3.5 to pass, min-max to [0, 100], arithmetic mean.
 */
import { z } from "zod";
import { IndexInputError } from "./errors.ts";

export const IMPUTE_METHODS = ["mean", "median", "group-mean", "group-median", "none"] as const;
export const NORMALISE_METHODS = [
  "minmax",
  "zscore",
  "rank",
  "percentile-rank",
  "goalposts",
] as const;
export const AGGREGATE_METHODS = ["arithmetic", "geometric", "harmonic"] as const;
export type ImputeMethod = (typeof IMPUTE_METHODS)[number];
export type NormaliseMethod = (typeof NORMALISE_METHODS)[number];
export type AggregateMethod = (typeof AGGREGATE_METHODS)[number];

export interface ImputeSettings {
  method: ImputeMethod;
  /** The Group column for group methods; null = the meta's only Group (or all units as one group). */
  group: string | null;
}
export interface TreatSettings {
  winmax: number;
  skewThreshold: number;
  kurtosisThreshold: number;
}
export interface NormaliseSettings {
  method: NormaliseMethod;
  /** minmax and goalposts map onto [lower, upper]. */
  range: [number, number];
  /** zscore: the mean and standard deviation of the result. */
  mean: number;
  sd: number;
  /** goalposts per indicator, [worst, best] in the indicator's units; else [worst observed, Target]. */
  goalposts: Record<string, [number, number]>;
}
export interface AggregateSettings {
  method: AggregateMethod;
  weights: "framework" | "equal";
}
export interface PipelineConfig {
  /** The file (or label) the settings came from, for messages. */
  source: string;
  /** With a Time column holding several values: the one to build. */
  time: string | null;
  denominate: boolean;
  impute: ImputeSettings;
  screen: { minDataAvailability: number };
  treat: TreatSettings | false;
  normalise: NormaliseSettings;
  aggregate: AggregateSettings;
  uncertainty: UncertaintyAssumptions | null;
}

/** The assumptions an uncertainty analysis varies, each uniformly over its alternatives. */
export interface UncertaintyAssumptions {
  impute: ImputeSettings[] | null;
  winmax: number[] | null;
  normalise: NormaliseSettings[] | null;
  /** Each weight times (1 + perturbation·U(−1, 1)), on nodes at these levels (null = all). */
  weights: { perturbation: number; levels: number[] | null } | null;
  aggregate: AggregateSettings[] | null;
  /** false: plain Monte Carlo, no Sobol' indices. */
  sensitivity: boolean;
  bootstrap: number;
}

export const DEFAULT_PIPELINE: PipelineConfig = {
  source: "pipeline.json",
  time: null,
  denominate: true,
  impute: { method: "group-mean", group: null },
  screen: { minDataAvailability: 0.9 },
  treat: { winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 },
  normalise: { method: "minmax", range: [0, 100], mean: 0, sd: 1, goalposts: {} },
  aggregate: { method: "arithmetic", weights: "framework" },
  uncertainty: null,
};

const range = z
  .tuple([z.number(), z.number()])
  .refine(([lower, upper]) => lower < upper, "lower bound must be below upper bound");
const imputeObject = z
  .object({ method: z.enum(IMPUTE_METHODS).optional(), group: z.string().min(1).optional() })
  .strict();
const normaliseObject = z
  .object({
    method: z.enum(NORMALISE_METHODS).optional(),
    range: range.optional(),
    mean: z.number().optional(),
    sd: z.number().positive().optional(),
    goalposts: z
      .record(
        z.string(),
        z
          .tuple([z.number(), z.number()])
          .refine(([worst, best]) => worst !== best, "worst and best must differ"),
      )
      .optional(),
  })
  .strict();
const aggregateObject = z
  .object({
    method: z.enum(AGGREGATE_METHODS).optional(),
    weights: z.enum(["framework", "equal"]).optional(),
  })
  .strict();
const pipelineSchema = z
  .object({
    time: z.union([z.string(), z.number()]).optional(),
    denominate: z.boolean().optional(),
    impute: imputeObject.optional(),
    screen: z
      .union([
        z.literal(false),
        z.object({ minDataAvailability: z.number().min(0).max(1).optional() }).strict(),
      ])
      .optional(),
    treat: z
      .union([
        z.literal(false),
        z
          .object({
            winmax: z.number().int().min(0).optional(),
            skewThreshold: z.number().positive().optional(),
            kurtosisThreshold: z.number().optional(),
          })
          .strict(),
      ])
      .optional(),
    normalise: normaliseObject.optional(),
    aggregate: aggregateObject.optional(),
    uncertainty: z
      .object({
        impute: z
          .array(z.union([z.enum(IMPUTE_METHODS), imputeObject]))
          .min(1)
          .optional(),
        winmax: z.array(z.number().int().min(0)).min(1).optional(),
        normalise: z
          .array(z.union([z.enum(NORMALISE_METHODS), normaliseObject]))
          .min(1)
          .optional(),
        weights: z
          .union([
            z.number().min(0).max(1),
            z
              .object({
                perturbation: z.number().min(0).max(1),
                levels: z.array(z.number().int().min(1)).min(1).optional(),
              })
              .strict(),
          ])
          .optional(),
        aggregate: z
          .array(z.union([z.enum(AGGREGATE_METHODS), aggregateObject]))
          .min(1)
          .optional(),
        sensitivity: z.boolean().optional(),
        bootstrap: z.number().int().min(0).max(100_000).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

type ImputeInput = z.infer<typeof imputeObject>;
type NormaliseInput = z.infer<typeof normaliseObject>;
type AggregateInput = z.infer<typeof aggregateObject>;

function imputeFrom(input: ImputeInput | undefined, base: ImputeSettings): ImputeSettings {
  return { method: input?.method ?? base.method, group: input?.group ?? base.group };
}
function normaliseFrom(input: NormaliseInput | undefined, base: NormaliseSettings) {
  return {
    method: input?.method ?? base.method,
    range: input?.range ?? base.range,
    mean: input?.mean ?? base.mean,
    sd: input?.sd ?? base.sd,
    goalposts: input?.goalposts ?? base.goalposts,
  } satisfies NormaliseSettings;
}
function aggregateFrom(input: AggregateInput | undefined, base: AggregateSettings) {
  return {
    method: input?.method ?? base.method,
    weights: input?.weights ?? base.weights,
  } satisfies AggregateSettings;
}

interface ConfigIssue {
  path: PropertyKey[];
  message: string;
  errors?: ConfigIssue[][];
}

/** `treat: { winmax: 2.5 }` fails the union false | {…}: report the branch that got furthest. */
function mostSpecific(issue: ConfigIssue | undefined): { path: PropertyKey[]; message: string } {
  if (!issue) return { path: [], message: "invalid" };
  if (!issue.errors) return { path: issue.path, message: issue.message };
  let best: { path: PropertyKey[]; message: string } = { path: issue.path, message: issue.message };
  for (const branch of issue.errors)
    for (const inner of branch) {
      const candidate = mostSpecific(inner);
      if (candidate.path.length > 0 && issue.path.length + candidate.path.length > best.path.length)
        best = { path: [...issue.path, ...candidate.path], message: candidate.message };
    }
  return best;
}

/** pipeline.json's parsed JSON (or undefined for none) → settings with defaults filled. */
export function parsePipelineConfig(input: unknown, source = "pipeline.json"): PipelineConfig {
  const parsed = pipelineSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const { path, message } = mostSpecific(parsed.error.issues[0]);
    throw new IndexInputError({ source }, `${path.join(".") || "(top level)"}: ${message}`);
  }
  const value = parsed.data;
  const base = DEFAULT_PIPELINE;
  const impute = imputeFrom(value.impute, base.impute);
  const normalise = normaliseFrom(value.normalise, base.normalise);
  const aggregate = aggregateFrom(value.aggregate, base.aggregate);
  const treat =
    value.treat === false
      ? false
      : {
          winmax: value.treat?.winmax ?? 5,
          skewThreshold: value.treat?.skewThreshold ?? 2,
          kurtosisThreshold: value.treat?.kurtosisThreshold ?? 3.5,
        };
  const u = value.uncertainty;
  const uncertainty: UncertaintyAssumptions | null = u
    ? {
        impute:
          u.impute?.map((item) =>
            imputeFrom(typeof item === "string" ? { method: item } : item, impute),
          ) ?? null,
        winmax: u.winmax ?? null,
        normalise:
          u.normalise?.map((item) =>
            normaliseFrom(typeof item === "string" ? { method: item } : item, normalise),
          ) ?? null,
        weights:
          u.weights === undefined
            ? null
            : typeof u.weights === "number"
              ? { perturbation: u.weights, levels: null }
              : { perturbation: u.weights.perturbation, levels: u.weights.levels ?? null },
        aggregate:
          u.aggregate?.map((item) =>
            aggregateFrom(typeof item === "string" ? { method: item } : item, aggregate),
          ) ?? null,
        sensitivity: u.sensitivity ?? true,
        bootstrap: u.bootstrap ?? 1000,
      }
    : null;
  return {
    source,
    time: value.time === undefined ? null : String(value.time),
    denominate: value.denominate ?? true,
    impute,
    screen: {
      minDataAvailability: value.screen === false ? 0 : (value.screen?.minDataAvailability ?? 0.9),
    },
    treat,
    normalise,
    aggregate,
    uncertainty,
  };
}
