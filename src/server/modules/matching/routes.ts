import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import { idOrSlugParams } from "../../http/reference.ts";
import { resolveEventId } from "../outcomes/service.ts";
import {
  counterpartsSchema,
  matchQuerySchema,
  matchWeightsBody,
  matchWeightsSchema,
  peopleToMeetSchema,
  recommendationsSchema,
  savedPairsSchema,
  verdictBody,
} from "./schema.ts";
import {
  challengeMatches,
  getMatchWeights,
  judgePair,
  organizationMatches,
  peopleToMeet,
  savedPairs,
  setMatchWeights,
  solutionMatches,
} from "./service.ts";

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

  app.put(
    "/api/v1/me/match-verdicts",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Dismiss or save a suggested challenge–solution pair (or forget the verdict)",
        body: verdictBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { verdict, ...pair } = request.body;
      await judgePair(actorContext(request), pair, verdict);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/me/match-verdicts/saved",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "The suggested pairs you saved",
        response: { 200: savedPairsSchema },
      },
    },
    (request) => savedPairs(actorContext(request)),
  );

  app.get(
    "/api/v1/organizations/:idOrSlug/matches",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary:
          "An organization's best counterparts, from its open challenges' and its solutions' matches",
        params: idOrSlugParams,
        querystring: matchQuerySchema,
        response: { 200: counterpartsSchema },
      },
    },
    (request) => organizationMatches(request.ctx, request.params.idOrSlug, request.query.limit),
  );

  app.get(
    "/api/v1/events/:idOrSlug/people-to-meet",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "People at an edition worth meeting for your organization, and why",
        params: idOrSlugParams,
        querystring: matchQuerySchema,
        response: { 200: peopleToMeetSchema },
      },
    },
    async (request) =>
      peopleToMeet(
        actorContext(request),
        await resolveEventId(request.ctx.db, request.params.idOrSlug),
        request.query.limit,
      ),
  );

  app.get(
    "/api/v1/match-weights",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "The weights of the match score's parts (public: scores should be explainable)",
        response: { 200: matchWeightsSchema },
      },
    },
    (request) => getMatchWeights(request.ctx),
  );

  app.put(
    "/api/v1/match-weights",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Tune the weights of the match score's parts (organizers, platform admins)",
        body: matchWeightsBody,
        response: { 200: matchWeightsSchema },
      },
    },
    (request) => setMatchWeights(actorContext(request), request.body.weights),
  );
};
