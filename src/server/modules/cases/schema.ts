import { z } from "zod";
import { pageQuerySchema, pageSchema } from "../../http/pagination.ts";
import { areaCodeSchema, domainsSchema } from "../../http/reference.ts";
import {
  currencySchema,
  expectedVersionSchema,
  isoDateSchema,
  moneySchema,
  sdgsSchema,
  tagsSchema,
  visibilitySchema,
} from "../items/schema.ts";

const kpiSchema = z.object({
  metric: z.string(),
  baseline: z.number().nullable(),
  result: z.number(),
  unit: z.string(),
  year: z.number().int().nullable(),
});

export const caseSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    organization: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
    city: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), country: z.string() }),
    domains: z.array(z.string()),
    sdgs: z.array(z.number().int()),
    tags: z.array(z.string()),
    investment: z.object({ amount: z.string(), currency: z.string() }).nullable(),
    startedOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    visibility: visibilitySchema,
    version: z.number().int(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Case" });
export type CaseResponse = z.infer<typeof caseSchema>;

export const caseDetailSchema = caseSchema
  .extend({
    problem: z.string(),
    problemHtml: z.string(),
    approach: z.string(),
    approachHtml: z.string(),
    kpis: z.array(kpiSchema),
    partners: z.array(
      z.object({
        id: z.uuid(),
        slug: z.string(),
        name: z.string(),
        kind: z.string(),
        role: z.string(),
      }),
    ),
    solutions: z.array(
      z.object({ id: z.uuid(), slug: z.string(), title: z.string(), organizationName: z.string() }),
    ),
    canEdit: z.boolean(),
  })
  .meta({ id: "CaseDetail" });
export type CaseDetailResponse = z.infer<typeof caseDetailSchema>;

export const listCasesQuery = pageQuerySchema.extend({
  city: z.uuid().optional(),
  organization: z.uuid().optional(),
  domain: areaCodeSchema.optional(),
  sort: z.enum(["-updatedAt", "updatedAt", "title", "-title"]).default("-updatedAt"),
});
export type ListCasesQuery = z.infer<typeof listCasesQuery>;
export const casePageSchema = pageSchema(caseSchema);

const kpiInput = z.object({
  metric: z.string().trim().min(1).max(200),
  baseline: z.number().finite().nullish(),
  result: z.number().finite(),
  unit: z.string().trim().max(40).default(""),
  year: z.number().int().min(1950).max(2100).nullish(),
});
export type KpiInput = z.infer<typeof kpiInput>;

const caseFields = z.object({
  organizationId: z.uuid(),
  cityId: z.uuid(),
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().max(600).optional(),
  problem: z.string().max(20_000).optional(),
  approach: z.string().max(20_000).optional(),
  domains: domainsSchema.optional(),
  sdgs: sdgsSchema.optional(),
  tags: tagsSchema.optional(),
  investment: moneySchema.nullish(),
  currency: currencySchema.nullish(),
  startedOn: isoDateSchema.nullish(),
  endedOn: isoDateSchema.nullish(),
  visibility: visibilitySchema.optional(),
  kpis: z.array(kpiInput).max(50).optional(),
  partners: z
    .array(
      z.object({
        organizationId: z.uuid(),
        role: z.string().trim().min(1).max(100).default("partner"),
      }),
    )
    .max(50)
    .optional(),
  solutionIds: z.array(z.uuid()).max(50).optional(),
});

export function caseRuleIssues(value: {
  investment?: string | null | undefined;
  currency?: string | null | undefined;
  startedOn?: string | null | undefined;
  endedOn?: string | null | undefined;
}) {
  const issues: { path: string; message: string }[] = [];
  if (value.investment && !value.currency) {
    issues.push({ path: "currency", message: "required with an investment" });
  }
  if (value.startedOn && value.endedOn && value.endedOn < value.startedOn) {
    issues.push({ path: "endedOn", message: "must not be before startedOn" });
  }
  return issues;
}

export const createCaseBody = caseFields.superRefine((value, context) => {
  for (const issue of caseRuleIssues(value)) {
    context.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  }
});
export type CreateCaseInput = z.infer<typeof createCaseBody>;
export const updateCaseBody = caseFields
  .omit({ organizationId: true })
  .partial()
  .extend({ expectedVersion: expectedVersionSchema });
export type UpdateCaseInput = z.infer<typeof updateCaseBody>;
export const caseIdParams = z.object({ id: z.uuid() });
