import type { ActorContext, ServiceContext } from "../../http/context.ts";
import { forbidden, notFound } from "../../http/errors.ts";
import { deleteExchangeRate, selectExchangeRates, upsertExchangeRate } from "./queries.ts";

/** Organizers keep the rates (any edition's organizer) and platform admins. */
function assertKeeper(ctx: ActorContext) {
  if (!ctx.actor.platformAdmin && ctx.actor.organizerOf.length === 0)
    throw forbidden("Only organizers and platform admins keep exchange rates");
}

export async function listExchangeRates(ctx: ServiceContext) {
  return { items: await selectExchangeRates(ctx.db) };
}

export async function putExchangeRate(
  ctx: ActorContext,
  key: { currency: string; validFrom: string },
  usdPerUnit: string,
) {
  assertKeeper(ctx);
  await upsertExchangeRate(ctx.db, { ...key, usdPerUnit });
  return { ...key, usdPerUnit };
}

export async function removeExchangeRate(
  ctx: ActorContext,
  key: { currency: string; validFrom: string },
) {
  assertKeeper(ctx);
  if (!(await deleteExchangeRate(ctx.db, key.currency, key.validFrom)))
    throw notFound("Exchange rate");
}
