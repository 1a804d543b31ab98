import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import {
  cities,
  compositeIndices,
  indicators,
  indicatorUnits,
  indicatorValues,
} from "../../db/schema/index.ts";

export type IndicatorRow = typeof indicators.$inferSelect;
export type UnitRow = typeof indicatorUnits.$inferSelect;
export type IndexRow = typeof compositeIndices.$inferSelect;

/** The catalogue with, per indicator, how many values it has and for which years. */
export async function selectIndicators(db: Database) {
  const rows = await db
    .select({
      indicator: indicators,
      values: sql<number>`(SELECT count(*)::int FROM indicator_values v WHERE v.indicator_code = ${indicators.code})`,
      years: sql<
        number[]
      >`array(SELECT DISTINCT v.year::int FROM indicator_values v WHERE v.indicator_code = ${indicators.code} ORDER BY 1)`,
    })
    .from(indicators)
    .orderBy(asc(indicators.theme), asc(indicators.code));
  return rows;
}

export async function selectIndicatorsByCode(db: Database, codes: string[]) {
  if (codes.length === 0) return [];
  return db.select().from(indicators).where(inArray(indicators.code, codes));
}

export async function upsertIndicators(db: Database, rows: (typeof indicators.$inferInsert)[]) {
  for (const row of rows)
    await db
      .insert(indicators)
      .values(row)
      .onConflictDoUpdate({
        target: indicators.code,
        set: {
          name: row.name,
          unit: row.unit ?? "",
          direction: row.direction ?? 1,
          theme: row.theme ?? "",
          source: row.source ?? "",
          description: row.description ?? "",
          isDenominator: row.isDenominator ?? false,
          denominatorCode: row.denominatorCode ?? null,
          updatedAt: row.updatedAt ?? new Date(),
        },
      });
}

export async function deleteIndicatorRow(db: Database, code: string) {
  const deleted = await db
    .delete(indicators)
    .where(eq(indicators.code, code))
    .returning({ code: indicators.code });
  return deleted.length > 0;
}

export async function selectUnits(db: Database, codes?: string[]) {
  const query = db
    .select({
      unit: indicatorUnits,
      citySlug: cities.slug,
      country: cities.country,
      continent: cities.continent,
      latitude: cities.latitude,
      longitude: cities.longitude,
    })
    .from(indicatorUnits)
    .leftJoin(cities, eq(cities.id, indicatorUnits.cityId));
  return codes ? query.where(inArray(indicatorUnits.code, codes)) : query;
}
export type UnitWithCity = Awaited<ReturnType<typeof selectUnits>>[number];

export async function upsertUnits(db: Database, rows: (typeof indicatorUnits.$inferInsert)[]) {
  for (const row of rows)
    await db
      .insert(indicatorUnits)
      .values(row)
      .onConflictDoUpdate({
        target: indicatorUnits.code,
        set: {
          name: row.name,
          kind: row.kind ?? "city",
          cityId: row.cityId ?? null,
          groups: sql`${indicatorUnits.groups} || ${JSON.stringify(row.groups ?? {})}::jsonb`,
        },
      });
}

export async function selectCityIdsBySlug(db: Database, slugs: string[]) {
  if (slugs.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: cities.id, slug: cities.slug })
    .from(cities)
    .where(inArray(cities.slug, slugs));
  return new Map(rows.map((row) => [row.slug, row.id]));
}

/** Replaces the values of these indicators for these units and year with the given ones. */
export async function replaceValues(
  db: Database,
  scope: { codes: string[]; units: string[]; year: number },
  rows: (typeof indicatorValues.$inferInsert)[],
) {
  if (scope.codes.length > 0 && scope.units.length > 0)
    await db
      .delete(indicatorValues)
      .where(
        and(
          inArray(indicatorValues.indicatorCode, scope.codes),
          inArray(indicatorValues.unitCode, scope.units),
          eq(indicatorValues.year, scope.year),
        ),
      );
  for (let start = 0; start < rows.length; start += 1000)
    await db.insert(indicatorValues).values(rows.slice(start, start + 1000));
}

export async function selectValues(
  db: Database,
  filter: { codes?: string[]; year?: number; unit?: string },
) {
  return db
    .select()
    .from(indicatorValues)
    .where(
      and(
        filter.codes ? inArray(indicatorValues.indicatorCode, filter.codes) : undefined,
        filter.year !== undefined ? eq(indicatorValues.year, filter.year) : undefined,
        filter.unit ? eq(indicatorValues.unitCode, filter.unit) : undefined,
      ),
    )
    .orderBy(
      asc(indicatorValues.unitCode),
      asc(indicatorValues.indicatorCode),
      desc(indicatorValues.year),
    );
}

export async function selectIndices(db: Database, publishedOnly: boolean) {
  return db
    .select({
      id: compositeIndices.id,
      slug: compositeIndices.slug,
      name: compositeIndices.name,
      description: compositeIndices.description,
      year: compositeIndices.year,
      unitKind: compositeIndices.unitKind,
      status: compositeIndices.status,
      synthetic: compositeIndices.synthetic,
      publishedAt: compositeIndices.publishedAt,
      builtAt: compositeIndices.builtAt,
      units: sql<number>`coalesce(jsonb_array_length(${compositeIndices.published} -> 'result' -> 'results'), 0)::int`,
    })
    .from(compositeIndices)
    .where(publishedOnly ? sql`${compositeIndices.published} IS NOT NULL` : undefined)
    .orderBy(desc(compositeIndices.year), asc(compositeIndices.name));
}

export async function selectIndex(
  db: Database,
  where: { id: string } | { slug: string },
  forUpdate = false,
) {
  const query = db
    .select()
    .from(compositeIndices)
    .where(
      "id" in where ? eq(compositeIndices.id, where.id) : eq(compositeIndices.slug, where.slug),
    );
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

export async function insertIndex(db: Database, values: typeof compositeIndices.$inferInsert) {
  const [row] = await db.insert(compositeIndices).values(values).returning();
  if (!row) throw new Error("index not inserted");
  return row;
}

export async function updateIndex(
  db: Database,
  id: string,
  values: Partial<typeof compositeIndices.$inferInsert>,
  whileAnalysis?: IndexRow["analysisStatus"],
) {
  const updated = await db
    .update(compositeIndices)
    .set(values)
    .where(
      and(
        eq(compositeIndices.id, id),
        whileAnalysis ? eq(compositeIndices.analysisStatus, whileAnalysis) : undefined,
      ),
    )
    .returning({ id: compositeIndices.id });
  return updated.length > 0;
}

export async function deleteIndexRow(db: Database, id: string) {
  await db.delete(compositeIndices).where(eq(compositeIndices.id, id));
}

/** Indices whose framework names an indicator: it cannot leave the catalogue. */
export async function selectIndicesUsing(db: Database, code: string) {
  const rows = await db
    .select({ slug: compositeIndices.slug })
    .from(compositeIndices)
    .where(sql`${compositeIndices.framework} @> ${JSON.stringify([{ code }])}::jsonb`);
  return rows.map((row) => row.slug);
}

/** Analyses a stopped process left running. */
export async function failAbandonedAnalyses(db: Database) {
  await db
    .update(compositeIndices)
    .set({
      analysisStatus: "failed",
      analysisError: "interrupted: the server stopped during the analysis",
    })
    .where(eq(compositeIndices.analysisStatus, "running"));
}
