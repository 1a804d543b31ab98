/**
 * The fewest breaks over every placement of all meetings, by enumeration: the oracle the
 * tests hold the engine, the exact model and the SAT questions to. Tiny instances only
 * (slots ^ meetings placements).
 */
import type { SchedulingProblem } from "./problem.ts";
import { verifySchedule } from "./verify.ts";

/** The optimum's total breaks, or null when no placement of every meeting is valid. */
export function bruteForceBreaks(problem: SchedulingProblem): number | null {
  let best: number | null = null;
  const slotOf = new Map<string, number>();
  const recurse = (i: number) => {
    const meeting = problem.meetings[i];
    if (!meeting) {
      const perSlot = new Map<number, number>();
      for (const s of slotOf.values()) perSlot.set(s, (perSlot.get(s) ?? 0) + 1);
      if ([...perSlot.values()].some((count) => count > problem.tables)) return;
      const check = verifySchedule(problem, {
        status: "feasible",
        assignments: [...slotOf].map(([id, s], k) => ({
          meeting: id,
          slot: problem.slots[s]?.id as string,
          table: 1 + k,
        })),
        unscheduled: [],
        breaks: { total: 0, max: 0, min: 0, byParticipant: {} },
        lowerBound: 0,
        seconds: 0,
      });
      // Tables are numbered by meeting here, so only the per-slot count above is checked.
      const hard = check.violations.filter(
        (v) => !v.startsWith("breaks") && !v.includes("at table"),
      );
      if (hard.length > 0) return;
      const total = Object.values(check.breaks).reduce((sum, n) => sum + n, 0);
      if (best === null || total < best) best = total;
      return;
    }
    for (let s = 0; s < problem.slots.length; s++) {
      slotOf.set(meeting.id, s);
      recurse(i + 1);
      slotOf.delete(meeting.id);
    }
  };
  recurse(0);
  return best;
}
