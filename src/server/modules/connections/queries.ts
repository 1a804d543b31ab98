import {
  aliasedTable,
  and,
  count,
  desc,
  eq,
  inArray,
  isNull,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import {
  challenges,
  connectionSteps,
  connections,
  events,
  notifications,
  organizations,
  people,
  solutions,
} from "../../db/schema/index.ts";
import { afterCursor, type KeysetSort, orderByKeyset } from "../../http/pagination.ts";

export type ConnectionRow = typeof connections.$inferSelect;

const requester = aliasedTable(organizations, "requester");
const recipient = aliasedTable(organizations, "recipient");

/** A connection with the names and items a view shows. */
function selectViews(db: Database) {
  return db
    .select({
      connection: connections,
      requesterName: requester.name,
      recipientName: recipient.name,
      challengeSlug: challenges.slug,
      challengeTitle: challenges.title,
      solutionSlug: solutions.slug,
      solutionTitle: solutions.title,
    })
    .from(connections)
    .innerJoin(requester, eq(requester.id, connections.requesterOrganizationId))
    .innerJoin(recipient, eq(recipient.id, connections.recipientOrganizationId))
    .leftJoin(challenges, eq(challenges.id, connections.challengeId))
    .leftJoin(solutions, eq(solutions.id, connections.solutionId));
}
export type ConnectionViewRow = Awaited<
  ReturnType<ReturnType<typeof selectViews>["execute"]>
>[number];

export async function selectConnectionView(db: Database, id: string) {
  const [row] = await selectViews(db).where(eq(connections.id, id));
  return row ?? null;
}

/** Locks the connection's row until the transaction ends: concurrent steps queue up. */
export async function selectConnectionForUpdate(db: Database, id: string) {
  const [row] = await db.select().from(connections).where(eq(connections.id, id)).for("update");
  return row ?? null;
}

export function involving(organizationId: string): SQL {
  return or(
    eq(connections.requesterOrganizationId, organizationId),
    eq(connections.recipientOrganizationId, organizationId),
  ) as SQL;
}

export async function selectConnectionPage(
  db: Database,
  where: SQL | undefined,
  sort: KeysetSort,
  cursor: string | undefined,
  limit: number,
) {
  const [rows, [total]] = await Promise.all([
    selectViews(db)
      .where(and(where, afterCursor(sort, connections.id, cursor)))
      .orderBy(...orderByKeyset(sort, connections.id))
      .limit(limit + 1),
    db.select({ n: count() }).from(connections).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export const connectionSort: KeysetSort = {
  column: connections.createdAt,
  direction: "desc",
  valueOf: (row) => ((row as { createdAt: Date }).createdAt as Date).toISOString(),
};

export async function insertConnection(db: Database, values: typeof connections.$inferInsert) {
  const [row] = await db.insert(connections).values(values).returning();
  if (!row) throw new Error("connection not inserted");
  return row;
}

export async function updateConnection(
  db: Database,
  id: string,
  values: Partial<typeof connections.$inferInsert>,
) {
  await db.update(connections).set(values).where(eq(connections.id, id));
}

export async function insertStep(db: Database, values: typeof connectionSteps.$inferInsert) {
  await db.insert(connectionSteps).values(values);
}

export async function selectSteps(db: Database, connectionId: string) {
  return db
    .select()
    .from(connectionSteps)
    .where(eq(connectionSteps.connectionId, connectionId))
    .orderBy(connectionSteps.at, connectionSteps.id);
}

export async function selectOrganizationName(db: Database, id: string) {
  const [row] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row?.name ?? null;
}

export async function selectItemOwner(db: Database, table: "challenge" | "solution", id: string) {
  const source = table === "challenge" ? challenges : solutions;
  const [row] = await db
    .select({ organizationId: source.organizationId, visibility: source.visibility })
    .from(source)
    .where(eq(source.id, id));
  return row ?? null;
}

export async function eventExists(db: Database, id: string) {
  const [row] = await db.select({ id: events.id }).from(events).where(eq(events.id, id));
  return row !== undefined;
}

/** People who act for an organization: everyone whose organization it is. */
export async function selectMembers(db: Database, organizationId: string) {
  return db
    .select({ id: people.id, email: people.email })
    .from(people)
    .where(eq(people.organizationId, organizationId));
}

export async function insertNotifications(
  db: Database,
  values: (typeof notifications.$inferInsert)[],
) {
  if (values.length > 0) await db.insert(notifications).values(values);
}

export async function selectNotifications(db: Database, personId: string, limit: number) {
  const [items, [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(eq(notifications.personId, personId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.personId, personId), isNull(notifications.readAt))),
  ]);
  return { items, unread: unread?.n ?? 0 };
}

export async function markNotificationsRead(
  db: Database,
  personId: string,
  ids: string[] | undefined,
  at: Date,
) {
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.personId, personId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    );
}

export const eventIs = (eventId: string) => eq(connections.eventId, eventId);
export const statusIs = (status: ConnectionRow["status"]) => eq(connections.status, status);
export const allOf = (conditions: (SQL | undefined)[]) => and(...conditions);

/**
 * The open connection between two organizations that a B2B meeting at an edition belongs
 * to: one about that edition first, else any open one between them, locked for update.
 */
export async function selectOpenConnectionBetween(
  db: Database,
  organizations: [string, string],
  eventId: string,
) {
  const [a, b] = organizations;
  const [row] = await db
    .select()
    .from(connections)
    .where(
      and(
        or(
          and(
            eq(connections.requesterOrganizationId, a),
            eq(connections.recipientOrganizationId, b),
          ),
          and(
            eq(connections.requesterOrganizationId, b),
            eq(connections.recipientOrganizationId, a),
          ),
        ),
        inArray(connections.status, ["requested", "accepted", "met", "intention"]),
      ),
    )
    .orderBy(sql`${connections.eventId} IS DISTINCT FROM ${eventId}`, desc(connections.createdAt))
    .limit(1)
    .for("update");
  return row ?? null;
}
