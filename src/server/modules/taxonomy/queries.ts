import { asc } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { areas, sdgs } from "../../db/schema/index.ts";

export async function selectTaxonomy(db: Database) {
  const [areaRows, sdgRows] = await Promise.all([
    db.select().from(areas).orderBy(asc(areas.position)),
    db.select().from(sdgs).orderBy(asc(sdgs.number)),
  ]);
  return { areas: areaRows, sdgs: sdgRows };
}
