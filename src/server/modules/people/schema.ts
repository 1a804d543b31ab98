import { z } from "zod";
import { LOCALES, ORGANIZATION_ROLES } from "../../db/schema/index.ts";
import { pageQuerySchema, pageSchema } from "../../http/pagination.ts";

export const localeSchema = z.enum(LOCALES);
export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "a language code such as en, es or zh-CN");

export const personSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    title: z.string().nullable(),
    organizationId: z.uuid().nullable(),
    organizationName: z.string().nullable(),
    organizationRole: z.enum(ORGANIZATION_ROLES).nullable(),
    email: z.string().nullable().describe("Null when the viewer may not see it"),
    languages: z.array(z.string()),
    locale: localeSchema,
    bio: z.string(),
    isPlatformAdmin: z.boolean(),
    hasAccount: z.boolean(),
  })
  .meta({ id: "Person" });
export type PersonResponse = z.infer<typeof personSchema>;

export const personNameSchema = z.string().trim().min(1).max(200);
export const emailSchema = z
  .email()
  .max(254)
  .transform((email) => email.toLowerCase());
export const passwordSchema = z
  .string()
  .min(12, "at least 12 characters")
  .max(200, "at most 200 characters");

export const listPeopleQuery = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  organization: z.uuid().optional(),
  sort: z.enum(["name", "-name", "createdAt", "-createdAt"]).default("name"),
});

export const personPageSchema = pageSchema(personSchema);

export const personIdParams = z.object({ id: z.uuid() });

export const createPersonBody = z.object({
  name: personNameSchema,
  title: z.string().trim().max(200).nullish(),
  email: emailSchema.nullish(),
  password: passwordSchema.optional(),
  organizationId: z.uuid().nullish(),
  organizationRole: z.enum(ORGANIZATION_ROLES).nullish(),
  isPlatformAdmin: z.boolean().optional(),
  languages: z.array(languageCodeSchema).max(20).optional(),
  locale: localeSchema.optional(),
  bio: z.string().max(5000).optional(),
});
export type CreatePersonInput = z.infer<typeof createPersonBody>;

export const updatePersonBody = createPersonBody.partial();
export type UpdatePersonInput = z.infer<typeof updatePersonBody>;
