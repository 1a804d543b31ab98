/**
 * "Is there a schedule that places every meeting with at most K breaks?" as a SAT question
 * for our CDCL solver (core/sat/solver.ts): a schedule when there is one, a proof when
 * there is none. Asked at K = the proven bound, "no" raises the bound by one and "yes" is
 * an optimum; asked without K, "no" proves that not every meeting can be placed.
 *
 * Variables: x[m,s] (meeting m in slot s, over its allowed slots: session, fixed slot,
 * everyone's availability) and b[p,s] (participant p busy in s, for the slots one of their
 * meetings may take).
 *
 * - Each meeting in exactly one slot; precedence as pairs x[m,s] → ¬x[e,t] for t ≥ s.
 * - b[p,s] is the OR of p's x in s, with at most one of them (no double booking).
 * - Σ_s b[p,s] = d(p), the participant's meetings. Implied by the two above, but it is
 *   what makes the question fast: a full or emptied slot tells at once how many of
 *   someone's slots are left. Measured on forum B at K = 4 with MiniSat: 0.35 s with it,
 *   20 s with the seat rows alone, 72 s with neither.
 * - Tables: Σ_m x[m,s] ≤ tables. Seats: Σ_p b[p,s] ≤ the people the tables can seat
 *   (twice the tables when meetings are pairs) — implied too, and what lets the solver
 *   reason about days before meetings are placed: the middle slots, where every long day
 *   sits, seat only so many.
 * - A participant with no break allowed (cap 0, or K = 0; most are at the bound) has a
 *   **window**: one start variable per run of d slots their meetings can fill (a perfect
 *   matching, `matchableWindowStarts`), exactly one chosen, b true inside it and false
 *   outside; any two busy slots at most d − 1 apart; and for each meeting between two
 *   windowed participants, no pair of starts whose windows share none of its slots.
 *   Measured on forum E at K = 0 over 8 seeds: 1.8–7.3 s (median 2.8), against 2.4–10 s
 *   without the pairs and 17 s without windows.
 * - Anyone else: e[p,s] "busy before s" and g[p,s] "a break ends at s" (busy in s, not in
 *   s − 1, busy before), Σ_s g[p,s] ≤ their cap and Σ_p,s g ≤ K, both as sequential
 *   counters (see `addAtMost`); the other cardinality rows are native to the solver.
 */
import {
  negative,
  not,
  positive,
  type SatSolveOptions,
  SatSolver,
  type SatStatistics,
} from "../sat/solver.ts";
import { allowedSlots } from "./exact.ts";
import type { SchedulingProblem } from "./problem.ts";
import { matchableWindowStarts } from "./windows.ts";

export interface BreaksQuestion {
  /** At most this many breaks in all; null: any number (only "can every meeting be placed?"). */
  maxBreaks: number | null;
  /** At most this many breaks per participant (by index; absent or undefined: no cap). */
  breakCaps?: ArrayLike<number | undefined>;
  /**
   * A schedule to start from (slot position per meeting, -1 unplaced): the solver's first
   * decisions follow it, so a question near a known schedule is answered near it.
   */
  hint?: ArrayLike<number>;
  /** The SAT solver's seed (its first order of decisions). */
  seed?: number;
}

export interface BreaksAnswer {
  status: "sat" | "unsat" | "unknown";
  /** The schedule found (slot position per meeting) when status is "sat". */
  slotOf: Int32Array | null;
  statistics: SatStatistics;
}

export interface BreaksFormula {
  solver: SatSolver;
  /** The schedule of the solver's model (after "sat"). */
  decode(): Int32Array;
}

export function encodeBreaksQuestion(
  problem: SchedulingProblem,
  question: BreaksQuestion,
): BreaksFormula {
  const solver = new SatSolver(question.seed === undefined ? {} : { seed: question.seed });
  const S = problem.slots.length;
  const allowed = allowedSlots(problem);
  const participantIndex = new Map(problem.participants.map((p, i) => [p.id, i]));
  const meetingIndex = new Map(problem.meetings.map((m, i) => [m.id, i]));
  const parts = problem.meetings.map((meeting) =>
    meeting.participants.map((id) => participantIndex.get(id) as number),
  );
  const meetingsOf: number[][] = problem.participants.map(() => []);
  parts.forEach((ps, m) => {
    for (const p of ps) meetingsOf[p]?.push(m);
  });

  // x[m][s]: the variable of meeting m in slot s, -1 where it may not be.
  const x = allowed.map((slots) => {
    const row = new Int32Array(S).fill(-1);
    for (const s of slots) row[s] = solver.newVariable();
    return row;
  });
  const placed = (m: number, s: number) => positive((x[m] as Int32Array)[s] as number);
  allowed.forEach((slots, m) => {
    const literals = slots.map((s) => placed(m, s));
    solver.addClause(literals);
    solver.addAtMost(literals, 1);
  });
  problem.meetings.forEach((meeting, m) => {
    for (const earlierId of meeting.after ?? []) {
      const e = meetingIndex.get(earlierId) as number;
      for (const s of allowed[m] as number[])
        for (const t of allowed[e] as number[])
          if (t >= s) solver.addClause([not(placed(m, s)), not(placed(e, t))]);
    }
  });

  // busy[p][s]: the variable of "p busy in s", -1 where none of p's meetings may be.
  const busy = meetingsOf.map((own) => {
    const row = new Int32Array(S).fill(-1);
    for (let s = 0; s < S; s++) {
      const here = own.filter((m) => (x[m] as Int32Array)[s] !== -1).map((m) => placed(m, s));
      if (here.length === 0) continue;
      const b = solver.newVariable();
      row[s] = b;
      for (const l of here) solver.addClause([not(l), positive(b)]);
      solver.addClause([negative(b), ...here]);
      solver.addAtMost(here, 1);
    }
    const open = Array.from(row)
      .filter((b) => b >= 0)
      .map(positive);
    solver.addAtMost(open, own.length);
    solver.addAtLeast(open, own.length);
    return row;
  });
  const busyIn = (p: number, s: number) => (busy[p] as Int32Array)[s] as number;

  for (let s = 0; s < S; s++) {
    const here: number[] = [];
    const sizes: number[] = [];
    allowed.forEach((slots, m) => {
      if (!slots.includes(s)) return;
      here.push(placed(m, s));
      sizes.push((parts[m] as number[]).length);
    });
    solver.addAtMost(here, problem.tables);
    sizes.sort((a, b) => b - a);
    const seats = sizes.slice(0, problem.tables).reduce((sum, n) => sum + n, 0);
    const people: number[] = [];
    meetingsOf.forEach((_, p) => {
      if (busyIn(p, s) >= 0) people.push(positive(busyIn(p, s)));
    });
    solver.addAtMost(people, seats);
  }

  const windowsOf = new Map<number, { start: number; variable: number }[]>();
  const breakEnds: number[] = [];
  meetingsOf.forEach((own, p) => {
    const d = own.length;
    if (d < 2) return;
    const cap = question.breakCaps?.[p];
    if (cap === 0 || question.maxBreaks === 0)
      windowsOf.set(
        p,
        addWindow(
          p,
          Array.from(own, (m) => allowed[m] as number[]),
        ),
      );
    else if (question.maxBreaks !== null || cap !== undefined) {
      const ends = addBreakEnds(p);
      if (cap !== undefined) solver.addAtMost(ends, cap, "counter");
      breakEnds.push(...ends);
    }
  });
  if (question.maxBreaks !== null) solver.addAtMost(breakEnds, question.maxBreaks, "counter");

  /**
   * A single run: one window start chosen, busy exactly inside it. Implied by the window
   * alone but stated as short clauses too, because they are what the search learns from
   * (each measured on the forums' questions at the optimum, 5 instances × 8 seeds):
   * two busy slots at most d − 1 apart (without them 2.3 times slower), no idle slot
   * between two busy ones, and a run that starts in s goes on to s + d − 1 (and one that
   * ends in s began at s − d + 1) — these two together 1.6 times faster.
   */
  function addWindow(p: number, allowedOfOwn: number[][]) {
    const d = allowedOfOwn.length;
    const windows = Array.from(matchableWindowStarts(allowedOfOwn, S), (start) => ({
      start,
      variable: solver.newVariable(),
    }));
    for (const { start, variable } of windows)
      for (let s = 0; s < S; s++) {
        if (busyIn(p, s) < 0) continue;
        const inside = s >= start && s < start + d;
        solver.addClause([
          negative(variable),
          inside ? positive(busyIn(p, s)) : negative(busyIn(p, s)),
        ]);
      }
    const starts = windows.map(({ variable }) => positive(variable));
    solver.addClause(starts);
    solver.addAtMost(starts, 1);
    // The busy literal of slot s, or null where p cannot be busy (the literal is false).
    const busyAt = (s: number) =>
      s >= 0 && s < S && busyIn(p, s) >= 0 ? positive(busyIn(p, s)) : null;
    const clause = (...literals: (number | null)[]) =>
      solver.addClause(literals.filter((l): l is number => l !== null));
    for (let s = 0; s < S; s++) {
      const here = busyAt(s);
      if (here === null) continue;
      for (let t = s + 1; t < S; t++) {
        const there = busyAt(t);
        if (t >= s + d) {
          if (there !== null) clause(not(here), not(there));
          continue;
        }
        for (let u = s + 1; u < t && there !== null; u++) clause(not(here), not(there), busyAt(u));
        clause(not(here), busyAt(s - 1), there);
      }
      for (let t = Math.max(0, s - d + 1); t < s; t++) clause(not(here), busyAt(s + 1), busyAt(t));
    }
    return windows;
  }

  /** g[p,s] for each s: busy in s, idle in s − 1, busy before — a break ends in s. */
  function addBreakEnds(p: number): number[] {
    const ends: number[] = [];
    // "Busy in some slot before s", built slot by slot as the OR of the one before.
    let before = -1;
    for (let s = 0; s < S; s++) {
      const previous = s > 0 ? busyIn(p, s - 1) : -1;
      if (previous >= 0) {
        if (before < 0) before = previous;
        else {
          const either = solver.newVariable();
          solver.addClause([negative(either), positive(before), positive(previous)]);
          solver.addClause([negative(before), positive(either)]);
          solver.addClause([negative(previous), positive(either)]);
          before = either;
        }
      }
      const b = busyIn(p, s);
      if (b < 0 || before < 0) continue;
      const g = solver.newVariable();
      solver.addClause([negative(g), positive(b)]);
      solver.addClause([negative(g), positive(before)]);
      if (previous >= 0) solver.addClause([negative(g), negative(previous)]);
      solver.addClause([
        negative(b),
        negative(before),
        ...(previous >= 0 ? [positive(previous)] : []),
        positive(g),
      ]);
      ends.push(positive(g));
    }
    return ends;
  }

  // Two windowed participants of a meeting: no pair of windows without a slot for it.
  parts.forEach((ps, m) => {
    const slots = allowed[m] as number[];
    for (const p of ps)
      for (const q of ps) {
        const [ofP, ofQ] = [windowsOf.get(p), windowsOf.get(q)];
        if (q <= p || !ofP || !ofQ) continue;
        const [dp, dq] = [(meetingsOf[p] as number[]).length, (meetingsOf[q] as number[]).length];
        for (const a of ofP)
          for (const b of ofQ) {
            const from = Math.max(a.start, b.start);
            const to = Math.min(a.start + dp, b.start + dq);
            if (!slots.some((s) => s >= from && s < to))
              solver.addClause([negative(a.variable), negative(b.variable)]);
          }
      }
  });

  // The hint: placements and busy slots take its values first.
  const hint = question.hint;
  if (hint) {
    x.forEach((row, m) => {
      for (const s of allowed[m] as number[]) solver.setPhase(row[s] as number, hint[m] === s);
    });
    meetingsOf.forEach((own, p) => {
      for (let s = 0; s < S; s++)
        if (busyIn(p, s) >= 0)
          solver.setPhase(
            busyIn(p, s),
            own.some((m) => hint[m] === s),
          );
    });
  }
  return {
    solver,
    decode: () =>
      Int32Array.from(problem.meetings, (_, m) => {
        for (const s of allowed[m] as number[])
          if (solver.valueOf((x[m] as Int32Array)[s] as number)) return s;
        return -1;
      }),
  };
}

/** Asks the question; stops with "unknown" when `shouldStop` says so. */
export function decideBreaks(
  problem: SchedulingProblem,
  question: BreaksQuestion,
  options: SatSolveOptions = {},
): BreaksAnswer {
  const formula = encodeBreaksQuestion(problem, question);
  const status = formula.solver.solve(options);
  return {
    status,
    slotOf: status === "sat" ? formula.decode() : null,
    statistics: formula.solver.statistics,
  };
}

/**
 * Each participant's fewest breaks on their own: their meetings only (sessions, everyone's
 * availability, precedence among them), everyone else free — each other participant
 * stands in for one meeting only, so only this participant's day can break. A
 * relaxation, so a lower bound of their breaks in any schedule; summed over participants
 * a bound of the total, and with total breaks at most K no one can exceed their own
 * minimum by more than K − that sum, which caps every day at no loss (most caps are then
 * 0: single runs, the question's easiest kind). Null for a participant whose meetings
 * cannot all be placed even so: then no schedule places every meeting. When `shouldStop`
 * says so, the rest count what is refuted so far (still a bound). Milliseconds per participant: 30–70 ms
 * for a whole benchmark forum, where HiGHS took 0.6–7.3 s.
 */
export function participantMinima(
  problem: SchedulingProblem,
  options: SatSolveOptions = {},
): (number | null)[] {
  const meetingsOf = new Map<string, SchedulingProblem["meetings"]>(
    problem.participants.map((p) => [p.id, []]),
  );
  for (const meeting of problem.meetings)
    for (const id of meeting.participants) meetingsOf.get(id)?.push(meeting);
  const unavailable = new Map(problem.participants.map((q) => [q.id, q.unavailable]));
  return problem.participants.map((participant) => {
    if (options.shouldStop?.()) return 0;
    const own = meetingsOf.get(participant.id) ?? [];
    const ids = new Set(own.map((meeting) => meeting.id));
    // The relaxed problem's own ids: "p" for the participant, "s<n>" for each stand-in.
    const standIns: SchedulingProblem["participants"] = [];
    const standIn = (q: string) => {
      const slots = unavailable.get(q);
      const id = `s${standIns.length}`;
      standIns.push({ id, ...(slots ? { unavailable: slots } : {}) });
      return id;
    };
    // The meetings first: they make the stand-ins.
    const meetings = own.map((meeting) => ({
      ...meeting,
      participants: meeting.participants.map((q) => (q === participant.id ? "p" : standIn(q))),
      after: (meeting.after ?? []).filter((other) => ids.has(other)),
    }));
    const alone: SchedulingProblem = {
      slots: problem.slots,
      tables: problem.tables,
      participants: [{ ...participant, id: "p" }, ...standIns],
      meetings,
    };
    for (let k = 0; k < Math.max(1, own.length); k++) {
      const status = decideBreaks(alone, { maxBreaks: k }, options).status;
      if (status === "sat") return k;
      // Fewer than k are refuted already: k is still a bound.
      if (status === "unknown") return k;
    }
    return null;
  });
}
