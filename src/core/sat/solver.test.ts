import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import { type CardinalityEncoding, negative, not, positive, SatSolver } from "./solver.ts";

interface Formula {
  variables: number;
  clauses: number[][];
  /** Σ literals ≤ bound. */
  atMost: { literals: number[]; bound: number }[];
}

const holds = (literal: number, assignment: boolean[]) =>
  assignment[literal >> 1] === ((literal & 1) === 0);

function satisfies(formula: Formula, assignment: boolean[]): boolean {
  return (
    formula.clauses.every((clause) => clause.some((l) => holds(l, assignment))) &&
    formula.atMost.every(
      ({ literals, bound }) => literals.filter((l) => holds(l, assignment)).length <= bound,
    )
  );
}

/** Whether any assignment satisfies the formula (small formulas only). */
function bruteForce(formula: Formula): boolean {
  for (let mask = 0; mask < 2 ** formula.variables; mask++) {
    const assignment = Array.from({ length: formula.variables }, (_, v) => (mask >> v) % 2 === 1);
    if (satisfies(formula, assignment)) return true;
  }
  return false;
}

function load(formula: Formula, encoding: CardinalityEncoding = "native"): SatSolver {
  const solver = new SatSolver();
  for (let v = 0; v < formula.variables; v++) solver.newVariable();
  for (const clause of formula.clauses) solver.addClause(clause);
  for (const { literals, bound } of formula.atMost) solver.addAtMost(literals, bound, encoding);
  return solver;
}

const modelOf = (solver: SatSolver, variables: number) =>
  Array.from({ length: variables }, (_, v) => solver.valueOf(v));

function randomLiteral(random: ReturnType<typeof createRandom>, variables: number): number {
  const v = random.int(0, variables - 1);
  return random.chance(0.5) ? positive(v) : negative(v);
}

/** n + 1 pigeons in n holes: every pigeon in a hole, at most one pigeon per hole. */
function pigeonhole(holes: number, pigeons: number, native: boolean): SatSolver {
  const solver = new SatSolver();
  const at = Array.from({ length: pigeons }, () =>
    Array.from({ length: holes }, () => solver.newVariable()),
  );
  for (const row of at) solver.addClause(row.map(positive));
  for (let h = 0; h < holes; h++) {
    const column = at.map((row) => positive(row[h] as number));
    if (native) solver.addAtMost(column, 1);
    else
      for (let i = 0; i < column.length; i++)
        for (let j = i + 1; j < column.length; j++)
          solver.addClause([not(column[i] as number), not(column[j] as number)]);
  }
  return solver;
}

describe("the SAT solver", () => {
  it("agrees with brute force on random 3-SAT around the threshold, with models that hold", () => {
    const random = createRandom(7);
    let satisfiable = 0;
    for (let round = 0; round < 120; round++) {
      const variables = 12;
      const formula: Formula = {
        variables,
        clauses: Array.from({ length: random.int(44, 58) }, () =>
          Array.from({ length: 3 }, () => randomLiteral(random, variables)),
        ),
        atMost: [],
      };
      const solver = load(formula);
      const expected = bruteForce(formula);
      expect(solver.solve()).toBe(expected ? "sat" : "unsat");
      if (expected) {
        satisfiable++;
        expect(satisfies(formula, modelOf(solver, variables))).toBe(true);
      }
    }
    // Both answers are exercised.
    expect(satisfiable).toBeGreaterThan(20);
    expect(satisfiable).toBeLessThan(100);
  });

  it("counts at-most-k constraints natively and as sequential counters alike", () => {
    const random = createRandom(11);
    const answers = { sat: 0, unsat: 0 };
    for (let round = 0; round < 150; round++) {
      const variables = 11;
      const formula: Formula = {
        variables,
        clauses: Array.from({ length: random.int(8, 30) }, () =>
          Array.from({ length: random.int(2, 4) }, () => randomLiteral(random, variables)),
        ),
        atMost: Array.from({ length: random.int(1, 4) }, () => {
          const chosen = random.sample(
            Array.from({ length: variables }, (_, v) => v),
            random.int(3, 8),
          );
          const literals = chosen.map((v) => (random.chance(0.7) ? positive(v) : negative(v)));
          return { literals, bound: random.int(1, literals.length - 1) };
        }),
      };
      const expected = bruteForce(formula) ? "sat" : "unsat";
      answers[expected]++;
      for (const encoding of ["native", "counter"] as const) {
        const solver = load(formula, encoding);
        expect(solver.solve()).toBe(expected);
        if (expected === "sat") expect(satisfies(formula, modelOf(solver, variables))).toBe(true);
      }
    }
    expect(answers.sat).toBeGreaterThan(20);
    expect(answers.unsat).toBeGreaterThan(20);
  });

  it("refuses the pigeonhole principle, with clauses or native counts, and fits n pigeons", () => {
    for (const native of [false, true]) {
      expect(pigeonhole(6, 7, native).solve()).toBe("unsat");
      expect(pigeonhole(7, 7, native).solve()).toBe("sat");
    }
  });

  it("stops with unknown at its conflict budget and resumes to the same answer", () => {
    const solver = pigeonhole(7, 8, true);
    expect(solver.solve({ maxConflicts: 50 })).toBe("unknown");
    let status = solver.solve({ maxConflicts: 100 });
    for (let turn = 0; status === "unknown" && turn < 10_000; turn++)
      status = solver.solve({ maxConflicts: 100 });
    expect(status).toBe("unsat");
    let polls = 0;
    const stopped = pigeonhole(8, 9, false).solve({ shouldStop: () => ++polls >= 3 });
    expect(stopped).toBe("unknown");
    expect(polls).toBe(3);
  });

  it("follows the phases it is given on free variables", () => {
    const solver = new SatSolver();
    const vs = Array.from({ length: 6 }, () => solver.newVariable());
    vs.forEach((v, i) => {
      solver.setPhase(v, i % 2 === 0);
    });
    expect(solver.solve()).toBe("sat");
    expect(vs.map((v) => solver.valueOf(v))).toEqual([true, false, true, false, true, false]);
  });

  it("follows phases given between calls, after its own search has begun", () => {
    const random = createRandom(21);
    const variables = 150;
    const clauses = Array.from({ length: 600 }, () =>
      Array.from({ length: 3 }, () => randomLiteral(random, variables)),
    );
    const formula: Formula = { variables, clauses, atMost: [] };
    const first = load(formula);
    expect(first.solve()).toBe("sat");
    const model = modelOf(first, variables);
    const resumed = load(formula, "native");
    expect(resumed.solve({ maxConflicts: 30 })).toBe("unknown");
    model.forEach((value, v) => {
      resumed.setPhase(v, value);
    });
    // Every decision now follows a model: no conflict is left to meet.
    expect(resumed.solve({ maxConflicts: 1 })).toBe("sat");
    expect(satisfies(formula, modelOf(resumed, variables))).toBe(true);
  });

  it("handles facts, empty clauses and bounds at the edges", () => {
    const empty = new SatSolver();
    empty.newVariable();
    empty.addClause([]);
    expect(empty.solve()).toBe("unsat");

    const facts = new SatSolver();
    const [a, b] = [facts.newVariable(), facts.newVariable()];
    facts.addClause([positive(a)]);
    facts.addClause([negative(a), positive(b)]);
    facts.addClause([positive(a), positive(a), negative(b)]);
    expect(facts.solve()).toBe("sat");
    expect([facts.valueOf(a), facts.valueOf(b)]).toEqual([true, true]);
    facts.addClause([negative(b)]);
    expect(facts.solve()).toBe("unsat");

    const bounds = new SatSolver();
    const xs = Array.from({ length: 5 }, () => positive(bounds.newVariable()));
    bounds.addAtMost(xs, 5);
    bounds.addAtLeast(xs, 5);
    expect(bounds.solve()).toBe("sat");
    expect(xs.every((l) => bounds.valueOf(l >> 1))).toBe(true);
    bounds.addAtMost(xs, 4);
    expect(bounds.solve()).toBe("unsat");

    const negativeBound = new SatSolver();
    negativeBound.addAtMost([positive(negativeBound.newVariable())], -1);
    expect(negativeBound.solve()).toBe("unsat");
  });

  it("names a repeated variable or an unknown literal", () => {
    const solver = new SatSolver();
    const v = solver.newVariable();
    expect(() => solver.addAtMost([positive(v), negative(v)], 1)).toThrow(/twice/);
    expect(() => solver.addClause([positive(v + 1)])).toThrow(/unknown literal/);
  });
});
