import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe("smoke", () => {
  it("answers health", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: "ok" });
  });
  it("has the taxonomy", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/v1/taxonomy" });
    expect(response.json().areas).toHaveLength(8);
  });
});
