import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idOrSlugParams } from "../../http/reference.ts";
import { matchQuerySchema, recommendationsSchema } from "./schema.ts";
import { challengeMatches, solutionMatches } from "./service.ts";

const tags = ["matching"];

export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/challenges/:idOrSlug/matches",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "The solutions that best answer a challenge, with scores and reasons",
        params: idOrSlugParams,
        querystring: matchQuerySchema,
        response: { 200: recommendationsSchema },
      },
    },
    (request) => challengeMatches(request.ctx, request.params.idOrSlug, request.query.limit),
  );

  app.get(
    "/api/v1/solutions/:idOrSlug/matches",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "The open challenges a solution answers best, with scores and reasons",
        params: idOrSlugParams,
        querystring: matchQuerySchema,
        response: { 200: recommendationsSchema },
      },
    },
    (request) => solutionMatches(request.ctx, request.params.idOrSlug, request.query.limit),
  );
};
