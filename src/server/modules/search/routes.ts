import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { toCsv } from "../items/csv.ts";
import { exportQuerySchema, searchQuerySchema, searchResultSchema } from "./schema.ts";
import { search, searchForExport } from "./service.ts";

const tags = ["search"];

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/search",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Search challenges, solutions and cases, with facets",
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema },
      },
    },
    (request) => search(request.ctx, request.query),
  );

  app.get(
    "/api/v1/search/export",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Download a search result as CSV or JSON (up to 10,000 items)",
        querystring: exportQuerySchema,
        response: { 200: z.string().describe("CSV or JSON file") },
      },
    },
    async (request, reply) => {
      const { format, limit, ...filters } = request.query;
      const hits = await searchForExport(request.ctx, filters, limit);
      const rows = hits.map((hit) => ({
        type: hit.type,
        id: hit.id,
        title: hit.title,
        organization: hit.organization.name,
        country: hit.country,
        continent: hit.continent ?? "",
        domains: hit.domains.join(";"),
        sdgs: hit.sdgs.join(";"),
        trl: hit.trl ?? "",
        stage: hit.stage ?? "",
        budgetBand: hit.budgetBand ?? "",
        status: hit.status ?? "",
        updatedAt: hit.updatedAt,
        url: `/${hit.type === "case" ? "cases" : `${hit.type}s`}/${hit.slug}`,
      }));
      const filename = `citymatch-search.${format}`;
      void reply.header("content-disposition", `attachment; filename="${filename}"`);
      if (format === "json") {
        return reply
          .type("application/json; charset=utf-8")
          .serializer((body: string) => body)
          .send(JSON.stringify(rows, null, 2));
      }
      const csv = toCsv(rows, Object.keys(rows[0] ?? { type: "" }));
      return reply
        .type("text/csv; charset=utf-8")
        .serializer((body: string) => body)
        .send(csv);
    },
  );
};
