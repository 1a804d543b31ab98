import { z } from "zod";
import { LIST_STATUSES } from "../../db/schema/index.ts";
import { pageQuerySchema, pageSchema } from "../../http/pagination.ts";
import { domainsSchema } from "../../http/reference.ts";
import { challengeSchema } from "../challenges/schema.ts";
import { isoDateSchema } from "../items/schema.ts";

export const listSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    intro: z.string(),
    priorityAreas: z.array(z.string()),
    status: z.enum(LIST_STATUSES),
    publishedOn: z.string().nullable(),
    event: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).nullable(),
    stats: z.object({
      demands: z.number().int(),
      cities: z.number().int(),
      countries: z.number().int(),
    }),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "ChallengeList" });
export type ListResponse = z.infer<typeof listSchema>;

export const listDetailSchema = listSchema
  .extend({
    items: z.array(z.object({ position: z.number().int(), challenge: challengeSchema })),
    byDomain: z.array(z.object({ domain: z.string(), demands: z.number().int() })),
    byCountry: z.array(z.object({ country: z.string(), demands: z.number().int() })),
    canEdit: z.boolean(),
  })
  .meta({ id: "ChallengeListDetail" });
export type ListDetailResponse = z.infer<typeof listDetailSchema>;

export const listListsQuery = pageQuerySchema.extend({
  event: z.uuid().optional(),
  status: z.enum(LIST_STATUSES).optional(),
  sort: z.enum(["-updatedAt", "title"]).default("-updatedAt"),
});
export type ListListsQuery = z.infer<typeof listListsQuery>;
export const listPageSchema = pageSchema(listSchema);

export const createListBody = z.object({
  eventId: z.uuid().nullish(),
  title: z.string().trim().min(3).max(200),
  intro: z.string().max(10_000).optional(),
  priorityAreas: domainsSchema.optional(),
  challengeIds: z
    .array(z.uuid())
    .max(1000)
    .refine((ids) => new Set(ids).size === ids.length, "a challenge may appear once")
    .optional(),
});
export type CreateListInput = z.infer<typeof createListBody>;
export const updateListBody = createListBody.omit({ eventId: true }).partial();
export type UpdateListInput = z.infer<typeof updateListBody>;
export const publishListBody = z
  .object({
    publishedOn: isoDateSchema.optional().describe("Defaults to today"),
  })
  .default({});
export const listIdParams = z.object({ id: z.uuid() });
