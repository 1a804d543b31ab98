import { z } from "zod";
import { currencySchema } from "../connections/schema.ts";

export const exchangeRateSchema = z
  .object({
    currency: z.string(),
    validFrom: z.iso.date(),
    usdPerUnit: z.string().describe("US dollars per unit of the currency, exact decimal"),
  })
  .meta({ id: "ExchangeRate" });

export const exchangeRateParams = z.object({ currency: currencySchema, validFrom: z.iso.date() });

export const exchangeRateBody = z.object({
  usdPerUnit: z
    .string()
    .regex(/^\d{1,10}(\.\d{1,10})?$/, "a positive decimal such as 1.0825")
    .refine((value) => Number(value) > 0, "must be more than zero"),
});
