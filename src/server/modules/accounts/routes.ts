import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import {
  apiTokenIdParams,
  apiTokenSchema,
  changePasswordBody,
  createApiTokenBody,
  createdApiTokenSchema,
  csrfSchema,
  meSchema,
  signInBody,
  signUpBody,
  updateMeBody,
} from "./schema.ts";
import {
  changePassword,
  createApiToken,
  getMe,
  listApiTokens,
  type NewSession,
  revokeApiToken,
  signIn,
  signOut,
  signUp,
  updateMe,
} from "./service.ts";

export const SESSION_COOKIE = "cm_session";
const tags = ["accounts"];

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, session: NewSession) {
  void reply.setCookie(SESSION_COOKIE, session.token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    expires: session.expiresAt,
  });
}

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/auth/csrf",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "A CSRF token to send as x-csrf-token on cookie-authenticated writes",
        response: { 200: csrfSchema },
      },
    },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.post(
    "/api/v1/auth/sign-up",
    {
      config: { access: "public" },
      schema: { tags, body: signUpBody, response: { 201: meSchema } },
    },
    async (request, reply) => {
      const session = await signUp(
        request.ctx,
        request.body,
        request.headers["user-agent"] ?? null,
      );
      setSessionCookie(request, reply, session);
      return reply.status(201).send(session.me);
    },
  );

  app.post(
    "/api/v1/auth/sign-in",
    {
      config: { access: "public" },
      schema: { tags, body: signInBody, response: { 200: meSchema } },
    },
    async (request, reply) => {
      const session = await signIn(request.ctx, request.body, {
        address: request.ip,
        userAgent: request.headers["user-agent"] ?? null,
      });
      setSessionCookie(request, reply, session);
      return session.me;
    },
  );

  app.post(
    "/api/v1/auth/sign-out",
    { config: { access: "public" }, schema: { tags, response: { 204: z.null() } } },
    async (request, reply) => {
      await signOut(request.ctx, request.cookies[SESSION_COOKIE]);
      void reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/me",
    { config: { access: "signed-in" }, schema: { tags, response: { 200: meSchema } } },
    (request) => getMe(request.ctx.db, actorContext(request).actor.personId),
  );

  app.patch(
    "/api/v1/me",
    {
      config: { access: "signed-in" },
      schema: { tags, body: updateMeBody, response: { 200: meSchema } },
    },
    (request) => updateMe(actorContext(request), request.body),
  );

  app.post(
    "/api/v1/me/password",
    {
      config: { access: "signed-in" },
      schema: { tags, body: changePasswordBody, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await changePassword(actorContext(request), request.body, request.cookies[SESSION_COOKIE]);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/me/tokens",
    {
      config: { access: "signed-in" },
      schema: { tags, response: { 200: z.object({ items: z.array(apiTokenSchema) }) } },
    },
    async (request) => ({ items: await listApiTokens(actorContext(request)) }),
  );

  app.post(
    "/api/v1/me/tokens",
    {
      config: { access: "signed-in" },
      schema: { tags, body: createApiTokenBody, response: { 201: createdApiTokenSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiToken(actorContext(request), request.body)),
  );

  app.delete(
    "/api/v1/me/tokens/:id",
    {
      config: { access: "signed-in" },
      schema: { tags, params: apiTokenIdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await revokeApiToken(actorContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
