import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import { idOrSlugParams } from "../../http/reference.ts";
import {
  createOrganizationBody,
  listOrganizationsQuery,
  memberBody,
  memberParams,
  organizationDetailSchema,
  organizationIdParams,
  organizationPageSchema,
  updateOrganizationBody,
} from "./schema.ts";
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizations,
  removeMember,
  setMember,
  updateOrganization,
} from "./service.ts";

const tags = ["organizations"];

export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/organizations",
    {
      config: { access: "public" },
      schema: {
        tags,
        querystring: listOrganizationsQuery,
        response: { 200: organizationPageSchema },
      },
    },
    (request) => listOrganizations(request.ctx, request.query),
  );

  app.get(
    "/api/v1/organizations/:idOrSlug",
    {
      config: { access: "public" },
      schema: { tags, params: idOrSlugParams, response: { 200: organizationDetailSchema } },
    },
    (request) => getOrganization(request.ctx, request.params.idOrSlug),
  );

  app.post(
    "/api/v1/organizations",
    {
      config: { access: "signed-in" },
      schema: { tags, body: createOrganizationBody, response: { 201: organizationDetailSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createOrganization(actorContext(request), request.body)),
  );

  app.patch(
    "/api/v1/organizations/:id",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        params: organizationIdParams,
        body: updateOrganizationBody,
        response: { 200: organizationDetailSchema },
      },
    },
    (request) => updateOrganization(actorContext(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/organizations/:id",
    {
      config: { access: "platform-admin" },
      schema: { tags, params: organizationIdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteOrganization(actorContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    "/api/v1/organizations/:id/members/:personId",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Add a person to the organization or change their role",
        params: memberParams,
        body: memberBody,
        response: { 200: organizationDetailSchema },
      },
    },
    (request) =>
      setMember(
        actorContext(request),
        request.params.id,
        request.params.personId,
        request.body.role,
      ),
  );

  app.delete(
    "/api/v1/organizations/:id/members/:personId",
    {
      config: { access: "signed-in" },
      schema: { tags, params: memberParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await removeMember(actorContext(request), request.params.id, request.params.personId);
      return reply.status(204).send(null);
    },
  );
};
