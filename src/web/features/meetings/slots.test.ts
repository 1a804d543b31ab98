import { describe, expect, it } from "vitest";
import type { MeetingSlot } from "../../app/api-types.ts";
import { countSlots, slotGrid, slotHasBegun } from "./slots.ts";

const slot = (id: string, day: string, starts: string, ends: string, position: number) =>
  ({
    id,
    position,
    sessionId: "s",
    startsAt: `${day}T${starts}:00Z`,
    endsAt: `${day}T${ends}:00Z`,
    day,
    starts,
    ends,
  }) satisfies MeetingSlot;

describe("slot grid", () => {
  it("puts days in columns and start times in rows, with holes where a day has no slot", () => {
    const grid = slotGrid([
      slot("a", "2026-11-03", "09:00", "09:30", 0),
      slot("b", "2026-11-03", "09:30", "10:00", 1),
      slot("c", "2026-11-04", "09:30", "10:00", 2),
    ]);
    expect(grid.days).toEqual(["2026-11-03", "2026-11-04"]);
    expect(grid.times).toEqual([
      { starts: "09:00", ends: "09:30" },
      { starts: "09:30", ends: "10:00" },
    ]);
    expect(grid.cells.map((row) => row.map((cell) => cell?.id ?? null))).toEqual([
      ["a", null],
      ["b", "c"],
    ]);
  });

  it("tells a slot that has begun", () => {
    const s = slot("a", "2026-11-03", "09:00", "09:30", 0);
    expect(slotHasBegun(s, new Date("2026-11-03T08:59:00Z"))).toBe(false);
    expect(slotHasBegun(s, new Date("2026-11-03T09:00:00Z"))).toBe(true);
  });
});

describe("slot count preview", () => {
  it("counts slots as the server plans them, skipping pauses", () => {
    const sessions = [
      {
        day: "2026-11-03",
        label: "Morning",
        starts: "09:00",
        ends: "12:30",
        pauses: [{ starts: "10:30", ends: "11:00" }],
      },
      { day: "2026-11-03", label: "Afternoon", starts: "14:00", ends: "17:00", pauses: [] },
      { day: "2026-11-04", label: "Morning", starts: "09:30", ends: "12:00", pauses: [] },
    ];
    // The programme the demo's server planned with 30-minute slots: 6 + 6 + 5.
    expect(countSlots(sessions, 30)).toBe(17);
    expect(countSlots(sessions, 45)).toBe(4 + 4 + 3);
  });

  it("counts nothing for times not typed in full", () => {
    expect(
      countSlots([{ day: "2026-11-03", label: "x", starts: "9", ends: "12:00", pauses: [] }], 30),
    ).toBe(0);
  });
});
