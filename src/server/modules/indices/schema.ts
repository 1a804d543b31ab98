import { z } from "zod";
import { STAGE_NAMES } from "../../../core/indices/build.ts";
import { META_TYPES } from "../../../core/indices/framework.ts";
import { UNIT_KINDS } from "../../db/schema/indices.ts";
import { slugSchema } from "../../http/reference.ts";

export const codeSchema = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/,
    "a code: a letter, then letters, digits, _ . - (at most 64)",
  );

export const indicatorInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  unit: z.string().trim().max(60).default(""),
  direction: z.union([z.literal(1), z.literal(-1)]).default(1),
  theme: z.string().trim().max(100).default(""),
  source: z.string().trim().max(500).default(""),
  description: z.string().trim().max(4000).default(""),
  isDenominator: z.boolean().default(false),
  denominatorCode: codeSchema.nullable().default(null),
});
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;

export const indicatorSchema = indicatorInputSchema.extend({
  code: z.string(),
  synthetic: z.boolean(),
  values: z.number().int(),
  years: z.array(z.number().int()),
});

export const importInputSchema = z.object({
  data: z
    .string()
    .min(1)
    .max(1_500_000)
    .describe("data.csv: uCode, uName, Time (or `year`), groups, indicator columns"),
  meta: z
    .string()
    .max(500_000)
    .optional()
    .describe("meta.csv rows of Type Indicator, Denominator or Group to add to the catalogue"),
  year: z
    .number()
    .int()
    .min(1900)
    .max(2100)
    .optional()
    .describe("Year of every row when data.csv has no Time column"),
  unitKind: z.enum(UNIT_KINDS).default("city"),
  dryRun: z.boolean().default(false),
});

export const importReportSchema = z.object({
  dryRun: z.boolean(),
  valid: z.boolean(),
  units: z.number().int(),
  values: z.number().int(),
  indicators: z.number().int().describe("Catalogue entries added or updated from meta.csv"),
  removed: z.number().int().describe("Stored values cleared by empty cells"),
  problems: z.array(
    z.object({
      file: z.string(),
      row: z.number().int().nullable(),
      column: z.string().nullable(),
      reason: z.string(),
    }),
  ),
});

const metaEntrySchema = z.object({
  type: z.enum(META_TYPES),
  code: z.string().min(1).max(64),
  name: z.string().max(200).nullable().optional(),
  level: z.number().int().min(1).max(20).nullable().optional(),
  direction: z.number().nullable().optional(),
  weight: z.number().nullable().optional(),
  unit: z.string().max(60).nullable().optional(),
  target: z.number().nullable().optional(),
  denominator: z.string().max(64).nullable().optional(),
  parent: z.string().max(64).nullable().optional(),
});

export const indexInputSchema = z.object({
  slug: slugSchema,
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(8000).default(""),
  year: z.number().int().min(1900).max(2100),
  unitKind: z.enum(UNIT_KINDS).default("city"),
  framework: z
    .array(metaEntrySchema)
    .min(2)
    .max(2000)
    .describe(
      "meta.csv as rows: indicators (level 1) → aggregates → the index, with weights and parents",
    ),
  pipeline: z.record(z.string(), z.unknown()).default({}).describe("pipeline.json"),
  analysisRuns: z.number().int().min(10).max(100_000).default(1000),
  analysisSeed: z.number().int().min(0).max(2_147_483_647).default(1),
});
export type IndexInput = z.infer<typeof indexInputSchema>;
export const indexPatchSchema = indexInputSchema.partial();

export const indexSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  year: z.number().int(),
  unitKind: z.enum(UNIT_KINDS),
  status: z.enum(["draft", "published"]),
  synthetic: z.boolean(),
  units: z.number().int(),
  publishedAt: z.string().nullable(),
  builtAt: z.string().nullable(),
});

const unitInfoSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  groups: z.record(z.string(), z.string()),
  city: z
    .object({
      slug: z.string(),
      country: z.string(),
      continent: z.string().nullable(),
      latitude: z.number(),
      longitude: z.number(),
    })
    .nullable(),
});

const nodeSchema = z.object({
  code: z.string(),
  name: z.string(),
  type: z.enum(["Indicator", "Aggregate"]),
  level: z.number().int(),
  parent: z.string().nullable(),
  weight: z.number(),
  direction: z.number(),
  unit: z.string().nullable(),
  theme: z.string().nullable(),
  source: z.string().nullable(),
});

/** What a reader sees of an index: the published version (or the draft for its curators). */
export const indexViewSchema = indexSummarySchema.extend({
  version: z.enum(["published", "draft"]),
  framework: z.array(metaEntrySchema),
  nodes: z.array(nodeSchema),
  pipeline: z.record(z.string(), z.unknown()),
  analysisRuns: z.number().int(),
  analysisSeed: z.number().int(),
  analysisStatus: z.enum(["none", "running", "done", "failed"]),
  analysisProgress: z.object({ done: z.number(), total: z.number() }).nullable(),
  analysisError: z.string().nullable(),
  units: z.array(unitInfoSchema),
  result: z.unknown().nullable().describe("buildIndex's result without the stage tables"),
  analysis: z.unknown().nullable().describe("The uncertainty and sensitivity analysis"),
  canEdit: z.boolean(),
});

export const DOWNLOADS = [
  "results.csv",
  "data.csv",
  "meta.csv",
  "pipeline.json",
  "uncertainty.csv",
  "sensitivity.csv",
  ...STAGE_NAMES.map((stage) => `${stage}.csv` as const),
] as const;
export type Download = (typeof DOWNLOADS)[number];

export const valuesQuerySchema = z.object({
  unit: z.string().max(100).optional(),
  codes: z.string().max(4000).optional().describe("Comma-separated indicator codes"),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
});

export const valueSchema = z.object({
  indicatorCode: z.string(),
  unitCode: z.string(),
  year: z.number().int(),
  value: z.number(),
  source: z.string(),
  note: z.string(),
});
