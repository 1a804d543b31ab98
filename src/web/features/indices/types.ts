// Shapes of the indices API (src/server/modules/indices/schema.ts), as the web app reads
// them. The build result and the analysis are the engine's own types, sent as JSON.
import type { IndexResult } from "../../../core/indices/build.ts";
import type { UncertaintyResult } from "../../../core/indices/uncertainty.ts";

export type { TreatmentLogEntry, UnitResult } from "../../../core/indices/build.ts";
export type { IndexResult, UncertaintyResult };

export const UNIT_KINDS = ["city", "country", "district", "region", "other"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const META_TYPES = ["Indicator", "Aggregate", "Group", "Denominator"] as const;
export type MetaType = (typeof META_TYPES)[number];

export const IMPUTE_METHODS = ["mean", "median", "group-mean", "group-median", "none"] as const;
export type ImputeMethod = (typeof IMPUTE_METHODS)[number];
export const NORMALISE_METHODS = [
  "minmax",
  "zscore",
  "rank",
  "percentile-rank",
  "goalposts",
] as const;
export type NormaliseMethod = (typeof NORMALISE_METHODS)[number];
export const AGGREGATE_METHODS = ["arithmetic", "geometric", "harmonic"] as const;
export type AggregateMethod = (typeof AGGREGATE_METHODS)[number];

/** The files a reader may download (the server's DOWNLOADS). */
export const INDEX_DOWNLOADS = [
  "results.csv",
  "data.csv",
  "meta.csv",
  "pipeline.json",
  "uncertainty.csv",
  "sensitivity.csv",
  "denominated.csv",
  "imputed.csv",
  "screened.csv",
  "treated.csv",
  "normalised.csv",
  "aggregated.csv",
] as const;
export type IndexDownload = (typeof INDEX_DOWNLOADS)[number];

export interface IndexSummary {
  id: string;
  slug: string;
  name: string;
  description: string;
  year: number;
  unitKind: UnitKind;
  status: "draft" | "published";
  synthetic: boolean;
  units: number;
  publishedAt: string | null;
  builtAt: string | null;
}

/** One row of meta.csv. */
export interface MetaEntry {
  type: MetaType;
  code: string;
  name?: string | null;
  level?: number | null;
  direction?: number | null;
  weight?: number | null;
  unit?: string | null;
  target?: number | null;
  denominator?: string | null;
  parent?: string | null;
}

export interface IndexNode {
  code: string;
  name: string;
  type: "Indicator" | "Aggregate";
  level: number;
  parent: string | null;
  weight: number;
  direction: number;
  unit: string | null;
  theme: string | null;
  source: string | null;
}

export interface IndexUnitInfo {
  code: string;
  name: string;
  kind: UnitKind;
  groups: Record<string, string>;
  city: {
    slug: string;
    country: string;
    continent: string | null;
    latitude: number;
    longitude: number;
  } | null;
}

export interface IndexView extends Omit<IndexSummary, "units"> {
  version: "published" | "draft";
  framework: MetaEntry[];
  nodes: IndexNode[];
  pipeline: Record<string, unknown>;
  analysisRuns: number;
  analysisSeed: number;
  analysisStatus: "none" | "running" | "done" | "failed";
  analysisProgress: { done: number; total: number } | null;
  analysisError: string | null;
  units: IndexUnitInfo[];
  result: Omit<IndexResult, "stages"> | null;
  analysis: UncertaintyResult | null;
  canEdit: boolean;
}

/** What POST /indices and PATCH take; framework cells the form could not read go as typed. */
export interface IndexInput {
  slug: string;
  name: string;
  description: string;
  year: number;
  unitKind: UnitKind;
  framework: Record<string, string | number | null>[];
  pipeline: Record<string, unknown>;
  analysisRuns: number;
  analysisSeed: number;
}

export interface Indicator {
  code: string;
  name: string;
  unit: string;
  direction: 1 | -1;
  theme: string;
  source: string;
  description: string;
  isDenominator: boolean;
  denominatorCode: string | null;
  synthetic: boolean;
  values: number;
  years: number[];
}

export interface ImportInput {
  data: string;
  meta?: string;
  year?: number;
  unitKind: UnitKind;
  dryRun: boolean;
}

export interface ImportReport {
  dryRun: boolean;
  valid: boolean;
  units: number;
  values: number;
  indicators: number;
  removed: number;
  problems: { file: string; row: number | null; column: string | null; reason: string }[];
}
