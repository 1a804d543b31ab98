import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.ts";
import type { DatabaseHandle } from "../../src/server/db/client.ts";
import { openTestDatabase } from "../support/test-app.ts";

const webRoot = mkdtempSync(path.join(tmpdir(), "citymatch-web-"));
let app: FastifyInstance;
let database: DatabaseHandle;

beforeAll(async () => {
  mkdirSync(path.join(webRoot, "assets"));
  writeFileSync(path.join(webRoot, "index.html"), "<!doctype html><title>citymatch</title>");
  writeFileSync(path.join(webRoot, "assets", "main-1.js"), "console.log(1)");
  database = await openTestDatabase();
  app = await buildApp({ database, webRoot });
});
afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe("serving the web app", () => {
  it("answers the home page and client routes with the app, assets as files, with a CSP", async () => {
    const home = await app.inject({ method: "GET", url: "/" });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain("<title>citymatch</title>");
    const page = await app.inject({ method: "GET", url: "/cities/barcelona-es?tab=map" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain("<title>citymatch</title>");
    expect(page.headers["content-security-policy"]).toContain("script-src 'self'");
    const asset = await app.inject({ method: "GET", url: "/assets/main-1.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["content-type"]).toContain("javascript");
  });

  it("serves an asset written after start (a rebuild) and 404s a missing one", async () => {
    writeFileSync(path.join(webRoot, "assets", "main-2.js"), "console.log(2)");
    expect((await app.inject({ method: "GET", url: "/assets/main-2.js" })).statusCode).toBe(200);
    const missing = await app.inject({ method: "GET", url: "/assets/gone-0.js" });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["content-type"]).not.toContain("text/html");
  });

  it("keeps unknown API routes as JSON 404s", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/not-a-route" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("not_found");
  });
});
