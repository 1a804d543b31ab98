import { z } from "zod";
import { ORGANIZATION_ROLES } from "../../db/schema/index.ts";
import {
  emailSchema,
  languageCodeSchema,
  localeSchema,
  passwordSchema,
  personNameSchema,
  personSchema,
} from "../people/schema.ts";

export const signUpBody = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
  locale: localeSchema.optional(),
});
export type SignUpInput = z.infer<typeof signUpBody>;

export const signInBody = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const meSchema = z
  .object({
    person: personSchema,
    platformAdmin: z.boolean(),
    organization: z
      .object({
        id: z.uuid(),
        slug: z.string(),
        name: z.string(),
        role: z.enum(ORGANIZATION_ROLES),
      })
      .nullable(),
    organizerOf: z.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string() })),
  })
  .meta({ id: "Me" });
export type MeResponse = z.infer<typeof meSchema>;

export const updateMeBody = z.object({
  name: personNameSchema.optional(),
  title: z.string().trim().max(200).nullish(),
  languages: z.array(languageCodeSchema).max(20).optional(),
  locale: localeSchema.optional(),
  bio: z.string().max(5000).optional(),
});
export type UpdateMeInput = z.infer<typeof updateMeBody>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export const csrfSchema = z.object({ token: z.string() });

export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "ApiToken" });
export type ApiTokenResponse = z.infer<typeof apiTokenSchema>;

export const createApiTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

export const createdApiTokenSchema = z.object({
  token: z.string().describe("Shown once; send as `Authorization: Bearer <token>`"),
  item: apiTokenSchema,
});

export const apiTokenIdParams = z.object({ id: z.uuid() });
