/**
 * Small problems the tests of the engine, the SAT questions and the exact method share,
 * with what is known of them by hand or by `bruteForceBreaks`.
 */
import { generateBrokerage } from "./generate.ts";
import type { SchedulingProblem } from "./problem.ts";

/**
 * Five participants in four slots at two tables: breaks forced by the crowding, the
 * sessions and unavailability — small enough to enumerate.
 */
export function crowdedForum(seed: number, meetings = 7): SchedulingProblem {
  return generateBrokerage({ participants: 5, meetings, slots: 4, tables: 2, seed });
}

/** Twelve participants, 24 meetings, six slots at five tables: every meeting fits. */
export function smallForum(): SchedulingProblem {
  return generateBrokerage({ participants: 12, meetings: 24, slots: 6, tables: 5, seed: 4 });
}

/**
 * p1 meets p2 in the morning and p3 in the afternoon and is unavailable in s2 and s3, so
 * p1's day has a gap whatever happens (their own minimum is 1); m3, after m1, then leaves
 * p2 or p3 one too. The optimum is 2: p1 and p2 or p1 and p3 break.
 */
export const forcedGaps: SchedulingProblem = {
  slots: [
    { id: "s1", session: "am" },
    { id: "s2", session: "am" },
    { id: "s3", session: "pm" },
    { id: "s4", session: "pm" },
  ],
  tables: 2,
  participants: [{ id: "p1", unavailable: ["s2", "s3"] }, { id: "p2" }, { id: "p3" }],
  meetings: [
    { id: "m1", participants: ["p1", "p2"], session: "am" },
    { id: "m2", participants: ["p1", "p3"], session: "pm" },
    { id: "m3", participants: ["p2", "p3"], after: ["m1"] },
  ],
};
