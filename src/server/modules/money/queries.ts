import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { exchangeRates } from "../../db/schema/index.ts";

export async function selectExchangeRates(db: Database) {
  return db
    .select()
    .from(exchangeRates)
    .orderBy(asc(exchangeRates.currency), asc(exchangeRates.validFrom));
}

export async function upsertExchangeRate(db: Database, row: typeof exchangeRates.$inferInsert) {
  await db
    .insert(exchangeRates)
    .values(row)
    .onConflictDoUpdate({
      target: [exchangeRates.currency, exchangeRates.validFrom],
      set: { usdPerUnit: row.usdPerUnit },
    });
}

export async function deleteExchangeRate(db: Database, currency: string, validFrom: string) {
  const deleted = await db
    .delete(exchangeRates)
    .where(and(eq(exchangeRates.currency, currency), eq(exchangeRates.validFrom, validFrom)))
    .returning({ currency: exchangeRates.currency });
  return deleted.length > 0;
}
