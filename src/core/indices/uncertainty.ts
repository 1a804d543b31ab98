/**
 * Uncertainty and sensitivity analysis: the index rebuilt under alternative assumptions
 * (imputation method, winmax, normalisation, weights perturbed by ±x %, aggregation),
 * each assumption uniform over its alternatives.
 *
 * - Per unit: the nominal rank and, over every run, the mean, median and 5 % / 95 %
 *   quantiles of its rank (R's type-7 quantiles). Every run of a Saltelli design is a
 *   draw from the inputs' joint distribution, so all N·(k+2) runs count (COINr uses the
 *   first 2N only).
 * - Sobol' first-order and total-effect indices of each assumption on one scalar per run:
 *   the mean absolute rank shift against the nominal ranking (COINr's target), with
 *   bootstrap 5–95 % intervals. `runs` is the budget: N = ⌊runs/(k+2)⌋ base samples.
 *
 * Deterministic for a seed. Steps the assumptions do not touch (denominate, screen) run
 * once; imputed, treated and normalised data are cached per combination of discrete
 * alternatives, so a run costs one aggregation and one ranking.
 */
import { createRandom, deriveSeed, type Random } from "../random.ts";
import {
  aggregateStage,
  buildIndex,
  imputeStage,
  nodeWeights,
  normaliseStage,
  prepareIndex,
  rankUnits,
  treatStage,
} from "./build.ts";
import type {
  AggregateSettings,
  ImputeSettings,
  NormaliseSettings,
  PipelineConfig,
  TreatSettings,
  UncertaintyAssumptions,
} from "./config.ts";
import type { IndexData } from "./data.ts";
import { IndexAnalysisCancelled, IndexComputationError, IndexInputError } from "./errors.ts";
import { type Frame, selectUnits } from "./frame.ts";
import type { IndexMeta } from "./framework.ts";
import { createSaltelliDesign, designPoint, estimateSobol, type SobolIndex } from "./sobol.ts";
import { quantileSorted } from "./statistics.ts";
import type { TreatmentOutcome } from "./treat.ts";

export const ASSUMPTION_NAMES = ["impute", "winmax", "normalise", "weights", "aggregate"] as const;
export type AssumptionName = (typeof ASSUMPTION_NAMES)[number];

export interface UncertaintyOptions {
  /** Run budget: exactly this many runs without sensitivity, N·(k+2) ≤ runs with. */
  runs: number;
  seed: number;
  /** Default: the `uncertainty` section of the config. */
  assumptions?: UncertaintyAssumptions;
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Asked between runs; true stops the analysis with IndexAnalysisCancelled. */
  shouldStop?: () => boolean;
}

export interface UnitRankStatistics {
  uCode: string;
  uName: string;
  nominalScore: number | null;
  nominalRank: number | null;
  meanRank: number | null;
  medianRank: number | null;
  q5Rank: number | null;
  q95Rank: number | null;
}

export interface AssumptionSummary {
  name: AssumptionName;
  /** The alternatives drawn from, described. */
  alternatives: string[];
}

export interface UncertaintyResult {
  design: "saltelli" | "monte-carlo";
  runs: number;
  baseSamples: number | null;
  seed: number;
  assumptions: AssumptionSummary[];
  units: UnitRankStatistics[];
  /** Mean absolute rank shift against nominal, per run in design order. */
  rankShift: number[];
  sensitivity: {
    output: "mean absolute rank shift";
    variance: number;
    bootstrap: number;
    indices: (SobolIndex & { assumption: AssumptionName })[];
  } | null;
}

interface Assumption {
  name: AssumptionName;
  columns: number;
  alternatives: string[];
}

const pickIndex = (u: number, count: number) => Math.min(count - 1, Math.floor(u * count));

const describeImpute = (s: ImputeSettings) =>
  s.method.startsWith("group-") && s.group ? `${s.method} by ${s.group}` : s.method;
const describeNormalise = (s: NormaliseSettings) =>
  s.method === "minmax" || s.method === "goalposts"
    ? `${s.method} [${s.range.join(", ")}]`
    : s.method === "zscore"
      ? `zscore (mean ${s.mean}, sd ${s.sd})`
      : s.method;
const describeAggregate = (s: AggregateSettings) => `${s.method} (${s.weights} weights)`;

export async function runUncertainty(
  data: IndexData,
  meta: IndexMeta,
  config: PipelineConfig,
  options: UncertaintyOptions,
): Promise<UncertaintyResult> {
  const assumptions = options.assumptions ?? config.uncertainty;
  if (!assumptions)
    throw new IndexInputError(
      { source: config.source },
      'uncertainty: name the assumptions to vary, e.g. "uncertainty": { "normalise": ["minmax", "zscore"], "weights": 0.25 }',
    );
  if (!Number.isSafeInteger(options.runs) || options.runs < 1)
    throw new RangeError(`runs must be a whole number ≥ 1, not ${options.runs}`);
  if (assumptions.winmax && config.treat === false)
    throw new IndexInputError(
      { source: config.source },
      "uncertainty.winmax: outlier treatment is off (treat: false), so winmax changes nothing",
    );

  const prepared = prepareIndex(data, meta, config);
  const weighted = meta.nodes.filter(
    (node) =>
      node.code !== meta.root &&
      (assumptions.weights?.levels == null || assumptions.weights.levels.includes(node.level)),
  );
  const active: Assumption[] = [];
  if (assumptions.impute)
    active.push({
      name: "impute",
      columns: 1,
      alternatives: assumptions.impute.map(describeImpute),
    });
  if (assumptions.winmax)
    active.push({ name: "winmax", columns: 1, alternatives: assumptions.winmax.map(String) });
  if (assumptions.normalise)
    active.push({
      name: "normalise",
      columns: 1,
      alternatives: assumptions.normalise.map(describeNormalise),
    });
  if (assumptions.weights && weighted.length > 0)
    active.push({
      name: "weights",
      columns: weighted.length,
      alternatives: [`each weight × (1 ± ${assumptions.weights.perturbation * 100} %)`],
    });
  if (assumptions.aggregate)
    active.push({
      name: "aggregate",
      columns: 1,
      alternatives: assumptions.aggregate.map(describeAggregate),
    });
  if (active.length === 0)
    throw new IndexInputError(
      { source: config.source },
      "uncertainty: no assumption to vary (impute, winmax, normalise, weights or aggregate)",
    );

  const random = createRandom(options.seed);
  const k = active.length;
  const columns = active.reduce((sum, assumption) => sum + assumption.columns, 0);
  let pointOf: (run: number) => Float64Array;
  let total: number;
  let baseSamples: number | null = null;
  if (assumptions.sensitivity) {
    baseSamples = Math.floor(options.runs / (k + 2));
    if (baseSamples < 2)
      throw new RangeError(
        `runs must be at least ${2 * (k + 2)} for a sensitivity analysis of ${k} assumptions (N·(k+2) runs, N ≥ 2)`,
      );
    const design = createSaltelliDesign(
      baseSamples,
      active.map((assumption) => assumption.columns),
      random,
    );
    total = design.runs;
    pointOf = (run) => designPoint(design, run);
  } else {
    total = options.runs;
    pointOf = () => Float64Array.from({ length: columns }, () => random.next());
  }

  // Nominal ranking: the configured pipeline, exactly as buildIndex computes it.
  const nominal = buildIndex(data, meta, config, { stages: false });
  const nominalRanks = Float64Array.from(nominal.results, (r) => r.rank ?? Number.NaN);
  const unitCount = nominal.results.length;

  const imputed = new Map<string, Frame>();
  const treated = new Map<string, { frame: Frame; outcomes: Map<string, TreatmentOutcome> }>();
  const normalised = new Map<string, Frame>();
  const screenedFor = (settings: ImputeSettings) => {
    const key = JSON.stringify(settings);
    let frame = imputed.get(key);
    if (!frame) {
      frame = selectUnits(imputeStage(prepared, settings).frame, prepared.kept);
      imputed.set(key, frame);
    }
    return { key, frame };
  };
  const treatedFor = (imputeSettings: ImputeSettings, treat: TreatSettings | false) => {
    const screened = screenedFor(imputeSettings);
    const key = `${screened.key}|${JSON.stringify(treat)}`;
    let entry = treated.get(key);
    if (!entry) {
      entry = treatStage(screened.frame, treat);
      treated.set(key, entry);
    }
    return { key, entry };
  };
  const normalisedFor = (
    imputeSettings: ImputeSettings,
    treat: TreatSettings | false,
    settings: NormaliseSettings,
  ) => {
    const t = treatedFor(imputeSettings, treat);
    const key = `${t.key}|${JSON.stringify(settings)}`;
    let frame = normalised.get(key);
    if (!frame) {
      frame = normaliseStage(t.entry.frame, meta, settings, t.entry.outcomes).frame;
      normalised.set(key, frame);
    }
    return frame;
  };

  const ranks = new Float64Array(total * unitCount);
  const rankShift = new Float64Array(total);
  const baseWeights = new Map<string, Map<string, number>>();
  const weights = new Map<string, number>();
  let lastYield = Date.now();
  for (let run = 0; run < total; run++) {
    if (options.shouldStop?.()) throw new IndexAnalysisCancelled(run);
    const point = pointOf(run);
    let impute = config.impute;
    let treat = config.treat;
    let normalise = config.normalise;
    let aggregate = config.aggregate;
    let column = 0;
    let perturbation: Float64Array | null = null;
    for (const assumption of active) {
      const u = point[column] as number;
      if (assumption.name === "impute" && assumptions.impute)
        impute = assumptions.impute[pickIndex(u, assumptions.impute.length)] as ImputeSettings;
      else if (assumption.name === "winmax" && assumptions.winmax && treat !== false)
        treat = {
          ...treat,
          winmax: assumptions.winmax[pickIndex(u, assumptions.winmax.length)] as number,
        };
      else if (assumption.name === "normalise" && assumptions.normalise)
        normalise = assumptions.normalise[
          pickIndex(u, assumptions.normalise.length)
        ] as NormaliseSettings;
      else if (assumption.name === "aggregate" && assumptions.aggregate)
        aggregate = assumptions.aggregate[
          pickIndex(u, assumptions.aggregate.length)
        ] as AggregateSettings;
      else if (assumption.name === "weights")
        perturbation = point.subarray(column, column + assumption.columns);
      column += assumption.columns;
    }
    let base = baseWeights.get(aggregate.weights);
    if (!base) {
      base = nodeWeights(meta, aggregate.weights);
      baseWeights.set(aggregate.weights, base);
    }
    for (const [code, weight] of base) weights.set(code, weight);
    if (perturbation && assumptions.weights) {
      const x = assumptions.weights.perturbation;
      weighted.forEach((node, i) => {
        weights.set(
          node.code,
          (base.get(node.code) as number) * (1 + x * (2 * (perturbation[i] as number) - 1)),
        );
      });
    }
    let scores: Float64Array;
    try {
      const frame = normalisedFor(impute, treat, normalise);
      scores = aggregateStage(frame, meta, aggregate.method, weights).get(
        meta.root,
      ) as Float64Array;
    } catch (error) {
      if (!(error instanceof IndexComputationError || error instanceof IndexInputError))
        throw error;
      throw new IndexComputationError(
        `uncertainty run ${run + 1} (impute ${describeImpute(impute)}, winmax ${treat === false ? "—" : treat.winmax}, normalise ${describeNormalise(normalise)}, aggregate ${describeAggregate(aggregate)}): ${error.message}`,
      );
    }
    const runRanks = rankUnits(scores);
    ranks.set(runRanks, run * unitCount);
    let shift = 0;
    let counted = 0;
    for (let unit = 0; unit < unitCount; unit++) {
      const a = runRanks[unit] as number;
      const b = nominalRanks[unit] as number;
      if (Number.isNaN(a) || Number.isNaN(b)) continue;
      shift += Math.abs(a - b);
      counted++;
    }
    rankShift[run] = counted > 0 ? shift / counted : 0;
    options.onProgress?.({ done: run + 1, total });
    // Let timers, progress bars and cancellation requests in between runs.
    if (Date.now() - lastYield > 50) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = Date.now();
    }
  }

  const units: UnitRankStatistics[] = nominal.results.map((result, unit) => {
    const values: number[] = [];
    for (let run = 0; run < total; run++) {
      const rank = ranks[run * unitCount + unit] as number;
      if (!Number.isNaN(rank)) values.push(rank);
    }
    const sorted = Float64Array.from(values).sort();
    const orNull = (value: number) => (Number.isNaN(value) ? null : value);
    return {
      uCode: result.uCode,
      uName: result.uName,
      nominalScore: result.scores[meta.root] ?? null,
      nominalRank: result.rank,
      meanRank: orNull(values.reduce((sum, v) => sum + v, 0) / values.length),
      medianRank: orNull(quantileSorted(sorted, 0.5)),
      q5Rank: orNull(quantileSorted(sorted, 0.05)),
      q95Rank: orNull(quantileSorted(sorted, 0.95)),
    };
  });

  let sensitivity: UncertaintyResult["sensitivity"] = null;
  if (baseSamples !== null) {
    const bootstrapRandom: Random = createRandom(deriveSeed(options.seed, "bootstrap"));
    const estimate = estimateSobol(
      rankShift,
      baseSamples,
      k,
      assumptions.bootstrap,
      bootstrapRandom,
    );
    sensitivity = {
      output: "mean absolute rank shift",
      variance: estimate.variance,
      bootstrap: assumptions.bootstrap,
      indices: estimate.indices.map((index, i) => ({
        assumption: (active[i] as Assumption).name,
        ...index,
      })),
    };
  }
  return {
    design: baseSamples !== null ? "saltelli" : "monte-carlo",
    runs: total,
    baseSamples,
    seed: options.seed,
    assumptions: active.map(({ name, alternatives }) => ({ name, alternatives })),
    units,
    rankShift: Array.from(rankShift),
    sensitivity,
  };
}
