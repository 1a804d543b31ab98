import { existsSync } from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyCsrf from "@fastify/csrf-protection";
import fastifyHelmet from "@fastify/helmet";
import fastifyMultipart from "@fastify/multipart";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { z } from "zod";
import type { DatabaseHandle } from "./db/client.ts";
import { registerAccessChecks } from "./http/access.ts";
import { type Clock, type Mailer, systemClock } from "./http/context.ts";
import { AppError, errorBody, registerErrorHandling } from "./http/errors.ts";
import { createMailer } from "./mail.ts";
import { accountRoutes, SESSION_COOKIE } from "./modules/accounts/routes.ts";
import { resolveActor } from "./modules/accounts/service.ts";
import { caseRoutes } from "./modules/cases/routes.ts";
import { challengeRoutes } from "./modules/challenges/routes.ts";
import { cityRoutes } from "./modules/cities/routes.ts";
import { connectionRoutes } from "./modules/connections/routes.ts";
import { eventRoutes } from "./modules/events/routes.ts";
import { importRoutes } from "./modules/imports/routes.ts";
import { indexRoutes } from "./modules/indices/routes.ts";
import { failInterruptedAnalyses, stopAnalyses } from "./modules/indices/service.ts";
import { listRoutes } from "./modules/lists/routes.ts";
import { scheduleMatchRefresh } from "./modules/matching/maintenance.ts";
import { matchingRoutes } from "./modules/matching/routes.ts";
import { meetingRoutes } from "./modules/meetings/routes.ts";
import { failInterruptedRuns, stopScheduleJobs } from "./modules/meetings/scheduler.ts";
import { moneyRoutes } from "./modules/money/routes.ts";
import { organizationRoutes } from "./modules/organizations/routes.ts";
import { outcomeRoutes } from "./modules/outcomes/routes.ts";
import { peopleRoutes } from "./modules/people/routes.ts";
import { savedRoutes } from "./modules/saved/routes.ts";
import { searchRoutes } from "./modules/search/routes.ts";
import { solutionRoutes } from "./modules/solutions/routes.ts";
import { statsRoutes } from "./modules/stats/routes.ts";
import { taxonomyRoutes } from "./modules/taxonomy/routes.ts";
import { VERSION } from "./version.ts";

export interface AppDependencies {
  database: DatabaseHandle;
  clock?: Clock;
  /** Pino logger options, or false for silence (tests). */
  logger?: FastifyServerOptions["logger"];
  /** The built web app (index.html and assets); omitted: API only. */
  webRoot?: string | undefined;
  /** Requests per minute per client address across the API. */
  rateLimitPerMinute?: number;
  /** Trust X-Forwarded-* from a reverse proxy (needed for Secure cookies behind TLS). */
  trustProxy?: boolean;
  /** E-mail for notifications; omitted: written to the app's log. */
  mailer?: Mailer;
  /** SMTP server for notifications when no mailer is given. */
  smtpUrl?: string | undefined;
  mailFrom?: string;
}

/** Every API module, in the order their routes appear in the OpenAPI document. */
const apiModules = [
  accountRoutes,
  organizationRoutes,
  cityRoutes,
  peopleRoutes,
  eventRoutes,
  challengeRoutes,
  solutionRoutes,
  caseRoutes,
  listRoutes,
  importRoutes,
  searchRoutes,
  matchingRoutes,
  connectionRoutes,
  meetingRoutes,
  outcomeRoutes,
  indexRoutes,
  moneyRoutes,
  savedRoutes,
  taxonomyRoutes,
  statsRoutes,
];

export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const clock = deps.clock ?? systemClock;
  const { db } = deps.database;
  const app = Fastify({
    logger: deps.logger ?? false,
    trustProxy: deps.trustProxy ?? false,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const mailer =
    deps.mailer ??
    createMailer({
      smtpUrl: deps.smtpUrl,
      from: deps.mailFrom ?? "citymatch <no-reply@citymatch.invalid>",
      logger: app.log,
    });
  registerErrorHandling(app);
  registerAccessChecks(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables through inline style elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "https:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyRateLimit, {
    max: deps.rateLimitPerMinute ?? 1200,
    timeWindow: "1 minute",
    allowList: (request) => !request.url.startsWith("/api/"),
    errorResponseBuilder: (_request, context) => {
      const error = new AppError("rate_limited", `Too many requests; retry in ${context.after}`);
      return Object.assign(error, { statusCode: 429 });
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: 25 * 1024 * 1024, files: 1, fields: 10 },
    throwFileSizeLimit: true,
  });
  await app.register(fastifyCsrf, {
    sessionPlugin: "@fastify/cookie",
    cookieOpts: { path: "/", sameSite: "lax", httpOnly: true },
    getToken: (request) => request.headers["x-csrf-token"] as string | undefined,
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "citymatch API",
        version: VERSION,
        description:
          "Cities, providers and the exchange between them. Authenticate with the session cookie (browser; send x-csrf-token on writes, from GET /api/v1/auth/csrf) or a personal API token: `Authorization: Bearer cmt_…`. Errors are always `{ error: { code, message, details } }`.",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE },
          token: { type: "http", scheme: "bearer" },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: "/api/docs",
    staticCSP: true,
    transformStaticCSP: (header) => header,
  });

  app.decorateRequest("actor", null);
  app.decorateRequest("ctx", null as never);
  app.addHook("onRequest", async (request) => {
    const authorization = request.headers.authorization;
    const bearerToken = authorization?.startsWith("Bearer ")
      ? authorization.slice("Bearer ".length).trim()
      : undefined;
    if (authorization && !bearerToken) {
      throw new AppError("unauthenticated", "Authorization must be `Bearer <token>`");
    }
    const actor =
      request.url.startsWith("/api/") && !request.url.startsWith("/api/docs")
        ? await resolveActor(db, clock, {
            bearerToken,
            sessionToken: request.cookies[SESSION_COOKIE],
          })
        : null;
    if (bearerToken && !actor) {
      throw new AppError("unauthenticated", "Invalid, expired or revoked API token");
    }
    request.actor = actor;
    request.ctx = { db, clock, actor, mailer };
  });

  app.get(
    "/api/health",
    {
      config: { access: "public" },
      schema: {
        tags: ["reference"],
        response: {
          200: z.object({
            status: z.literal("ok"),
            database: z.enum(["pglite", "postgres"]),
            version: z.string(),
          }),
        },
      },
    },
    async () => ({ status: "ok" as const, database: deps.database.kind, version: VERSION }),
  );
  app.get("/api/openapi.json", { config: { access: "public" }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  for (const routes of apiModules) await app.register(routes);

  // Stored recommendations follow writes: after a successful change, the items written
  // are recomputed in the background (readers also catch up on demand).
  const matchUpkeep = scheduleMatchRefresh(db, (error) =>
    app.log.error({ err: error }, "stored recommendations not refreshed"),
  );
  app.addHook("onResponse", async (request, reply) => {
    if (request.method !== "GET" && request.method !== "HEAD" && reply.statusCode < 400)
      matchUpkeep.soon();
  });
  app.addHook("onClose", async () => {
    await matchUpkeep.stop();
    await stopScheduleJobs(db);
    await stopAnalyses(db);
  });
  // Scheduler runs and index analyses a stopped process left running will never finish.
  app.addHook("onReady", async () => {
    await failInterruptedRuns(db, clock);
    await failInterruptedAnalyses(db);
  });

  await registerWebApp(app, deps.webRoot);
  return app;
}

/** Serves the built React app; every non-API GET falls back to index.html (client routing). */
async function registerWebApp(app: FastifyInstance, webRoot: string | undefined) {
  const hasWeb = Boolean(webRoot && existsSync(path.join(webRoot, "index.html")));
  if (hasWeb && webRoot) {
    // wildcard: files are looked up per request, so a rebuilt app (new hashed asset names)
    // is served without a restart; misses fall through to the not-found handler below.
    await app.register(fastifyStatic, { root: webRoot, wildcard: true, index: ["index.html"] });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    // Client routes have no file extension; a missing /assets/x.js must be a 404, not
    // the app's HTML with status 200.
    const isClientRoute = !path.startsWith("/api/") && !/\.[a-z0-9]+$/i.test(path);
    if (isClientRoute && request.method === "GET" && hasWeb) {
      return reply.type("text/html").sendFile("index.html");
    }
    return reply
      .status(404)
      .send(
        errorBody(
          new AppError("not_found", `No route ${request.method} ${request.url.split("?")[0]}`),
        ),
      );
  });
}
