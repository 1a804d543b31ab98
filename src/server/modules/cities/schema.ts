import { z } from "zod";
import { CONTINENTS } from "../../db/schema/index.ts";
import { pageQuerySchema, pageSchema } from "../../http/pagination.ts";
import { countryCodeSchema, slugSchema, timeZoneSchema } from "../../http/reference.ts";
import { organizationRefSchema } from "../organizations/schema.ts";

export const continentSchema = z.enum(CONTINENTS);

export const citySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    country: z.string(),
    province: z.string().nullable(),
    continent: continentSchema,
    population: z.number().int(),
    latitude: z.number(),
    longitude: z.number(),
    timeZone: z.string(),
    organizationId: z.uuid().nullable(),
  })
  .meta({ id: "City" });
export type CityResponse = z.infer<typeof citySchema>;

export const eventRefSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    status: z.string(),
  })
  .meta({ id: "EventRef" });

export const cityDetailSchema = citySchema
  .extend({
    organization: organizationRefSchema.nullable(),
    organizations: z.array(organizationRefSchema),
    events: z.array(eventRefSchema),
    canEdit: z.boolean(),
  })
  .meta({ id: "CityDetail" });
export type CityDetailResponse = z.infer<typeof cityDetailSchema>;

export const listCitiesQuery = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  country: countryCodeSchema.optional(),
  continent: continentSchema.optional(),
  minPopulation: z.coerce.number().int().min(0).optional(),
  maxPopulation: z.coerce.number().int().min(0).optional(),
  sort: z.enum(["name", "-name", "population", "-population"]).default("name"),
});
export type ListCitiesQuery = z.infer<typeof listCitiesQuery>;

export const cityPageSchema = pageSchema(citySchema);

export const createCityBody = z.object({
  name: z.string().trim().min(1).max(200),
  slug: slugSchema.optional(),
  country: countryCodeSchema,
  province: z.string().trim().max(200).nullish(),
  continent: continentSchema.optional().describe("Derived from the country when omitted"),
  population: z.number().int().min(0).max(100_000_000),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  timeZone: timeZoneSchema,
  organizationId: z.uuid().nullish(),
});
export type CreateCityInput = z.infer<typeof createCityBody>;

export const updateCityBody = createCityBody.partial();
export type UpdateCityInput = z.infer<typeof updateCityBody>;

export const cityIdParams = z.object({ id: z.uuid() });
