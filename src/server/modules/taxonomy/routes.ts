import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { selectTaxonomy } from "./queries.ts";

const taxonomySchema = z
  .object({
    areas: z.array(
      z.object({
        code: z.string(),
        position: z.number(),
        name: z.string(),
        description: z.string(),
      }),
    ),
    sdgs: z.array(z.object({ number: z.number(), name: z.string(), color: z.string() })),
  })
  .meta({ id: "Taxonomy" });

// Reference data seeded by a migration: read-only, so there is no service to speak of.
export const taxonomyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/taxonomy",
    {
      config: { access: "public" },
      schema: {
        tags: ["reference"],
        summary: "The eight congress areas and the 17 UN SDGs",
        response: { 200: taxonomySchema },
      },
    },
    (request) => selectTaxonomy(request.ctx.db),
  );
};
