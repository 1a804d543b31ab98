import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import { idOrSlugParams } from "../../http/reference.ts";
import { versionSchema } from "../items/schema.ts";
import {
  challengeDetailSchema,
  challengeIdParams,
  challengePageSchema,
  createChallengeBody,
  listChallengesQuery,
  updateChallengeBody,
} from "./schema.ts";
import {
  createChallenge,
  deleteChallenge,
  getChallenge,
  listChallenges,
  listChallengeVersions,
  updateChallenge,
} from "./service.ts";

const tags = ["challenges"];

export const challengeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/challenges",
    {
      config: { access: "public" },
      schema: { tags, querystring: listChallengesQuery, response: { 200: challengePageSchema } },
    },
    (request) => listChallenges(request.ctx, request.query),
  );

  app.get(
    "/api/v1/challenges/:idOrSlug",
    {
      config: { access: "public" },
      schema: { tags, params: idOrSlugParams, response: { 200: challengeDetailSchema } },
    },
    (request) => getChallenge(request.ctx, request.params.idOrSlug),
  );

  app.post(
    "/api/v1/challenges",
    {
      config: { access: "signed-in" },
      schema: { tags, body: createChallengeBody, response: { 201: challengeDetailSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createChallenge(actorContext(request), request.body)),
  );

  app.patch(
    "/api/v1/challenges/:id",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        params: challengeIdParams,
        body: updateChallengeBody,
        response: { 200: challengeDetailSchema },
      },
    },
    (request) => updateChallenge(actorContext(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/challenges/:id",
    {
      config: { access: "signed-in" },
      schema: { tags, params: challengeIdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteChallenge(actorContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/challenges/:id/versions",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Who changed the challenge and when (editors only)",
        params: challengeIdParams,
        response: { 200: z.object({ items: z.array(versionSchema) }) },
      },
    },
    (request) => listChallengeVersions(actorContext(request), request.params.id),
  );
};
