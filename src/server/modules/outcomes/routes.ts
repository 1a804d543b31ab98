import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import { idOrSlugParams } from "../../http/reference.ts";
import { toCsv } from "../items/csv.ts";
import { outcomesCsvQuery, outcomesSchema, publicOutcomesSchema } from "./schema.ts";
import {
  eventOutcomes,
  outcomesTable,
  platformOutcomes,
  publicEventOutcomes,
  resolveEventId,
} from "./service.ts";

const tags = ["outcomes"];

export const outcomeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/events/:idOrSlug/outcomes",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "An edition's deal funnel, conversion, breakdowns and timeline (its organizers)",
        params: idOrSlugParams,
        response: { 200: outcomesSchema },
      },
    },
    async (request) =>
      eventOutcomes(
        actorContext(request),
        await resolveEventId(request.ctx.db, request.params.idOrSlug),
      ),
  );

  app.get(
    "/api/v1/events/:idOrSlug/outcomes.csv",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "One table of an edition's outcomes as CSV (its organizers)",
        params: idOrSlugParams,
        querystring: outcomesCsvQuery,
        response: { 200: z.string().describe("CSV file") },
      },
    },
    async (request, reply) => {
      const eventId = await resolveEventId(request.ctx.db, request.params.idOrSlug);
      const rows = outcomesTable(
        await eventOutcomes(actorContext(request), eventId),
        request.query.table,
      );
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="outcomes-${request.query.table}.csv"`)
        .send(toCsv(rows as Record<string, unknown>[], Object.keys(rows[0] ?? { key: "" })));
    },
  );

  app.get(
    "/api/v1/events/:idOrSlug/outcomes/public",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "An edition's headline outcomes (values only behind at least 3 deals)",
        params: idOrSlugParams,
        response: { 200: publicOutcomesSchema },
      },
    },
    async (request) =>
      publicEventOutcomes(
        request.ctx,
        await resolveEventId(request.ctx.db, request.params.idOrSlug),
      ),
  );

  app.get(
    "/api/v1/outcomes",
    {
      config: { access: "platform-admin" },
      schema: {
        tags,
        summary: "The deal funnel across the whole platform",
        response: { 200: outcomesSchema },
      },
    },
    (request) => platformOutcomes(actorContext(request)),
  );
};
