/**
 * The scheduling problem as a mixed-integer linear program (CPLEX LP text), for an exact
 * solver to prove optimal breaks or that not every meeting can be placed. Pure: building
 * the model and reading a solution back; the solver itself is wired in
 * server/modules/scheduling/exact.ts.
 *
 * Every meeting is placed (x[m,s] binary over its allowed slots, summing to 1); a
 * participant is in at most one meeting per slot; a slot holds at most `tables`
 * meetings; precedence compares slot positions. r[p,s] ≥ occupied(p,s) − occupied(p,s−1)
 * counts where a participant's runs of consecutive meetings start, so
 * breaks = Σ r − (participants with meetings). Fairness is not modelled.
 */
import type { SchedulingProblem } from "./problem.ts";

export interface ExactModel {
  lp: string;
  /** Binary variables (the model's size). */
  variables: number;
  /** Added to the objective to get total breaks. */
  offset: number;
  /** Slot position per meeting from the solver's column values. */
  decode(value: (name: string) => number): Int32Array;
}

export function buildExactModel(problem: SchedulingProblem): ExactModel {
  const slotIndex = new Map(problem.slots.map((slot, i) => [slot.id, i]));
  const S = problem.slots.length;
  const unavailable = new Map(
    problem.participants.map((p) => [
      p.id,
      new Set((p.unavailable ?? []).map((id) => slotIndex.get(id))),
    ]),
  );
  const allowed = problem.meetings.map((meeting) => {
    const slots: number[] = [];
    for (let s = 0; s < S; s++) {
      if (meeting.session && problem.slots[s]?.session !== meeting.session) continue;
      if (meeting.fixedSlot && slotIndex.get(meeting.fixedSlot) !== s) continue;
      if (meeting.participants.some((p) => unavailable.get(p)?.has(s))) continue;
      slots.push(s);
    }
    return slots;
  });
  const x = (m: number, s: number) => `x${m}_${s}`;
  const meetingIndex = new Map(problem.meetings.map((meeting, m) => [meeting.id, m]));
  const participantIndex = new Map(problem.participants.map((p, i) => [p.id, i]));
  const meetingsOf: number[][] = problem.participants.map(() => []);
  problem.meetings.forEach((meeting, m) => {
    for (const p of meeting.participants) meetingsOf[participantIndex.get(p) as number]?.push(m);
  });
  const rows: string[] = [];
  const objective: string[] = [];
  const binaries: string[] = [];
  let offset = 0;
  problem.meetings.forEach((_, m) => {
    const slots = allowed[m] as number[];
    for (const s of slots) binaries.push(x(m, s));
    rows.push(
      slots.length > 0
        ? ` place${m}: ${slots.map((s) => x(m, s)).join(" + ")} = 1`
        : ` place${m}: 0 x0_none = 1`,
    );
  });
  const occupancy = (p: number, s: number) =>
    (meetingsOf[p] as number[])
      .filter((m) => (allowed[m] as number[]).includes(s))
      .map((m) => x(m, s));
  for (let p = 0; p < problem.participants.length; p++) {
    if ((meetingsOf[p] as number[]).length === 0) continue;
    offset -= 1;
    for (let s = 0; s < S; s++) {
      const here = occupancy(p, s);
      if (here.length > 1) rows.push(` busy${p}_${s}: ${here.join(" + ")} <= 1`);
      if (here.length === 0) continue;
      const run = `r${p}_${s}`;
      objective.push(run);
      const before = s > 0 ? occupancy(p, s - 1) : [];
      rows.push(
        ` run${p}_${s}: ${run} - ${here.join(" - ")}${before.length ? ` + ${before.join(" + ")}` : ""} >= 0`,
      );
    }
  }
  for (let s = 0; s < S; s++) {
    const here = problem.meetings.flatMap((_, m) =>
      (allowed[m] as number[]).includes(s) ? [x(m, s)] : [],
    );
    if (here.length > problem.tables)
      rows.push(` tables${s}: ${here.join(" + ")} <= ${problem.tables}`);
  }
  problem.meetings.forEach((meeting, m) => {
    (meeting.after ?? []).forEach((earlierId, k) => {
      const e = meetingIndex.get(earlierId) as number;
      const later = (allowed[m] as number[]).map((s) => `${s} ${x(m, s)}`);
      const earlier = (allowed[e] as number[]).map((s) => `${s} ${x(e, s)}`);
      rows.push(
        ` after${m}_${k}: ${[...later, ...earlier.map((term) => `- ${term}`)].join(" + ").replace(/\+ -/g, "-")} >= 1`,
      );
    });
  });
  const lp = [
    "Minimize",
    ` breaks: ${objective.length ? objective.join(" + ") : "0 x0_none"}`,
    "Subject To",
    ...rows,
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
        for (const s of allowed[m] as number[]) if (value(x(m, s)) > 0.5) return s;
        return -1;
      });
    },
  };
}
