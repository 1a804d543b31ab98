import { z } from "zod";

export const platformStatsSchema = z
  .object({
    cities: z.number().int(),
    countries: z.number().int(),
    continents: z.number().int(),
    organizations: z.number().int(),
    organizationsByKind: z.record(z.string(), z.number().int()),
    people: z.number().int(),
    events: z.number().int().describe("Published and archived editions"),
  })
  .meta({ id: "PlatformStats" });
export type PlatformStats = z.infer<typeof platformStatsSchema>;
