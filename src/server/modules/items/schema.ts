import { z } from "zod";
import { ORGANIZATION_KINDS, VISIBILITIES } from "../../db/schema/index.ts";

export const visibilitySchema = z.enum(VISIBILITIES);

export const sdgsSchema = z
  .array(z.number().int().min(1).max(17))
  .max(17)
  .transform((numbers) => [...new Set(numbers)].sort((a, b) => a - b));

export const tagsSchema = z
  .array(z.string().trim().min(1).max(40))
  .max(20)
  .transform((tags) => [...new Set(tags.map((tag) => tag.toLowerCase()))]);

const currencies = new Set(Intl.supportedValuesOf("currency"));
export const currencySchema = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .refine((code) => currencies.has(code), "an ISO 4217 currency code such as USD, EUR or CNY");

/**
 * Money as an exact decimal string with at most two decimals ("1250000.50"); numbers
 * are accepted and converted. Stored as numeric(16,2), so never a float in between.
 */
export const moneySchema = z.union([z.string().trim(), z.number()]).transform((value, context) => {
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value;
  if (/^-/.test(text)) {
    context.addIssue({ code: "custom", message: "must not be negative" });
    return z.NEVER;
  }
  if (!/^\d{1,14}(\.\d{1,2})?$/.test(text)) {
    context.addIssue({ code: "custom", message: "a decimal amount such as 250000 or 1250.50" });
    return z.NEVER;
  }
  const [whole = "0", fraction = ""] = text.split(".");
  return `${BigInt(whole).toString()}.${fraction.padEnd(2, "0")}`;
});

export const isoDateSchema = z.iso.date().describe("YYYY-MM-DD");
export const organizationKindsSchema = z.array(z.enum(ORGANIZATION_KINDS)).max(7);
export const languageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "a language code such as en, es or zh");

export const versionSchema = z
  .object({
    version: z.number().int(),
    changedAt: z.iso.datetime(),
    changedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: "ItemVersion" });

export const expectedVersionSchema = z
  .number()
  .int()
  .min(1)
  .optional()
  .describe("The version you edited; a newer one on the server makes the update a 409");
