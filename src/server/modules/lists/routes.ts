import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import { idOrSlugParams } from "../../http/reference.ts";
import {
  createListBody,
  listDetailSchema,
  listIdParams,
  listListsQuery,
  listPageSchema,
  publishListBody,
  updateListBody,
} from "./schema.ts";
import {
  createList,
  deleteList,
  exportListCsv,
  getList,
  listLists,
  publishList,
  updateList,
} from "./service.ts";

const tags = ["lists"];

export const listRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/lists",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Lists of City Challenges & Opportunities",
        querystring: listListsQuery,
        response: { 200: listPageSchema },
      },
    },
    (request) => listLists(request.ctx, request.query),
  );

  app.get(
    "/api/v1/lists/:idOrSlug",
    {
      config: { access: "public" },
      schema: { tags, params: idOrSlugParams, response: { 200: listDetailSchema } },
    },
    (request) => getList(request.ctx, request.params.idOrSlug),
  );

  app.get(
    "/api/v1/lists/:idOrSlug/export.csv",
    {
      config: { access: "public" },
      schema: { tags, params: idOrSlugParams, response: { 200: z.string().describe("CSV") } },
    },
    async (request, reply) => {
      const { filename, csv } = await exportListCsv(request.ctx, request.params.idOrSlug);
      void reply.header("content-disposition", `attachment; filename="${filename}"`);
      return reply
        .type("text/csv; charset=utf-8")
        .serializer((body: string) => body)
        .send(csv);
    },
  );

  app.post(
    "/api/v1/lists",
    {
      config: { access: "signed-in" },
      schema: { tags, body: createListBody, response: { 201: listDetailSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createList(actorContext(request), request.body)),
  );

  app.patch(
    "/api/v1/lists/:id",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        params: listIdParams,
        body: updateListBody,
        response: { 200: listDetailSchema },
      },
    },
    (request) => updateList(actorContext(request), request.params.id, request.body),
  );

  app.post(
    "/api/v1/lists/:id/publish",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        params: listIdParams,
        body: publishListBody,
        response: { 200: listDetailSchema },
      },
    },
    (request) => publishList(actorContext(request), request.params.id, request.body.publishedOn),
  );

  app.delete(
    "/api/v1/lists/:id",
    {
      config: { access: "signed-in" },
      schema: { tags, params: listIdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteList(actorContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
