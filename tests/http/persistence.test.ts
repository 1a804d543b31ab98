import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.ts";
import { openDatabase } from "../../src/server/db/client.ts";
import { buildPerson } from "../support/builders.ts";
import { call, signIn } from "../support/test-app.ts";

const dataDir = mkdtempSync(path.join(tmpdir(), "citymatch-persist-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("embedded database", () => {
  it("keeps data across a restart (write, stop, start, read)", async () => {
    const first = await openDatabase({ dataDir });
    await first.migrate();
    const app = await buildApp({ database: first });
    const person = await buildPerson(first.db, { isPlatformAdmin: true });
    const session = await signIn(app, person.email, person.password);
    const created = await call(app, session, {
      method: "POST",
      url: "/api/v1/organizations",
      payload: { kind: "university", name: "Restart Institute of Technology", country: "NL" },
    });
    expect(created.statusCode).toBe(201);
    await app.close();
    await first.close();

    const second = await openDatabase({ dataDir });
    await second.migrate();
    const again = await buildApp({ database: second });
    const read = await again.inject({
      method: "GET",
      url: `/api/v1/organizations/${created.json().slug}`,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().name).toBe("Restart Institute of Technology");
    // The session outlives the restart too: it is stored, not held in memory.
    const me = await call(again, session, { method: "GET", url: "/api/v1/me" });
    expect(me.json().person.id).toBe(person.id);
    await again.close();
    await second.close();
  });
});
