import { and, asc, count, eq, getTableColumns, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import {
  caseKpis,
  casePartners,
  caseSolutions,
  cases,
  cities,
  organizations,
  solutions,
} from "../../db/schema/index.ts";
import type { Actor } from "../../http/context.ts";
import { afterCursor, type KeysetSort, orderByKeyset } from "../../http/pagination.ts";
import { visibleTo } from "../items/queries.ts";

export type CaseInsert = typeof cases.$inferInsert;

function selectWithPlace(db: Database) {
  return db
    .select({
      ...getTableColumns(cases),
      organizationSlug: organizations.slug,
      organizationName: organizations.name,
      citySlug: cities.slug,
      cityName: cities.name,
      cityCountry: cities.country,
    })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .innerJoin(cities, eq(cities.id, cases.cityId));
}
export type CaseRow = Awaited<ReturnType<typeof selectWithPlace>>[number];

export async function selectCasesPage(
  db: Database,
  actor: Actor | null,
  filter: {
    cityId?: string | undefined;
    organizationId?: string | undefined;
    domain?: string | undefined;
  },
  sort: KeysetSort,
  cursor: string | undefined,
  limit: number,
) {
  const where = and(
    visibleTo(actor, cases),
    filter.cityId ? eq(cases.cityId, filter.cityId) : undefined,
    filter.organizationId ? eq(cases.organizationId, filter.organizationId) : undefined,
    filter.domain ? sql`${cases.domains} @> ARRAY[${filter.domain}]::text[]` : undefined,
  );
  const rows = await selectWithPlace(db)
    .where(and(where, afterCursor(sort, cases.id, cursor)))
    .orderBy(...orderByKeyset(sort, cases.id))
    .limit(limit + 1);
  const [totals] = await db.select({ total: count() }).from(cases).where(where);
  return { rows, total: totals?.total ?? 0 };
}

export async function selectCase(db: Database, key: { id: string } | { slug: string }) {
  const [row] = await selectWithPlace(db).where(
    "id" in key ? eq(cases.id, key.id) : eq(cases.slug, key.slug),
  );
  return row ?? null;
}

export async function selectCaseParts(db: Database, actor: Actor | null, caseId: string) {
  const [kpis, partners, used] = await Promise.all([
    db.select().from(caseKpis).where(eq(caseKpis.caseId, caseId)).orderBy(asc(caseKpis.position)),
    db
      .select({
        id: organizations.id,
        slug: organizations.slug,
        name: organizations.name,
        kind: organizations.kind,
        role: casePartners.role,
      })
      .from(casePartners)
      .innerJoin(organizations, eq(organizations.id, casePartners.organizationId))
      .where(eq(casePartners.caseId, caseId))
      .orderBy(asc(organizations.name)),
    db
      .select({
        id: solutions.id,
        slug: solutions.slug,
        title: solutions.title,
        organizationName: organizations.name,
      })
      .from(caseSolutions)
      .innerJoin(solutions, eq(solutions.id, caseSolutions.solutionId))
      .innerJoin(organizations, eq(organizations.id, solutions.organizationId))
      .where(and(eq(caseSolutions.caseId, caseId), visibleTo(actor, solutions))),
  ]);
  return { kpis, partners, solutions: used };
}

export async function caseSlugTaken(db: Database, slug: string) {
  const [row] = await db.select({ id: cases.id }).from(cases).where(eq(cases.slug, slug));
  return Boolean(row);
}

export async function insertCase(db: Database, values: CaseInsert) {
  const [row] = await db.insert(cases).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateCaseIfVersion(
  db: Database,
  id: string,
  expectedVersion: number,
  values: Partial<CaseInsert>,
) {
  const [row] = await db
    .update(cases)
    .set({ ...values, version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(cases.id, id), eq(cases.version, expectedVersion)))
    .returning();
  return row ?? null;
}

/** Replaces whichever of a case's parts are given, inside the caller's transaction. */
export async function replaceCaseParts(
  db: Database,
  caseId: string,
  parts: {
    kpis?: Omit<typeof caseKpis.$inferInsert, "caseId" | "position">[] | undefined;
    partners?: { organizationId: string; role: string }[] | undefined;
    solutionIds?: string[] | undefined;
  },
) {
  if (parts.kpis) {
    await db.delete(caseKpis).where(eq(caseKpis.caseId, caseId));
    if (parts.kpis.length > 0) {
      await db
        .insert(caseKpis)
        .values(parts.kpis.map((kpi, index) => ({ ...kpi, caseId, position: index + 1 })));
    }
  }
  if (parts.partners) {
    await db.delete(casePartners).where(eq(casePartners.caseId, caseId));
    const unique = [...new Map(parts.partners.map((p) => [p.organizationId, p])).values()];
    if (unique.length > 0)
      await db.insert(casePartners).values(unique.map((p) => ({ ...p, caseId })));
  }
  if (parts.solutionIds) {
    await db.delete(caseSolutions).where(eq(caseSolutions.caseId, caseId));
    const unique = [...new Set(parts.solutionIds)];
    if (unique.length > 0) {
      await db.insert(caseSolutions).values(unique.map((solutionId) => ({ caseId, solutionId })));
    }
  }
}

export async function deleteCaseRow(db: Database, id: string) {
  await db.delete(cases).where(eq(cases.id, id));
}
