import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import { idOrSlugParams } from "../../http/reference.ts";
import { versionSchema } from "../items/schema.ts";
import {
  createSolutionBody,
  listSolutionsQuery,
  solutionDetailSchema,
  solutionIdParams,
  solutionPageSchema,
  updateSolutionBody,
} from "./schema.ts";
import {
  createSolution,
  deleteSolution,
  getSolution,
  listSolutions,
  listSolutionVersions,
  updateSolution,
} from "./service.ts";

const tags = ["solutions"];

export const solutionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/solutions",
    {
      config: { access: "public" },
      schema: { tags, querystring: listSolutionsQuery, response: { 200: solutionPageSchema } },
    },
    (request) => listSolutions(request.ctx, request.query),
  );

  app.get(
    "/api/v1/solutions/:idOrSlug",
    {
      config: { access: "public" },
      schema: { tags, params: idOrSlugParams, response: { 200: solutionDetailSchema } },
    },
    (request) => getSolution(request.ctx, request.params.idOrSlug),
  );

  app.post(
    "/api/v1/solutions",
    {
      config: { access: "signed-in" },
      schema: { tags, body: createSolutionBody, response: { 201: solutionDetailSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createSolution(actorContext(request), request.body)),
  );

  app.patch(
    "/api/v1/solutions/:id",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        params: solutionIdParams,
        body: updateSolutionBody,
        response: { 200: solutionDetailSchema },
      },
    },
    (request) => updateSolution(actorContext(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/solutions/:id",
    {
      config: { access: "signed-in" },
      schema: { tags, params: solutionIdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteSolution(actorContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/solutions/:id/versions",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Who changed the solution and when (editors only)",
        params: solutionIdParams,
        response: { 200: z.object({ items: z.array(versionSchema) }) },
      },
    },
    (request) => listSolutionVersions(actorContext(request), request.params.id),
  );
};
