/**
 * The scheduling problem as a mixed-integer linear program (CPLEX LP text), for an exact
 * solver to prove optimal breaks or that not every meeting can be placed. Pure: building
 * the model and reading a solution back; the solver itself is wired in
 * server/modules/scheduling/exact.ts.
 *
 * Every meeting is placed (x[m,s] binary over its allowed slots, summing to 1); tables
 * and precedence as in the problem. Each participant has a timeline: b[p,s] = Σ x of
 * their meetings in s (binary, so no one is double-booked), and r[p,s] ≥ b[p,s] −
 * b[p,s−1] marks where a run of consecutive meetings starts, so a participant's breaks
 * are their runs − 1 and total breaks = Σ r − (participants with meetings).
 *
 * Breaks come from crowding (the middle slots are where everyone's run would sit, and a
 * slot holds only 2 × tables busy participants) and from pairing (a meeting needs both
 * sides busy in the same slot). The x-only model leaves both to branching and its LP
 * bound is near 0; the timeline rows below state them directly, which is what lets the
 * solver prove bounds on forum-sized instances:
 * - crowding: Σ_p b[p,s] ≤ the seats of slot s;
 * - Hall per participant: their meetings confined to a set of slots (a session, a
 *   partner's unavailability) need that many busy slots there;
 * - pairing: b[p,s] ≤ Σ over p's meetings allowed in s of the partner's b[q,s];
 * - every participant with a meeting has a run (Σ r ≥ 1).
 * With `relaxation`, x is left out: the timeline model alone is a relaxation (pairing
 * kept only through the rows above) that is small and solves fast, so its optimum is a
 * strong lower bound. `maxBreaks` adds Σ breaks ≤ K, turning the model into the question
 * "is there a schedule with at most K breaks?", which the solver often settles (often as
 * infeasible, raising the bound to K + 1) far faster than the open optimisation.
 * Fairness is not modelled.
 */
import type { SchedulingProblem } from "./problem.ts";

export interface ExactModel {
  lp: string;
  /** Binary variables (the model's size). */
  variables: number;
  /** Added to the objective to get total breaks. */
  offset: number;
  /** Slot position per meeting from the solver's column values (all -1 in a relaxation). */
  decode(value: (name: string) => number): Int32Array;
}

export interface ExactModelOptions {
  /** Leave out the meetings' slot choices: the timeline relaxation, a lower bound. */
  relaxation?: boolean;
  /** Only schedules with at most this many breaks. */
  maxBreaks?: number;
}

/** Slots each meeting may take: its session, fixed slot and everyone's availability. */
export function allowedSlots(problem: SchedulingProblem): number[][] {
  const slotIndex = new Map(problem.slots.map((slot, i) => [slot.id, i]));
  const S = problem.slots.length;
  const unavailable = new Map(
    problem.participants.map((p) => [
      p.id,
      new Set((p.unavailable ?? []).map((id) => slotIndex.get(id))),
    ]),
  );
  return problem.meetings.map((meeting) => {
    const slots: number[] = [];
    for (let s = 0; s < S; s++) {
      if (meeting.session && problem.slots[s]?.session !== meeting.session) continue;
      if (meeting.fixedSlot && slotIndex.get(meeting.fixedSlot) !== s) continue;
      if (meeting.participants.some((p) => unavailable.get(p)?.has(s))) continue;
      slots.push(s);
    }
    return slots;
  });
}

export function buildExactModel(
  problem: SchedulingProblem,
  options: ExactModelOptions = {},
): ExactModel {
  const S = problem.slots.length;
  const allowed = allowedSlots(problem);
  const allowedSet = allowed.map((slots) => new Set(slots));
  const x = (m: number, s: number) => `x${m}_${s}`;
  const b = (p: number, s: number) => `b${p}_${s}`;
  const meetingIndex = new Map(problem.meetings.map((meeting, m) => [meeting.id, m]));
  const participantIndex = new Map(problem.participants.map((p, i) => [p.id, i]));
  const parts = problem.meetings.map((meeting) =>
    meeting.participants.map((p) => participantIndex.get(p) as number),
  );
  const meetingsOf: number[][] = problem.participants.map(() => []);
  parts.forEach((ps, m) => {
    for (const p of ps) meetingsOf[p]?.push(m);
  });
  const rows: string[] = [];
  const objective: string[] = [];
  const binaries: string[] = [];
  const impossible = allowed.some((slots) => slots.length === 0);
  let offset = 0;
  // open[p]: slots where p has a meeting that may take place.
  const open = meetingsOf.map((own) => {
    const slots = new Set<number>();
    for (const m of own) for (const s of allowed[m] as number[]) slots.add(s);
    return [...slots].sort((a, c) => a - c);
  });
  for (let p = 0; p < problem.participants.length; p++) {
    const own = meetingsOf[p] as number[];
    if (own.length === 0) continue;
    offset -= 1;
    const slots = open[p] as number[];
    const openHere = new Set(slots);
    for (const s of slots) binaries.push(b(p, s));
    rows.push(
      slots.length > 0
        ? ` load${p}: ${slots.map((s) => b(p, s)).join(" + ")} = ${own.length}`
        : ` load${p}: 0 x0_none = 1`,
    );
    // Hall: the meetings whose slots all lie in one meeting's allowed set need that many
    // busy slots there.
    const sets = new Map<string, number[]>();
    for (const m of own) sets.set((allowed[m] as number[]).join(","), allowed[m] as number[]);
    let k = 0;
    for (const set of sets.values()) {
      if (set.length === 0 || set.length === slots.length) continue;
      const inside = own.filter((m) => (allowed[m] as number[]).every((s) => set.includes(s)));
      rows.push(` hall${p}_${k++}: ${set.map((s) => b(p, s)).join(" + ")} >= ${inside.length}`);
    }
    const runs: string[] = [];
    for (const s of slots) {
      const run = `r${p}_${s}`;
      runs.push(run);
      objective.push(run);
      rows.push(
        ` run${p}_${s}: ${run} - ${b(p, s)}${openHere.has(s - 1) ? ` + ${b(p, s - 1)}` : ""} >= 0`,
      );
      // Someone must be across the table: one other participant per meeting suffices.
      const partners = own
        .filter((m) => allowedSet[m]?.has(s))
        .map((m) => b((parts[m] as number[]).find((q) => q !== p) as number, s));
      rows.push(` pair${p}_${s}: ${[...new Set(partners)].join(" + ")} - ${b(p, s)} >= 0`);
    }
    if (runs.length > 0) rows.push(` some${p}: ${runs.join(" + ")} >= 1`);
  }
  for (let s = 0; s < S; s++) {
    const sizes = problem.meetings
      .flatMap((meeting, m) => (allowedSet[m]?.has(s) ? [meeting.participants.length] : []))
      .sort((a, c) => c - a);
    const seats = sizes.slice(0, problem.tables).reduce((sum, n) => sum + n, 0);
    const busy = problem.participants.flatMap((_, p) => (open[p]?.includes(s) ? [b(p, s)] : []));
    if (busy.length > seats) rows.push(` seats${s}: ${busy.join(" + ")} <= ${seats}`);
  }
  if (!options.relaxation) {
    problem.meetings.forEach((_, m) => {
      const slots = allowed[m] as number[];
      for (const s of slots) binaries.push(x(m, s));
      rows.push(
        slots.length > 0
          ? ` place${m}: ${slots.map((s) => x(m, s)).join(" + ")} = 1`
          : ` place${m}: 0 x0_none = 1`,
      );
    });
    for (let p = 0; p < problem.participants.length; p++)
      for (const s of open[p] ?? []) {
        const here = (meetingsOf[p] as number[]).filter((m) => allowedSet[m]?.has(s));
        rows.push(` busy${p}_${s}: ${here.map((m) => x(m, s)).join(" + ")} - ${b(p, s)} = 0`);
      }
    for (let s = 0; s < S; s++) {
      const here = problem.meetings.flatMap((_, m) => (allowedSet[m]?.has(s) ? [x(m, s)] : []));
      if (here.length > problem.tables)
        rows.push(` tables${s}: ${here.join(" + ")} <= ${problem.tables}`);
    }
    problem.meetings.forEach((meeting, m) => {
      (meeting.after ?? []).forEach((earlierId, k) => {
        const e = meetingIndex.get(earlierId) as number;
        const later = (allowed[m] as number[]).map((s) => `${s} ${x(m, s)}`);
        const earlier = (allowed[e] as number[]).map((s) => `${s} ${x(e, s)}`);
        if (later.length === 0 || earlier.length === 0) return;
        rows.push(
          ` after${m}_${k}: ${[...later, ...earlier.map((term) => `- ${term}`)].join(" + ").replace(/\+ -/g, "-")} >= 1`,
        );
      });
    });
  }
  if (options.maxBreaks !== undefined && objective.length > 0)
    rows.push(` most: ${objective.join(" + ")} <= ${options.maxBreaks - offset}`);
  const lp = [
    "Minimize",
    ` breaks: ${objective.length ? objective.join(" + ") : "0 x0_none"}`,
    "Subject To",
    ...rows,
    ...(impossible && rows.every((row) => !row.includes("x0_none"))
      ? [" none: 0 x0_none = 1"]
      : []),
    "Binary",
    ` ${binaries.join(" ")}`,
    "End",
  ].join("\n");
  return {
    lp,
    variables: binaries.length,
    offset,
    decode(value) {
      return Int32Array.from(problem.meetings, (_, m) => {
        if (options.relaxation) return -1;
        for (const s of allowed[m] as number[]) if (value(x(m, s)) > 0.5) return s;
        return -1;
      });
    },
  };
}
