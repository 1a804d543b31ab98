import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildEvent,
  buildOrganization,
  buildParticipation,
  buildPerson,
} from "../../../../tests/support/builders.ts";
import {
  call,
  multipartFile,
  type Session,
  signIn,
  startTestApp,
  type TestApp,
} from "../../../../tests/support/test-app.ts";

let t: TestApp;
let organizer: Session;
let provider: Session;
let providerOrgId: string;

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  await buildOrganization(db, {
    kind: "city-government",
    slug: "lisbon-city",
    name: "Lisbon City Council",
    country: "PT",
  });
  await buildOrganization(db, {
    kind: "city-government",
    slug: "accra-city",
    name: "Accra Metropolitan Assembly",
    country: "GH",
  });
  const event = await buildEvent(db);
  const person = await buildPerson(db);
  await buildParticipation(db, { eventId: event.id, personId: person.id, role: "organizer" });
  organizer = await signIn(t.app, person.email, person.password);
  providerOrgId = (await buildOrganization(db, { kind: "startup" })).id;
  const staff = await buildPerson(db, { organizationId: providerOrgId });
  provider = await signIn(t.app, staff.email, staff.password);
});
afterAll(() => t.close());

const upload = (
  session: Session,
  kind: string,
  filename: string,
  content: string | Buffer,
  dryRun: boolean,
) => {
  const { payload, headers } = multipartFile(filename, content);
  return call(t.app, session, {
    method: "POST",
    url: `/api/v1/imports/${kind}?dryRun=${dryRun}`,
    payload,
    headers,
  });
};

const goodCsv = [
  "organization,title,summary,domains,sdgs,budget_min,budget_max,currency,stage,deadline,visibility",
  "lisbon-city,Cooling the Baixa,Shade and misting for heat waves,energy-environment;safety-resilience,11;13,100000,400000,EUR,funded,2027-06-30,public",
  "accra-city,Drainage sensors for Odaw river,Early warning of flash floods,safety-resilience,11,50000,250000,USD,scoping,2027-03-31,public",
].join("\n");

describe("bulk import", () => {
  it("reports every bad row in a dry run and writes nothing, then imports the fixed file whole", async () => {
    const badCsv = `${goodCsv}\nlisbon-city,X,too short title,teleportation,19,-5,,EUR,someday,,public`;
    const dry = await upload(organizer, "challenges", "list.csv", badCsv, true);
    expect(dry.statusCode).toBe(200);
    const report = dry.json();
    expect(report).toMatchObject({ rows: 3, valid: 2, created: 0, dryRun: true });
    const problems = report.errors.map(
      (e: { row: number; column: string }) => `${e.row}:${e.column}`,
    );
    expect(problems).toEqual(
      expect.arrayContaining(["3:title", "3:domains", "3:sdgs", "3:budget_min", "3:stage"]),
    );
    expect(report.errors.every((e: { row: number }) => e.row === 3)).toBe(true);

    const refused = await upload(organizer, "challenges", "list.csv", badCsv, false);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.errorCount).toBeGreaterThan(0);
    const search = await t.app.inject({ method: "GET", url: "/api/v1/search?q=Baixa" });
    expect(search.json().total).toBe(0);

    const imported = await upload(organizer, "challenges", "list.csv", goodCsv, false);
    expect(imported.statusCode).toBe(201);
    expect(imported.json()).toMatchObject({ rows: 2, created: 2, errorCount: 0 });
    const found = await t.app.inject({ method: "GET", url: "/api/v1/search?q=Baixa" });
    expect(found.json().items[0]).toMatchObject({ title: "Cooling the Baixa", country: "PT" });
  });

  it("reads XLSX and semicolon CSV, and lets providers import only for their organization", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Solutions");
    sheet.addRow(["Title", "TRL", "Price model", "Domains", "Visibility"]);
    sheet.addRow(["Misting kiosks", 7, "per-unit", "energy-environment", "public"]);
    sheet.addRow(["Drain level radar", 9, "subscription", "safety-resilience", "public"]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload(provider, "solutions", "solutions.xlsx", xlsx, false);
    expect(response.statusCode).toBe(201);
    expect(response.json().created).toBe(2);
    const listed = await t.app.inject({
      method: "GET",
      url: `/api/v1/solutions?organization=${providerOrgId}`,
    });
    expect(
      listed
        .json()
        .items.map((s: { title: string }) => s.title)
        .sort(),
    ).toEqual(["Drain level radar", "Misting kiosks"]);

    const semicolons = "title;trl;organization\nForeign solution;5;lisbon-city";
    const foreign = await upload(provider, "solutions", "s.csv", semicolons, true);
    expect(foreign.json().errors).toEqual([
      { row: 1, column: "organization", message: "you may not publish for this organization" },
    ]);
  });

  it("refuses files it cannot read with a clear message", async () => {
    const latin1 = Buffer.from("title,trl\nAçaí sensors,5\n", "latin1");
    const encoding = await upload(provider, "solutions", "s.csv", latin1, true);
    expect(encoding.statusCode).toBe(400);
    expect(encoding.json().error.message).toMatch(/UTF-8/);
    const missing = await upload(
      provider,
      "solutions",
      "s.csv",
      "title,colour\nA thing,blue\n",
      true,
    );
    expect(missing.statusCode).toBe(200);
    expect(missing.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 0, column: "colour" }),
        expect.objectContaining({ row: 0, column: "trl", message: "missing column" }),
      ]),
    );
    const notXlsx = await upload(provider, "solutions", "s.xlsx", "not a workbook", true);
    expect(notXlsx.statusCode).toBe(400);
    const pdf = await upload(provider, "solutions", "s.pdf", "%PDF", true);
    expect(pdf.json().error.message).toMatch(/not a .csv or .xlsx/);
    const notMultipart = await call(t.app, provider, {
      method: "POST",
      url: "/api/v1/imports/solutions",
      payload: { title: "x" },
    });
    expect(notMultipart.statusCode).toBe(400);
  });

  it("takes 100,000 rows or refuses more, never partially", async () => {
    const header = "title,trl,organization\n";
    const tooMany = header + "Sensor kit,5,\n".repeat(100_001);
    const response = await upload(provider, "solutions", "big.csv", tooMany, true);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/Too many rows: 100001/);
  });
});
