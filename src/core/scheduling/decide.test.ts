import { describe, expect, it } from "vitest";
import { bruteForceBreaks } from "./brute-force.ts";
import { type BreaksQuestion, decideBreaks, participantMinima } from "./decide.ts";
import type { SchedulingProblem } from "./problem.ts";
import { describeSchedule } from "./solve.ts";
import { crowdedForum, forcedGaps, smallForum } from "./test-problems.ts";
import { verifySchedule } from "./verify.ts";

/** Asks the question and checks any schedule it returns against the problem and K. */
function ask(problem: SchedulingProblem, question: BreaksQuestion) {
  const answer = decideBreaks(problem, question);
  if (answer.status === "sat") {
    const schedule = describeSchedule(problem, answer.slotOf as Int32Array, {
      lowerBound: 0,
      provenInfeasible: false,
      fairness: null,
      seconds: 0,
    });
    expect(schedule.unscheduled).toEqual([]);
    expect(verifySchedule(problem, schedule).violations).toEqual([]);
    if (question.maxBreaks !== null)
      expect(schedule.breaks.total).toBeLessThanOrEqual(question.maxBreaks);
    problem.participants.forEach((participant, p) => {
      const cap = question.breakCaps?.[p];
      if (cap !== undefined)
        expect(schedule.breaks.byParticipant[participant.id]).toBeLessThanOrEqual(cap);
    });
  }
  return answer.status;
}

describe("the SAT question 'a schedule with at most K breaks?'", () => {
  it("says yes at the brute-force optimum and no one below it; no when nothing fits", () => {
    const optima: (number | null)[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      // Crowded: breaks are forced by the tables, sessions and unavailability.
      const problem = crowdedForum(seed);
      const optimum = bruteForceBreaks(problem);
      optima.push(optimum);
      if (optimum === null) {
        expect(ask(problem, { maxBreaks: null })).toBe("unsat");
        continue;
      }
      expect(ask(problem, { maxBreaks: null })).toBe("sat");
      expect(ask(problem, { maxBreaks: optimum })).toBe("sat");
      if (optimum > 0) expect(ask(problem, { maxBreaks: optimum - 1 })).toBe("unsat");
    }
    expect(optima.filter((n) => n !== null).length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...optima.map((n) => n ?? 0))).toBeGreaterThan(0);
  });

  it("keeps precedence and each participant's cap", () => {
    const problem = forcedGaps;
    expect(bruteForceBreaks(problem)).toBe(2);
    expect(ask(problem, { maxBreaks: 2 })).toBe("sat");
    expect(ask(problem, { maxBreaks: 1 })).toBe("unsat");
    expect(ask(problem, { maxBreaks: 5, breakCaps: [0, undefined, undefined] })).toBe("unsat");
    expect(ask(problem, { maxBreaks: 5, breakCaps: [1, 0, 0] })).toBe("unsat");
    expect(ask(problem, { maxBreaks: 2, breakCaps: [1, 1, 0] })).toBe("sat");
    expect(ask(problem, { maxBreaks: 2, breakCaps: [1, 0, 1] })).toBe("sat");
  });

  it("seats meetings of three at one table each", () => {
    // Six people at one table per slot: the tables hold the meetings, though twice the
    // tables would not seat the people.
    const problem: SchedulingProblem = {
      slots: [{ id: "s1" }, { id: "s2" }],
      tables: 1,
      participants: ["a", "b", "c", "d", "e", "f"].map((id) => ({ id })),
      meetings: [
        { id: "abc", participants: ["a", "b", "c"] },
        { id: "def", participants: ["d", "e", "f"] },
      ],
    };
    expect(ask(problem, { maxBreaks: 0 })).toBe("sat");
    expect(ask({ ...problem, slots: [{ id: "s1" }] }, { maxBreaks: null })).toBe("unsat");
  });

  it("follows its hint: a schedule given as hint comes back as is, without a conflict", () => {
    const problem = smallForum();
    const first = decideBreaks(problem, { maxBreaks: null, seed: 3 });
    expect(first.status).toBe("sat");
    const hint = first.slotOf as Int32Array;
    // Another seed alone finds another schedule; with the hint, every decision follows it.
    const other = decideBreaks(problem, { maxBreaks: null, seed: 5 });
    expect(Array.from(other.slotOf as Int32Array)).not.toEqual(Array.from(hint));
    const again = decideBreaks(problem, { maxBreaks: null, seed: 5, hint });
    expect(Array.from(again.slotOf as Int32Array)).toEqual(Array.from(hint));
    expect(again.statistics.conflicts).toBe(0);
    // A hint that is no schedule (everything in the first slot) is only a starting point.
    expect(ask(problem, { maxBreaks: null, hint: new Int32Array(problem.meetings.length) })).toBe(
      "sat",
    );
  });

  it("bounds each participant on their own, and their sum bounds the whole", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const problem = crowdedForum(seed);
      const optimum = bruteForceBreaks(problem);
      const minima = participantMinima(problem);
      if (optimum === null) continue;
      expect(minima).not.toContain(null);
      expect(minima.reduce<number>((sum, n) => sum + (n ?? 0), 0)).toBeLessThanOrEqual(optimum);
    }
    // Three meetings in two slots: not even alone can they all be placed.
    const crowded: SchedulingProblem = {
      slots: [{ id: "s1" }, { id: "s2" }],
      tables: 5,
      participants: ["a", "b", "c", "d"].map((id) => ({ id })),
      meetings: ["b", "c", "d"].map((other) => ({ id: `a${other}`, participants: ["a", other] })),
    };
    expect(participantMinima(crowded)).toEqual([null, 0, 0, 0]);
    // Unavailable in the middle of the only slots their meetings may take: one break.
    const gap: SchedulingProblem = {
      slots: [{ id: "s1" }, { id: "s2" }, { id: "s3" }],
      tables: 5,
      participants: [{ id: "a", unavailable: ["s2"] }, { id: "b" }, { id: "c" }],
      meetings: [
        { id: "ab", participants: ["a", "b"] },
        { id: "ac", participants: ["a", "c"] },
      ],
    };
    expect(participantMinima(gap)).toEqual([1, 0, 0]);
    // Or by their counterparts' availability: b only in s1, c only in s3.
    const theirGap: SchedulingProblem = {
      ...gap,
      participants: [
        { id: "a" },
        { id: "b", unavailable: ["s2", "s3"] },
        { id: "c", unavailable: ["s1", "s2"] },
      ],
    };
    expect(participantMinima(theirGap)).toEqual([1, 0, 0]);
    // Ids are the caller's: none of them can clash with the relaxed problem's own.
    const oddIds: SchedulingProblem = {
      slots: gap.slots,
      tables: 5,
      participants: [{ id: "a" }, { id: "a\u00000" }, { id: "s0" }, { id: "p" }],
      meetings: [
        { id: "m1", participants: ["a\u00000", "a"] },
        { id: "m2", participants: ["s0", "p"] },
        { id: "m3", participants: ["p", "a"] },
      ],
    };
    expect(participantMinima(oddIds)).toEqual([0, 0, 0, 0]);
  });
});
