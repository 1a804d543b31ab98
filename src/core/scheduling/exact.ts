/**
 * The scheduling problem as a mixed-integer linear program (CPLEX LP text), for an exact
 * solver to prove bounds and optimal breaks, to prove that not every meeting can be
 * placed, and to re-solve parts of a schedule (neighbourhood search). Pure: building the
 * model and reading a solution back; the solver is wired in server/modules/scheduling.
 *
 * Every meeting is placed: x[m,s] binary over its allowed slots, summing to 1; tables and
 * precedence as in the problem.
 *
 * Breaks are counted on each participant's **timeline automaton**, written as a flow. A
 * participant with d meetings walks the slots in order; after each slot they are in one
 * state (k, phase): k meetings done, and phase B (none yet), R (their last slot was a
 * meeting) or G (in a gap after a meeting). A busy step from G is a break; the walk ends
 * with k = d. One unit of flow crosses this layered graph, and the flow on busy steps in
 * slot s equals the participant's meetings placed in s — which also keeps anyone from
 * being double-booked.
 *
 * Why this and not "r ≥ b[s] − b[s−1]": a layered graph's flow polytope has integral
 * vertices, so for one participant the LP is exactly the convex hull of their possible
 * days with their true breaks. The start-of-run rows let the LP spread a participant
 * fractionally over the day at almost no cost (its bound on forums was 0–3); the flow
 * cannot, because an even spread is not a mixture of contiguous days — the middle slots
 * are where every contiguous day sits, and they hold only 2 × tables people. Measured on
 * the benchmark forums, the LP bound alone is the optimum or one below it on A, C and D.
 *
 * Options: `relaxation` leaves integrality out (the LP, a lower bound); `maxBreaks` adds
 * Σ breaks ≤ K, the question "is there a schedule with at most K breaks?"; `breakCaps`
 * bound each participant's breaks (with `participantMinima` in decide.ts, what makes the
 * question tight: see there); `fixed` keeps the given meetings in their slots and models
 * only the rest — a neighbourhood. Fairness is not modelled.
 */
import type { SchedulingProblem } from "./problem.ts";

export interface ExactModel {
  lp: string;
  /** Binary variables (x of the free meetings). */
  variables: number;
  /** All columns: binaries and flow steps (the LP's size). */
  columns: number;
  /** Added to the objective to get total breaks (participants whose day is all fixed). */
  offset: number;
  /** Slot position per meeting from the solver's column values (-1: none found). */
  decode(value: (name: string) => number): Int32Array;
}

export interface ExactModelOptions {
  /** The LP relaxation: no integrality, its optimum rounded up is a lower bound. */
  relaxation?: boolean;
  /** Only schedules with at most this many breaks. */
  maxBreaks?: number;
  /** Slot position per meeting to keep (-1 or absent: the model places it). */
  fixed?: ArrayLike<number>;
  /**
   * Most breaks per participant (by index; absent: no cap). With caps of 0 the gap phase
   * has no way back to a meeting, so those days are single runs by construction.
   */
  breakCaps?: ArrayLike<number | undefined>;
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

/** The model's binaries (meeting × allowed slot) without building it: its size, cheaply. */
export function exactModelSize(problem: SchedulingProblem): number {
  return allowedSlots(problem).reduce((sum, slots) => sum + slots.length, 0);
}

/** Breaks of one participant from their busy slots (sorted). */
function breaksOf(busy: number[]): number {
  let breaks = 0;
  for (let i = 1; i < busy.length; i++)
    if ((busy[i] as number) > (busy[i - 1] as number) + 1) breaks++;
  return breaks;
}

/** A linear expression's text, "0 <column>" when empty (LP format needs a term). */
function sum(terms: string[], empty: string): string {
  return terms.length > 0 ? terms.join(" ").replace(/^\+ /, "") : `0 ${empty}`;
}

export function buildExactModel(
  problem: SchedulingProblem,
  options: ExactModelOptions = {},
): ExactModel {
  const S = problem.slots.length;
  const M = problem.meetings.length;
  const fixedAt = (m: number): number => {
    const s = options.fixed?.[m];
    return s === undefined || s < 0 ? -1 : s;
  };
  const meetingIndex = new Map(problem.meetings.map((meeting, m) => [meeting.id, m]));
  const participantIndex = new Map(problem.participants.map((p, i) => [p.id, i]));
  const parts = problem.meetings.map((meeting) =>
    meeting.participants.map((p) => participantIndex.get(p) as number),
  );
  // Free meetings keep the slots their fixed neighbours in precedence still leave them.
  const allowed = allowedSlots(problem).map((slots, m) => {
    if (fixedAt(m) >= 0) return [fixedAt(m)];
    const earliest = Math.max(
      -1,
      ...(problem.meetings[m]?.after ?? []).map((id) => fixedAt(meetingIndex.get(id) as number)),
    );
    let latest = S;
    problem.meetings.forEach((other, l) => {
      if (fixedAt(l) >= 0 && other.after?.includes(problem.meetings[m]?.id as string))
        latest = Math.min(latest, fixedAt(l));
    });
    return slots.filter((s) => s > earliest && s < latest);
  });
  const free = (m: number) => fixedAt(m) < 0;
  const x = (m: number, s: number) => `x${m}_${s}`;
  const rows: string[] = [];
  const objective: string[] = [];
  const binaries: string[] = [];
  let columns = 0;
  let offset = 0;
  const impossible = allowed.some((slots) => slots.length === 0);

  for (let m = 0; m < M; m++) {
    if (!free(m)) continue;
    const slots = allowed[m] as number[];
    for (const s of slots) binaries.push(x(m, s));
    rows.push(
      ` place${m}: ${sum(
        slots.map((s) => `+ ${x(m, s)}`),
        "x_none",
      )} = 1`,
    );
  }
  for (let s = 0; s < S; s++) {
    const here: string[] = [];
    let taken = 0;
    for (let m = 0; m < M; m++) {
      if (!(allowed[m] as number[]).includes(s)) continue;
      if (free(m)) here.push(`+ ${x(m, s)}`);
      else taken++;
    }
    if (here.length + taken > problem.tables)
      rows.push(` tables${s}: ${sum(here, "x_none")} <= ${problem.tables - taken}`);
  }
  problem.meetings.forEach((meeting, m) => {
    if (!free(m)) return;
    (meeting.after ?? []).forEach((earlierId, k) => {
      const e = meetingIndex.get(earlierId) as number;
      if (!free(e)) return;
      const terms = [
        ...(allowed[m] as number[]).map((s) => `+ ${s + 1} ${x(m, s)}`),
        ...(allowed[e] as number[]).map((s) => `- ${s + 1} ${x(e, s)}`),
      ];
      if (terms.length > 0) rows.push(` after${m}_${k}: ${sum(terms, "x_none")} >= 1`);
    });
  });

  // Timelines.
  const meetingsOf: number[][] = problem.participants.map(() => []);
  parts.forEach((ps, m) => {
    for (const p of ps) meetingsOf[p]?.push(m);
  });
  for (let p = 0; p < problem.participants.length; p++) {
    const own = meetingsOf[p] as number[];
    const d = own.length;
    if (d === 0) continue;
    const cap = options.breakCaps?.[p];
    const breakSteps: string[] = [];
    if (own.every((m) => !free(m))) {
      offset += breaksOf(own.map(fixedAt).sort((a, b) => a - b));
      continue;
    }
    // must[s]: a fixed meeting of p is in s; may[s]: a free one may be.
    const must = new Uint8Array(S);
    const may = new Uint8Array(S);
    for (const m of own) {
      if (!free(m)) must[fixedAt(m)] = 1;
      else for (const s of allowed[m] as number[]) may[s] = 1;
    }
    // openAfter[s]: slots after s where p could be busy, so states that cannot end at d are cut.
    const openAfter = new Int32Array(S + 1);
    for (let s = S - 1; s >= 0; s--)
      openAfter[s] = (openAfter[s + 1] as number) + (must[s] || may[s] ? 1 : 0);
    const busySteps: string[][] = Array.from({ length: S }, () => []);
    // A state's key: phase letter and k; the inflow of each state of the current layer.
    let layer = new Map<string, string[]>([["B0", []]]);
    for (let s = 0; s < S; s++) {
      const next = new Map<string, string[]>();
      const later = openAfter[s + 1] as number;
      for (const [key, inflow] of layer) {
        const phase = key[0] as "B" | "R" | "G";
        const k = Number(key.slice(1));
        const outflow: string[] = [];
        const step = (to: "R" | "G" | "B", toK: number, busy: boolean) => {
          if (toK > d || d - toK > later) return;
          if (busy && phase === "G" && cap === 0) return;
          const name = `f${p}_${s}_${key}${to}${toK}`;
          columns++;
          outflow.push(name);
          const target = `${to}${toK}`;
          next.set(target, [...(next.get(target) ?? []), name]);
          if (busy) busySteps[s]?.push(name);
          if (busy && phase === "G") {
            objective.push(name);
            breakSteps.push(name);
          }
        };
        if (!must[s]) step(phase === "B" ? "B" : "G", k, false);
        if ((must[s] || may[s]) && k < d) step("R", k + 1, true);
        if (outflow.length === 0) {
          // A dead state: nothing may flow into it.
          for (const name of inflow) rows.push(` dead_${name}: ${name} = 0`);
          continue;
        }
        rows.push(
          s === 0
            ? ` start${p}: ${outflow.join(" + ")} = 1`
            : ` flow${p}_${s}_${key}: ${outflow.join(" + ")}${inflow.map((name) => ` - ${name}`).join("")} = 0`,
        );
      }
      layer = next;
    }
    if (layer.size === 0) rows.push(` day${p}: 0 x_none = 1`);
    if (cap !== undefined && cap > 0 && breakSteps.length > 0 && cap < d - 1)
      rows.push(` cap${p}: ${breakSteps.join(" + ")} <= ${cap}`);
    for (let s = 0; s < S; s++) {
      const placed = own.filter((m) => free(m) && (allowed[m] as number[]).includes(s));
      const steps = busySteps[s] as string[];
      if (placed.length === 0 && steps.length === 0) continue;
      const terms = [...placed.map((m) => `+ ${x(m, s)}`), ...steps.map((name) => `- ${name}`)];
      rows.push(` busy${p}_${s}: ${sum(terms, "x_none")} = ${must[s] ? -1 : 0}`);
    }
  }
  if (impossible) rows.push(" none: 0 x_none = 1");
  if (options.maxBreaks !== undefined)
    rows.push(
      ` most: ${sum(
        objective.map((name) => `+ ${name}`),
        "x_none",
      )} <= ${options.maxBreaks - offset}`,
    );
  const lp = [
    "Minimize",
    ` breaks: ${sum(
      objective.map((name) => `+ ${name}`),
      "x_none",
    )}`,
    "Subject To",
    ...rows,
    ...(options.relaxation || binaries.length === 0 ? [] : ["Binary", ` ${binaries.join(" ")}`]),
    "End",
  ].join("\n");
  return {
    lp,
    variables: binaries.length,
    columns: columns + binaries.length,
    offset,
    decode(value) {
      return Int32Array.from(problem.meetings, (_, m) => {
        if (!free(m)) return fixedAt(m);
        if (options.relaxation) return -1;
        for (const s of allowed[m] as number[]) if (value(x(m, s)) > 0.5) return s;
        return -1;
      });
    },
  };
}
