import { z } from "zod";
import { CHALLENGE_STATUSES, PROCUREMENT_STAGES } from "../../db/schema/index.ts";
import { pageQuerySchema, pageSchema } from "../../http/pagination.ts";
import { areaCodeSchema, domainsSchema } from "../../http/reference.ts";
import {
  currencySchema,
  expectedVersionSchema,
  isoDateSchema,
  languageSchema,
  moneySchema,
  organizationKindsSchema,
  sdgsSchema,
  tagsSchema,
  visibilitySchema,
} from "../items/schema.ts";

export const stageSchema = z.enum(PROCUREMENT_STAGES);
export const challengeStatusSchema = z.enum(CHALLENGE_STATUSES);

const organizationSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  country: z.string(),
});

export const challengeSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    organization: organizationSummary,
    city: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).nullable(),
    title: z.string(),
    summary: z.string(),
    domains: z.array(z.string()),
    sdgs: z.array(z.number().int()),
    tags: z.array(z.string()),
    budget: z
      .object({ min: z.string().nullable(), max: z.string().nullable(), currency: z.string() })
      .nullable()
      .describe("Exact decimal strings in the given currency"),
    stage: stageSchema,
    startsOn: z.string().nullable(),
    deadline: z.string().nullable(),
    preferredPartnerKinds: z.array(z.string()),
    language: z.string(),
    visibility: visibilitySchema,
    status: challengeStatusSchema,
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Challenge" });
export type ChallengeResponse = z.infer<typeof challengeSchema>;

export const challengeDetailSchema = challengeSchema
  .extend({
    description: z.string().describe("Markdown source"),
    descriptionHtml: z.string().describe("Rendered and sanitized HTML"),
    contact: z.object({ id: z.uuid(), name: z.string(), title: z.string().nullable() }).nullable(),
    lists: z.array(z.object({ id: z.uuid(), slug: z.string(), title: z.string() })),
    canEdit: z.boolean(),
  })
  .meta({ id: "ChallengeDetail" });
export type ChallengeDetailResponse = z.infer<typeof challengeDetailSchema>;

export const listChallengesQuery = pageQuerySchema.extend({
  organization: z.uuid().optional(),
  status: challengeStatusSchema.optional(),
  stage: stageSchema.optional(),
  domain: areaCodeSchema.optional(),
  sort: z.enum(["-updatedAt", "updatedAt", "title", "-title"]).default("-updatedAt"),
});
export type ListChallengesQuery = z.infer<typeof listChallengesQuery>;
export const challengePageSchema = pageSchema(challengeSchema);

// No defaults here: an update must not reset the fields it leaves out (zod applies
// defaults inside .partial()); the service fills defaults on create.
const challengeFields = z.object({
  organizationId: z.uuid(),
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().max(600).optional(),
  description: z.string().max(20_000).optional(),
  domains: domainsSchema.optional(),
  sdgs: sdgsSchema.optional(),
  tags: tagsSchema.optional(),
  budgetMin: moneySchema.nullish(),
  budgetMax: moneySchema.nullish(),
  currency: currencySchema.nullish(),
  stage: stageSchema.optional(),
  startsOn: isoDateSchema.nullish(),
  deadline: isoDateSchema.nullish(),
  preferredPartnerKinds: organizationKindsSchema.optional(),
  language: languageSchema.optional(),
  contactPersonId: z.uuid().nullish(),
  visibility: visibilitySchema.optional(),
  status: challengeStatusSchema.optional(),
});

type Fields = {
  budgetMin?: string | null | undefined;
  budgetMax?: string | null | undefined;
  currency?: string | null | undefined;
  startsOn?: string | null | undefined;
  deadline?: string | null | undefined;
};

/** Cross-field rules, shared by create and the merged state of an update. */
export function challengeRuleIssues(value: Fields): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (value.budgetMin && value.budgetMax && Number(value.budgetMax) < Number(value.budgetMin)) {
    issues.push({ path: "budgetMax", message: "must not be below budgetMin" });
  }
  if ((value.budgetMin || value.budgetMax) && !value.currency) {
    issues.push({ path: "currency", message: "required with a budget" });
  }
  if (value.startsOn && value.deadline && value.deadline < value.startsOn) {
    issues.push({ path: "deadline", message: "must not be before startsOn" });
  }
  return issues;
}

export const createChallengeBody = challengeFields.superRefine((value, context) => {
  for (const issue of challengeRuleIssues(value)) {
    context.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  }
});
export type CreateChallengeInput = z.infer<typeof createChallengeBody>;

export const updateChallengeBody = challengeFields
  .omit({ organizationId: true })
  .partial()
  .extend({ expectedVersion: expectedVersionSchema });
export type UpdateChallengeInput = z.infer<typeof updateChallengeBody>;

export const challengeIdParams = z.object({ id: z.uuid() });
