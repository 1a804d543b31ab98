import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  type Session,
  signIn,
  startTestApp,
  type TestApp,
} from "../../../../tests/support/test-app.ts";
import { SHANGHAI_OUTCOMES } from "../../../demo/deals.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoData } from "../../../demo/load.ts";
import type { Outcomes, PublicOutcomes } from "./schema.ts";

let t: TestApp;
let organizer: Session;
let provider: Session;

beforeAll(async () => {
  t = await startTestApp();
  await loadDemoData(t.database.db);
  organizer = await signIn(t.app, DEMO_ACCOUNTS.organizer, DEMO_PASSWORD);
  provider = await signIn(t.app, DEMO_ACCOUNTS.provider, DEMO_PASSWORD);
}, 60_000);
afterAll(() => t.close());

const get = (session: Session | null, url: string) => call(t.app, session, { method: "GET", url });

describe("outcomes", () => {
  it("produces the seed documents' figures for the Shanghai edition from its own records", async () => {
    const response = await get(organizer, "/api/v1/events/shanghai-2026/outcomes");
    expect(response.statusCode).toBe(200);
    const { funnel, breakdowns, timeline } = response.json() as Outcomes;
    expect(funnel).toMatchObject({
      pairs: SHANGHAI_OUTCOMES.pairs,
      meetings: SHANGHAI_OUTCOMES.meetings,
      intentions: SHANGHAI_OUTCOMES.intentions,
      contracts: SHANGHAI_OUTCOMES.contracts,
      unconverted: 0,
    });
    // Kept in several currencies, converted at the organizers' dated rates.
    expect(Math.abs(Number(funnel.valueUsd) - SHANGHAI_OUTCOMES.valueUsd)).toBeLessThan(1);
    expect(funnel.conversion.contractsPerIntention).toBeCloseTo(39 / 122, 3);
    // Spread: several domains, regions and provider kinds each carry deals.
    expect(breakdowns.domain.filter((row) => row.contracts > 0).length).toBeGreaterThanOrEqual(6);
    expect(breakdowns.region.filter((row) => row.pairs > 0).length).toBeGreaterThanOrEqual(5);
    expect(breakdowns.providerKind.reduce((sum, row) => sum + row.pairs, 0)).toBe(
      SHANGHAI_OUTCOMES.pairs,
    );
    // The busiest meeting days are the event's.
    const meetingDays = timeline.filter((day) => day.meetings > 0).map((day) => day.day);
    expect(meetingDays).toEqual([
      "2026-09-01",
      "2026-09-02",
      "2026-09-03",
      "2026-09-04",
      "2026-09-05",
    ]);
    expect(timeline.reduce((sum, day) => sum + day.contracts, 0)).toBe(SHANGHAI_OUTCOMES.contracts);
  });

  it("keeps deal figures to the edition's organizers; the public sees aggregates behind 3+ deals", async () => {
    expect((await get(provider, "/api/v1/events/shanghai-2026/outcomes")).statusCode).toBe(403);
    expect((await get(null, "/api/v1/events/shanghai-2026/outcomes")).statusCode).toBe(401);
    expect((await get(organizer, "/api/v1/outcomes")).statusCode).toBe(403);

    const open = (
      await get(null, "/api/v1/events/shanghai-2026/outcomes/public")
    ).json() as PublicOutcomes;
    expect(open).toMatchObject({ pairs: 517, intentions: 122, contracts: 39 });
    expect(Number(open.valueUsd)).toBeCloseTo(SHANGHAI_OUTCOMES.valueUsd, -1);
    for (const row of open.byDomain) {
      if (row.contracts < 3) expect(row.valueUsd).toBeNull();
      else expect(row.valueUsd).not.toBeNull();
    }
    // An edition with fewer than three deals shows no value at all.
    const barcelona = (
      await get(null, "/api/v1/events/barcelona-2026/outcomes/public")
    ).json() as PublicOutcomes;
    expect(barcelona.contracts).toBe(0);
    expect(barcelona.valueUsd).toBeNull();
  });

  it("exports every table as CSV", async () => {
    const csv = await get(organizer, "/api/v1/events/shanghai-2026/outcomes.csv?table=domain");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    const [header, ...lines] = csv.body.trim().split(/\r?\n/);
    expect(header).toBe("key,pairs,meetings,intentions,contracts,valueUsd,unconverted");
    expect(lines.length).toBeGreaterThanOrEqual(8);
    const funnel = await get(organizer, "/api/v1/events/shanghai-2026/outcomes.csv");
    expect(funnel.body).toContain("517");
    expect(
      (await get(organizer, "/api/v1/events/shanghai-2026/outcomes.csv?table=nope")).statusCode,
    ).toBe(400);
  });
});
