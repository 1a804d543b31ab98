import { and, count, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import {
  apiTokens,
  events,
  organizations,
  participations,
  people,
  sessions,
  signInFailures,
} from "../../db/schema/index.ts";

export async function selectAccountByEmail(db: Database, email: string) {
  const [row] = await db
    .select({ id: people.id, passwordHash: people.passwordHash })
    .from(people)
    .where(sql`lower(${people.email}) = lower(${email})`);
  return row ?? null;
}

export async function selectPasswordHash(db: Database, personId: string) {
  const [row] = await db
    .select({ passwordHash: people.passwordHash })
    .from(people)
    .where(eq(people.id, personId));
  return row?.passwordHash ?? null;
}

export async function setPasswordHash(db: Database, personId: string, passwordHash: string) {
  await db
    .update(people)
    .set({ passwordHash, updatedAt: sql`now()` })
    .where(eq(people.id, personId));
}

export async function insertSession(
  db: Database,
  values: { tokenHash: string; personId: string; expiresAt: Date; userAgent: string | null },
) {
  await db.insert(sessions).values(values);
}

export async function deleteSession(db: Database, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Other sessions of a person end when the password changes. */
export async function deleteOtherSessions(db: Database, personId: string, keepTokenHash: string) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.personId, personId), sql`${sessions.tokenHash} <> ${keepTokenHash}`));
}

export async function selectSessionPerson(db: Database, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ personId: sessions.personId })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row?.personId ?? null;
}

export async function selectTokenPerson(db: Database, tokenHash: string, now: Date) {
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    )
    .returning({ personId: apiTokens.personId });
  return row?.personId ?? null;
}

/** Everything the access checks need about a person, in one round trip. */
export async function selectActorFacts(db: Database, personId: string) {
  const [row] = await db
    .select({
      personId: people.id,
      name: people.name,
      email: people.email,
      platformAdmin: people.isPlatformAdmin,
      organizationId: people.organizationId,
      organizationRole: people.organizationRole,
      organizationSlug: organizations.slug,
      organizationName: organizations.name,
      hasAccount: sql<boolean>`${people.passwordHash} IS NOT NULL`,
      organizerOf: sql<string[]>`coalesce((
        SELECT array_agg(${participations.eventId}::text) FROM ${participations}
        WHERE ${participations.personId} = ${people.id} AND ${participations.role} = 'organizer'
      ), '{}')`,
    })
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(eq(people.id, personId));
  return row ?? null;
}

export async function selectEventsByIds(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: events.id, slug: events.slug, name: events.name })
    .from(events)
    .where(inArray(events.id, ids))
    .orderBy(events.startsOn);
}

export async function countRecentFailures(
  db: Database,
  by: { email: string } | { clientAddress: string },
  since: Date,
) {
  const condition =
    "email" in by
      ? eq(signInFailures.email, by.email)
      : eq(signInFailures.clientAddress, by.clientAddress);
  const [row] = await db
    .select({ failures: count() })
    .from(signInFailures)
    .where(and(condition, gt(signInFailures.failedAt, since)));
  return row?.failures ?? 0;
}

export async function insertFailure(
  db: Database,
  values: { email: string; clientAddress: string; failedAt: Date },
) {
  await db.insert(signInFailures).values(values);
}

export async function selectApiTokens(db: Database, personId: string) {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.personId, personId), isNull(apiTokens.revokedAt)))
    .orderBy(apiTokens.createdAt);
}

export async function insertApiToken(db: Database, values: typeof apiTokens.$inferInsert) {
  const [row] = await db.insert(apiTokens).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function revokeApiTokenRow(db: Database, personId: string, id: string, now: Date) {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.personId, personId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export async function countPlatformAdmins(db: Database) {
  const [row] = await db
    .select({ admins: count() })
    .from(people)
    .where(eq(people.isPlatformAdmin, true));
  return row?.admins ?? 0;
}
