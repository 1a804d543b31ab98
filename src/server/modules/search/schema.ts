import { z } from "zod";
import { CONTINENTS, ITEM_TYPES, PROCUREMENT_STAGES, VISIBILITIES } from "../../db/schema/index.ts";
import { pageQuerySchema } from "../../http/pagination.ts";
import { areaCodeSchema } from "../../http/reference.ts";

/** A query parameter that may repeat (`?domain=a&domain=b`) or hold a comma list. */
function many<T extends z.ZodType>(item: T) {
  return z
    .preprocess(
      (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value),
      z.array(item).max(50),
    )
    .optional();
}

export const BUDGET_BANDS = ["under-100k", "100k-1m", "1m-10m", "over-10m", "unspecified"] as const;

export const searchFiltersSchema = z.object({
  q: z.string().trim().max(300).optional(),
  type: many(z.enum(ITEM_TYPES)),
  domain: many(areaCodeSchema),
  sdg: many(z.coerce.number().int().min(1).max(17)),
  country: many(
    z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .transform((code) => code.toUpperCase()),
  ),
  continent: many(z.enum(CONTINENTS)),
  trl: many(z.coerce.number().int().min(1).max(9)),
  stage: many(z.enum(PROCUREMENT_STAGES)),
  budgetBand: many(z.enum(BUDGET_BANDS)),
  organization: z.uuid().optional(),
  sort: z.enum(["relevance", "date"]).default("relevance"),
});
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export const searchQuerySchema = searchFiltersSchema.extend(pageQuerySchema.shape);
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const exportQuerySchema = searchFiltersSchema.extend({
  format: z.enum(["csv", "json"]).default("csv"),
  limit: z.coerce.number().int().min(1).max(10_000).default(10_000),
});

export const searchHitSchema = z
  .object({
    type: z.enum(ITEM_TYPES),
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    snippet: z
      .string()
      .describe("HTML-escaped text in which only <mark> elements mark the matched words"),
    organization: z.object({ id: z.uuid(), name: z.string() }),
    country: z.string(),
    continent: z.string().nullable(),
    domains: z.array(z.string()),
    sdgs: z.array(z.number().int()),
    trl: z.number().int().nullable(),
    stage: z.string().nullable(),
    budgetBand: z.string().nullable(),
    status: z.string().nullable(),
    visibility: z.enum(VISIBILITIES),
    updatedAt: z.iso.datetime(),
    score: z.number().nullable(),
  })
  .meta({ id: "SearchHit" });
export type SearchHit = z.infer<typeof searchHitSchema>;

const facetSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));
export const FACETS = [
  "type",
  "domain",
  "sdg",
  "country",
  "continent",
  "trl",
  "stage",
  "budgetBand",
] as const;
export type FacetName = (typeof FACETS)[number];

export const searchResultSchema = z
  .object({
    items: z.array(searchHitSchema),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
    mode: z
      .enum(["all", "fulltext", "fuzzy"])
      .describe(
        "fuzzy: no full-text match, so the query's misspelt words were corrected from the index's vocabulary",
      ),
    facets: z.object(
      Object.fromEntries(FACETS.map((name) => [name, facetSchema])) as Record<
        FacetName,
        typeof facetSchema
      >,
    ),
  })
  .meta({ id: "SearchResult" });
export type SearchResult = z.infer<typeof searchResultSchema>;
