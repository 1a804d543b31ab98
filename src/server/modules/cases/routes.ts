import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import { idOrSlugParams } from "../../http/reference.ts";
import { versionSchema } from "../items/schema.ts";
import {
  caseDetailSchema,
  caseIdParams,
  casePageSchema,
  createCaseBody,
  listCasesQuery,
  updateCaseBody,
} from "./schema.ts";
import {
  createCase,
  deleteCase,
  getCase,
  listCases,
  listCaseVersions,
  updateCase,
} from "./service.ts";

const tags = ["cases"];

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/cases",
    {
      config: { access: "public" },
      schema: { tags, querystring: listCasesQuery, response: { 200: casePageSchema } },
    },
    (request) => listCases(request.ctx, request.query),
  );

  app.get(
    "/api/v1/cases/:idOrSlug",
    {
      config: { access: "public" },
      schema: { tags, params: idOrSlugParams, response: { 200: caseDetailSchema } },
    },
    (request) => getCase(request.ctx, request.params.idOrSlug),
  );

  app.post(
    "/api/v1/cases",
    {
      config: { access: "signed-in" },
      schema: { tags, body: createCaseBody, response: { 201: caseDetailSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createCase(actorContext(request), request.body)),
  );

  app.patch(
    "/api/v1/cases/:id",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        params: caseIdParams,
        body: updateCaseBody,
        response: { 200: caseDetailSchema },
      },
    },
    (request) => updateCase(actorContext(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/cases/:id",
    {
      config: { access: "signed-in" },
      schema: { tags, params: caseIdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteCase(actorContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/cases/:id/versions",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Who changed the case and when (editors only)",
        params: caseIdParams,
        response: { 200: z.object({ items: z.array(versionSchema) }) },
      },
    },
    (request) => listCaseVersions(actorContext(request), request.params.id),
  );
};
