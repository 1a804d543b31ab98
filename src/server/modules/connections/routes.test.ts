import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildEvent,
  buildOrganization,
  buildParticipation,
  buildPerson,
} from "../../../../tests/support/builders.ts";
import { type RoleFixture, seedRoles } from "../../../../tests/support/roles.ts";
import {
  call,
  type Session,
  signIn,
  startTestApp,
  type TestApp,
} from "../../../../tests/support/test-app.ts";
import { challenges, solutions } from "../../db/schema/index.ts";

let t: TestApp;
let roles: RoleFixture;
/** What the app handed to its mailer, in order. */
const mails: { to: string; subject: string; text: string }[] = [];
/** The provider is roles.organization (its member and orgAdmin act for it). */
let city: Session;
let cityColleague: Session;
let outsider: Session;
let otherOrganizer: Session;
let challengeId: string;
let solutionId: string;

beforeAll(async () => {
  t = await startTestApp({ mailer: { send: async (mail) => void mails.push(mail) } });
  const db = t.database.db;
  roles = await seedRoles(t.app, db);
  const cityPeople = [
    await buildPerson(db, { organizationId: roles.cityGovernment.id }),
    await buildPerson(db, { organizationId: roles.cityGovernment.id }),
  ];
  city = await signIn(t.app, cityPeople[0]?.email ?? "", cityPeople[0]?.password ?? "");
  cityColleague = await signIn(t.app, cityPeople[1]?.email ?? "", cityPeople[1]?.password ?? "");
  const stranger = await buildOrganization(db);
  const strangerPerson = await buildPerson(db, { organizationId: stranger.id });
  outsider = await signIn(t.app, strangerPerson.email, strangerPerson.password);
  const otherEvent = await buildEvent(db, { status: "published" });
  const otherOrganizerPerson = await buildPerson(db);
  await buildParticipation(db, {
    eventId: otherEvent.id,
    personId: otherOrganizerPerson.id,
    role: "organizer",
  });
  otherOrganizer = await signIn(t.app, otherOrganizerPerson.email, otherOrganizerPerson.password);
  const [challenge] = await db
    .insert(challenges)
    .values({
      slug: "connect-flood",
      organizationId: roles.cityGovernment.id,
      title: "Flood warning",
      visibility: "public",
    })
    .returning();
  const [solution] = await db
    .insert(solutions)
    .values({
      slug: "connect-sensors",
      organizationId: roles.organization.id,
      title: "River sensors",
      trl: 8,
      visibility: "public",
    })
    .returning();
  challengeId = challenge?.id ?? "";
  solutionId = solution?.id ?? "";
});
afterAll(() => t.close());

type Body = Record<string, unknown> & {
  id: string;
  status: string;
  contract: { value: string; currency: string } | null;
  error?: { code: string; message: string; details?: { issues?: { path: string }[] } };
};

async function send(session: Session | null, method: string, url: string, payload?: unknown) {
  const response = await call(t.app, session, { method, url, payload });
  return { status: response.statusCode, body: (response.body ? response.json() : {}) as Body };
}

const act = (session: Session, id: string, payload: Record<string, unknown>) =>
  send(session, "POST", `/api/v1/connections/${id}/actions`, payload);

async function request(session: Session, extra: Record<string, unknown> = {}) {
  return send(session, "POST", "/api/v1/connections", {
    recipientOrganizationId: roles.cityGovernment.id,
    challengeId,
    solutionId,
    eventId: roles.event.id,
    message: "Our sensors warned Da Nang five hours ahead.",
    ...extra,
  });
}

describe("connections: the deal funnel", () => {
  let id = "";

  it("follows a request to a signed contract, confirmed by both parties, every step recorded", async () => {
    const member = roles.sessions.member as Session;
    const created = await request(member);
    expect(created.status).toBe(201);
    id = created.body.id;
    expect(created.body.status).toBe("requested");
    expect(created.body.awaiting).toBe("recipient");

    expect((await act(city, id, { action: "accept" })).body.status).toBe("accepted");
    expect(
      (await act(member, id, { action: "record-meeting", meetingOn: "2026-09-02" })).body.status,
    ).toBe("met");
    const proposed = await act(city, id, {
      action: "propose-intention",
      intentionOn: "2026-09-04",
      documentUrl: "https://example.org/mou.pdf",
    });
    expect(proposed.body.status).toBe("met");
    expect(proposed.body.awaiting).toBe("requester");
    expect((await act(member, id, { action: "confirm-intention" })).body.status).toBe("intention");
    await act(cityColleague, id, {
      action: "propose-contract",
      value: "1250000.50",
      currency: "EUR",
      signedOn: "2026-10-15",
      scope: "Sensors and warnings for the Red River",
    });
    const signed = await act(roles.sessions.orgAdmin as Session, id, {
      action: "confirm-contract",
    });
    expect(signed.body.status).toBe("contracted");
    expect(signed.body.contract).toEqual({
      value: "1250000.50",
      currency: "EUR",
      signedOn: "2026-10-15",
      scope: "Sensors and warnings for the Red River",
    });

    const detail = await send(member, "GET", `/api/v1/connections/${id}`);
    const steps = detail.body.steps as {
      action: string;
      fromStatus: string | null;
      toStatus: string;
    }[];
    expect(steps.map((step) => `${step.action}:${step.fromStatus}>${step.toStatus}`)).toEqual([
      "request:null>requested",
      "accept:requested>accepted",
      "record-meeting:accepted>met",
      "propose-intention:met>met",
      "confirm-intention:met>intention",
      "propose-contract:intention>intention",
      "confirm-contract:intention>contracted",
    ]);

    const inbox = await send(city, "GET", "/api/v1/me/notifications");
    const items = inbox.body.items as { title: string; read: boolean }[];
    expect(inbox.body.unread).toBe(4);
    expect(items.map((item) => item.title)).toContain(
      `${roles.organization.name} wants to connect`,
    );
    await send(city, "POST", "/api/v1/me/notifications/read", {});
    expect((await send(city, "GET", "/api/v1/me/notifications")).body.unread).toBe(0);
    // Each person has their own inbox.
    expect((await send(cityColleague, "GET", "/api/v1/me/notifications")).body.unread).toBe(4);
  });

  it("shows the deal value to the parties, the edition's organizers and admins only", async () => {
    for (const session of [
      city,
      roles.sessions.member,
      roles.sessions.organizer,
      roles.sessions.platformAdmin,
    ]) {
      const seen = await send(session, "GET", `/api/v1/connections/${id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.contract?.value).toBe("1250000.50");
    }
    for (const session of [outsider, otherOrganizer]) {
      const hidden = await send(session, "GET", `/api/v1/connections/${id}`);
      expect(hidden.status).toBe(404);
      expect(JSON.stringify(hidden.body)).not.toContain("1250000");
      const listed = await send(session, "GET", "/api/v1/connections");
      expect(JSON.stringify(listed.body)).not.toContain("1250000");
    }
    expect((await send(null, "GET", `/api/v1/connections/${id}`)).status).toBe(401);
    const asOrganizer = await send(
      roles.sessions.organizer,
      "GET",
      `/api/v1/connections?scope=event&event=${roles.event.id}`,
    );
    expect((asOrganizer.body.items as Body[]).map((item) => item.id)).toContain(id);
    const notTheirs = await send(
      otherOrganizer,
      "GET",
      `/api/v1/connections?scope=event&event=${roles.event.id}`,
    );
    expect(notTheirs.status).toBe(403);
  });

  it("refuses bad requests and steps out of order with clear errors", async () => {
    const member = roles.sessions.member as Session;
    const self = await send(member, "POST", "/api/v1/connections", {
      recipientOrganizationId: roles.organization.id,
    });
    expect(self.status).toBe(400);
    expect(self.body.error?.details?.issues?.[0]?.path).toBe("body.recipientOrganizationId");

    const first = await request(member, { challengeId: undefined, message: "Second subject" });
    expect(first.status).toBe(201);
    const duplicate = await request(member, { challengeId: undefined });
    expect(duplicate.status).toBe(409);
    // Whichever side asks: the city asking back about the same subject is the same pair.
    const reverse = await send(city, "POST", "/api/v1/connections", {
      recipientOrganizationId: roles.organization.id,
      solutionId,
      eventId: roles.event.id,
    });
    expect(reverse.status).toBe(409);

    const pending = first.body.id;
    const early = await act(member, pending, { action: "accept" });
    expect(early.status).toBe(409);
    expect(early.body.error?.message).toBe(
      "Cannot accept: only the organization asked can accept a request",
    );
    expect((await act(city, pending, { action: "confirm-contract" })).status).toBe(409);
    await act(city, pending, { action: "accept" });
    const paths = async (payload: Record<string, unknown>) => {
      const response = await act(city, pending, payload);
      expect(response.status).toBe(400);
      return response.body.error?.details?.issues?.map((issue) => issue.path) ?? [];
    };
    const contract = { action: "propose-contract", signedOn: "2026-10-01", scope: "Pilot" };
    expect(await paths({ ...contract, value: "-5", currency: "USD" })).toEqual(["body.value"]);
    expect(await paths({ ...contract, value: "a lot", currency: "USD" })).toEqual(["body.value"]);
    expect(await paths({ ...contract, value: "100", currency: "XYZ" })).toEqual(["body.currency"]);
    expect(await paths({ action: "close", reason: " " })).toEqual(["body.reason"]);
    expect(await paths({ action: "teleport" })).toEqual(["body.action"]);
    expect((await act(outsider, pending, { action: "close", reason: "spam" })).status).toBe(404);
    // Nothing was written by the refused steps.
    const detail = await send(city, "GET", `/api/v1/connections/${pending}`);
    expect((detail.body.steps as unknown[]).length).toBe(2);
    expect(detail.body.contract).toBeNull();
  });

  it("leaves one consistent state when both sides act at the same moment", async () => {
    const other = await buildOrganization(t.database.db);
    const askerPerson = await buildPerson(t.database.db, { organizationId: other.id });
    const asker = await signIn(t.app, askerPerson.email, askerPerson.password);
    const created = await send(asker, "POST", "/api/v1/connections", {
      recipientOrganizationId: roles.cityGovernment.id,
    });
    const id2 = created.body.id;
    const results = await Promise.all([
      act(city, id2, { action: "accept" }),
      act(cityColleague, id2, { action: "decline" }),
      act(asker, id2, { action: "withdraw" }),
    ]);
    const succeeded = results.filter((result) => result.status === 200);
    expect(succeeded).toHaveLength(1);
    expect(results.filter((result) => result.status === 409)).toHaveLength(2);
    const detail = await send(city, "GET", `/api/v1/connections/${id2}`);
    expect(detail.body.status).toBe(succeeded[0]?.body.status);
    expect((detail.body.steps as unknown[]).length).toBe(2);
  });

  it("e-mails the other party's members after each step commits, and nobody for a refused one", async () => {
    const askerOrg = await buildOrganization(t.database.db, { name: "Mailtest Sensors" });
    const askerPerson = await buildPerson(t.database.db, { organizationId: askerOrg.id });
    const asker = await signIn(t.app, askerPerson.email, askerPerson.password);
    mails.length = 0;
    const created = await send(asker, "POST", "/api/v1/connections", {
      recipientOrganizationId: roles.cityGovernment.id,
      message: "Shall we meet?",
    });
    expect(created.status).toBe(201);
    const cityEmails = mails.map((mail) => mail.to).sort();
    expect(cityEmails).toHaveLength(2);
    expect(mails[0]?.subject).toBe("citymatch: Mailtest Sensors wants to connect");
    expect(mails[0]?.text).toContain("Shall we meet?");
    expect(mails[0]?.text).toContain(`/connections/${created.body.id}`);
    mails.length = 0;
    expect((await act(asker, created.body.id, { action: "accept" })).status).toBe(409);
    expect(mails).toEqual([]);
    await act(city, created.body.id, { action: "accept" });
    expect(mails.map((mail) => mail.to)).toEqual([askerPerson.email]);
  });
});
