import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { actorContext } from "../../http/access.ts";
import { invalid } from "../../http/errors.ts";
import { importParams, importQuery, importReportSchema } from "./schema.ts";
import { importItems } from "./service.ts";
import { readTable } from "./tabular.ts";

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/imports/:kind",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["imports"],
        summary: "Import challenges or solutions from a CSV or XLSX file (multipart field `file`)",
        description:
          "All rows land in one transaction or none do. With dryRun=true every row is checked and reported (row, column, reason) and nothing is written. Columns: see the README.",
        consumes: ["multipart/form-data"],
        params: importParams,
        querystring: importQuery,
        response: { 200: importReportSchema, 201: importReportSchema },
      },
    },
    async (request, reply) => {
      const ctx = actorContext(request);
      const file = request.isMultipart() ? await request.file() : undefined;
      if (!file) {
        throw invalid([
          {
            path: "body.file",
            message: "send the file as multipart/form-data in a field named file",
          },
        ]);
      }
      const table = await readTable(await file.toBuffer(), file.filename);
      const report = await importItems(ctx, request.params.kind, table, request.query.dryRun);
      return reply.status(report.dryRun ? 200 : 201).send(report);
    },
  );
};
