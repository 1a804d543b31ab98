import { countries } from "countries-list";
import { z } from "zod";
import { AREA_CODES } from "../db/schema/index.ts";

/** ISO 3166-1 alpha-2 country codes known to the countries-list package. */
export const countryCodeSchema = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .refine((code) => code in countries, "an ISO 3166-1 alpha-2 country code such as ES or CN");

export function continentOfCountry(code: string): string | null {
  return (countries as Record<string, { continent: string }>)[code]?.continent ?? null;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}
// ICU accepts canonical IANA names and their aliases (Asia/Calcutta as well as Asia/Kolkata).
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, "an IANA time zone such as Europe/Madrid");

export const areaCodeSchema = z.enum(AREA_CODES);
export const domainsSchema = z
  .array(areaCodeSchema)
  .max(AREA_CODES.length)
  .transform((codes) => [...new Set(codes)]);

export const slugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase letters, digits and single hyphens");

export const urlSchema = z
  .url({ protocol: /^https?$/ })
  .max(500)
  .describe("An http(s) URL");

/** A path parameter that is either a UUID or a slug. */
export const idOrSlugParams = z.object({
  idOrSlug: z.string().min(1).max(100),
});

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads an `:idOrSlug` path value as the lookup key it is. */
export function idOrSlugKey(value: string): { id: string } | { slug: string } {
  return uuidPattern.test(value) ? { id: value } : { slug: value };
}
