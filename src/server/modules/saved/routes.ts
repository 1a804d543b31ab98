import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import { listSavedQuery, savedItemSchema, savedParams } from "./schema.ts";
import { listSaved, saveItem, unsaveItem } from "./service.ts";

const tags = ["saved"];

export const savedRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/me/saved",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Your bookmarks and follows",
        querystring: listSavedQuery,
        response: { 200: z.object({ items: z.array(savedItemSchema) }) },
      },
    },
    (request) => listSaved(actorContext(request), request.query.kind),
  );

  app.put(
    "/api/v1/me/saved/:kind/:type/:id",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Bookmark or follow an item",
        params: savedParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await saveItem(actorContext(request), request.params);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    "/api/v1/me/saved/:kind/:type/:id",
    {
      config: { access: "signed-in" },
      schema: { tags, params: savedParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await unsaveItem(actorContext(request), request.params);
      return reply.status(204).send(null);
    },
  );
};
