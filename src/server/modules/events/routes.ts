import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import { idOrSlugParams } from "../../http/reference.ts";
import {
  createEventBody,
  createParticipationBody,
  eventDetailSchema,
  eventIdParams,
  eventPageSchema,
  listEventsQuery,
  listParticipationsQuery,
  participationPageSchema,
  participationParams,
  participationSchema,
  registerBody,
  updateEventBody,
} from "./schema.ts";
import {
  addParticipation,
  createEvent,
  deleteEvent,
  getEvent,
  listEvents,
  listParticipations,
  registerForEvent,
  removeParticipation,
  updateEvent,
} from "./service.ts";

const tags = ["events"];

export const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/events",
    {
      config: { access: "public" },
      schema: { tags, querystring: listEventsQuery, response: { 200: eventPageSchema } },
    },
    (request) => listEvents(request.ctx, request.query),
  );

  app.get(
    "/api/v1/events/:idOrSlug",
    {
      config: { access: "public" },
      schema: { tags, params: idOrSlugParams, response: { 200: eventDetailSchema } },
    },
    (request) => getEvent(request.ctx, request.params.idOrSlug),
  );

  app.post(
    "/api/v1/events",
    {
      config: { access: "platform-admin" },
      schema: { tags, body: createEventBody, response: { 201: eventDetailSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createEvent(actorContext(request), request.body)),
  );

  app.patch(
    "/api/v1/events/:id",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        params: eventIdParams,
        body: updateEventBody,
        response: { 200: eventDetailSchema },
      },
    },
    (request) => updateEvent(actorContext(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/events/:id",
    {
      config: { access: "platform-admin" },
      schema: { tags, params: eventIdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteEvent(actorContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/events/:id/participations",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        params: eventIdParams,
        querystring: listParticipationsQuery,
        response: { 200: participationPageSchema },
      },
    },
    (request) => listParticipations(actorContext(request), request.params.id, request.query),
  );

  app.post(
    "/api/v1/events/:id/participations",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        params: eventIdParams,
        body: createParticipationBody,
        response: { 201: participationSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addParticipation(actorContext(request), request.params.id, request.body)),
  );

  app.post(
    "/api/v1/events/:id/register",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Register yourself for a published edition",
        params: eventIdParams,
        body: registerBody,
        response: { 201: participationSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await registerForEvent(actorContext(request), request.params.id, request.body.role)),
  );

  app.delete(
    "/api/v1/events/:id/participations/:participationId",
    {
      config: { access: "signed-in" },
      schema: { tags, params: participationParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await removeParticipation(
        actorContext(request),
        request.params.id,
        request.params.participationId,
      );
      return reply.status(204).send(null);
    },
  );
};
