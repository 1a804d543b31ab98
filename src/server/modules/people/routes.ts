import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import {
  createPersonBody,
  listPeopleQuery,
  personIdParams,
  personPageSchema,
  personSchema,
  updatePersonBody,
} from "./schema.ts";
import { createPerson, deletePerson, getPerson, listPeople, updatePerson } from "./service.ts";

const tags = ["people"];

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/people",
    {
      config: { access: "signed-in" },
      schema: { tags, querystring: listPeopleQuery, response: { 200: personPageSchema } },
    },
    (request) => listPeople(request.ctx, request.query),
  );

  app.get(
    "/api/v1/people/:id",
    {
      config: { access: "signed-in" },
      schema: { tags, params: personIdParams, response: { 200: personSchema } },
    },
    (request) => getPerson(request.ctx, request.params.id),
  );

  app.post(
    "/api/v1/people",
    {
      config: { access: "platform-admin" },
      schema: { tags, body: createPersonBody, response: { 201: personSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createPerson(actorContext(request), request.body)),
  );

  app.patch(
    "/api/v1/people/:id",
    {
      config: { access: "platform-admin" },
      schema: {
        tags,
        params: personIdParams,
        body: updatePersonBody,
        response: { 200: personSchema },
      },
    },
    (request) => updatePerson(actorContext(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/people/:id",
    {
      config: { access: "platform-admin" },
      schema: { tags, params: personIdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deletePerson(actorContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
