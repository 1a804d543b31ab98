/**
 * Indicator data and published composite indices. The engine (`core/indices`) does the
 * computing; this module keeps the catalogue and values, assembles an index's data.csv
 * from them (the same table the CLI reads, and what readers download), stores builds and
 * analyses for the curator's review, and freezes what is published.
 */

import type { z } from "zod";
import {
  buildIndex,
  type CsvTable,
  createIndexMeta,
  formatCsv,
  IndexAnalysisCancelled,
  IndexComputationError,
  IndexInputError,
  type IndexMeta,
  type IndexMetaEntry,
  type IndexResult,
  META_COLUMNS,
  parseCsv,
  parseIndexData,
  parsePipelineConfig,
  resultsCsv,
  runUncertainty,
  sensitivityCsv,
  stageCsv,
  type UncertaintyResult,
  uncertaintyCsv,
} from "../../../core/indices/index.ts";
import type { Database } from "../../db/client.ts";
import type { PublishedIndex, UnitKind } from "../../db/schema/indices.ts";
import type { ActorContext, ServiceContext } from "../../http/context.ts";
import { AppError, conflict, invalid, notFound } from "../../http/errors.ts";
import { idOrSlugKey } from "../../http/reference.ts";
import { assembleDataTable } from "./data-table.ts";
import { can } from "./policy.ts";
import {
  deleteIndexRow,
  deleteIndicatorRow,
  failAbandonedAnalyses,
  type IndexRow,
  insertIndex,
  replaceValues,
  selectCityIdsBySlug,
  selectIndex,
  selectIndicators,
  selectIndicatorsByCode,
  selectIndices,
  selectIndicesUsing,
  selectUnits,
  selectValues,
  type UnitWithCity,
  updateIndex,
  upsertIndicators,
  upsertUnits,
} from "./queries.ts";
import type { Download, IndexInput, IndicatorInput, importInputSchema } from "./schema.ts";

function requireCurator(ctx: ServiceContext) {
  if (!can(ctx.actor, "curate"))
    throw new AppError(
      "forbidden",
      "Only organizers and administrators keep indicator data and indices",
    );
}

/** Engine input errors become 400s naming the file, row and column. */
function asInvalid(error: unknown, path: string): never {
  if (error instanceof IndexInputError || error instanceof IndexComputationError)
    throw new AppError("validation_failed", error.message, {
      issues: [
        {
          path,
          message: error.message,
          ...(error instanceof IndexInputError
            ? { file: error.source, row: error.row, column: error.column }
            : {}),
        },
      ],
    });
  throw error;
}

// ---------------------------------------------------------------------------------------
// The catalogue and values

export async function listIndicators(ctx: ServiceContext) {
  const rows = await selectIndicators(ctx.db);
  return {
    items: rows.map(({ indicator, values, years }) => ({
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      direction: indicator.direction as 1 | -1,
      theme: indicator.theme,
      source: indicator.source,
      description: indicator.description,
      isDenominator: indicator.isDenominator,
      denominatorCode: indicator.denominatorCode,
      synthetic: indicator.synthetic,
      values,
      years,
    })),
  };
}

export async function saveIndicator(ctx: ActorContext, code: string, input: IndicatorInput) {
  requireCurator(ctx);
  if (input.denominatorCode) {
    const [denominator] = await selectIndicatorsByCode(ctx.db, [input.denominatorCode]);
    if (!denominator)
      throw invalid([{ path: "body.denominatorCode", message: "is not in the catalogue" }]);
  }
  await upsertIndicators(ctx.db, [{ code, ...input, updatedAt: ctx.clock.now() }]);
  const found = (await listIndicators(ctx)).items.find((item) => item.code === code);
  return found as NonNullable<typeof found>;
}

export async function deleteIndicator(ctx: ActorContext, code: string) {
  requireCurator(ctx);
  const users = await selectIndicesUsing(ctx.db, code);
  if (users.length > 0)
    throw conflict(`Used by the indices ${users.join(", ")}; remove it from them first`);
  if (!(await deleteIndicatorRow(ctx.db, code))) throw notFound("Indicator");
}

interface Problem {
  file: string;
  row: number | null;
  column: string | null;
  reason: string;
}

const MISSING = /^(|NA)$/i;

/** meta.csv rows of the catalogue kinds (aggregates are an index's business, not data's). */
function catalogueFromMeta(text: string, problems: Problem[]) {
  let table: CsvTable;
  try {
    table = parseCsv(text, "meta.csv");
  } catch (error) {
    if (error instanceof IndexInputError) {
      problems.push({
        file: "meta.csv",
        row: error.row,
        column: error.column,
        reason: error.message,
      });
      return { indicators: [], groups: [] };
    }
    throw error;
  }
  const column = (name: string) =>
    table.header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  const at = {
    code: column("iCode"),
    name: column("iName"),
    type: column("Type"),
    direction: column("Direction"),
    unit: column("Unit"),
    denominator: column("Denominator"),
    theme: column("Theme"),
    source: column("Source"),
  };
  for (const required of ["iCode", "Type"] as const)
    if (column(required) < 0)
      problems.push({ file: "meta.csv", row: 1, column: required, reason: "missing column" });
  if (at.code < 0 || at.type < 0) return { indicators: [], groups: [] };
  const indicators: {
    code: string;
    name: string;
    unit: string;
    direction: 1 | -1;
    theme: string;
    source: string;
    isDenominator: boolean;
    denominatorCode: string | null;
  }[] = [];
  const groups: string[] = [];
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? "").trim() : "");
    const code = cell(at.code);
    const type = cell(at.type);
    if (type === "Aggregate") return;
    if (!/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(code)) {
      problems.push({
        file: "meta.csv",
        row,
        column: "iCode",
        reason: `"${code}" is not a code (a letter, then letters, digits, _ . -)`,
      });
      return;
    }
    if (type === "Group") {
      groups.push(code);
      return;
    }
    if (type !== "Indicator" && type !== "Denominator") {
      problems.push({
        file: "meta.csv",
        row,
        column: "Type",
        reason: `"${type}" is not Indicator, Denominator, Group or Aggregate`,
      });
      return;
    }
    const directionText = cell(at.direction);
    const direction = MISSING.test(directionText) ? 1 : Number(directionText);
    if (direction !== 1 && direction !== -1) {
      problems.push({
        file: "meta.csv",
        row,
        column: "Direction",
        reason: `"${directionText}" is not 1 or -1`,
      });
      return;
    }
    const denominator = cell(at.denominator);
    indicators.push({
      code,
      name: cell(at.name) || code,
      unit: cell(at.unit),
      direction,
      theme: cell(at.theme),
      source: cell(at.source),
      isDenominator: type === "Denominator",
      denominatorCode: MISSING.test(denominator) ? null : denominator,
    });
  });
  return { indicators, groups };
}

/**
 * Imports indicator values from a wide data.csv (and catalogue entries from meta.csv):
 * every problem is reported as (file, row, column, reason); a real import lands every cell
 * in one transaction or, with any problem, nothing. An empty or NA cell clears the value
 * stored for that unit, indicator and year, so an exported file edited and imported again
 * says exactly what is stored.
 */
export async function importIndicatorData(
  ctx: ActorContext,
  input: z.infer<typeof importInputSchema>,
) {
  requireCurator(ctx);
  const problems: Problem[] = [];
  const fromMeta = input.meta
    ? catalogueFromMeta(input.meta, problems)
    : { indicators: [], groups: [] };
  let table: CsvTable | null = null;
  try {
    table = parseCsv(input.data, "data.csv");
  } catch (error) {
    if (!(error instanceof IndexInputError)) throw error;
    problems.push({
      file: "data.csv",
      row: error.row,
      column: error.column,
      reason: error.message,
    });
  }
  const stored = (await listIndicators(ctx)).items;
  const known = new Set([...stored.map((i) => i.code), ...fromMeta.indicators.map((i) => i.code)]);
  for (const entry of fromMeta.indicators)
    if (entry.denominatorCode && !known.has(entry.denominatorCode))
      problems.push({
        file: "meta.csv",
        row: null,
        column: "Denominator",
        reason: `${entry.code}: denominator "${entry.denominatorCode}" is not in the catalogue or meta.csv`,
      });
  const storedGroups = (await selectUnits(ctx.db)).flatMap((u) => Object.keys(u.unit.groups));
  const groups = new Set([...fromMeta.groups, ...storedGroups]);
  const units = new Map<string, { name: string; groups: Record<string, string> }>();
  const values: { indicatorCode: string; unitCode: string; year: number; value: number }[] = [];
  const cleared: { indicatorCode: string; unitCode: string; year: number }[] = [];
  const years = new Set<number>();
  if (table) {
    const header = table.header.map((h) => h.trim());
    const position = (name: string) =>
      header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    const uCode = position("uCode");
    const uName = position("uName");
    const time = position("Time");
    if (uCode < 0)
      problems.push({ file: "data.csv", row: 1, column: "uCode", reason: "missing column" });
    if (time < 0 && input.year === undefined)
      problems.push({
        file: "data.csv",
        row: 1,
        column: "Time",
        reason: "missing column; or give the year of every row",
      });
    type DataColumn = { index: number; name: string; kind: "group" | "value" };
    const dataColumns = header.flatMap((name, index): DataColumn[] => {
      if ([uCode, uName, time].includes(index)) return [];
      if (groups.has(name)) return [{ index, name, kind: "group" }];
      if (known.has(name)) return [{ index, name, kind: "value" }];
      problems.push({
        file: "data.csv",
        row: 1,
        column: name,
        reason: "is not an indicator of the catalogue or meta.csv, nor a Group",
      });
      return [];
    });
    const seen = new Set<string>();
    table.rows.forEach((cells, index) => {
      const row = index + 2;
      const code = (cells[uCode] ?? "").trim();
      if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/.test(code)) {
        problems.push({
          file: "data.csv",
          row,
          column: "uCode",
          reason: code ? `"${code}" is not a unit code (letters, digits, _ . : -)` : "is empty",
        });
        return;
      }
      const yearText = time >= 0 ? (cells[time] ?? "").trim() : String(input.year);
      const year = Number(yearText);
      if (!Number.isInteger(year) || year < 1900 || year > 2100) {
        problems.push({
          file: "data.csv",
          row,
          column: "Time",
          reason: `"${yearText}" is not a year`,
        });
        return;
      }
      if (seen.has(`${code}|${year}`)) {
        problems.push({
          file: "data.csv",
          row,
          column: "uCode",
          reason: `"${code}" appears twice for ${year}`,
        });
        return;
      }
      seen.add(`${code}|${year}`);
      years.add(year);
      const unit = units.get(code) ?? {
        name: (uName >= 0 ? cells[uName] : "")?.trim() || code,
        groups: {},
      };
      for (const column of dataColumns) {
        const text = (cells[column.index] ?? "").trim();
        if (column.kind === "group") {
          if (!MISSING.test(text)) unit.groups[column.name] = text;
          continue;
        }
        if (MISSING.test(text)) {
          cleared.push({ indicatorCode: column.name, unitCode: code, year });
          continue;
        }
        const value = Number(text);
        if (!Number.isFinite(value) || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) {
          problems.push({
            file: "data.csv",
            row,
            column: column.name,
            reason: `"${text}" is not a number`,
          });
          continue;
        }
        values.push({ indicatorCode: column.name, unitCode: code, year, value });
      }
      units.set(code, unit);
    });
  }
  const report = {
    dryRun: input.dryRun,
    valid: problems.length === 0,
    units: units.size,
    values: values.length,
    indicators: fromMeta.indicators.length,
    removed: 0,
    problems: problems.slice(0, 1000),
  };
  if (!report.valid || input.dryRun) {
    const existing = await countExisting(ctx.db, cleared);
    return { ...report, removed: existing };
  }
  const now = ctx.clock.now();
  const cityIds =
    input.unitKind === "city"
      ? await selectCityIdsBySlug(ctx.db, [...units.keys()])
      : new Map<string, string>();
  report.removed = await ctx.db.transaction(async (tx) => {
    const removed = await countExisting(tx, cleared);
    await upsertIndicators(
      tx,
      fromMeta.indicators.map((entry) => ({ ...entry, updatedAt: now })),
    );
    await upsertUnits(
      tx,
      [...units].map(([code, unit]) => ({
        code,
        name: unit.name,
        kind: input.unitKind,
        cityId: cityIds.get(code) ?? null,
        groups: unit.groups,
      })),
    );
    const codes = [...new Set([...values, ...cleared].map((v) => v.indicatorCode))];
    for (const year of years)
      await replaceValues(
        tx,
        { codes, units: [...units.keys()], year },
        values.filter((v) => v.year === year),
      );
    return removed;
  });
  return report;
}

async function countExisting(
  db: Database,
  cells: { indicatorCode: string; unitCode: string; year: number }[],
) {
  if (cells.length === 0) return 0;
  const wanted = new Set(cells.map((c) => `${c.indicatorCode}|${c.unitCode}|${c.year}`));
  const stored = await selectValues(db, { codes: [...new Set(cells.map((c) => c.indicatorCode))] });
  return stored.filter((v) => wanted.has(`${v.indicatorCode}|${v.unitCode}|${v.year}`)).length;
}

/** The catalogue as meta.csv rows (Indicator and Denominator). */
export async function exportCatalogue(ctx: ServiceContext) {
  const { items } = await listIndicators(ctx);
  return formatCsv(
    ["iCode", "iName", "Type", "Direction", "Unit", "Denominator", "Theme", "Source"],
    items.map((item) => [
      item.code,
      item.name,
      item.isDenominator ? "Denominator" : "Indicator",
      item.direction,
      item.unit,
      item.denominatorCode,
      item.theme,
      item.source,
    ]),
  );
}

/** Values as a wide data.csv: one row per unit and year, one column per indicator. */
export async function exportValues(
  ctx: ServiceContext,
  filter: { codes?: string[]; year?: number },
) {
  const values = await selectValues(ctx.db, filter);
  const codes = filter.codes ?? [...new Set(values.map((v) => v.indicatorCode))].sort();
  const units = new Map((await selectUnits(ctx.db)).map((row) => [row.unit.code, row.unit]));
  const groupCodes = [
    ...new Set([...units.values()].flatMap((unit) => Object.keys(unit.groups))),
  ].sort();
  const rows = new Map<string, Map<string, number>>();
  for (const v of values) {
    const key = `${v.unitCode}|${v.year}`;
    const row = rows.get(key) ?? new Map<string, number>();
    row.set(v.indicatorCode, v.value);
    rows.set(key, row);
  }
  return formatCsv(
    ["uCode", "uName", "Time", ...groupCodes, ...codes],
    [...rows]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, row]) => {
        const [unitCode, year] = key.split("|") as [string, string];
        const unit = units.get(unitCode);
        return [
          unitCode,
          unit?.name ?? unitCode,
          year,
          ...groupCodes.map((g) => unit?.groups[g] ?? null),
          ...codes.map((c) => row.get(c) ?? null),
        ];
      }),
  );
}

export async function listValues(
  ctx: ServiceContext,
  filter: { unit?: string; codes?: string[]; year?: number },
) {
  const rows = await selectValues(ctx.db, filter);
  return { items: rows.slice(0, 20_000) };
}

// ---------------------------------------------------------------------------------------
// Indices

function metaOf(framework: IndexMetaEntry[]): IndexMeta {
  try {
    return createIndexMeta(framework, "framework");
  } catch (error) {
    return asInvalid(error, "body.framework");
  }
}

function pipelineOf(pipeline: Record<string, unknown>) {
  try {
    return parsePipelineConfig(pipeline, "pipeline");
  } catch (error) {
    return asInvalid(error, "body.pipeline");
  }
}

/** Every framework code of a data kind must be in the catalogue (groups are unit labels). */
async function checkFramework(db: Database, framework: IndexMetaEntry[]) {
  metaOf(framework);
  const codes = framework
    .filter((e) => e.type === "Indicator" || e.type === "Denominator")
    .map((e) => e.code);
  const found = new Set((await selectIndicatorsByCode(db, codes)).map((row) => row.code));
  const missing = framework.flatMap((entry, index) =>
    (entry.type === "Indicator" || entry.type === "Denominator") && !found.has(entry.code)
      ? [
          {
            path: `body.framework.${index}.code`,
            message: `"${entry.code}" is not in the indicator catalogue`,
          },
        ]
      : [],
  );
  if (missing.length > 0) throw invalid(missing);
}

export async function listIndices(ctx: ServiceContext) {
  const rows = await selectIndices(ctx.db, !can(ctx.actor, "curate"));
  return {
    items: rows.map((row) => ({
      ...row,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      builtAt: row.builtAt?.toISOString() ?? null,
    })),
  };
}

export async function createIndex(ctx: ActorContext, input: IndexInput) {
  requireCurator(ctx);
  await checkFramework(ctx.db, input.framework as IndexMetaEntry[]);
  pipelineOf(input.pipeline);
  const now = ctx.clock.now();
  const row = await insertIndex(ctx.db, {
    ...input,
    framework: input.framework as IndexMetaEntry[],
    createdById: ctx.actor.personId,
    createdAt: now,
    updatedAt: now,
  });
  return getIndex(ctx, row.slug, "draft");
}

async function findIndex(ctx: ServiceContext, idOrSlug: string) {
  const row = await selectIndex(ctx.db, idOrSlugKey(idOrSlug));
  if (!row || (!row.published && !can(ctx.actor, "curate"))) throw notFound("Index");
  return row;
}

/** Edits the draft; what is published stays until the next publish. */
export async function updateIndexDraft(ctx: ActorContext, id: string, input: Partial<IndexInput>) {
  requireCurator(ctx);
  const row = await findIndex(ctx, id);
  if (input.framework) await checkFramework(ctx.db, input.framework as IndexMetaEntry[]);
  if (input.pipeline) pipelineOf(input.pipeline);
  if (row.analysisStatus === "running")
    throw conflict("An uncertainty analysis is running; wait for it to finish");
  const changesResult = input.framework || input.pipeline || input.year || input.unitKind;
  await updateIndex(ctx.db, row.id, {
    ...input,
    ...(input.framework ? { framework: input.framework as IndexMetaEntry[] } : {}),
    ...(changesResult
      ? { result: null, builtAt: null, analysis: null, analysisStatus: "none" as const }
      : {}),
    updatedAt: ctx.clock.now(),
  });
  return getIndex(ctx, input.slug ?? row.slug, "draft");
}

export async function deleteIndex(ctx: ActorContext, id: string) {
  requireCurator(ctx);
  const row = await findIndex(ctx, id);
  await deleteIndexRow(ctx.db, row.id);
}

/**
 * data.csv of an index from the stored values: one row per unit of the index's kind with
 * any value that year, its group labels, then every denominator and indicator column.
 */
async function dataTable(db: Database, row: IndexRow): Promise<CsvTable> {
  const codes = row.framework
    .filter((e) => e.type === "Denominator" || e.type === "Indicator")
    .map((e) => e.code);
  const values = await selectValues(db, { codes, year: row.year });
  const units = (await selectUnits(db)).map((u) => u.unit).filter((u) => u.kind === row.unitKind);
  return assembleDataTable(row.framework, units, values);
}

function engineInput(row: IndexRow, table: CsvTable) {
  const meta = metaOf(row.framework);
  const config = pipelineOf(row.pipeline);
  try {
    return { meta, config, data: parseIndexData(table, meta, "data") };
  } catch (error) {
    return asInvalid(error, "data");
  }
}

/** Builds the draft from the stored values; the result waits for review. */
export async function buildIndexDraft(ctx: ActorContext, id: string) {
  requireCurator(ctx);
  const row = await findIndex(ctx, id);
  if (row.analysisStatus === "running")
    throw conflict("An uncertainty analysis is running; wait for it to finish");
  const table = await dataTable(ctx.db, row);
  if (table.rows.length === 0)
    throw conflict(
      `No stored values of this index's indicators for ${row.year}; import indicator data first`,
    );
  const { meta, config, data } = engineInput(row, table);
  let result: IndexResult;
  try {
    result = buildIndex(data, meta, config, { stages: true });
  } catch (error) {
    return asInvalid(error, "pipeline");
  }
  await updateIndex(ctx.db, row.id, {
    result: result as unknown as Record<string, unknown>,
    builtAt: ctx.clock.now(),
    analysis: null,
    analysisStatus: "none",
    analysisError: null,
    analysisProgress: null,
    updatedAt: ctx.clock.now(),
  });
  return getIndex(ctx, row.slug, "draft");
}

/** Analyses running in this process, per database, so an app's close stops its own. */
const analysesByDatabase = new WeakMap<
  Database,
  Map<string, { stop: boolean; done: Promise<void> }>
>();
const analysesOf = (db: Database) => {
  let map = analysesByDatabase.get(db);
  if (!map) {
    map = new Map();
    analysesByDatabase.set(db, map);
  }
  return map;
};

/**
 * Starts the uncertainty and sensitivity analysis of the built draft in the background
 * (the engine yields between runs); its progress lands on the index row.
 */
export async function startAnalysis(ctx: ActorContext, id: string) {
  requireCurator(ctx);
  const row = await findIndex(ctx, id);
  if (!row.result) throw conflict("Build the index first");
  const table = await dataTable(ctx.db, row);
  const { meta, config, data } = engineInput(row, table);
  if (!config.uncertainty)
    throw invalid([
      {
        path: "pipeline.uncertainty",
        message:
          'name the assumptions to vary, e.g. "uncertainty": { "normalise": ["minmax", "zscore"], "weights": 0.25 }',
      },
    ]);
  const started = await updateIndex(
    ctx.db,
    row.id,
    {
      analysisStatus: "running",
      analysisProgress: { done: 0, total: row.analysisRuns },
      analysisError: null,
      analysis: null,
    },
    row.analysisStatus === "running" ? "none" : row.analysisStatus,
  );
  if (!started) throw conflict("An uncertainty analysis is already running");
  const job = { stop: false, done: Promise.resolve() };
  const db = ctx.db;
  let lastWrite = 0;
  job.done = (async () => {
    try {
      const analysis = await runUncertainty(data, meta, config, {
        runs: row.analysisRuns,
        seed: row.analysisSeed,
        shouldStop: () => job.stop,
        onProgress: (progress) => {
          if (performance.now() - lastWrite < 500) return;
          lastWrite = performance.now();
          void updateIndex(db, row.id, { analysisProgress: progress }, "running").catch(
            () => undefined,
          );
        },
      });
      await updateIndex(
        db,
        row.id,
        {
          analysisStatus: "done",
          analysis: analysis as unknown as Record<string, unknown>,
          analysisProgress: { done: analysis.runs, total: analysis.runs },
        },
        "running",
      );
    } catch (error) {
      const message =
        error instanceof IndexAnalysisCancelled
          ? "stopped: the server closed"
          : error instanceof Error
            ? error.message
            : String(error);
      await updateIndex(
        db,
        row.id,
        { analysisStatus: "failed", analysisError: message },
        "running",
      ).catch(() => undefined);
    } finally {
      analysesOf(db).delete(row.id);
    }
  })();
  analysesOf(db).set(row.id, job);
  return getIndex(ctx, row.slug, "draft");
}

export async function stopAnalyses(db: Database) {
  const jobs = [...analysesOf(db).values()];
  for (const job of jobs) job.stop = true;
  await Promise.all(jobs.map((job) => job.done));
}

export async function failInterruptedAnalyses(db: Database) {
  await failAbandonedAnalyses(db);
}

/** Freezes the built draft (and its analysis, when done) as the public version. */
export async function publishIndex(ctx: ActorContext, id: string) {
  requireCurator(ctx);
  const row = await findIndex(ctx, id);
  if (!row.result || !row.builtAt) throw conflict("Build the index before publishing it");
  if (row.analysisStatus === "running")
    throw conflict("Wait for the uncertainty analysis to finish");
  const table = await dataTable(ctx.db, row);
  const published: PublishedIndex = {
    framework: row.framework,
    pipeline: row.pipeline,
    result: row.result,
    analysis: row.analysisStatus === "done" ? row.analysis : null,
    data: table,
    builtAt: row.builtAt.toISOString(),
  };
  const now = ctx.clock.now();
  await updateIndex(ctx.db, row.id, {
    published,
    publishedAt: now,
    status: "published",
    updatedAt: now,
  });
  return getIndex(ctx, row.slug, "published");
}

function unitInfo(unit: UnitWithCity) {
  return {
    code: unit.unit.code,
    name: unit.unit.name,
    kind: unit.unit.kind as UnitKind,
    groups: unit.unit.groups,
    city:
      unit.citySlug && unit.country && unit.latitude !== null && unit.longitude !== null
        ? {
            slug: unit.citySlug,
            country: unit.country,
            continent: unit.continent ?? null,
            latitude: unit.latitude,
            longitude: unit.longitude,
          }
        : null,
  };
}

/** The per-run rank shifts are one number per run: the Sobol' table already sums them up. */
function withoutRankShifts(analysis: unknown) {
  if (!analysis || typeof analysis !== "object") return null;
  const { rankShift: _rankShift, ...rest } = analysis as Record<string, unknown>;
  return rest;
}

function withoutStages(result: unknown) {
  if (!result || typeof result !== "object") return null;
  const { stages: _stages, ...rest } = result as Record<string, unknown>;
  return rest;
}

/**
 * The version a reader asked for: the draft (with the data it would be built from) for
 * curators who ask, else the published one.
 */
async function versionOf(ctx: ServiceContext, idOrSlug: string, version: "published" | "draft") {
  const row = await findIndex(ctx, idOrSlug);
  const draft = version === "draft" && can(ctx.actor, "curate");
  if (!draft && !row.published) throw notFound("Published version of this index");
  const source: PublishedIndex = draft
    ? {
        framework: row.framework,
        pipeline: row.pipeline,
        result: row.result,
        analysis: row.analysisStatus === "done" ? row.analysis : null,
        data: await dataTable(ctx.db, row),
        builtAt: row.builtAt?.toISOString() ?? "",
      }
    : (row.published as PublishedIndex);
  return { row, draft, source };
}

/**
 * An index as readers see it: the published version, or — for curators asking for it —
 * the draft with its latest build and analysis. Stage tables are downloads, not part of it.
 */
export async function getIndex(
  ctx: ServiceContext,
  idOrSlug: string,
  version: "published" | "draft" = "published",
) {
  const { row, draft, source } = await versionOf(ctx, idOrSlug, version);
  const result = source.result as IndexResult | null;
  const codes = result ? result.results.map((unit) => unit.uCode) : [];
  const units = await selectUnits(ctx.db, codes);
  const catalogue = new Map(
    (
      await selectIndicatorsByCode(
        ctx.db,
        source.framework.map((e) => e.code),
      )
    ).map((row) => [row.code, row]),
  );
  const meta = createIndexMeta(source.framework, "framework");
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    year: row.year,
    unitKind: row.unitKind,
    status: row.status,
    synthetic: row.synthetic,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    builtAt: row.builtAt?.toISOString() ?? null,
    version: draft ? ("draft" as const) : ("published" as const),
    framework: source.framework,
    nodes: meta.nodes.map((node) => ({
      code: node.code,
      name: node.name,
      type: node.type,
      level: node.level,
      parent: node.parent,
      weight: node.weight,
      direction: node.direction,
      unit: node.unit ?? catalogue.get(node.code)?.unit ?? null,
      theme: catalogue.get(node.code)?.theme ?? null,
      source: catalogue.get(node.code)?.source ?? null,
    })),
    pipeline: source.pipeline,
    analysisRuns: row.analysisRuns,
    analysisSeed: row.analysisSeed,
    analysisStatus: draft
      ? row.analysisStatus
      : source.analysis
        ? ("done" as const)
        : ("none" as const),
    analysisProgress: draft ? (row.analysisProgress ?? null) : null,
    analysisError: draft ? row.analysisError : null,
    units: units.map(unitInfo),
    result: withoutStages(result),
    analysis: withoutRankShifts(source.analysis),
    canEdit: can(ctx.actor, "curate"),
  };
}

/** A published (or draft) index's file, as readers download it. */
export async function downloadIndexFile(
  ctx: ServiceContext,
  idOrSlug: string,
  file: Download,
  version: "published" | "draft",
): Promise<{ body: string; type: string; name: string }> {
  const { row, source } = await versionOf(ctx, idOrSlug, version);
  const result = source.result as IndexResult | null;
  const analysis = source.analysis as UncertaintyResult | null;
  const csv = (body: string) => ({
    body,
    type: "text/csv; charset=utf-8",
    name: `${row.slug}-${file}`,
  });
  switch (file) {
    case "data.csv":
      return csv(formatCsv(source.data.header, source.data.rows));
    case "meta.csv":
      return csv(
        formatCsv(
          [...META_COLUMNS],
          source.framework.map((e) => [
            e.level ?? null,
            e.code,
            e.name ?? null,
            e.direction ?? null,
            e.weight ?? null,
            e.unit ?? null,
            e.target ?? null,
            e.denominator ?? null,
            e.parent ?? null,
            e.type,
          ]),
        ),
      );
    case "pipeline.json":
      return {
        body: `${JSON.stringify(source.pipeline, null, 2)}\n`,
        type: "application/json",
        name: `${row.slug}-pipeline.json`,
      };
    case "results.csv":
      if (!result) throw notFound("Build");
      return csv(resultsCsv(result));
    case "uncertainty.csv":
    case "sensitivity.csv":
      if (!analysis) throw notFound("Uncertainty analysis");
      return csv(file === "uncertainty.csv" ? uncertaintyCsv(analysis) : sensitivityCsv(analysis));
    default: {
      const stage = file.replace(/\.csv$/, "") as keyof NonNullable<IndexResult["stages"]>;
      const table = result?.stages?.[stage];
      if (!table) throw notFound("Stage");
      return csv(stageCsv(table));
    }
  }
}
