import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { platformStatsSchema } from "./schema.ts";
import { getPlatformStats } from "./service.ts";

export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/stats",
    {
      config: { access: "public" },
      schema: {
        tags: ["reference"],
        summary: "Platform figures for the home page",
        response: { 200: platformStatsSchema },
      },
    },
    (request) => getPlatformStats(request.ctx),
  );
};
