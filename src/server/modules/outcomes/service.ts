import type { Database } from "../../db/client.ts";
import type { ActorContext, ServiceContext } from "../../http/context.ts";
import { forbidden, notFound } from "../../http/errors.ts";
import { idOrSlugKey } from "../../http/reference.ts";
import {
  type Breakdown,
  selectBreakdown,
  selectEventExists,
  selectEventId,
  selectFunnel,
  selectTimeline,
} from "./queries.ts";
import { BREAKDOWNS, type Outcomes, type PublicOutcomes } from "./schema.ts";

/** Deal values are shown publicly only when at least this many deals stand behind them. */
export const PUBLIC_VALUE_MINIMUM_DEALS = 3;

type Row = Record<string, unknown>;

function stageCounts(row: Row) {
  return {
    pairs: Number(row.pairs ?? 0),
    meetings: Number(row.meetings ?? 0),
    intentions: Number(row.intentions ?? 0),
    contracts: Number(row.contracts ?? 0),
    valueUsd: row.value_usd === null || row.value_usd === undefined ? null : String(row.value_usd),
    unconverted: Number(row.unconverted ?? 0),
  };
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);

async function outcomesOf(ctx: ServiceContext, eventId: string | null): Promise<Outcomes> {
  const funnelRow = await selectFunnel(ctx.db, eventId);
  const funnel = stageCounts(funnelRow);
  const breakdowns = Object.fromEntries(
    await Promise.all(
      BREAKDOWNS.map(async (by) => [
        by,
        (await selectBreakdown(ctx.db, eventId, by as Breakdown)).map((row) => ({
          key: String(row.key),
          ...stageCounts(row),
        })),
      ]),
    ),
  ) as Outcomes["breakdowns"];
  const timeline = (await selectTimeline(ctx.db, eventId)).map((row) => ({
    day: String(row.day),
    requests: Number(row.requests),
    pairs: Number(row.pairs),
    meetings: Number(row.meetings),
    intentions: Number(row.intentions),
    contracts: Number(row.contracts),
  }));
  return {
    funnel: {
      ...funnel,
      requests: Number(funnelRow.requests ?? 0),
      conversion: {
        meetingsPerPair: ratio(funnel.meetings, funnel.pairs),
        intentionsPerMeeting: ratio(funnel.intentions, funnel.meetings),
        contractsPerIntention: ratio(funnel.contracts, funnel.intentions),
      },
    },
    breakdowns,
    timeline,
  };
}

/** An edition's outcomes with deal values: its organizers and platform admins. */
export async function eventOutcomes(ctx: ActorContext, eventId: string): Promise<Outcomes> {
  if (!(await selectEventExists(ctx.db, eventId))) throw notFound("Edition");
  if (!ctx.actor.platformAdmin && !ctx.actor.organizerOf.includes(eventId))
    throw forbidden("Only the edition's organizers see its deal figures");
  return outcomesOf(ctx, eventId);
}

/** Outcomes across the whole platform: platform admins. */
export async function platformOutcomes(ctx: ActorContext): Promise<Outcomes> {
  return outcomesOf(ctx, null);
}

/**
 * The headline figures anyone may see for a published edition; a value figure appears
 * only when at least PUBLIC_VALUE_MINIMUM_DEALS contracts stand behind it.
 */
export async function publicEventOutcomes(
  ctx: ServiceContext,
  eventId: string,
): Promise<PublicOutcomes> {
  const status = await selectEventExists(ctx.db, eventId);
  if (
    !status ||
    (status !== "published" &&
      !ctx.actor?.organizerOf.includes(eventId) &&
      !ctx.actor?.platformAdmin)
  )
    throw notFound("Edition");
  const funnel = stageCounts(await selectFunnel(ctx.db, eventId));
  const shown = (contracts: number, value: string | null) =>
    contracts >= PUBLIC_VALUE_MINIMUM_DEALS ? value : null;
  return {
    pairs: funnel.pairs,
    meetings: funnel.meetings,
    intentions: funnel.intentions,
    contracts: funnel.contracts,
    valueUsd: shown(funnel.contracts, funnel.valueUsd),
    byDomain: (await selectBreakdown(ctx.db, eventId, "domain")).map((row) => {
      const counts = stageCounts(row);
      return {
        key: String(row.key),
        pairs: counts.pairs,
        contracts: counts.contracts,
        valueUsd: shown(counts.contracts, counts.valueUsd),
      };
    }),
  };
}

/** One table of the outcomes as CSV rows. */
export function outcomesTable(outcomes: Outcomes, table: "funnel" | "timeline" | Breakdown) {
  if (table === "funnel") {
    const { conversion, ...counts } = outcomes.funnel;
    return [{ ...counts, ...conversion }];
  }
  if (table === "timeline") return outcomes.timeline;
  return outcomes.breakdowns[table];
}

export async function resolveEventId(db: Database, idOrSlug: string): Promise<string> {
  const id = await selectEventId(db, idOrSlugKey(idOrSlug));
  if (!id) throw notFound("Edition");
  return id;
}
