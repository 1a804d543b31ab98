import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import { idOrSlugParams } from "../../http/reference.ts";
import {
  codeSchema,
  DOWNLOADS,
  importInputSchema,
  importReportSchema,
  indexInputSchema,
  indexPatchSchema,
  indexSummarySchema,
  indexViewSchema,
  indicatorInputSchema,
  indicatorSchema,
  valueSchema,
  valuesQuerySchema,
} from "./schema.ts";
import {
  buildIndexDraft,
  createIndex,
  deleteIndex,
  deleteIndicator,
  downloadIndexFile,
  exportCatalogue,
  exportValues,
  getIndex,
  importIndicatorData,
  listIndicators,
  listIndices,
  listValues,
  publishIndex,
  saveIndicator,
  startAnalysis,
  updateIndexDraft,
} from "./service.ts";

const tags = ["indices"];
const idOrSlug = idOrSlugParams;
const idParams = z.object({ id: z.uuid() });
const versionQuery = z.object({
  version: z
    .enum(["published", "draft"])
    .default("published")
    .describe("draft: the latest build under review (curators)"),
});
const splitCodes = (codes: string | undefined) =>
  codes
    ? codes
        .split(",")
        .map((c) => c.trim())
        .filter(Boolean)
    : undefined;

export const indexRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/indicators",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "The indicator catalogue, with how many values each has and for which years",
        response: { 200: z.object({ items: z.array(indicatorSchema) }) },
      },
    },
    (request) => listIndicators(request.ctx),
  );

  app.put(
    "/api/v1/indicators/:code",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Add or change an indicator of the catalogue (organizers, admins)",
        params: z.object({ code: codeSchema }),
        body: indicatorInputSchema,
        response: { 200: indicatorSchema },
      },
    },
    (request) => saveIndicator(actorContext(request), request.params.code, request.body),
  );

  app.delete(
    "/api/v1/indicators/:code",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Remove an indicator and its values (refused while an index uses it)",
        params: z.object({ code: codeSchema }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteIndicator(actorContext(request), request.params.code);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/indicator-data/import",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary:
          "Import indicator values from a wide data.csv (and catalogue rows from meta.csv): dry run first, all or nothing",
        body: importInputSchema,
        response: { 200: importReportSchema },
      },
    },
    (request) => importIndicatorData(actorContext(request), request.body),
  );

  app.get(
    "/api/v1/indicator-data/export",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary:
          "Indicator values as a wide data.csv (or the catalogue as meta.csv with ?file=meta)",
        querystring: valuesQuerySchema.extend({ file: z.enum(["data", "meta"]).default("data") }),
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const { file, codes, year } = request.query;
      const body =
        file === "meta"
          ? await exportCatalogue(request.ctx)
          : await exportValues(request.ctx, {
              ...(codes ? { codes: splitCodes(codes) as string[] } : {}),
              ...(year ? { year } : {}),
            });
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="indicators-${file}.csv"`)
        .send(body);
    },
  );

  app.get(
    "/api/v1/indicator-values",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Indicator values, by unit, indicators and year",
        querystring: valuesQuerySchema,
        response: { 200: z.object({ items: z.array(valueSchema) }) },
      },
    },
    (request) =>
      listValues(request.ctx, {
        ...(request.query.unit ? { unit: request.query.unit } : {}),
        ...(request.query.codes ? { codes: splitCodes(request.query.codes) as string[] } : {}),
        ...(request.query.year ? { year: request.query.year } : {}),
      }),
  );

  app.get(
    "/api/v1/indices",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Published indices (and drafts, for curators)",
        response: { 200: z.object({ items: z.array(indexSummarySchema) }) },
      },
    },
    (request) => listIndices(request.ctx),
  );

  app.post(
    "/api/v1/indices",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary:
          "Define an index: framework, weights, pipeline settings, year (organizers, admins)",
        body: indexInputSchema,
        response: { 201: indexViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createIndex(actorContext(request), request.body)),
  );

  app.get(
    "/api/v1/indices/:idOrSlug",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "An index: ranking, scores, methodology and uncertainty of its published version",
        params: idOrSlug,
        querystring: versionQuery,
        response: { 200: indexViewSchema },
      },
    },
    (request) => getIndex(request.ctx, request.params.idOrSlug, request.query.version),
  );

  app.patch(
    "/api/v1/indices/:id",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Change the draft (the published version stays until the next publish)",
        params: idParams,
        body: indexPatchSchema,
        response: { 200: indexViewSchema },
      },
    },
    (request) => updateIndexDraft(actorContext(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/indices/:id",
    {
      config: { access: "signed-in" },
      schema: { tags, summary: "Delete an index", params: idParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteIndex(actorContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  for (const [action, summary, handler] of [
    ["build", "Build the draft from the stored indicator values, for review", buildIndexDraft],
    [
      "analysis",
      "Start the uncertainty and sensitivity analysis of the built draft (background)",
      startAnalysis,
    ],
    ["publish", "Publish the reviewed draft", publishIndex],
  ] as const) {
    app.post(
      `/api/v1/indices/:id/${action}`,
      {
        config: { access: "signed-in" },
        schema: {
          tags,
          summary: `${summary} (organizers, admins)`,
          params: idParams,
          response: { 200: indexViewSchema },
        },
      },
      (request) => handler(actorContext(request), request.params.id),
    );
  }

  app.get(
    "/api/v1/indices/:idOrSlug/files/:file",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary:
          "Downloads: results.csv, data.csv, meta.csv, pipeline.json, uncertainty.csv, sensitivity.csv and every stage's CSV",
        params: idOrSlug.extend({ file: z.enum(DOWNLOADS) }),
        querystring: versionQuery,
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const file = await downloadIndexFile(
        request.ctx,
        request.params.idOrSlug,
        request.params.file,
        request.query.version,
      );
      return reply
        .type(file.type)
        .header("content-disposition", `attachment; filename="${file.name}"`)
        .send(file.body);
    },
  );
};
