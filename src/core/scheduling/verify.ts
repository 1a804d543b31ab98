/**
 * Re-checks a schedule against its problem, independently of the engine: every hard
 * constraint, and the breaks recounted from the assignments. Used by
 * `citymatch schedule verify` and by the tests and the benchmark on every schedule.
 */
import { type Schedule, type SchedulingProblem, scheduleSchema } from "./problem.ts";

export interface Verification {
  valid: boolean;
  violations: string[];
  /** Breaks per participant recounted from the assignments. */
  breaks: Record<string, number>;
}

export function verifySchedule(problem: SchedulingProblem, input: unknown): Verification {
  const violations: string[] = [];
  const parsed = scheduleSchema.safeParse(input);
  if (!parsed.success)
    return {
      valid: false,
      violations: parsed.error.issues.map(
        (issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`,
      ),
      breaks: {},
    };
  const schedule: Schedule = parsed.data;
  const position = new Map(problem.slots.map((slot, i) => [slot.id, i]));
  const meetings = new Map(problem.meetings.map((meeting) => [meeting.id, meeting]));
  const unavailable = new Map(
    problem.participants.map((p) => [p.id, new Set(p.unavailable ?? [])]),
  );
  const slotOfMeeting = new Map<string, number>();
  const seatTaken = new Map<string, string>();
  const personTaken = new Map<string, string>();
  const perSlot = new Map<number, number>();
  for (const { meeting: id, slot, table } of schedule.assignments) {
    const meeting = meetings.get(id);
    const at = position.get(slot);
    if (!meeting) {
      violations.push(`assignment of unknown meeting "${id}"`);
      continue;
    }
    if (at === undefined) {
      violations.push(`meeting "${id}" is in unknown slot "${slot}"`);
      continue;
    }
    if (slotOfMeeting.has(id)) violations.push(`meeting "${id}" is assigned twice`);
    slotOfMeeting.set(id, at);
    if (table > problem.tables)
      violations.push(`meeting "${id}" is at table ${table} of ${problem.tables}`);
    const seat = `${slot}#${table}`;
    if (seatTaken.has(seat))
      violations.push(
        `table ${table} in slot "${slot}" holds "${seatTaken.get(seat)}" and "${id}"`,
      );
    seatTaken.set(seat, id);
    perSlot.set(at, (perSlot.get(at) ?? 0) + 1);
    for (const participant of meeting.participants) {
      const key = `${participant}@${slot}`;
      if (personTaken.has(key))
        violations.push(
          `participant "${participant}" is in "${personTaken.get(key)}" and "${id}" in slot "${slot}"`,
        );
      personTaken.set(key, id);
      if (unavailable.get(participant)?.has(slot))
        violations.push(
          `participant "${participant}" is unavailable in slot "${slot}" (meeting "${id}")`,
        );
    }
    const session = problem.slots[at]?.session;
    if (meeting.session && session !== meeting.session)
      violations.push(
        `meeting "${id}" must be in session "${meeting.session}", slot "${slot}" is not`,
      );
    if (meeting.fixedSlot && meeting.fixedSlot !== slot)
      violations.push(`meeting "${id}" is fixed to slot "${meeting.fixedSlot}", not "${slot}"`);
  }
  for (const [at, count] of perSlot)
    if (count > problem.tables)
      violations.push(
        `slot "${problem.slots[at]?.id}" holds ${count} meetings for ${problem.tables} tables`,
      );
  for (const meeting of problem.meetings) {
    const at = slotOfMeeting.get(meeting.id);
    if (at === undefined) continue;
    for (const earlier of meeting.after ?? []) {
      const before = slotOfMeeting.get(earlier);
      if (before !== undefined && before >= at)
        violations.push(`meeting "${earlier}" must come before "${meeting.id}"`);
    }
  }
  const unscheduled = new Set(schedule.unscheduled);
  for (const meeting of problem.meetings) {
    const placed = slotOfMeeting.has(meeting.id);
    if (placed && unscheduled.has(meeting.id))
      violations.push(`meeting "${meeting.id}" is both assigned and unscheduled`);
    if (!placed && !unscheduled.has(meeting.id))
      violations.push(`meeting "${meeting.id}" is neither assigned nor listed unscheduled`);
  }
  for (const id of unscheduled)
    if (!meetings.has(id)) violations.push(`unknown meeting "${id}" listed unscheduled`);
  // Breaks, recounted: consecutive meetings of a participant in non-adjacent slots.
  const slotsOf = new Map<string, number[]>(problem.participants.map((p) => [p.id, []]));
  for (const [id, at] of slotOfMeeting)
    for (const participant of meetings.get(id)?.participants ?? [])
      slotsOf.get(participant)?.push(at);
  const breaks: Record<string, number> = {};
  let total = 0;
  for (const [participant, positions] of slotsOf) {
    positions.sort((a, b) => a - b);
    let count = 0;
    for (let i = 1; i < positions.length; i++)
      if ((positions[i] as number) - (positions[i - 1] as number) > 1) count++;
    breaks[participant] = count;
    total += count;
  }
  const values = Object.values(breaks);
  const max = values.length ? Math.max(...values) : 0;
  const min = values.length ? Math.min(...values) : 0;
  if (schedule.breaks.total !== total)
    violations.push(`breaks.total is ${schedule.breaks.total}, recounted ${total}`);
  if (schedule.breaks.max !== max)
    violations.push(`breaks.max is ${schedule.breaks.max}, recounted ${max}`);
  if (schedule.breaks.min !== min)
    violations.push(`breaks.min is ${schedule.breaks.min}, recounted ${min}`);
  for (const [participant, count] of Object.entries(breaks))
    if (schedule.breaks.byParticipant[participant] !== count)
      violations.push(
        `breaks of "${participant}" are ${schedule.breaks.byParticipant[participant]}, recounted ${count}`,
      );
  if (schedule.status === "optimal" && (unscheduled.size > 0 || total !== schedule.lowerBound))
    violations.push(
      `status "optimal" with ${unscheduled.size} unscheduled and ${total} breaks against a bound of ${schedule.lowerBound}`,
    );
  return { valid: violations.length === 0, violations, breaks };
}
