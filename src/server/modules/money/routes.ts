import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import { exchangeRateBody, exchangeRateParams, exchangeRateSchema } from "./schema.ts";
import { listExchangeRates, putExchangeRate, removeExchangeRate } from "./service.ts";

const tags = ["money"];

export const moneyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/exchange-rates",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "The dated exchange rates that turn deal values into US dollars",
        response: { 200: z.object({ items: z.array(exchangeRateSchema) }) },
      },
    },
    (request) => listExchangeRates(request.ctx),
  );

  app.put(
    "/api/v1/exchange-rates/:currency/:validFrom",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Set the rate of a currency from a date on (organizers, platform admins)",
        params: exchangeRateParams,
        body: exchangeRateBody,
        response: { 200: exchangeRateSchema },
      },
    },
    (request) => putExchangeRate(actorContext(request), request.params, request.body.usdPerUnit),
  );

  app.delete(
    "/api/v1/exchange-rates/:currency/:validFrom",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Remove a dated rate (organizers, platform admins)",
        params: exchangeRateParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeExchangeRate(actorContext(request), request.params);
      return reply.status(204).send(null);
    },
  );
};
