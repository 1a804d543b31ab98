import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe("OpenAPI", () => {
  it("serves a valid OpenAPI 3.1 document", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe("3.1.0");
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(["Organization", "City", "Person", "Event", "Me"]),
    );
  });

  it("serves the docs page", async () => {
    const page = await t.app.inject({ method: "GET", url: "/api/docs" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Swagger UI");
    const spec = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(spec.json().paths["/api/v1/cities"]).toBeDefined();
  });
});
