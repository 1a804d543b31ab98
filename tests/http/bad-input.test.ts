import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPerson } from "../support/builders.ts";
import { type RoleFixture, seedRoles } from "../support/roles.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let fx: RoleFixture;
let personId: string;

beforeAll(async () => {
  t = await startTestApp();
  fx = await seedRoles(t.app, t.database.db);
  personId = (await buildPerson(t.database.db)).id;
});
afterAll(() => t.close());

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function realPath(url: string): string {
  return url
    .replace(":participationId", "00000000-0000-4000-8000-000000000000")
    .replace("/saved/:kind/:type/", "/saved/bookmark/challenge/")
    .replace(":kind", "challenges")
    .replace(":currency/:validFrom", "EUR/2026-01-01")
    .replace(":code", "TestIndicator")
    .replace(":personId", personId)
    .replace(
      ":id",
      url.startsWith("/api/v1/cities")
        ? fx.city.id
        : url.startsWith("/api/v1/events")
          ? fx.event.id
          : url.startsWith("/api/v1/people")
            ? personId
            : fx.organization.id,
    );
}

interface ErrorBody {
  error: { code: string; message: string; details: { issues?: { path: string }[] } | null };
}

function expectErrorBody(body: unknown, label: string) {
  const error = (body as ErrorBody).error;
  expect(error, label).toBeDefined();
  expect(typeof error.code, label).toBe("string");
  expect(error.message.length, label).toBeGreaterThan(0);
  expect(JSON.stringify(body), label).not.toMatch(/\n\s+at |node_modules/);
}

describe("bad input to every write route", () => {
  it("gets a 4xx with the error body, naming the field, for a body of the wrong shape", async () => {
    const writeRoutes = t.app.declaredRoutes.filter((route) => WRITE_METHODS.has(route.method));
    // Every write route either validates a JSON body or takes none (DELETE, sign-out,
    // saving a bookmark) or a file (imports, tested with bad files in its own suite).
    expect(writeRoutes.filter((route) => route.hasBody).length).toBeGreaterThan(15);
    expect(writeRoutes.length).toBeGreaterThan(15);
    const unexpected: string[] = [];
    for (const route of writeRoutes) {
      const label = `${route.method} ${route.url}`;
      const hasPathId = route.url.includes(":");
      // 1. A JSON body that is not an object (routes that take a body) …
      if (route.hasBody) {
        const response = await call(t.app, fx.sessions.platformAdmin, {
          method: route.method,
          url: realPath(route.url),
          payload: [1, 2, 3],
        });
        expectErrorBody(response.json(), label);
        if (response.statusCode !== 400 || response.json().error.code !== "validation_failed") {
          unexpected.push(`${label} with an array body: ${response.statusCode} ${response.body}`);
        } else {
          expect(response.json().error.details.issues[0].path, label).toMatch(/^body/);
        }
      }
      // 2. … and a path id that is not an id (routes with one).
      if (hasPathId) {
        const response = await call(t.app, fx.sessions.platformAdmin, {
          method: route.method,
          // Spaces make it no id, slug or code of any kind.
          url: route.url.replace(/:(\w+)/g, encodeURIComponent("not an id")),
          ...(route.method === "DELETE" ? {} : { payload: {} }),
        });
        expectErrorBody(response.json(), label);
        if (response.statusCode !== 400) {
          unexpected.push(`${label} with a bad id: ${response.statusCode} ${response.body}`);
        } else {
          expect(response.json().error.details.issues[0].path, label).toMatch(/^params/);
        }
      }
    }
    expect(unexpected).toEqual([]);
  });

  it("refuses malformed JSON and wrong content types with 400, never 500", async () => {
    const malformed = await call(t.app, fx.sessions.platformAdmin, {
      method: "POST",
      url: "/api/v1/organizations",
      payload: "{ not json",
      headers: { "content-type": "application/json" },
    });
    expect(malformed.statusCode).toBe(400);
    expectErrorBody(malformed.json(), "malformed");
    const text = await call(t.app, fx.sessions.platformAdmin, {
      method: "POST",
      url: "/api/v1/organizations",
      payload: "kind=company",
      headers: { "content-type": "text/plain" },
    });
    expect(text.statusCode).toBeGreaterThanOrEqual(400);
    expect(text.statusCode).toBeLessThan(500);
  });

  it("refuses oversized fields and unknown enum values, naming them", async () => {
    const response = await call(t.app, fx.sessions.platformAdmin, {
      method: "PATCH",
      url: `/api/v1/organizations/${fx.organization.id}`,
      payload: { name: "x".repeat(5000), kind: "cartel" },
    });
    expect(response.statusCode).toBe(400);
    const paths = (response.json() as ErrorBody).error.details?.issues?.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["body.name", "body.kind"]));
  });

  it("answers unknown API routes with a 404 error body", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/v1/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("not_found");
  });
});
