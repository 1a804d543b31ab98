/**
 * The grid of an edition's B2B days from its sessions: slots of the programme's length,
 * back to back from each session's start, none crossing a pause or the session's end.
 * Pure; the service stores the result.
 */
import { zonedInstant } from "../../../core/time/zoned.ts";
import type { ValidationIssue } from "../../http/errors.ts";
import type { SessionInput } from "./schema.ts";

export interface PlannedSlot {
  /** Index of the session in the input. */
  session: number;
  startsAt: Date;
  endsAt: Date;
}

const minutes = (time: string) => {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
};
const clock = (total: number) =>
  `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;

/** What is wrong with a set of sessions, each issue naming its field path. */
export function checkSessions(
  sessions: readonly SessionInput[],
  edition: { startsOn: string; endsOn: string },
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  sessions.forEach((session, i) => {
    const path = `body.sessions.${i}`;
    if (session.day < edition.startsOn || session.day > edition.endsOn)
      issues.push({
        path: `${path}.day`,
        message: `is outside the edition (${edition.startsOn} to ${edition.endsOn})`,
      });
    if (minutes(session.ends) <= minutes(session.starts))
      issues.push({ path: `${path}.ends`, message: "must be after the session starts" });
    session.pauses.forEach((pause, j) => {
      if (
        minutes(pause.starts) < minutes(session.starts) ||
        minutes(pause.ends) > minutes(session.ends) ||
        minutes(pause.ends) <= minutes(pause.starts)
      )
        issues.push({
          path: `${path}.pauses.${j}`,
          message: "must start and end inside its session, in that order",
        });
    });
    sessions.forEach((other, k) => {
      if (
        k < i &&
        other.day === session.day &&
        minutes(other.starts) < minutes(session.ends) &&
        minutes(session.starts) < minutes(other.ends)
      )
        issues.push({ path: `${path}.starts`, message: `overlaps session ${k} on ${session.day}` });
    });
  });
  return issues;
}

export function planSlots(
  sessions: readonly SessionInput[],
  slotMinutes: number,
  timeZone: string,
): PlannedSlot[] {
  const slots: PlannedSlot[] = [];
  sessions.forEach((session, index) => {
    const pauses = [...session.pauses].sort((a, b) => minutes(a.starts) - minutes(b.starts));
    let start = minutes(session.starts);
    const end = minutes(session.ends);
    while (start + slotMinutes <= end) {
      const finish = start + slotMinutes;
      const blocking = pauses.find(
        (pause) => minutes(pause.starts) < finish && start < minutes(pause.ends),
      );
      if (blocking) {
        start = minutes(blocking.ends);
        continue;
      }
      slots.push({
        session: index,
        startsAt: zonedInstant(session.day, clock(start), timeZone),
        endsAt: zonedInstant(session.day, clock(finish), timeZone),
      });
      start = finish;
    }
  });
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
