import { z } from "zod";

export const stageCountsSchema = z.object({
  pairs: z.number().int().describe("connections accepted (pairs connected)"),
  meetings: z.number().int().describe("connections that reached a held meeting"),
  intentions: z.number().int().describe("connections that reached a confirmed intention"),
  contracts: z.number().int().describe("connections with a confirmed signed contract"),
  valueUsd: z.string().nullable().describe("total contract value in US dollars, two decimals"),
  unconverted: z.number().int().describe("contracts in a currency with no exchange rate yet"),
});

const breakdownSchema = z.array(stageCountsSchema.extend({ key: z.string() }));

export const BREAKDOWNS = [
  "domain",
  "country",
  "region",
  "providerKind",
  "city",
  "provider",
] as const;

export const outcomesSchema = z
  .object({
    funnel: stageCountsSchema.extend({
      requests: z.number().int(),
      conversion: z.object({
        meetingsPerPair: z.number().nullable(),
        intentionsPerMeeting: z.number().nullable(),
        contractsPerIntention: z.number().nullable(),
      }),
    }),
    breakdowns: z.object(
      Object.fromEntries(BREAKDOWNS.map((name) => [name, breakdownSchema])) as Record<
        (typeof BREAKDOWNS)[number],
        typeof breakdownSchema
      >,
    ),
    timeline: z.array(
      z.object({
        day: z.string(),
        requests: z.number().int(),
        pairs: z.number().int(),
        meetings: z.number().int(),
        intentions: z.number().int(),
        contracts: z.number().int(),
      }),
    ),
  })
  .meta({ id: "Outcomes" });
export type Outcomes = z.infer<typeof outcomesSchema>;

/** What anyone may see: counts, and values only where at least 3 deals stand behind them. */
export const publicOutcomesSchema = z
  .object({
    pairs: z.number().int(),
    meetings: z.number().int(),
    intentions: z.number().int(),
    contracts: z.number().int(),
    valueUsd: z.string().nullable().describe("null when fewer than 3 contracts stand behind it"),
    byDomain: z.array(
      z.object({
        key: z.string(),
        pairs: z.number().int(),
        contracts: z.number().int(),
        valueUsd: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "PublicOutcomes" });
export type PublicOutcomes = z.infer<typeof publicOutcomesSchema>;

export const outcomesCsvQuery = z.object({
  table: z.enum(["funnel", "timeline", ...BREAKDOWNS]).default("funnel"),
});
