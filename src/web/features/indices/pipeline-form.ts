import { numberCell } from "./csv.ts";
import {
  AGGREGATE_METHODS,
  type AggregateMethod,
  IMPUTE_METHODS,
  type ImputeMethod,
  type MetaEntry,
  NORMALISE_METHODS,
  type NormaliseMethod,
} from "./types.ts";

/** The pipeline settings the form edits; everything else in pipeline.json is kept as it is. */
export interface PipelineValues {
  imputeMethod: ImputeMethod;
  imputeGroup: string;
  screenPercent: number;
  treat: boolean;
  winmax: number;
  skewThreshold: number;
  kurtosisThreshold: number;
  normaliseMethod: NormaliseMethod;
  rangeLow: number;
  rangeHigh: number;
  aggregateMethod: AggregateMethod;
  weights: "framework" | "equal";
  uncertaintyImpute: ImputeMethod[];
  uncertaintyWinmax: string;
  uncertaintyNormalise: NormaliseMethod[];
  uncertaintyAggregate: AggregateMethod[];
  weightPerturbationPercent: number;
}

type Json = Record<string, unknown>;
const objectAt = (value: unknown): Json =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
const numberAt = (value: unknown, fallback: number) =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;
const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  (values as readonly unknown[]).includes(value) ? (value as T) : fallback;
/** Alternatives given as names or as `{ method }` objects, by method. */
const methodsOf = <T extends string>(values: readonly T[], list: unknown): T[] =>
  (Array.isArray(list) ? list : [])
    .map((entry) => (typeof entry === "string" ? entry : objectAt(entry).method))
    .filter((method): method is T => (values as readonly unknown[]).includes(method));

/** The form's values from a pipeline.json, with the engine's defaults where it is silent. */
export function pipelineValues(pipeline: Json): PipelineValues {
  const impute = objectAt(pipeline.impute);
  const screen = pipeline.screen === false ? { minDataAvailability: 0 } : objectAt(pipeline.screen);
  const treat = objectAt(pipeline.treat);
  const normalise = objectAt(pipeline.normalise);
  const aggregate = objectAt(pipeline.aggregate);
  const uncertainty = objectAt(pipeline.uncertainty);
  const range = Array.isArray(normalise.range) ? normalise.range : [0, 100];
  const weights = uncertainty.weights;
  const perturbation =
    typeof weights === "number" ? weights : numberAt(objectAt(weights).perturbation, 0);
  return {
    imputeMethod: oneOf(IMPUTE_METHODS, impute.method, "group-mean"),
    imputeGroup: typeof impute.group === "string" ? impute.group : "",
    screenPercent: Math.round(numberAt(screen.minDataAvailability, 0.9) * 1000) / 10,
    treat: pipeline.treat !== false,
    winmax: numberAt(treat.winmax, 5),
    skewThreshold: numberAt(treat.skewThreshold, 2),
    kurtosisThreshold: numberAt(treat.kurtosisThreshold, 3.5),
    normaliseMethod: oneOf(NORMALISE_METHODS, normalise.method, "minmax"),
    rangeLow: numberAt(range[0], 0),
    rangeHigh: numberAt(range[1], 100),
    aggregateMethod: oneOf(AGGREGATE_METHODS, aggregate.method, "arithmetic"),
    weights: aggregate.weights === "equal" ? "equal" : "framework",
    uncertaintyImpute: methodsOf(IMPUTE_METHODS, uncertainty.impute),
    uncertaintyWinmax: (Array.isArray(uncertainty.winmax) ? uncertainty.winmax : []).join(", "),
    uncertaintyNormalise: methodsOf(NORMALISE_METHODS, uncertainty.normalise),
    uncertaintyAggregate: methodsOf(AGGREGATE_METHODS, uncertainty.aggregate),
    weightPerturbationPercent: Math.round(perturbation * 1000) / 10,
  };
}

/**
 * pipeline.json from the form: the edited steps replaced, other settings (time, goalposts,
 * z-score parameters, bootstrap size) kept. Winmax alternatives that are not whole numbers
 * go as typed, for the server to name.
 */
export function pipelineFrom(values: PipelineValues, base: Json): Json {
  const pipeline: Json = { ...base };
  pipeline.impute =
    values.imputeMethod.startsWith("group-") && values.imputeGroup
      ? { method: values.imputeMethod, group: values.imputeGroup }
      : { method: values.imputeMethod };
  pipeline.screen = { minDataAvailability: values.screenPercent / 100 };
  pipeline.treat = values.treat
    ? {
        winmax: values.winmax,
        skewThreshold: values.skewThreshold,
        kurtosisThreshold: values.kurtosisThreshold,
      }
    : false;
  pipeline.normalise = {
    ...objectAt(base.normalise),
    method: values.normaliseMethod,
    range: [values.rangeLow, values.rangeHigh],
  };
  pipeline.aggregate = { method: values.aggregateMethod, weights: values.weights };
  const uncertainty: Json = {};
  const kept = objectAt(base.uncertainty);
  for (const key of ["sensitivity", "bootstrap"]) if (key in kept) uncertainty[key] = kept[key];
  if (values.uncertaintyImpute.length > 0) uncertainty.impute = values.uncertaintyImpute;
  const winmax = values.uncertaintyWinmax
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((text) => {
      const value = numberCell(text);
      return value === null || Number.isNaN(value) ? text : value;
    });
  if (winmax.length > 0) uncertainty.winmax = winmax;
  if (values.uncertaintyNormalise.length > 0) uncertainty.normalise = values.uncertaintyNormalise;
  if (values.uncertaintyAggregate.length > 0) uncertainty.aggregate = values.uncertaintyAggregate;
  if (values.weightPerturbationPercent > 0)
    uncertainty.weights = values.weightPerturbationPercent / 100;
  const varies = ["impute", "winmax", "normalise", "aggregate", "weights"].some(
    (key) => key in uncertainty,
  );
  if (varies) pipeline.uncertainty = uncertainty;
  else delete pipeline.uncertainty;
  return pipeline;
}

export const FRAMEWORK_COLUMNS = [
  "Type",
  "iCode",
  "iName",
  "Level",
  "Parent",
  "Weight",
  "Direction",
  "Unit",
  "Target",
  "Denominator",
] as const;
export type FrameworkColumn = (typeof FRAMEWORK_COLUMNS)[number];
export type FrameworkRow = Record<FrameworkColumn, string>;

const FIELD: Record<FrameworkColumn, keyof MetaEntry> = {
  Type: "type",
  iCode: "code",
  iName: "name",
  Level: "level",
  Parent: "parent",
  Weight: "weight",
  Direction: "direction",
  Unit: "unit",
  Target: "target",
  Denominator: "denominator",
};
const NUMERIC: ReadonlySet<FrameworkColumn> = new Set(["Level", "Weight", "Direction", "Target"]);
export const columnOfField = (field: string): FrameworkColumn | null =>
  FRAMEWORK_COLUMNS.find((column) => FIELD[column] === field) ?? null;

export function emptyRow(): FrameworkRow {
  return Object.fromEntries(FRAMEWORK_COLUMNS.map((column) => [column, ""])) as FrameworkRow;
}

export function rowsFromFramework(framework: readonly MetaEntry[]): FrameworkRow[] {
  return framework.map((entry) => {
    const row = emptyRow();
    for (const column of FRAMEWORK_COLUMNS) {
      const value = entry[FIELD[column]];
      row[column] = value === null || value === undefined ? "" : String(value);
    }
    return row;
  });
}

/** Rows of a meta.csv (columns by name, any case, any order; others ignored). */
export function rowsFromMetaCsv(
  header: readonly string[],
  rows: readonly string[][],
): FrameworkRow[] {
  const at = FRAMEWORK_COLUMNS.map(
    (column) =>
      [column, header.findIndex((h) => h.toLowerCase() === column.toLowerCase())] as const,
  );
  return rows.map((cells) => {
    const row = emptyRow();
    for (const [column, index] of at) {
      const text = index >= 0 ? (cells[index] ?? "").trim() : "";
      row[column] = /^NA$/i.test(text) ? "" : text;
    }
    return row;
  });
}

/** The API's framework entries: numbers where cells read as numbers, else as typed. */
export function frameworkFrom(
  rows: readonly FrameworkRow[],
): Record<string, string | number | null>[] {
  return rows.map((row) => {
    const entry: Record<string, string | number | null> = {};
    for (const column of FRAMEWORK_COLUMNS) {
      const text = row[column].trim();
      if (NUMERIC.has(column)) {
        const value = numberCell(text);
        entry[FIELD[column]] = value === null ? null : Number.isNaN(value) ? text : value;
      } else
        entry[FIELD[column]] = text === "" && column !== "iCode" && column !== "Type" ? null : text;
    }
    return entry;
  });
}
