import { describe, expect, it } from "vitest";
import { buildExactModel } from "../../../core/scheduling/exact.ts";
import { generateBrokerage } from "../../../core/scheduling/generate.ts";
import type { SchedulingProblem } from "../../../core/scheduling/problem.ts";
import { verifySchedule } from "../../../core/scheduling/verify.ts";
import { scheduleWithProof, solveExact } from "./exact.ts";

describe("the exact model (HiGHS)", () => {
  it("proves the fewest breaks, and the combined run says optimal only then", async () => {
    const problem: SchedulingProblem = {
      slots: [
        { id: "s1", session: "am" },
        { id: "s2", session: "am" },
        { id: "s3", session: "pm" },
      ],
      tables: 2,
      participants: [{ id: "p1", unavailable: ["s3"] }, { id: "p2" }, { id: "p3" }],
      meetings: [
        { id: "m1", participants: ["p1", "p2"] },
        { id: "m2", participants: ["p1", "p3"], session: "am" },
        { id: "m3", participants: ["p2", "p3"], after: ["m1"] },
      ],
    };
    // Every placement leaves someone a gap: p2 or p3 meets in s1 and s3.
    const exact = await solveExact(problem, 10);
    expect(exact).toMatchObject({ status: "optimal", breaks: 1 });
    const schedule = await scheduleWithProof(problem, { timeLimitSeconds: 4, maxMoves: 2_000 });
    expect(schedule).toMatchObject({ status: "optimal", lowerBound: 1, breaks: { total: 1 } });
    expect(verifySchedule(problem, schedule).violations).toEqual([]);
  });

  it("proves when not every meeting can be placed", async () => {
    const problem: SchedulingProblem = {
      slots: [{ id: "s1" }, { id: "s2" }],
      tables: 3,
      participants: [{ id: "a" }, { id: "b" }, { id: "c" }],
      meetings: [
        { id: "ab", participants: ["a", "b"] },
        { id: "bc", participants: ["b", "c"] },
        { id: "ca", participants: ["c", "a"] },
      ],
    };
    expect((await solveExact(problem, 10)).status).toBe("infeasible");
    const schedule = await scheduleWithProof(problem, { timeLimitSeconds: 4, maxMoves: 2_000 });
    expect(schedule.status).toBe("infeasible");
    expect(schedule.unscheduled).toHaveLength(1);
  });

  it("agrees with the engine's bound and schedule on small forums", async () => {
    for (const seed of [1, 2, 3]) {
      const problem = generateBrokerage({
        participants: 10,
        meetings: 16,
        slots: 6,
        tables: 5,
        seed,
      });
      const exact = await solveExact(problem, 20);
      expect(exact.status).toBe("optimal");
      const schedule = await scheduleWithProof(problem, { timeLimitSeconds: 20, maxMoves: 50_000 });
      expect(schedule.status).toBe("optimal");
      expect(schedule.breaks.total).toBe(exact.breaks);
      expect(verifySchedule(problem, schedule).violations).toEqual([]);
      expect(buildExactModel(problem).variables).toBeGreaterThan(0);
    }
  });
});
