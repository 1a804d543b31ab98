/**
 * The pipeline: denominate → impute → screen → treat → normalise → aggregate → rank,
 * each step as the issue defines it. `buildIndex` runs it once and reports every stage
 * and what each step did; the stage functions are exported for the uncertainty analysis,
 * which re-runs only the steps its assumptions touch.
 */
import { aggregateChildren } from "./aggregate.ts";
import type {
  AggregateSettings,
  ImputeSettings,
  NormaliseSettings,
  PipelineConfig,
  TreatSettings,
} from "./config.ts";
import { DEFAULT_PIPELINE } from "./config.ts";
import type { IndexData, IndexUnit } from "./data.ts";
import { IndexComputationError, IndexInputError } from "./errors.ts";
import { type Frame, selectUnits } from "./frame.ts";
import type { IndexMeta } from "./framework.ts";
import { imputeColumn } from "./impute.ts";
import { normaliseIndicator } from "./normalise.ts";
import { rankWithTies } from "./statistics.ts";
import { logTransform, type TreatmentOutcome, treatIndicator } from "./treat.ts";

export const STAGE_NAMES = [
  "denominated",
  "imputed",
  "screened",
  "treated",
  "normalised",
  "aggregated",
] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** A stage as a table: one row per unit, one column per code, null for missing. */
export interface StageTable {
  columns: string[];
  rows: { uCode: string; uName: string; values: (number | null)[] }[];
}

export interface UnitResult {
  uCode: string;
  uName: string;
  /** Every aggregate's score, the index included, at full precision. */
  scores: Record<string, number | null>;
  /** Rank on the index: 1 is best, ties share the lowest rank; null without a score. */
  rank: number | null;
}

export interface TreatmentLogEntry extends Omit<TreatmentOutcome, "points" | "logShift"> {
  iCode: string;
  points: {
    uCode: string;
    original: number;
    treated: number;
    how: "winsorised-high" | "winsorised-low" | "log";
  }[];
}

export interface IndexResult {
  /** Units kept by screening, in data order. */
  results: UnitResult[];
  /** Aggregate codes by level, the index last: the score columns of results.csv. */
  aggregates: string[];
  root: string;
  stages: Record<StageName, StageTable> | null;
  screening: {
    minDataAvailability: number;
    units: { uCode: string; uName: string; dataAvailability: number; kept: boolean }[];
  };
  imputationLog: { iCode: string; points: { uCode: string; value: number }[] }[];
  treatmentLog: TreatmentLogEntry[];
  /** Goalposts used per indicator, [worst, best] on the treated scale (goalposts only). */
  goalposts: Record<string, [number, number]>;
  /** Weights used per node (framework or equal), before rescaling over present children. */
  weights: Record<string, number>;
  warnings: string[];
  config: PipelineConfig;
}

/** The steps the assumptions of an uncertainty analysis never change. */
export interface PreparedIndex {
  meta: IndexMeta;
  config: PipelineConfig;
  /** Denominated indicator columns, all units of the chosen Time. */
  denominated: Frame;
  dataAvailability: Float64Array;
  /** Indices into `denominated.units` of the units screening keeps. */
  kept: number[];
  warnings: string[];
}

function toFrame(data: IndexData, meta: IndexMeta, config: PipelineConfig): Frame {
  const times = [...new Set(data.units.map((unit) => unit.time).filter((t) => t !== null))];
  let selected = data.units.map((_, index) => index);
  if (config.time !== null) {
    selected = selected.filter((index) => data.units[index]?.time === config.time);
    if (selected.length === 0)
      throw new IndexInputError(
        { source: data.source ?? "data.csv", column: "Time" },
        `no row has Time ${config.time} (present: ${times.join(", ") || "none"})`,
      );
  } else if (times.length > 1)
    throw new IndexInputError(
      { source: data.source ?? "data.csv", column: "Time" },
      `holds several values (${times.slice(0, 5).join(", ")}${times.length > 5 ? ", …" : ""}): choose one with "time" in pipeline.json`,
    );
  const columns = new Map<string, Float64Array>();
  for (const code of [...meta.denominators, ...meta.indicators]) {
    const source = data.values[code];
    if (!source)
      throw new IndexInputError(
        { source: data.source ?? "data.csv", row: 1, column: code },
        "missing column",
      );
    columns.set(
      code,
      Float64Array.from(selected, (index) => source[index] ?? Number.NaN),
    );
  }
  return { units: selected.map((index) => data.units[index] as IndexUnit), columns };
}

export function prepareIndex(
  data: IndexData,
  meta: IndexMeta,
  config: PipelineConfig = DEFAULT_PIPELINE,
): PreparedIndex {
  const warnings: string[] = [];
  const raw = toFrame(data, meta, config);
  const columns = new Map<string, Float64Array>();
  for (const code of meta.indicators) {
    const node = meta.byCode.get(code);
    const values = raw.columns.get(code) as Float64Array;
    if (!config.denominate || !node?.denominator) {
      columns.set(code, Float64Array.from(values));
      continue;
    }
    const denominator = raw.columns.get(node.denominator) as Float64Array;
    columns.set(
      code,
      values.map((value, unit) => {
        const by = denominator[unit] as number;
        if (by === 0) {
          warnings.push(
            `${raw.units[unit]?.uCode}: denominator ${node.denominator} is 0, so ${code} is missing`,
          );
          return Number.NaN;
        }
        return value / by;
      }),
    );
  }
  const denominated: Frame = { units: raw.units, columns };
  const dataAvailability = new Float64Array(raw.units.length);
  for (const values of columns.values())
    values.forEach((value, unit) => {
      if (!Number.isNaN(value)) dataAvailability[unit] = (dataAvailability[unit] as number) + 1;
    });
  for (let unit = 0; unit < dataAvailability.length; unit++)
    dataAvailability[unit] = (dataAvailability[unit] as number) / meta.indicators.length;
  const threshold = config.screen.minDataAvailability;
  const kept: number[] = [];
  dataAvailability.forEach((share, unit) => {
    if (share >= threshold) kept.push(unit);
  });
  if (kept.length === 0)
    throw new IndexComputationError(
      `screening keeps no unit: none has data for at least ${threshold * 100} % of the indicators`,
    );
  return { meta, config, denominated, dataAvailability, kept, warnings };
}

/** The group labels imputation uses, or null for one group of all units. */
export function imputationGroups(
  prepared: PreparedIndex,
  settings: ImputeSettings,
): (string | null)[] | null {
  if (settings.method !== "group-mean" && settings.method !== "group-median") return null;
  const { meta } = prepared;
  let group = settings.group;
  if (group === null) {
    if (meta.groups.length === 0) return null;
    if (meta.groups.length > 1)
      throw new IndexInputError(
        { source: prepared.config.source },
        `impute.group: name one of the Group columns (${meta.groups.join(", ")}) for ${settings.method}`,
      );
    group = meta.groups[0] as string;
  }
  if (!meta.groups.includes(group))
    throw new IndexInputError(
      { source: prepared.config.source },
      `impute.group: "${group}" is not a Group column of ${meta.source} (${meta.groups.join(", ") || "it has none"})`,
    );
  const label = group;
  return prepared.denominated.units.map((unit) => unit.groups[label] ?? null);
}

export function imputeStage(prepared: PreparedIndex, settings: ImputeSettings) {
  const groups = imputationGroups(prepared, settings);
  const columns = new Map<string, Float64Array>();
  const log: { iCode: string; points: { unit: number; value: number }[] }[] = [];
  for (const [code, values] of prepared.denominated.columns) {
    const { values: imputed, imputed: points } = imputeColumn(values, settings.method, groups);
    columns.set(code, imputed);
    if (points.length > 0) log.push({ iCode: code, points });
  }
  return { frame: { units: prepared.denominated.units, columns } as Frame, log };
}

export function treatStage(frame: Frame, settings: TreatSettings | false) {
  const outcomes = new Map<string, TreatmentOutcome>();
  if (settings === false) return { frame, outcomes };
  const columns = new Map<string, Float64Array>();
  for (const [code, values] of frame.columns) {
    const { values: treated, outcome } = treatIndicator(values, settings);
    columns.set(code, treated);
    outcomes.set(code, outcome);
  }
  return { frame: { units: frame.units, columns } as Frame, outcomes };
}

/** Goalposts [worst, best] per indicator on the treated scale; see `normaliseIndicator`. */
export function resolveGoalposts(
  treated: Frame,
  meta: IndexMeta,
  settings: NormaliseSettings,
  outcomes: ReadonlyMap<string, TreatmentOutcome>,
  configSource = "pipeline.json",
): Map<string, [number, number]> {
  const resolved = new Map<string, [number, number]>();
  for (const code of Object.keys(settings.goalposts))
    if (!meta.indicators.includes(code))
      throw new IndexInputError(
        { source: configSource },
        `normalise.goalposts: "${code}" is not an indicator of ${meta.source}`,
      );
  for (const code of meta.indicators) {
    const node = meta.byCode.get(code);
    if (!node) continue;
    const configured = settings.goalposts[code];
    if (!configured && node.target === null)
      throw new IndexInputError(
        { source: meta.source, row: node.row, column: "Target" },
        `is missing for indicator ${code}: goalposts normalisation takes the best value from Target (or from normalise.goalposts in pipeline.json)`,
      );
    const shift = outcomes.get(code)?.logShift ?? null;
    // Goalposts are given in the indicator's own units; a log-treated indicator is on the
    // log scale, so its goalposts go through the same transform.
    const onScale = (value: number) => (shift ? logTransform(value, shift.min, shift.max) : value);
    let worst: number;
    if (configured) worst = onScale(configured[0]);
    else {
      worst = node.direction === 1 ? Infinity : -Infinity;
      for (const value of treated.columns.get(code) ?? [])
        if (!Number.isNaN(value))
          worst = node.direction === 1 ? Math.min(worst, value) : Math.max(worst, value);
    }
    const best = onScale(configured ? configured[1] : (node.target as number));
    if (!Number.isFinite(worst) || !Number.isFinite(best) || (best - worst) * node.direction <= 0)
      throw new IndexComputationError(
        `goalposts of ${code}: the best value ${configured ? configured[1] : node.target} is not better than the worst ${configured ? configured[0] : "observed value"} for direction ${node.direction}${shift ? " on the log scale of its outlier treatment" : ""}`,
      );
    resolved.set(code, [worst, best]);
  }
  return resolved;
}

export function normaliseStage(
  treated: Frame,
  meta: IndexMeta,
  settings: NormaliseSettings,
  outcomes: ReadonlyMap<string, TreatmentOutcome>,
  warnings: string[] | null = null,
  configSource = "pipeline.json",
) {
  const goalposts =
    settings.method === "goalposts"
      ? resolveGoalposts(treated, meta, settings, outcomes, configSource)
      : null;
  const columns = new Map<string, Float64Array>();
  for (const code of meta.indicators) {
    const node = meta.byCode.get(code);
    const values = treated.columns.get(code) as Float64Array;
    const normalised = normaliseIndicator(
      values,
      node?.direction ?? 1,
      settings,
      goalposts?.get(code) ?? null,
    );
    if (
      warnings &&
      normalised.every((v) => Number.isNaN(v)) &&
      values.some((v) => !Number.isNaN(v))
    )
      warnings.push(`${code}: all values are equal, so ${settings.method} leaves it missing`);
    columns.set(code, normalised);
  }
  return { frame: { units: treated.units, columns } as Frame, goalposts };
}

export function nodeWeights(meta: IndexMeta, weights: AggregateSettings["weights"]) {
  const out = new Map<string, number>();
  for (const node of meta.nodes) out.set(node.code, weights === "equal" ? 1 : node.weight);
  return out;
}

/** Every node's column: the normalised indicators and the aggregates, level by level. */
export function aggregateStage(
  normalised: Frame,
  meta: IndexMeta,
  method: AggregateSettings["method"],
  weights: ReadonlyMap<string, number>,
): Map<string, Float64Array> {
  const columns = new Map(normalised.columns);
  for (const code of meta.aggregates) {
    const children = meta.children.get(code) ?? [];
    columns.set(
      code,
      aggregateChildren(
        children.map((child) => columns.get(child) as Float64Array),
        children.map((child) => weights.get(child) ?? 1),
        method,
        (child, unit) =>
          `${children[child]} of unit ${normalised.units[unit]?.uCode} (aggregating ${code})`,
      ),
    );
  }
  return columns;
}

export function rankUnits(scores: Float64Array): Float64Array {
  return rankWithTies(scores, true);
}

const cell = (value: number) => (Number.isNaN(value) ? null : value);

function stageTable(frame: Frame, codes: readonly string[], rank?: Float64Array): StageTable {
  const columns = codes.map((code) => frame.columns.get(code) as Float64Array);
  return {
    columns: rank ? [...codes, "Rank"] : [...codes],
    rows: frame.units.map((unit, index) => {
      const values = columns.map((column) => cell(column[index] as number));
      if (rank) values.push(cell(rank[index] as number));
      return { uCode: unit.uCode, uName: unit.uName, values };
    }),
  };
}

export function buildIndex(
  data: IndexData,
  meta: IndexMeta,
  config: PipelineConfig = DEFAULT_PIPELINE,
  options: { stages?: boolean } = {},
): IndexResult {
  const prepared = prepareIndex(data, meta, config);
  const warnings = [...prepared.warnings];
  const imputed = imputeStage(prepared, config.impute);
  const screened = selectUnits(imputed.frame, prepared.kept);
  const treated = treatStage(screened, config.treat);
  const normalised = normaliseStage(
    treated.frame,
    meta,
    config.normalise,
    treated.outcomes,
    warnings,
  );
  const weights = nodeWeights(meta, config.aggregate.weights);
  const all = aggregateStage(normalised.frame, meta, config.aggregate.method, weights);
  const ranks = rankUnits(all.get(meta.root) as Float64Array);
  const aggregatedFrame: Frame = { units: normalised.frame.units, columns: all };
  const units = prepared.denominated.units;
  const kept = new Set(prepared.kept);
  const indicatorCodes = meta.indicators;
  return {
    results: aggregatedFrame.units.map((unit, index) => ({
      uCode: unit.uCode,
      uName: unit.uName,
      scores: Object.fromEntries(
        meta.aggregates.map((code) => [
          code,
          cell((all.get(code) as Float64Array)[index] as number),
        ]),
      ),
      rank: cell(ranks[index] as number),
    })),
    aggregates: [...meta.aggregates],
    root: meta.root,
    stages:
      options.stages === false
        ? null
        : {
            denominated: stageTable(prepared.denominated, indicatorCodes),
            imputed: stageTable(imputed.frame, indicatorCodes),
            screened: stageTable(screened, indicatorCodes),
            treated: stageTable(treated.frame, indicatorCodes),
            normalised: stageTable(normalised.frame, indicatorCodes),
            aggregated: stageTable(aggregatedFrame, [...indicatorCodes, ...meta.aggregates], ranks),
          },
    screening: {
      minDataAvailability: config.screen.minDataAvailability,
      units: units.map((unit, index) => ({
        uCode: unit.uCode,
        uName: unit.uName,
        dataAvailability: prepared.dataAvailability[index] as number,
        kept: kept.has(index),
      })),
    },
    imputationLog: imputed.log.map((entry) => ({
      iCode: entry.iCode,
      points: entry.points.map((point) => ({
        uCode: units[point.unit]?.uCode ?? "",
        value: point.value,
      })),
    })),
    treatmentLog: [...treated.outcomes].map(([code, outcome]) => {
      const { logShift: _logShift, points, ...rest } = outcome;
      return {
        iCode: code,
        ...rest,
        points: points.map((point) => ({
          uCode: screened.units[point.unit]?.uCode ?? "",
          original: point.original,
          treated: point.treated,
          how: point.how,
        })),
      };
    }),
    goalposts: Object.fromEntries(normalised.goalposts ?? []),
    weights: Object.fromEntries(weights),
    warnings,
    config,
  };
}
