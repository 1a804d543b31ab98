import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RoleFixture, seedRoles } from "../../../../tests/support/roles.ts";
import { call, startTestApp, type TestApp } from "../../../../tests/support/test-app.ts";

let t: TestApp;
let roles: RoleFixture;

beforeAll(async () => {
  t = await startTestApp();
  roles = await seedRoles(t.app, t.database.db);
});
afterAll(() => t.close());

describe("exchange rates", () => {
  it("are kept by organizers and admins and read by anyone", async () => {
    const put = (role: keyof RoleFixture["sessions"], url: string, payload: unknown) =>
      call(t.app, roles.sessions[role], { method: "PUT", url, payload });
    expect(
      (await put("organizer", "/api/v1/exchange-rates/EUR/2026-01-01", { usdPerUnit: "1.0825" }))
        .statusCode,
    ).toBe(200);
    expect(
      (await put("platformAdmin", "/api/v1/exchange-rates/EUR/2026-07-01", { usdPerUnit: "1.1" }))
        .statusCode,
    ).toBe(200);
    expect(
      (await put("member", "/api/v1/exchange-rates/EUR/2026-01-01", { usdPerUnit: "9" }))
        .statusCode,
    ).toBe(403);
    expect(
      (await put("anonymous", "/api/v1/exchange-rates/EUR/2026-01-01", { usdPerUnit: "9" }))
        .statusCode,
    ).toBe(401);
    const list = await call(t.app, null, { method: "GET", url: "/api/v1/exchange-rates" });
    expect(list.json().items).toEqual([
      { currency: "EUR", validFrom: "2026-01-01", usdPerUnit: "1.0825000000" },
      { currency: "EUR", validFrom: "2026-07-01", usdPerUnit: "1.1000000000" },
    ]);
  });

  it("refuses unknown currencies and non-positive rates, naming the field", async () => {
    const bad = async (url: string, payload: unknown) => {
      const response = await call(t.app, roles.sessions.organizer, { method: "PUT", url, payload });
      expect(response.statusCode).toBe(400);
      const issues: { path: string }[] = response.json().error.details.issues;
      return [...new Set(issues.map((issue) => issue.path))];
    };
    expect(await bad("/api/v1/exchange-rates/XYZ/2026-01-01", { usdPerUnit: "1" })).toEqual([
      "params.currency",
    ]);
    expect(await bad("/api/v1/exchange-rates/EUR/2026-13-01", { usdPerUnit: "1" })).toEqual([
      "params.validFrom",
    ]);
    expect(await bad("/api/v1/exchange-rates/EUR/2026-01-01", { usdPerUnit: "0" })).toEqual([
      "body.usdPerUnit",
    ]);
    expect(await bad("/api/v1/exchange-rates/EUR/2026-01-01", { usdPerUnit: "-1" })).toEqual([
      "body.usdPerUnit",
    ]);
    const missing = await call(t.app, roles.sessions.organizer, {
      method: "DELETE",
      url: "/api/v1/exchange-rates/GBP/2026-01-01",
    });
    expect(missing.statusCode).toBe(404);
  });
});
