import { z } from "zod";
import { CONTINENTS, PRICE_MODELS } from "../../db/schema/index.ts";
import { pageQuerySchema, pageSchema } from "../../http/pagination.ts";
import {
  areaCodeSchema,
  countryCodeSchema,
  domainsSchema,
  urlSchema,
} from "../../http/reference.ts";
import {
  expectedVersionSchema,
  languageSchema,
  sdgsSchema,
  tagsSchema,
  visibilitySchema,
} from "../items/schema.ts";

export const priceModelSchema = z.enum(PRICE_MODELS);
export const trlSchema = z.number().int().min(1).max(9).describe("Technology readiness level 1–9");

const deploymentSchema = z.object({
  cityId: z.uuid().nullable(),
  cityName: z.string(),
  country: z.string(),
  year: z.number().int(),
  outcome: z.string(),
});

export const solutionSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    organization: z.object({
      id: z.uuid(),
      slug: z.string(),
      name: z.string(),
      kind: z.string(),
      country: z.string(),
    }),
    title: z.string(),
    summary: z.string(),
    domains: z.array(z.string()),
    sdgs: z.array(z.number().int()),
    tags: z.array(z.string()),
    trl: z.number().int(),
    priceModel: priceModelSchema,
    regionsServed: z.array(z.string()),
    languages: z.array(z.string()),
    visibility: visibilitySchema,
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Solution" });
export type SolutionResponse = z.infer<typeof solutionSchema>;

export const solutionDetailSchema = solutionSchema
  .extend({
    description: z.string(),
    descriptionHtml: z.string(),
    certifications: z.array(z.string()),
    mediaLinks: z.array(z.string()),
    deployments: z.array(deploymentSchema),
    cases: z.array(z.object({ id: z.uuid(), slug: z.string(), title: z.string() })),
    canEdit: z.boolean(),
  })
  .meta({ id: "SolutionDetail" });
export type SolutionDetailResponse = z.infer<typeof solutionDetailSchema>;

export const listSolutionsQuery = pageQuerySchema.extend({
  organization: z.uuid().optional(),
  domain: areaCodeSchema.optional(),
  minTrl: z.coerce.number().int().min(1).max(9).optional(),
  sort: z.enum(["-updatedAt", "updatedAt", "title", "-title"]).default("-updatedAt"),
});
export type ListSolutionsQuery = z.infer<typeof listSolutionsQuery>;
export const solutionPageSchema = pageSchema(solutionSchema);

const deploymentInput = z.object({
  cityId: z.uuid().nullish(),
  cityName: z.string().trim().min(1).max(200),
  country: countryCodeSchema,
  year: z.number().int().min(1950).max(2100),
  outcome: z.string().trim().max(500).default(""),
});
export type DeploymentInput = z.infer<typeof deploymentInput>;

// No defaults on the shared fields: an update must not reset what it leaves out.
const solutionFields = z.object({
  organizationId: z.uuid(),
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().max(600).optional(),
  description: z.string().max(20_000).optional(),
  domains: domainsSchema.optional(),
  sdgs: sdgsSchema.optional(),
  tags: tagsSchema.optional(),
  trl: trlSchema,
  priceModel: priceModelSchema.optional(),
  regionsServed: z.array(z.enum(CONTINENTS)).max(7).optional(),
  languages: z.array(languageSchema).max(20).optional(),
  certifications: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  mediaLinks: z.array(urlSchema).max(10).optional(),
  visibility: visibilitySchema.optional(),
  deployments: z.array(deploymentInput).max(100).optional(),
});

export const createSolutionBody = solutionFields;
export type CreateSolutionInput = z.infer<typeof createSolutionBody>;
export const updateSolutionBody = solutionFields
  .omit({ organizationId: true })
  .partial()
  .extend({ expectedVersion: expectedVersionSchema });
export type UpdateSolutionInput = z.infer<typeof updateSolutionBody>;
export const solutionIdParams = z.object({ id: z.uuid() });
