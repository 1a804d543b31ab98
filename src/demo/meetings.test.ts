import { describe, expect, it } from "vitest";
import type { SchedulingProblem } from "../core/scheduling/problem.ts";
import { verifySchedule } from "../core/scheduling/verify.ts";
import { generateDemoData } from "./generate.ts";
import { DEMO_B2B_EVENT, generateMeetings } from "./meetings.ts";

const data = generateDemoData();
const signIns = {
  delegate: { id: "00000000-0000-4000-8000-00000000a003", organizationId: null },
  exhibitor: { id: "00000000-0000-4000-8000-00000000a004", organizationId: null },
};
const demo = generateMeetings(data, 2026, signIns);

describe("demo B2B meetings", () => {
  it("is deterministic for a seed", () => {
    expect(generateMeetings(data, 2026, signIns)).toEqual(demo);
  });

  it("publishes a schedule that the independent verifier accepts: no double booking, no unavailable slot", () => {
    const attendees = new Map<string, string[]>();
    for (const row of demo.meetingAttendees)
      attendees.set(row.meetingId, [...(attendees.get(row.meetingId) ?? []), row.personId]);
    const unavailable = new Map<string, string[]>();
    for (const row of demo.meetingUnavailability)
      unavailable.set(row.personId, [...(unavailable.get(row.personId) ?? []), row.slotId]);
    const people = [...new Set(demo.meetingAttendees.map((row) => row.personId))];
    const problem: SchedulingProblem = {
      slots: demo.meetingSlots.map((slot) => ({ id: slot.id as string, session: slot.sessionId })),
      tables: demo.meetingProgrammes[0]?.tableCount as number,
      participants: people.map((id) => ({ id, unavailable: unavailable.get(id) ?? [] })),
      meetings: demo.meetings.map((m) => ({
        id: m.id as string,
        participants: attendees.get(m.id as string) ?? [],
        ...(m.sessionId ? { session: m.sessionId } : {}),
      })),
    };
    const placed = demo.meetings.filter((m) => m.slotId);
    expect(placed.length).toBe(demo.meetings.length);
    const verdict = verifySchedule(problem, {
      status: "feasible",
      assignments: placed.map((m) => ({ meeting: m.id, slot: m.slotId, table: m.tableNumber })),
      unscheduled: [],
      breaks: { total: 0, max: 0, min: 0, byParticipant: {} },
      lowerBound: 0,
      seconds: 0,
    });
    // The claimed break counts are left at zero here: only the hard constraints matter.
    expect(verdict.violations.filter((v) => !v.startsWith("breaks"))).toEqual([]);
    expect(Object.keys(verdict.breaks)).toHaveLength(people.length);
  });

  it("gives the demo city and provider sign-ins meetings, but none with each other", () => {
    const meetingsOf = (id: string) =>
      new Set(
        demo.meetingAttendees.filter((row) => row.personId === id).map((row) => row.meetingId),
      );
    const city = meetingsOf(signIns.delegate.id);
    const provider = meetingsOf(signIns.exhibitor.id);
    expect(city.size).toBeGreaterThanOrEqual(3);
    expect(provider.size).toBeGreaterThanOrEqual(3);
    expect([...city].filter((id) => provider.has(id))).toEqual([]);
    const between = demo.meetingRequests.filter(
      (r) =>
        [r.requesterId, r.recipientId].includes(signIns.delegate.id) &&
        [r.requesterId, r.recipientId].includes(signIns.exhibitor.id),
    );
    expect(between).toEqual([]);
    expect(data.events.some((event) => event.slug === DEMO_B2B_EVENT)).toBe(true);
  });
});
