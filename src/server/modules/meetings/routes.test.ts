import { eq, sql } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
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
import { connectionSteps, connections, meetings } from "../../db/schema/index.ts";
import { placeMeetings, unplaceMeetings } from "./queries.ts";

/** The clock the app reads: moved forward to let meetings begin. */
let now = new Date("2026-08-20T08:00:00Z");
let t: TestApp;
let roles: RoleFixture;
let organizer: Session;
interface Participant {
  id: string;
  session: Session;
}
/** a, b, c, e in four organizations; colleague in a's; outsider takes no part. */
let a: Participant;
let b: Participant;
let c: Participant;
let e: Participant;
let colleague: Participant;
let outsider: Participant;
let eventId = "";

type Json = Record<string, unknown> & {
  id: string;
  status: string;
  error?: { code: string; message: string; details?: { issues?: { path: string }[] } };
};

async function send(session: Session | null, method: string, url: string, payload?: unknown) {
  const response = await call(t.app, session, { method, url, payload });
  return {
    status: response.statusCode,
    body: (response.body && response.headers["content-type"]?.includes("json")
      ? response.json()
      : {}) as Json,
    text: response.body,
    headers: response.headers,
  };
}

async function participant(role: "delegate" | "exhibitor", organizationId?: string) {
  const db = t.database.db;
  const person = await buildPerson(db, {
    organizationId: organizationId ?? (await buildOrganization(db)).id,
  });
  await buildParticipation(db, { eventId, personId: person.id, role });
  return { id: person.id, session: await signIn(t.app, person.email, person.password) };
}

/** Morning of 2 Sep in Shanghai with a pause, and a short afternoon: 11 slots of 20 minutes. */
const programme = {
  tableCount: 3,
  slotMinutes: 20,
  mode: "organizer",
  sessions: [
    {
      day: "2026-09-02",
      label: "Morning",
      starts: "09:00",
      ends: "12:00",
      pauses: [{ starts: "10:30", ends: "10:50" }],
    },
    { day: "2026-09-02", label: "Afternoon", starts: "14:00", ends: "15:00", pauses: [] },
  ],
};

interface Slot {
  id: string;
  starts: string;
  startsAt: string;
  day: string;
}
let slots: Slot[] = [];

const requestMeeting = (from: Participant, to: Participant, extra: Record<string, unknown> = {}) =>
  send(from.session, "POST", `/api/v1/events/${eventId}/meeting-requests`, {
    recipientId: to.id,
    message: "Let us talk about flood sensors.",
    ...extra,
  });
const act = (who: Participant | Session, requestId: string, payload: Record<string, unknown>) =>
  send(
    "session" in who ? who.session : who,
    "POST",
    `/api/v1/meeting-requests/${requestId}/actions`,
    payload,
  );
const place = (meetingId: string, payload: Record<string, unknown>) =>
  send(organizer, "PATCH", `/api/v1/meetings/${meetingId}`, payload);
async function agenda(who: Participant) {
  const response = await send(who.session, "GET", `/api/v1/events/${eventId}/me/agenda`);
  expect(response.status).toBe(200);
  return response.body as unknown as {
    meetings: {
      id: string;
      slot: Slot | null;
      tableNumber: number | null;
      attendees: { id: string }[];
      status: string;
    }[];
  };
}
async function waitForRun(runId: string) {
  for (let i = 0; i < 300; i++) {
    const run = await send(organizer, "GET", `/api/v1/schedule-runs/${runId}`);
    if (run.body.status !== "running") return run.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("run did not finish");
}
/** Pairs of meetings sharing a person in one slot, read straight from the tables. */
async function doubleBookings() {
  const result = (await t.database.db.execute(
    sql`SELECT a.person_id, m.slot_id, count(*)::int AS n
          FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
         WHERE m.slot_id IS NOT NULL GROUP BY a.person_id, m.slot_id HAVING count(*) > 1`,
  )) as unknown as { rows: unknown[] };
  return result.rows.length;
}

beforeAll(async () => {
  t = await startTestApp({ clock: { now: () => now } });
  roles = await seedRoles(t.app, t.database.db);
  organizer = roles.sessions.organizer as Session;
  eventId = roles.event.id;
  a = await participant("delegate");
  b = await participant("exhibitor");
  c = await participant("exhibitor");
  e = await participant("delegate");
  const aOrganization = (await t.database.db.execute(
    sql`SELECT organization_id FROM people WHERE id = ${a.id}`,
  )) as unknown as { rows: { organization_id: string }[] };
  colleague = await participant("delegate", aOrganization.rows[0]?.organization_id);
  const stranger = await buildPerson(t.database.db, {
    organizationId: (await buildOrganization(t.database.db)).id,
  });
  outsider = { id: stranger.id, session: await signIn(t.app, stranger.email, stranger.password) };
});
afterAll(() => t.close());

describe("the B2B programme", () => {
  it("is defined by the organizer: sessions and pauses become a grid of slots in the edition's time zone", async () => {
    expect(
      (await send(a.session, "PUT", `/api/v1/events/${eventId}/meeting-programme`, programme))
        .status,
    ).toBe(403);
    const saved = await send(
      organizer,
      "PUT",
      `/api/v1/events/${eventId}/meeting-programme`,
      programme,
    );
    expect(saved.status).toBe(200);
    slots = saved.body.slots as Slot[];
    // 09:00 09:20 09:40 10:00, the pause pushes 10:20 to 10:50, then 11:10 11:30; 14:00 14:20 14:40.
    expect(slots.map((slot) => slot.starts)).toEqual([
      "09:00",
      "09:20",
      "09:40",
      "10:00",
      "10:50",
      "11:10",
      "11:30",
      "14:00",
      "14:20",
      "14:40",
    ]);
    // Shanghai is UTC+8.
    expect(slots[0]?.startsAt).toBe("2026-09-02T01:00:00.000Z");
    const seen = await send(null, "GET", `/api/v1/events/${eventId}/meeting-programme`);
    expect(seen.status).toBe(200);
    expect((seen.body.slots as Slot[]).length).toBe(10);
  });

  it("refuses sessions outside the edition or ending before they start, naming the field", async () => {
    const bad = await send(organizer, "PUT", `/api/v1/events/${eventId}/meeting-programme`, {
      ...programme,
      sessions: [
        { day: "2026-10-01", label: "Late", starts: "09:00", ends: "10:00" },
        { day: "2026-09-03", label: "Backwards", starts: "11:00", ends: "10:00" },
      ],
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error?.details?.issues?.map((issue) => issue.path);
    expect(paths).toContain("body.sessions.0.day");
    expect(paths).toContain("body.sessions.1.ends");
  });
});

describe("requests, availability and placing by hand", () => {
  let abRequest = "";
  let abMeeting = "";
  let acMeeting = "";

  it("lets a participant ask another, once per pair, never a colleague or a non-participant", async () => {
    const created = await requestMeeting(a, b, { priority: "must-meet" });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe("pending");
    abRequest = created.body.id;
    expect((await requestMeeting(a, b)).status).toBe(409);
    expect((await requestMeeting(b, a)).status).toBe(409);
    const sameOrganization = await requestMeeting(colleague, a);
    expect(sameOrganization.status).toBe(400);
    expect(sameOrganization.body.error?.details?.issues?.[0]?.path).toBe("body.recipientId");
    expect((await requestMeeting(outsider, a)).status).toBe(403);
    expect((await requestMeeting(a, outsider)).status).toBe(400);
    const received = await send(b.session, "GET", `/api/v1/events/${eventId}/meeting-requests`);
    expect((received.body.items as Json[]).map((r) => r.id)).toContain(abRequest);
    const others = await send(c.session, "GET", `/api/v1/events/${eventId}/meeting-requests`);
    expect(others.body.items).toEqual([]);
  });

  it("keeps requests to the people in them: others cannot act on or even find them", async () => {
    expect((await act(c, abRequest, { action: "accept" })).status).toBe(404);
    expect((await act(a, abRequest, { action: "accept" })).status).toBe(403);
    expect(
      (await send(a.session, "GET", `/api/v1/events/${eventId}/meeting-requests?scope=all`)).status,
    ).toBe(403);
    expect((await send(a.session, "GET", `/api/v1/events/${eventId}/meetings`)).status).toBe(403);
  });

  it("accepting creates the meeting and ties the two organizations into the deal funnel", async () => {
    const accepted = await act(b, abRequest, { action: "accept" });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe("accepted");
    abMeeting = String(accepted.body.meetingId);
    const connectionId = String(accepted.body.connectionId);
    const [connection] = await t.database.db
      .select()
      .from(connections)
      .where(eq(connections.id, connectionId));
    expect(connection?.status).toBe("accepted");
    expect(connection?.eventId).toBe(eventId);
    expect((await act(b, abRequest, { action: "decline" })).status).toBe(409);
  });

  it("records availability and refuses placing a meeting where an attendee is not free", async () => {
    const marked = await send(a.session, "PUT", `/api/v1/events/${eventId}/me/availability`, {
      unavailable: [slots[0]?.id],
    });
    expect(marked.status).toBe(200);
    expect(marked.body.unavailable).toEqual([slots[0]?.id]);
    const badSlot = await send(a.session, "PUT", `/api/v1/events/${eventId}/me/availability`, {
      unavailable: [roles.event.id],
    });
    expect(badSlot.status).toBe(400);
    expect(badSlot.body.error?.details?.issues?.[0]?.path).toBe("body.unavailable.0");
    expect((await place(abMeeting, { slotId: slots[0]?.id })).status).toBe(409);
    const placed = await place(abMeeting, { slotId: slots[1]?.id });
    expect(placed.status).toBe(200);
    expect(placed.body.tableNumber).toBe(1);
    expect(placed.body.pinned).toBe(true);
    // Now a has a meeting in slot 2: marking it unavailable is refused, naming the clash.
    const clash = await send(a.session, "PUT", `/api/v1/events/${eventId}/me/availability`, {
      unavailable: [slots[0]?.id, slots[1]?.id],
    });
    expect(clash.status).toBe(409);
  });

  it("lets the database refuse a double booking and a taken table, whoever writes", async () => {
    const matched = await send(organizer, "POST", `/api/v1/events/${eventId}/meeting-matches`, {
      personIds: [a.id, c.id],
    });
    expect(matched.status).toBe(201);
    expect(matched.body.status).toBe("accepted");
    acMeeting = String(matched.body.meetingId);
    const double = await place(acMeeting, { slotId: slots[1]?.id });
    expect(double.status).toBe(409);
    expect(double.body.error?.message).toMatch(/Double booking/);
    const ec = await send(organizer, "POST", `/api/v1/events/${eventId}/meeting-matches`, {
      personIds: [e.id, c.id],
    });
    const tableTaken = await place(String(ec.body.meetingId), {
      slotId: slots[1]?.id,
      tableNumber: 1,
    });
    expect(tableTaken.status).toBe(409);
    expect(tableTaken.body.error?.message).toMatch(/table is already taken/);
    expect(await doubleBookings()).toBe(0);
  });

  it("serves concurrent placements of one person in one slot one at a time: one lands, one is refused", async () => {
    const results = await Promise.all([
      place(acMeeting, { slotId: slots[3]?.id }),
      place(abMeeting, { slotId: slots[3]?.id }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await doubleBookings()).toBe(0);
  });
});

describe("the scheduler", () => {
  let runId = "";

  it("runs in the background with progress, and its draft shows placements, breaks and table use", async () => {
    // More meetings: b, c and e each meet the others.
    for (const [from, to] of [
      [b, c],
      [b, e],
      [colleague, b],
    ] as const) {
      const created = await requestMeeting(from, to);
      expect((await act(to, created.body.id, { action: "accept" })).status).toBe(200);
    }
    expect(
      (await send(a.session, "POST", `/api/v1/events/${eventId}/schedule-runs`, {})).status,
    ).toBe(403);
    const started = await send(organizer, "POST", `/api/v1/events/${eventId}/schedule-runs`, {
      timeLimitSeconds: 2,
    });
    expect(started.status).toBe(202);
    expect(started.body.status).toBe("running");
    runId = started.body.id;
    const run = await waitForRun(runId);
    expect(run.error ?? null).toBeNull();
    expect(run.status).toBe("done");
    const result = run.result as {
      meetings: number;
      placed: number;
      unscheduled: unknown[];
      breaks: { total: number; byParticipant: { personId: string; breaks: number }[] };
      lowerBound: number;
      tableUse: { used: number }[];
    };
    expect(result.meetings).toBe(6);
    expect(result.placed).toBe(6);
    expect(result.unscheduled).toEqual([]);
    expect(result.tableUse).toHaveLength(slots.length);
    expect(result.tableUse.reduce((sum, slot) => sum + slot.used, 0)).toBe(6);
    expect(result.lowerBound).toBeLessThanOrEqual(result.breaks.total);
    // A draft is not an agenda yet: b's meetings other than the pinned ones have no time.
    expect((await agenda(b)).meetings.filter((m) => m.slot).length).toBe(1);
  });

  it("publishes the draft in one step; both sides see the same table and time", async () => {
    expect((await send(a.session, "POST", `/api/v1/schedule-runs/${runId}/publish`)).status).toBe(
      404,
    );
    // Which of the two raced placements landed decides what is pinned; the rest is the draft's.
    const all = await send(organizer, "GET", `/api/v1/events/${eventId}/meetings`);
    const unpinned = (all.body.items as { pinned: boolean }[]).filter((m) => !m.pinned).length;
    const published = await send(organizer, "POST", `/api/v1/schedule-runs/${runId}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.placed).toBe(unpinned);
    expect(unpinned).toBeGreaterThanOrEqual(4);
    const ofB = await agenda(b);
    const ofC = await agenda(c);
    expect(ofB.meetings.every((m) => m.slot && m.tableNumber)).toBe(true);
    const bc = ofB.meetings.find((m) => m.attendees.some((p) => p.id === c.id));
    const cb = ofC.meetings.find((m) => m.attendees.some((p) => p.id === b.id));
    expect(bc?.slot?.id).toBe(cb?.slot?.id);
    expect(bc?.tableNumber).toBe(cb?.tableNumber);
    expect(await doubleBookings()).toBe(0);
    expect((await send(organizer, "POST", `/api/v1/schedule-runs/${runId}/publish`)).status).toBe(
      409,
    );
  });

  it("writes placements batch by batch, and the database still refuses a double booking", async () => {
    const db = t.database.db;
    const placed = (await db.select().from(meetings).where(eq(meetings.eventId, eventId))).filter(
      (m) => m.slotId !== null && !m.pinned,
    );
    expect(placed.length).toBeGreaterThanOrEqual(3);
    const [first, second] = placed as [(typeof placed)[0], (typeof placed)[0]];
    const back = [first, second].map((m) => ({
      meetingId: m.id,
      slotId: m.slotId as string,
      tableNumber: m.tableNumber as number,
    }));
    // One row per statement: two statements, each checked by the constraints as it lands.
    await unplaceMeetings(db, [first.id, second.id], now);
    await placeMeetings(db, back, now, 1);
    const after = await db.select().from(meetings).where(eq(meetings.eventId, eventId));
    for (const { meetingId, slotId, tableNumber } of back) {
      const row = after.find((m) => m.id === meetingId);
      expect([row?.slotId, row?.tableNumber, row?.placedBy]).toEqual([
        slotId,
        tableNumber,
        "scheduler",
      ]);
    }
    // The first meeting onto the second's table in the second's slot: refused, nothing moves.
    await expect(
      db.transaction(async (tx) => {
        await unplaceMeetings(tx, [first.id], now);
        await placeMeetings(tx, [{ ...back[1], meetingId: first.id } as (typeof back)[0]], now);
      }),
    ).rejects.toThrow();
    const kept = await db.select().from(meetings).where(eq(meetings.id, first.id));
    expect([kept[0]?.slotId, kept[0]?.tableNumber]).toEqual([
      back[0]?.slotId,
      back[0]?.tableNumber,
    ]);
    expect(await doubleBookings()).toBe(0);
  });

  it("places a late request by a re-run that keeps every published meeting where it is", async () => {
    const before = new Map((await agenda(b)).meetings.map((m) => [m.id, m.slot?.id]));
    const late = await requestMeeting(e, a);
    expect((await act(a, late.body.id, { action: "accept" })).status).toBe(200);
    const started = await send(organizer, "POST", `/api/v1/events/${eventId}/schedule-runs`, {
      timeLimitSeconds: 2,
    });
    const run = await waitForRun(started.body.id);
    expect(run.status).toBe("done");
    const result = run.result as { placed: number; moved: number };
    expect(result.placed).toBe(7);
    expect(result.moved).toBe(0);
    const published = await send(
      organizer,
      "POST",
      `/api/v1/schedule-runs/${started.body.id}/publish`,
    );
    expect(published.body.moved).toBe(0);
    const after = new Map((await agenda(b)).meetings.map((m) => [m.id, m.slot?.id]));
    for (const [id, slot] of before) expect(after.get(id)).toBe(slot);
    expect((await agenda(e)).meetings.every((m) => m.slot)).toBe(true);
  });

  it("never double-books when a manual edit races a publish: the database lets one through", async () => {
    const late = await requestMeeting(c, colleague);
    const meetingId = String(
      (await act(colleague, late.body.id, { action: "accept" })).body.meetingId,
    );
    const started = await send(organizer, "POST", `/api/v1/events/${eventId}/schedule-runs`, {
      timeLimitSeconds: 1,
    });
    const run = await waitForRun(started.body.id);
    const draft = (run.result as { placed: number }).placed;
    expect(draft).toBe(8);
    const draftSlot = (
      (await t.database.db.execute(
        sql`SELECT result FROM meeting_schedule_runs WHERE id = ${started.body.id}`,
      )) as unknown as {
        rows: { result: { placements: { meetingId: string; slotId: string }[] } }[];
      }
    ).rows[0]?.result.placements.find((p) => p.meetingId === meetingId)?.slotId;
    // Put another meeting of c by hand where the draft puts c–colleague.
    const cMeetings = (await agenda(c)).meetings.filter((m) => m.id !== meetingId);
    const [publish, manual] = await Promise.all([
      send(organizer, "POST", `/api/v1/schedule-runs/${started.body.id}/publish`),
      place(cMeetings[0]?.id as string, { slotId: draftSlot }),
    ]);
    expect([publish.status, manual.status]).toContain(200);
    expect([200, 409]).toContain(publish.status);
    expect([200, 409]).toContain(manual.status);
    expect(await doubleBookings()).toBe(0);
  });

  it("can be cancelled while running", async () => {
    const started = await send(organizer, "POST", `/api/v1/events/${eventId}/schedule-runs`, {
      timeLimitSeconds: 60,
      keepPublished: false,
    });
    expect(started.status).toBe(202);
    expect(
      (await send(organizer, "POST", `/api/v1/events/${eventId}/schedule-runs`, {})).status,
    ).toBe(409);
    const cancelled = await send(
      organizer,
      "POST",
      `/api/v1/schedule-runs/${started.body.id}/cancel`,
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe("cancelled");
    expect(
      (await send(organizer, "POST", `/api/v1/schedule-runs/${started.body.id}/publish`)).status,
    ).toBe(409);
  });
});

describe("agendas, calendars and outcomes", () => {
  it("gives each participant an iCalendar file of their placed meetings (RFC 5545)", async () => {
    const mine = await agenda(b);
    const response = await send(b.session, "GET", `/api/v1/events/${eventId}/me/agenda.ics`);
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(response.text));
    const vevents = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const placed = mine.meetings.filter((m) => m.slot);
    expect(vevents).toHaveLength(placed.length);
    for (const meeting of placed) {
      const found = vevents.find((v) => v.uid === `meeting-${meeting.id}@citymatch`);
      expect(found?.startDate.toJSDate().toISOString()).toBe(meeting.slot?.startsAt);
      expect(found?.location).toContain(`Table ${meeting.tableNumber}`);
    }
    expect((await send(null, "GET", `/api/v1/events/${eventId}/me/agenda.ics`)).status).toBe(401);
  });

  it("serves a secret feed address without a session, and a new address revokes the old", async () => {
    const first = await send(b.session, "POST", `/api/v1/events/${eventId}/me/calendar-feed`);
    expect(first.status).toBe(201);
    const url = String(first.body.url);
    const feed = await send(null, "GET", url);
    expect(feed.status).toBe(200);
    expect(feed.text).toContain("BEGIN:VCALENDAR");
    const second = await send(b.session, "POST", `/api/v1/events/${eventId}/me/calendar-feed`);
    expect((await send(null, "GET", url)).status).toBe(404);
    expect((await send(null, "GET", String(second.body.url))).status).toBe(200);
  });

  it("records a held meeting once it has begun, as the funnel's met step", async () => {
    const meeting = (await agenda(b)).meetings.find((m) => m.attendees.some((p) => p.id === a.id));
    const id = meeting?.id as string;
    expect(
      (await send(b.session, "POST", `/api/v1/meetings/${id}/outcome`, { outcome: "happened" }))
        .status,
    ).toBe(409);
    now = new Date("2026-09-03T00:00:00Z");
    expect(
      (await send(c.session, "POST", `/api/v1/meetings/${id}/outcome`, { outcome: "happened" }))
        .status,
    ).toBe(404);
    expect(
      (await send(organizer, "POST", `/api/v1/meetings/${id}/outcome`, { outcome: "happened" }))
        .status,
    ).toBe(403);
    const held = await send(b.session, "POST", `/api/v1/meetings/${id}/outcome`, {
      outcome: "happened",
    });
    expect(held.status).toBe(200);
    expect(held.body.status).toBe("happened");
    const request = (
      (await t.database.db.execute(
        sql`SELECT r.connection_id FROM meetings m JOIN meeting_requests r ON r.id = m.request_id WHERE m.id = ${id}`,
      )) as unknown as { rows: { connection_id: string }[] }
    ).rows[0];
    const [connection] = await t.database.db
      .select()
      .from(connections)
      .where(eq(connections.id, request?.connection_id as string));
    expect(connection?.status).toBe("met");
    const steps = await t.database.db
      .select()
      .from(connectionSteps)
      .where(eq(connectionSteps.connectionId, connection?.id as string));
    expect(steps.map((step) => step.action)).toEqual(["request", "accept", "record-meeting"]);
  });

  it("cancelling an accepted meeting frees its slot and tells the other side", async () => {
    const requests = await send(e.session, "GET", `/api/v1/events/${eventId}/meeting-requests`);
    const withA = (requests.body.items as Json[]).find(
      (r) =>
        (r.requester as { id: string }).id === e.id &&
        (r.recipient as { id: string }).id === a.id &&
        r.status === "accepted",
    );
    const cancelled = await act(e, withA?.id as string, { action: "cancel" });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe("cancelled");
    expect((await agenda(a)).meetings.some((m) => m.attendees.some((p) => p.id === e.id))).toBe(
      false,
    );
    const inbox = await send(a.session, "GET", "/api/v1/me/notifications");
    expect(JSON.stringify(inbox.body)).toMatch(/cancelled a B2B meeting/);
  });
});
