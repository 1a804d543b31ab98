import { count, getTableColumns, sql } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../../db/client.ts";
import {
  apiTokens,
  calendarFeeds,
  caseKpis,
  casePartners,
  caseSolutions,
  cases,
  challengeListItems,
  challengeLists,
  challenges,
  cities,
  compositeIndices,
  connectionSteps,
  connections,
  events,
  exchangeRates,
  indicators,
  indicatorUnits,
  indicatorValues,
  itemVersions,
  matchFeedback,
  matchSettings,
  meetingAttendees,
  meetingProgrammes,
  meetingRequests,
  meetingScheduleRuns,
  meetingSessions,
  meetingSlots,
  meetings,
  meetingUnavailability,
  notifications,
  organizations,
  participations,
  people,
  savedItems,
  searchItems,
  solutionDeployments,
  solutions,
} from "../../db/schema/index.ts";

/**
 * Exported tables in an order where every row's references come before it. The one
 * cycle (organizations.city_id ↔ cities.organization_id) is broken by inserting
 * organizations without their city and linking them after the cities.
 */
export const EXPORTED_TABLES = {
  organizations,
  cities,
  people,
  events,
  participations,
  apiTokens,
  challenges,
  solutions,
  solutionDeployments,
  cases,
  casePartners,
  caseKpis,
  caseSolutions,
  challengeLists,
  challengeListItems,
  itemVersions,
  savedItems,
  exchangeRates,
  connections,
  connectionSteps,
  notifications,
  matchFeedback,
  matchSettings,
  meetingProgrammes,
  meetingSessions,
  meetingSlots,
  meetingUnavailability,
  meetingRequests,
  meetings,
  meetingAttendees,
  meetingScheduleRuns,
  calendarFeeds,
  indicators,
  indicatorUnits,
  indicatorValues,
  compositeIndices,
} satisfies Record<string, PgTable>;
export type ExportedTableName = keyof typeof EXPORTED_TABLES;
export const EXPORT_ORDER = Object.keys(EXPORTED_TABLES) as ExportedTableName[];

/** Rows in primary-key order, so two exports of the same data are identical. */
export async function selectAllRows(db: Database, name: ExportedTableName) {
  const table = EXPORTED_TABLES[name] as PgTable;
  const config = getTableConfig(table);
  const keyColumns = config.columns.filter((column) => column.primary);
  const orderBy = keyColumns.length > 0 ? keyColumns : (config.primaryKeys[0]?.columns ?? []);
  return db
    .select()
    .from(table)
    .orderBy(...orderBy) as Promise<Record<string, unknown>[]>;
}

export async function countRows(db: Database, name: ExportedTableName) {
  const [row] = await db.select({ rows: count() }).from(EXPORTED_TABLES[name] as PgTable);
  return row?.rows ?? 0;
}

export async function insertRows(
  db: Database,
  name: ExportedTableName,
  rows: Record<string, unknown>[],
) {
  if (rows.length === 0) return;
  await db.insert(EXPORTED_TABLES[name] as PgTable).values(rows);
}

export async function linkOrganizationCity(db: Database, organizationId: string, cityId: string) {
  await db
    .update(organizations)
    .set({ cityId })
    .where(sql`${organizations.id} = ${organizationId}`);
}

/**
 * Deletes all platform data, children first, inside the caller's transaction. TRUNCATE
 * fires no DELETE triggers, so the derived search index is emptied with it.
 */
export async function deleteAllPlatformData(db: Database) {
  const tables = [...Object.values(EXPORTED_TABLES), searchItems];
  await db.execute(
    sql`TRUNCATE ${sql.join(
      tables.map((table) => sql`${table}`),
      sql`, `,
    )} CASCADE`,
  );
}

export function dateColumnKeys(name: ExportedTableName): string[] {
  return Object.entries(getTableColumns(EXPORTED_TABLES[name]))
    .filter(([, column]) => column.dataType === "date")
    .map(([key]) => key);
}

export function columnKeys(name: ExportedTableName): Set<string> {
  return new Set(Object.keys(getTableColumns(EXPORTED_TABLES[name])));
}
