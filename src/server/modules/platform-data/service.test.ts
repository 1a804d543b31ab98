import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../../../tests/support/test-app.ts";
import { loadDemoData } from "../../../demo/load.ts";
import type { DatabaseHandle } from "../../db/client.ts";
import { AppError } from "../../http/errors.ts";
import { countRows } from "./queries.ts";
import { exportPlatformData, importPlatformData } from "./service.ts";

let source: DatabaseHandle;
let target: DatabaseHandle;
beforeAll(async () => {
  [source, target] = await Promise.all([openTestDatabase(), openTestDatabase()]);
  await loadDemoData(source.db);
});
afterAll(async () => {
  await Promise.all([source.close(), target.close()]);
});

const when = new Date("2026-11-23T12:00:00Z");

describe("export and import", () => {
  it("round-trips all platform data losslessly", async () => {
    const exported = await exportPlatformData(source.db, when);
    expect(exported.tables.cities?.length).toBeGreaterThanOrEqual(110);
    const summary = await importPlatformData(target.db, exported);
    expect(summary.rows.organizations).toBe(exported.tables.organizations?.length);
    const again = await exportPlatformData(target.db, when);
    expect(again).toEqual(exported);
  });

  it("refuses to mix with existing data unless asked to replace it", async () => {
    const exported = await exportPlatformData(source.db, when);
    await expect(importPlatformData(target.db, exported)).rejects.toMatchObject({
      code: "conflict",
    });
    const replaced = await importPlatformData(target.db, exported, { replace: true });
    expect(replaced.replaced).toBe(true);
    expect(await exportPlatformData(target.db, when)).toEqual(exported);
  });

  it("lands nothing when one row is bad, and names the table and rows", async () => {
    const empty = await openTestDatabase();
    try {
      const exported = await exportPlatformData(source.db, when);
      const events = exported.tables.events ?? [];
      const broken = structuredClone(exported);
      broken.tables.events = events.map((event, index) =>
        index === events.length - 1 ? { ...event, endsOn: "1999-01-01" } : event,
      );
      const error = await importPlatformData(empty.db, broken).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(/Table events, rows 1–2: .*events_dates_ordered/);
      for (const table of ["organizations", "cities", "people", "events"] as const) {
        expect(await countRows(empty.db, table)).toBe(0);
      }

      const unknownColumn = structuredClone(exported);
      unknownColumn.tables.people = [{ ...(exported.tables.people?.[0] ?? {}), shoeSize: 44 }];
      await expect(importPlatformData(empty.db, unknownColumn)).rejects.toThrow(
        /Table people, row 1: unknown columns shoeSize/,
      );
      await expect(importPlatformData(empty.db, { format: "something-else" })).rejects.toThrow(
        /Not a citymatch export/,
      );
    } finally {
      await empty.close();
    }
  });
});
