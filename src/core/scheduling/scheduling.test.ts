import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import { bruteForceBreaks } from "./brute-force.ts";
import { generateBrokerage } from "./generate.ts";
import { schedulingJsonSchemas } from "./json-schema.ts";
import { parseProblem, SchedulingInputError, type SchedulingProblem } from "./problem.ts";
import { solveSchedule } from "./solve.ts";
import { crowdedForum } from "./test-problems.ts";
import { verifySchedule } from "./verify.ts";

const slots = (n: number, split = Math.ceil(n / 2)) =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i + 1}`, session: i < split ? "am" : "pm" }));
const people = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i + 1}` }));

/**
 * A forum with a known schedule without breaks: slot by slot, the participants whose day
 * covers it meet in pairs (a newcomer joins when they are odd), each day is one run, and
 * the tables are exactly the busiest slot's meetings. Some meetings must follow others
 * as in that schedule, and some participants are unavailable outside their day.
 */
function plantedWithoutBreaks(seed: number): SchedulingProblem {
  const random = createRandom(seed);
  const S = 16;
  const days: { start: number; length: number }[] = [];
  const meetings: SchedulingProblem["meetings"] = [];
  const pairs = new Set<string>();
  const plantedSlot = new Map<string, number>();
  let tables = 0;
  for (let s = 0; s < S; s++) {
    const newcomers = s === 0 ? 16 : random.int(1, 3);
    for (let i = 0; i < newcomers && s < S - 1; i++)
      days.push({ start: s, length: random.int(2, Math.min(8, S - s)) });
    const active = () =>
      days.flatMap((d, p) => (d.start <= s && s < d.start + d.length ? [p] : []));
    if (active().length % 2 === 1)
      days.push({ start: s, length: random.int(1, Math.min(6, S - s)) });
    let pairing: number[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      pairing = random.shuffle(active());
      let fresh = true;
      for (let i = 0; i < pairing.length; i += 2) {
        const [a, b] = [pairing[i] as number, pairing[i + 1] as number].sort((x, y) => x - y);
        if (pairs.has(`${a}-${b}`)) fresh = false;
      }
      if (fresh) break;
    }
    tables = Math.max(tables, pairing.length / 2);
    for (let i = 0; i < pairing.length; i += 2) {
      const [a, b] = [pairing[i] as number, pairing[i + 1] as number].sort((x, y) => x - y);
      pairs.add(`${a}-${b}`);
      const id = `m${meetings.length + 1}`;
      plantedSlot.set(id, s);
      meetings.push({ id, participants: [`p${(a as number) + 1}`, `p${(b as number) + 1}`] });
    }
  }
  // Precedence as planted, between meetings sharing a participant.
  for (const meeting of meetings) {
    if (!random.chance(0.1)) continue;
    const earlier = meetings.find(
      (other) =>
        (plantedSlot.get(other.id) as number) < (plantedSlot.get(meeting.id) as number) &&
        other.participants.some((p) => meeting.participants.includes(p)),
    );
    if (earlier) meeting.after = [earlier.id];
  }
  return {
    slots: slots(S),
    tables,
    participants: days.map((day, p) => {
      const outside = Array.from({ length: S }, (_, s) => s).filter(
        (s) => s < day.start || s >= day.start + day.length,
      );
      return random.chance(0.3) && outside.length > 0
        ? { id: `p${p + 1}`, unavailable: random.sample(outside, 1).map((s) => `s${s + 1}`) }
        : { id: `p${p + 1}` };
    }),
    meetings,
  };
}

describe("scheduling problem input", () => {
  const valid: SchedulingProblem = {
    slots: slots(3),
    tables: 2,
    participants: [{ id: "p1", unavailable: ["s3"] }, { id: "p2" }, { id: "p3" }],
    meetings: [
      { id: "m1", participants: ["p1", "p2"] },
      { id: "m2", participants: ["p2", "p3"], after: ["m1"] },
    ],
  };
  const issues = (input: unknown) => {
    try {
      parseProblem(input);
    } catch (error) {
      if (error instanceof SchedulingInputError)
        return error.issues.map((i) => `${i.path}: ${i.message}`);
      throw error;
    }
    return [];
  };

  it("names the offending item of bad input", () => {
    expect(issues(valid)).toEqual([]);
    expect(issues({ ...valid, meetings: [{ id: "m1", participants: ["p1", "p9"] }] })).toEqual([
      'meetings[0].participants[1]: unknown participant "p9" in meeting "m1"',
    ]);
    expect(issues({ ...valid, meetings: [{ id: "solo", participants: ["p1"] }] })[0]).toMatch(
      /^meetings\[0\]\.participants: .*\(meeting "solo"\)$/,
    );
    expect(
      issues({ ...valid, meetings: [{ id: "m1", participants: ["p1", "p2"], fixedSlot: "s3" }] }),
    ).toEqual([
      'meetings[0].fixedSlot: participant "p1" is unavailable in fixed slot "s3" (meeting "m1")',
    ]);
    expect(
      issues({
        ...valid,
        meetings: [
          { id: "a", participants: ["p1", "p2"], after: ["b"] },
          { id: "b", participants: ["p2", "p3"], after: ["a"] },
        ],
      }),
    ).toEqual(['meetings[0].after: cycle in "after": a → b → a']);
    expect(issues({ ...valid, slots: [...valid.slots, { id: "s1" }] })).toEqual([
      'slots[3].id: duplicate id "s1"',
    ]);
    expect(issues({ ...valid, tables: 0 })[0]).toMatch(/^tables: /);
  });

  it("keeps the committed JSON Schemas equal to the validating definitions", () => {
    for (const [file, schema] of Object.entries(schedulingJsonSchemas())) {
      const committed = JSON.parse(
        readFileSync(path.resolve(import.meta.dirname, "../../../schemas", file), "utf8"),
      );
      expect(committed, `${file}: run npm run schemas`).toEqual(schema);
    }
  });
});

describe("solveSchedule", () => {
  it("places every meeting without double-booking and with the fewest breaks on tiny instances", () => {
    for (let seed = 1; seed <= 6; seed++) {
      const problem = crowdedForum(seed, 6);
      const schedule = solveSchedule(problem, { seed: 1, maxMoves: 20_000, timeLimitSeconds: 30 });
      const check = verifySchedule(problem, schedule);
      expect(check.violations).toEqual([]);
      expect(schedule.unscheduled).toEqual([]);
      expect(schedule.breaks.total).toBe(bruteForceBreaks(problem));
      expect(schedule.lowerBound).toBeLessThanOrEqual(schedule.breaks.total);
    }
  });

  it("holds sessions, fixed slots, unavailability, precedence and tables", () => {
    const problem: SchedulingProblem = {
      slots: slots(4),
      tables: 1,
      participants: [{ id: "p1", unavailable: ["s1"] }, ...people(4).slice(1)],
      meetings: [
        { id: "a", participants: ["p1", "p2"], session: "pm" },
        { id: "b", participants: ["p2", "p3"], fixedSlot: "s2", priority: 2 },
        { id: "c", participants: ["p3", "p4"], after: ["b"] },
        { id: "d", participants: ["p1", "p4"], session: "am" },
      ],
    };
    const schedule = solveSchedule(problem, { maxMoves: 5_000 });
    expect(verifySchedule(problem, schedule).violations).toEqual([]);
    const slotOf = Object.fromEntries(schedule.assignments.map((a) => [a.meeting, a.slot]));
    // b is fixed in s2; d wants the morning, where p1 can only do s2: one table, and b
    // matters more, so d waits.
    expect(slotOf.b).toBe("s2");
    expect(["s3", "s4"]).toContain(slotOf.a);
    expect(["s3", "s4"]).toContain(slotOf.c);
    expect(schedule.unscheduled).toEqual(["d"]);
  });

  it("says infeasible when not every meeting can be placed, and places the most important", () => {
    const problem: SchedulingProblem = {
      slots: slots(2),
      tables: 5,
      participants: people(4),
      meetings: [
        { id: "low", participants: ["p1", "p2"], priority: 1 },
        { id: "high", participants: ["p1", "p3"], priority: 5 },
        { id: "mid", participants: ["p1", "p4"], priority: 3 },
      ],
    };
    const schedule = solveSchedule(problem, { maxMoves: 5_000 });
    expect(schedule.status).toBe("infeasible");
    expect(schedule.unscheduled).toEqual(["low"]);
    expect(verifySchedule(problem, schedule).valid).toBe(true);
  });

  it("is deterministic for a seed and reports progress", () => {
    const problem = generateBrokerage({
      participants: 30,
      meetings: 90,
      slots: 8,
      tables: 12,
      seed: 3,
    });
    const progress: number[] = [];
    const one = solveSchedule(problem, {
      seed: 7,
      maxMoves: 30_000,
      onProgress: (p) => progress.push(p.placed),
    });
    const two = solveSchedule(problem, { seed: 7, maxMoves: 30_000 });
    expect({ ...two, seconds: 0 }).toEqual({ ...one, seconds: 0 });
    expect(progress.at(-1)).toBe(one.assignments.length);
    expect(verifySchedule(problem, one).violations).toEqual([]);
  });

  it("finds a planted schedule without breaks on a table-tight forum (window search)", () => {
    const problem = plantedWithoutBreaks(11);
    const schedule = solveSchedule(problem, { seed: 1, maxMoves: 600_000 });
    expect(verifySchedule(problem, schedule).violations).toEqual([]);
    expect(schedule.unscheduled).toEqual([]);
    expect(schedule.breaks.total).toBe(0);
    expect(schedule.status).toBe("optimal");
  });

  it("catches what a wrong schedule breaks", () => {
    const problem = generateBrokerage({
      participants: 10,
      meetings: 15,
      slots: 6,
      tables: 3,
      seed: 2,
    });
    const schedule = solveSchedule(problem, { maxMoves: 2_000 });
    const [first, second] = schedule.assignments;
    const broken = {
      ...schedule,
      assignments: [
        { ...first, table: 99 },
        { ...second, slot: first?.slot, table: first?.table },
        ...schedule.assignments.slice(2),
      ],
    };
    const check = verifySchedule(problem, broken);
    expect(check.valid).toBe(false);
    expect(check.violations.some((v) => v.includes("at table 99 of 3"))).toBe(true);
  });
});
