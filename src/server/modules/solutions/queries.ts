import { and, count, eq, getTableColumns, gte, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import {
  caseSolutions,
  cases,
  organizations,
  solutionDeployments,
  solutions,
} from "../../db/schema/index.ts";
import type { Actor } from "../../http/context.ts";
import { afterCursor, type KeysetSort, orderByKeyset } from "../../http/pagination.ts";
import { visibleTo } from "../items/queries.ts";

export type SolutionInsert = typeof solutions.$inferInsert;

function selectWithOwner(db: Database) {
  return db
    .select({
      ...getTableColumns(solutions),
      organizationSlug: organizations.slug,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
      organizationCountry: organizations.country,
    })
    .from(solutions)
    .innerJoin(organizations, eq(organizations.id, solutions.organizationId));
}
export type SolutionRow = Awaited<ReturnType<typeof selectWithOwner>>[number];

export async function selectSolutionsPage(
  db: Database,
  actor: Actor | null,
  filter: {
    organizationId?: string | undefined;
    domain?: string | undefined;
    minTrl?: number | undefined;
  },
  sort: KeysetSort,
  cursor: string | undefined,
  limit: number,
) {
  const where = and(
    visibleTo(actor, solutions),
    filter.organizationId ? eq(solutions.organizationId, filter.organizationId) : undefined,
    filter.domain ? sql`${solutions.domains} @> ARRAY[${filter.domain}]::text[]` : undefined,
    filter.minTrl ? gte(solutions.trl, filter.minTrl) : undefined,
  );
  const rows = await selectWithOwner(db)
    .where(and(where, afterCursor(sort, solutions.id, cursor)))
    .orderBy(...orderByKeyset(sort, solutions.id))
    .limit(limit + 1);
  const [totals] = await db.select({ total: count() }).from(solutions).where(where);
  return { rows, total: totals?.total ?? 0 };
}

export async function selectSolution(db: Database, key: { id: string } | { slug: string }) {
  const [row] = await selectWithOwner(db).where(
    "id" in key ? eq(solutions.id, key.id) : eq(solutions.slug, key.slug),
  );
  return row ?? null;
}

export async function selectDeployments(db: Database, solutionId: string) {
  return db
    .select()
    .from(solutionDeployments)
    .where(eq(solutionDeployments.solutionId, solutionId))
    .orderBy(sql`${solutionDeployments.year} DESC`, solutionDeployments.cityName);
}

export async function selectCasesUsing(db: Database, actor: Actor | null, solutionId: string) {
  return db
    .select({ id: cases.id, slug: cases.slug, title: cases.title })
    .from(caseSolutions)
    .innerJoin(cases, eq(cases.id, caseSolutions.caseId))
    .where(and(eq(caseSolutions.solutionId, solutionId), visibleTo(actor, cases)));
}

export async function solutionSlugTaken(db: Database, slug: string) {
  const [row] = await db
    .select({ id: solutions.id })
    .from(solutions)
    .where(eq(solutions.slug, slug));
  return Boolean(row);
}

export async function insertSolution(db: Database, values: SolutionInsert) {
  const [row] = await db.insert(solutions).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateSolutionIfVersion(
  db: Database,
  id: string,
  expectedVersion: number,
  values: Partial<SolutionInsert>,
) {
  const [row] = await db
    .update(solutions)
    .set({ ...values, version: sql`${solutions.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(solutions.id, id), eq(solutions.version, expectedVersion)))
    .returning();
  return row ?? null;
}

/** Replaces a solution's deployments with the given list (inside the caller's transaction). */
export async function replaceDeployments(
  db: Database,
  solutionId: string,
  deployments: Omit<typeof solutionDeployments.$inferInsert, "solutionId">[],
) {
  await db.delete(solutionDeployments).where(eq(solutionDeployments.solutionId, solutionId));
  if (deployments.length > 0) {
    await db.insert(solutionDeployments).values(deployments.map((d) => ({ ...d, solutionId })));
  }
}

export async function deleteSolutionRow(db: Database, id: string) {
  await db.delete(solutions).where(eq(solutions.id, id));
}
