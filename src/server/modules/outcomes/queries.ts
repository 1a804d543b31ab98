import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";

type Row = Record<string, unknown>;
const rows = async (db: Database, statement: SQL): Promise<Row[]> =>
  ((await db.execute(statement)) as unknown as { rows: Row[] }).rows;

/**
 * Every connection of an edition (or of the platform) with the furthest funnel stage it
 * reached (from its steps, so a deal closed after a meeting still counts as a meeting
 * held), its city side and provider side, its domains, and its contract value in US
 * dollars at the latest rate dated on or before signing (null when no rate is known).
 */
function funnelRows(eventId: string | null): SQL {
  return sql`
    SELECT c.id, c.status, c.created_at,
           (SELECT max(CASE s.to_status WHEN 'accepted' THEN 1 WHEN 'met' THEN 2
                                        WHEN 'intention' THEN 3 WHEN 'contracted' THEN 4 ELSE 0 END)
              FROM connection_steps s WHERE s.connection_id = c.id) AS reached,
           city_side.id AS city_id, city_side.name AS city_name, city_side.country AS country,
           co.continent AS region,
           provider_side.id AS provider_id, provider_side.name AS provider_name,
           provider_side.kind::text AS provider_kind,
           coalesce(ch.domains, so.domains, '{}') AS domains,
           CASE WHEN c.status = 'contracted' THEN
             c.contract_value * CASE WHEN c.contract_currency = 'USD' THEN 1 ELSE (
               SELECT r.usd_per_unit FROM exchange_rates r
                WHERE r.currency = c.contract_currency AND r.valid_from <= c.contract_signed_on
                ORDER BY r.valid_from DESC LIMIT 1) END
           END AS value_usd
      FROM connections c
      JOIN organizations req ON req.id = c.requester_organization_id
      JOIN organizations rec ON rec.id = c.recipient_organization_id
      LEFT JOIN challenges ch ON ch.id = c.challenge_id
      LEFT JOIN solutions so ON so.id = c.solution_id
      CROSS JOIN LATERAL (
        SELECT CASE
          WHEN ch.organization_id IS NOT NULL THEN ch.organization_id
          WHEN req.kind = 'city-government' THEN req.id
          ELSE rec.id END AS city_org_id
      ) side
      JOIN organizations city_side ON city_side.id = side.city_org_id
      JOIN organizations provider_side
        ON provider_side.id = CASE WHEN side.city_org_id = req.id THEN rec.id ELSE req.id END
      LEFT JOIN countries co ON co.code = city_side.country
     WHERE ${eventId ? sql`c.event_id = ${eventId}` : sql`true`}`;
}

const STAGE_COUNTS = sql`
  count(*) FILTER (WHERE reached >= 1)::int AS pairs,
  count(*) FILTER (WHERE reached >= 2)::int AS meetings,
  count(*) FILTER (WHERE reached >= 3)::int AS intentions,
  count(*) FILTER (WHERE status = 'contracted')::int AS contracts,
  round(sum(value_usd), 2)::text AS value_usd,
  count(*) FILTER (WHERE status = 'contracted' AND value_usd IS NULL)::int AS unconverted`;

export async function selectFunnel(db: Database, eventId: string | null) {
  const [row] = await rows(
    db,
    sql`SELECT count(*)::int AS requests, ${STAGE_COUNTS} FROM (${funnelRows(eventId)}) f`,
  );
  return row ?? {};
}

export type Breakdown = "domain" | "country" | "region" | "providerKind" | "city" | "provider";

export async function selectBreakdown(db: Database, eventId: string | null, by: Breakdown) {
  const key: Record<Breakdown, SQL> = {
    domain: sql`unnest(CASE WHEN cardinality(domains) = 0 THEN ARRAY['unspecified'] ELSE domains END)`,
    country: sql`country`,
    region: sql`coalesce(region, 'unknown')`,
    providerKind: sql`provider_kind`,
    city: sql`city_name`,
    provider: sql`provider_name`,
  };
  return rows(
    db,
    sql`SELECT key, ${STAGE_COUNTS}
          FROM (SELECT f.*, ${key[by]} AS key FROM (${funnelRows(eventId)}) f) k
         GROUP BY key
         ORDER BY count(*) FILTER (WHERE status = 'contracted') DESC,
                  count(*) FILTER (WHERE reached >= 1) DESC, key
         LIMIT 100`,
  );
}

/** Per day: how many connections first reached each stage that day. */
export async function selectTimeline(db: Database, eventId: string | null) {
  return rows(
    db,
    sql`SELECT day::text AS day,
               count(*) FILTER (WHERE stage = 'requested')::int AS requests,
               count(*) FILTER (WHERE stage = 'accepted')::int AS pairs,
               count(*) FILTER (WHERE stage = 'met')::int AS meetings,
               count(*) FILTER (WHERE stage = 'intention')::int AS intentions,
               count(*) FILTER (WHERE stage = 'contracted')::int AS contracts
          FROM (
            SELECT s.to_status::text AS stage, min(s.at)::date AS day
              FROM connection_steps s JOIN connections c ON c.id = s.connection_id
             WHERE ${eventId ? sql`c.event_id = ${eventId}` : sql`true`}
               AND s.to_status IN ('requested', 'accepted', 'met', 'intention', 'contracted')
             GROUP BY s.connection_id, s.to_status
          ) firsts
         GROUP BY day ORDER BY day`,
  );
}

export async function selectEventExists(db: Database, eventId: string) {
  const [row] = await rows(db, sql`SELECT status FROM events WHERE id = ${eventId}`);
  return row ? String(row.status) : null;
}

export async function selectEventId(db: Database, key: { id: string } | { slug: string }) {
  const where = "id" in key ? sql`id = ${key.id}` : sql`slug = ${key.slug}`;
  const [row] = await rows(db, sql`SELECT id FROM events WHERE ${where}`);
  return row ? String(row.id) : null;
}
