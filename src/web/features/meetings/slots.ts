import type { MeetingSessionInput, MeetingSlot } from "../../app/api-types.ts";

/**
 * The slot grid of a programme for the availability page: one column per day, one row per
 * start time that occurs on any day (a day without that time has an empty cell). Slots carry
 * their wall clock in the edition's time zone already, so nothing here depends on the
 * reader's zone.
 */
export interface SlotGrid {
  days: string[];
  times: { starts: string; ends: string }[];
  /** `cells[row][column]`: the slot at that time on that day, or null. */
  cells: (MeetingSlot | null)[][];
}

export function slotGrid(slots: readonly MeetingSlot[]): SlotGrid {
  const days = [...new Set(slots.map((slot) => slot.day))].sort();
  const byStart = new Map<string, string>();
  for (const slot of slots) if (!byStart.has(slot.starts)) byStart.set(slot.starts, slot.ends);
  const times = [...byStart]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([starts, ends]) => ({ starts, ends }));
  const at = new Map(slots.map((slot) => [`${slot.day}|${slot.starts}`, slot]));
  return {
    days,
    times,
    cells: times.map((time) => days.map((day) => at.get(`${day}|${time.starts}`) ?? null)),
  };
}

/** Whether a slot has begun at `now`: only then can an attendee say how the meeting went. */
export function slotHasBegun(slot: Pick<MeetingSlot, "startsAt">, now: Date): boolean {
  return new Date(slot.startsAt).getTime() <= now.getTime();
}

const minutes = (time: string): number | null => {
  const match = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
};

/**
 * How many slots a programme's sessions give: slots of `slotMinutes` back to back from each
 * session's start, none crossing a pause or the session's end — the server's rule
 * (src/server/modules/meetings/programme.ts), for the form's preview. Sessions with a time
 * not yet typed in full count nothing.
 */
export function countSlots(sessions: readonly MeetingSessionInput[], slotMinutes: number): number {
  if (!Number.isInteger(slotMinutes) || slotMinutes < 5) return 0;
  let total = 0;
  for (const session of sessions) {
    const end = minutes(session.ends);
    const first = minutes(session.starts);
    if (first === null || end === null) continue;
    let start = first;
    const pauses = session.pauses.flatMap((pause) => {
      const from = minutes(pause.starts);
      const to = minutes(pause.ends);
      return from === null || to === null || to <= from ? [] : [{ from, to }];
    });
    while (start + slotMinutes <= end) {
      const finish = start + slotMinutes;
      const from = start;
      const blocking = pauses.find((pause) => pause.from < finish && from < pause.to);
      if (blocking) {
        start = Math.max(blocking.to, start + 1);
        continue;
      }
      total++;
      start = finish;
    }
  }
  return total;
}

/** Meetings in time order: placed ones by slot position and table, then the rest. */
export function byTime<T extends { slot: { position: number } | null; tableNumber: number | null }>(
  meetings: readonly T[],
): T[] {
  return [...meetings].sort(
    (a, b) =>
      (a.slot?.position ?? Number.MAX_SAFE_INTEGER) -
        (b.slot?.position ?? Number.MAX_SAFE_INTEGER) ||
      (a.tableNumber ?? 0) - (b.tableNumber ?? 0),
  );
}
