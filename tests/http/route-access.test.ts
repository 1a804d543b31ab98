import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Access } from "../../src/server/http/access.ts";
import { buildPerson } from "../support/builders.ts";
import { ROLES, type Role, type RoleFixture, seedRoles } from "../support/roles.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let fx: RoleFixture;
let otherPersonId: string;

beforeAll(async () => {
  t = await startTestApp();
  fx = await seedRoles(t.app, t.database.db);
  otherPersonId = (await buildPerson(t.database.db)).id;
});
afterAll(() => t.close());

/** Real ids for every path parameter, so requests reach the access layer and beyond. */
function fillPath(url: string): string {
  return url
    .replace(
      ":idOrSlug",
      url.includes("/cities/")
        ? fx.city.slug
        : url.includes("/events/")
          ? fx.event.slug
          : fx.organization.slug,
    )
    .replace(":participationId", "00000000-0000-4000-8000-000000000000")
    .replace("/saved/:kind/:type/", "/saved/bookmark/challenge/")
    .replace(":kind", "challenges")
    .replace(":personId", otherPersonId)
    .replace(
      ":id",
      url.startsWith("/api/v1/cities")
        ? fx.city.id
        : url.startsWith("/api/v1/events")
          ? fx.event.id
          : url.startsWith("/api/v1/people")
            ? otherPersonId
            : url.startsWith("/api/v1/me/tokens")
              ? "00000000-0000-4000-8000-000000000000"
              : fx.organization.id,
    );
}

/** What the declared access alone allows: the route-level answer before any policy. */
function accessAnswer(access: Access, role: Role): "allowed" | 401 | 403 {
  if (access === "public") return "allowed";
  if (role === "anonymous") return 401;
  if (access === "platform-admin" && role !== "platformAdmin") return 403;
  return "allowed";
}

describe("every API route × every role", () => {
  it("declares access on every API route, and the OpenAPI document lists them all", async () => {
    const routes = t.app.declaredRoutes;
    expect(routes.length).toBeGreaterThan(30);
    const document = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const route of routes) {
      if (route.url === "/api/openapi.json") continue;
      const openApiPath = route.url.replace(/:(\w+)/g, "{$1}");
      expect(
        document.paths[openApiPath]?.[route.method.toLowerCase()],
        `${route.method} ${route.url}`,
      ).toBeDefined();
    }
  });

  it("answers each role as the route's declared access says, and never with a 500", async () => {
    const failures: string[] = [];
    for (const route of t.app.declaredRoutes) {
      if (route.url === "/api/v1/auth/sign-out") continue; // would end the role's session
      for (const role of ROLES) {
        const response = await call(t.app, fx.sessions[role], {
          method: route.method,
          url: fillPath(route.url),
          ...(["POST", "PUT", "PATCH"].includes(route.method) ? { payload: {} } : {}),
        });
        const expected = accessAnswer(route.access, role);
        const status = response.statusCode;
        const isJson = String(response.headers["content-type"] ?? "").includes("json");
        const body =
          isJson && response.body ? (response.json() as { error?: { code: string } }) : {};
        const ok =
          status < 500 &&
          (expected === "allowed"
            ? status !== 401 && !(status === 403 && body.error?.code === "csrf_invalid")
            : status === expected);
        if (!ok)
          failures.push(
            `${route.method} ${route.url} as ${role}: ${status} ${response.body.slice(0, 120)}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });
});
