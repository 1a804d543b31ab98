import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import {
  connectionActionSchema,
  connectionDetailSchema,
  connectionPageSchema,
  connectionSchema,
  createConnectionSchema,
  listConnectionsQuery,
  markReadSchema,
  notificationListSchema,
} from "./schema.ts";
import {
  actOnConnection,
  getConnection,
  listConnections,
  listNotifications,
  readNotifications,
  requestConnection,
} from "./service.ts";

const tags = ["connections"];
const idParams = z.object({ id: z.uuid() });

export const connectionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/connections",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Ask another organization to connect (about a challenge, a solution, an edition)",
        body: createConnectionSchema,
        response: { 201: connectionSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requestConnection(actorContext(request), request.body)),
  );

  app.get(
    "/api/v1/connections",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Your organization's connections, or an edition's for its organizers",
        querystring: listConnectionsQuery,
        response: { 200: connectionPageSchema },
      },
    },
    (request) => listConnections(actorContext(request), request.query),
  );

  app.get(
    "/api/v1/connections/:id",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "A connection with every step taken (parties, the edition's organizers, admins)",
        params: idParams,
        response: { 200: connectionDetailSchema },
      },
    },
    (request) => getConnection(actorContext(request), request.params.id),
  );

  app.post(
    "/api/v1/connections/:id/actions",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary:
          "Take the next step: accept, decline, withdraw, record a meeting, propose or confirm an intention or a contract, close",
        params: idParams,
        body: connectionActionSchema,
        response: { 200: connectionSchema },
      },
    },
    (request) => actOnConnection(actorContext(request), request.params.id, request.body),
  );

  app.get(
    "/api/v1/me/notifications",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Your inbox, newest first, with the unread count",
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: notificationListSchema },
      },
    },
    (request) => listNotifications(actorContext(request), request.query.limit),
  );

  app.post(
    "/api/v1/me/notifications/read",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Mark notifications read (all of them when no ids are given)",
        body: markReadSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await readNotifications(actorContext(request), request.body.ids);
      return reply.status(204).send(null);
    },
  );
};
