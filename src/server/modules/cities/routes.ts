import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import { idOrSlugParams } from "../../http/reference.ts";
import {
  cityDetailSchema,
  cityIdParams,
  cityPageSchema,
  createCityBody,
  listCitiesQuery,
  updateCityBody,
} from "./schema.ts";
import { createCity, deleteCity, getCity, listCities, updateCity } from "./service.ts";

const tags = ["cities"];

export const cityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/cities",
    {
      config: { access: "public" },
      schema: { tags, querystring: listCitiesQuery, response: { 200: cityPageSchema } },
    },
    (request) => listCities(request.ctx, request.query),
  );

  app.get(
    "/api/v1/cities/:idOrSlug",
    {
      config: { access: "public" },
      schema: { tags, params: idOrSlugParams, response: { 200: cityDetailSchema } },
    },
    (request) => getCity(request.ctx, request.params.idOrSlug),
  );

  app.post(
    "/api/v1/cities",
    {
      config: { access: "platform-admin" },
      schema: { tags, body: createCityBody, response: { 201: cityDetailSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createCity(actorContext(request), request.body)),
  );

  app.patch(
    "/api/v1/cities/:id",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        params: cityIdParams,
        body: updateCityBody,
        response: { 200: cityDetailSchema },
      },
    },
    (request) => updateCity(actorContext(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/cities/:id",
    {
      config: { access: "platform-admin" },
      schema: { tags, params: cityIdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteCity(actorContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
