import { z } from "zod";
import { MATCH_PARTS, type MatchPart } from "../../../core/matching/score.ts";
import { ITEM_TYPES } from "../../db/schema/index.ts";

export const matchQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const matchSchema = z
  .object({
    score: z.number().describe("0-100"),
    parts: z.array(
      z.object({
        part: z.enum(MATCH_PARTS),
        value: z.number().describe("0-1, before weighting"),
        weight: z.number(),
        points: z.number().describe("this part's share of the score, in score points"),
      }),
    ),
    reasons: z.array(
      z.object({
        code: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])),
        text: z.string(),
      }),
    ),
  })
  .meta({ id: "Match" });

export const recommendationSchema = z
  .object({
    item: z.object({
      type: z.enum(ITEM_TYPES),
      id: z.uuid(),
      slug: z.string(),
      title: z.string(),
      organization: z.object({ id: z.uuid(), name: z.string() }),
      country: z.string(),
    }),
    match: matchSchema,
    saved: z.boolean().describe("you saved this pair (dismissed pairs are left out)"),
  })
  .meta({ id: "Recommendation" });

export const recommendationsSchema = z.object({ items: z.array(recommendationSchema) });
export type Recommendations = z.infer<typeof recommendationsSchema>;

export const verdictBody = z.object({
  challengeId: z.uuid(),
  solutionId: z.uuid(),
  verdict: z.enum(["dismissed", "saved"]).nullable().describe("null forgets the verdict"),
});

const ref = z.object({ id: z.uuid(), slug: z.string(), title: z.string() });
export const savedPairsSchema = z.object({
  items: z.array(z.object({ challenge: ref, solution: ref, savedAt: z.iso.datetime() })),
});

const reasonSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  text: z.string(),
});

export const counterpartSchema = z
  .object({
    organization: z.object({
      id: z.uuid(),
      name: z.string(),
      kind: z.string(),
      country: z.string(),
    }),
    score: z.number().describe("the best pair's score"),
    pairCount: z.number().int().describe("how many of the two organizations' items match"),
    pairs: z
      .array(
        z.object({
          challenge: ref,
          solution: ref,
          score: z.number(),
          reasons: z.array(reasonSchema),
        }),
      )
      .describe("the best three pairs"),
  })
  .meta({ id: "Counterpart" });
export const counterpartsSchema = z.object({ items: z.array(counterpartSchema) });
export type Counterparts = z.infer<typeof counterpartsSchema>;

export const peopleToMeetSchema = z.object({
  items: z.array(
    counterpartSchema.extend({
      people: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.string() })),
    }),
  ),
});

const weightsShape = Object.fromEntries(
  MATCH_PARTS.map((part) => [part, z.number().min(0).max(1)]),
) as Record<MatchPart, z.ZodNumber>;

export const matchWeightsBody = z
  .object({ weights: z.object(weightsShape).strict() })
  .refine((body) => Object.values(body.weights).some((weight) => weight > 0), {
    message: "at least one part needs a weight above zero",
    path: ["weights"],
  });

export const matchWeightsSchema = z
  .object({
    weights: z.object(weightsShape),
    defaults: z.object(weightsShape),
    tuned: z.boolean().describe("false: the engine's defaults are in use"),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "MatchWeights" });
