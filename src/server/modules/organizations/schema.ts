import { z } from "zod";
import { ORGANIZATION_KINDS, ORGANIZATION_ROLES } from "../../db/schema/index.ts";
import { pageQuerySchema, pageSchema } from "../../http/pagination.ts";
import {
  areaCodeSchema,
  countryCodeSchema,
  domainsSchema,
  slugSchema,
  urlSchema,
} from "../../http/reference.ts";

export const organizationKindSchema = z.enum(ORGANIZATION_KINDS);

export const organizationRefSchema = z
  .object({ id: z.uuid(), slug: z.string(), name: z.string(), kind: organizationKindSchema })
  .meta({ id: "OrganizationRef" });

const cityRefSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  country: z.string(),
});

export const organizationSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    kind: organizationKindSchema,
    name: z.string(),
    country: z.string(),
    cityId: z.uuid().nullable(),
    cityName: z.string().nullable(),
    website: z.string().nullable(),
    description: z.string(),
    logoUrl: z.string().nullable(),
    domains: z.array(z.string()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Organization" });
export type OrganizationResponse = z.infer<typeof organizationSchema>;

export const organizationDetailSchema = organizationSchema
  .extend({
    city: cityRefSchema.nullable(),
    representsCity: cityRefSchema.nullable(),
    members: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        title: z.string().nullable(),
        role: z.enum(ORGANIZATION_ROLES),
      }),
    ),
    canEdit: z.boolean(),
  })
  .meta({ id: "OrganizationDetail" });
export type OrganizationDetailResponse = z.infer<typeof organizationDetailSchema>;

export const listOrganizationsQuery = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  kind: organizationKindSchema.optional(),
  country: countryCodeSchema.optional(),
  domain: areaCodeSchema.optional(),
  city: z.uuid().optional(),
  sort: z.enum(["name", "-name", "createdAt", "-createdAt"]).default("name"),
});
export type ListOrganizationsQuery = z.infer<typeof listOrganizationsQuery>;

export const organizationPageSchema = pageSchema(organizationSchema);

export const createOrganizationBody = z.object({
  kind: organizationKindSchema,
  name: z.string().trim().min(2).max(200),
  slug: slugSchema.optional(),
  country: countryCodeSchema,
  cityId: z.uuid().nullish(),
  cityName: z.string().trim().max(200).nullish(),
  website: urlSchema.nullish(),
  description: z.string().max(10_000).optional(),
  logoUrl: urlSchema.nullish(),
  domains: domainsSchema.optional(),
});
export type CreateOrganizationInput = z.infer<typeof createOrganizationBody>;

export const updateOrganizationBody = createOrganizationBody.partial();
export type UpdateOrganizationInput = z.infer<typeof updateOrganizationBody>;

export const organizationIdParams = z.object({ id: z.uuid() });
export const memberParams = z.object({ id: z.uuid(), personId: z.uuid() });
export const memberBody = z.object({ role: z.enum(ORGANIZATION_ROLES) });
