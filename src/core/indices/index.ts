/**
 * The composite-indicator engine (pure): framework and data from the CSV formats of
 * `citymatch index`, the pipeline of the OECD/JRC Handbook with COINr's conventions,
 * and its uncertainty and sensitivity analysis.
 */
export type { IndexResult, StageName, StageTable, TreatmentLogEntry, UnitResult } from "./build.ts";
export { buildIndex, STAGE_NAMES } from "./build.ts";
export type {
  AggregateMethod,
  AggregateSettings,
  ImputeMethod,
  ImputeSettings,
  NormaliseMethod,
  NormaliseSettings,
  PipelineConfig,
  TreatSettings,
  UncertaintyAssumptions,
} from "./config.ts";
export {
  AGGREGATE_METHODS,
  DEFAULT_PIPELINE,
  IMPUTE_METHODS,
  NORMALISE_METHODS,
  parsePipelineConfig,
} from "./config.ts";
export type { CsvTable } from "./csv.ts";
export { formatCsv, parseCsv } from "./csv.ts";
export type { IndexData, IndexUnit } from "./data.ts";
export { parseIndexData } from "./data.ts";
export { IndexAnalysisCancelled, IndexComputationError, IndexInputError } from "./errors.ts";
export type { IndexMeta, IndexMetaEntry, IndexNode, MetaType } from "./framework.ts";
export { createIndexMeta, META_COLUMNS, parseIndexMeta } from "./framework.ts";
export { resultsCsv, sensitivityCsv, stageCsv, uncertaintyCsv } from "./tables.ts";
export type {
  AssumptionName,
  UncertaintyOptions,
  UncertaintyResult,
  UnitRankStatistics,
} from "./uncertainty.ts";
export { runUncertainty } from "./uncertainty.ts";
