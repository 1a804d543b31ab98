import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Actor, ActorContext, ServiceContext } from "./context.ts";
import { AppError } from "./errors.ts";

/**
 * Who may call a route, declared on every API route (`config: { access }`); the app
 * refuses to start if an /api route lacks it. Finer rules (an organization's admin, an
 * event's organizer) are the domain policies', checked in services.
 */
export type Access = "public" | "signed-in" | "platform-admin";

export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access;
  /** Whether the route validates a JSON body. */
  hasBody: boolean;
}

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Every API route with its declared access, for docs and the route × role test. */
    declaredRoutes: DeclaredRoute[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    ctx: ServiceContext;
  }
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function registerAccessChecks(app: FastifyInstance): void {
  const declaredRoutes: DeclaredRoute[] = [];
  app.decorate("declaredRoutes", declaredRoutes);
  app.addHook("onRoute", (route) => {
    const url = route.url ?? route.path;
    if (!url.startsWith("/api/") || url.startsWith("/api/docs")) return;
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (!access) {
      throw new Error(`Route ${String(route.method)} ${url} does not declare its access`);
    }
    for (const method of [route.method].flat()) {
      if (method !== "HEAD") {
        declaredRoutes.push({ method, url, access, hasBody: Boolean(route.schema?.body) });
      }
    }
  });

  // preValidation, not preHandler: a caller who may not use a route learns nothing about
  // its input rules, and the CSRF check happens before any body is looked at.
  app.addHook("preValidation", async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    if (access !== "public") {
      if (!request.actor) throw new AppError("unauthenticated", "Sign in to do this");
      if (access === "platform-admin" && !request.actor.platformAdmin) {
        throw new AppError("forbidden", "Only platform administrators may do this");
      }
    }
    // Cookie-authenticated writes need the CSRF token; API tokens are not ambient
    // credentials, so requests made with them are exempt.
    if (request.actor?.via === "session" && UNSAFE_METHODS.has(request.method)) {
      await new Promise<void>((resolve, reject) => {
        app.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve()));
      });
    }
  });
}

/** Narrows a request's context to a signed-in actor (the access check ran before). */
export function actorContext(request: FastifyRequest): ActorContext {
  const { ctx } = request;
  if (!ctx.actor) throw new AppError("unauthenticated", "Sign in to do this");
  return ctx as ActorContext;
}
