/**
 * Scheduling around meetings that are already placed: pinned meetings (placed by hand or
 * by the receiver) never move; published meetings move only when that is what it takes to
 * place more. A re-run after publishing first keeps every published meeting where it is,
 * then frees the published meetings of the participants of what is still unplaced, then
 * of their counterparts, ring by ring, and stops at the first ring that places everything
 * (or, when nothing does, takes the ring that placed the most priority, the earliest on a
 * tie). Meetings that keep their slot keep their table too, so a participant's published
 * agenda changes only where it must.
 *
 * Pure: the engine is passed in.
 */
import type { Schedule, SchedulingProblem } from "./problem.ts";
import type { SolveOptions } from "./solve.ts";

export interface Placement {
  slot: string;
  table: number;
}

export interface RescheduleInput {
  problem: SchedulingProblem;
  /** Where meetings are now (published or pinned). */
  placed: ReadonlyMap<string, Placement>;
  /** Meetings that must stay where they are. */
  pinned: ReadonlySet<string>;
  /** Keep published meetings where they are unless moving them places more. */
  keepPlaced: boolean;
}

export interface RescheduleResult {
  schedule: Schedule;
  /** Placed, unpinned meetings the schedule puts in another slot. */
  moved: string[];
}

type Solver = (problem: SchedulingProblem, options: SolveOptions) => Schedule | Promise<Schedule>;

/** Which placements are still possible: the slot is open to all the meeting's people. */
function stillAllowed(
  problem: SchedulingProblem,
  placed: ReadonlyMap<string, Placement>,
): Map<string, Placement> {
  const meetings = new Map(problem.meetings.map((m) => [m.id, m]));
  const sessionOf = new Map(problem.slots.map((s) => [s.id, s.session]));
  const unavailable = new Map(problem.participants.map((p) => [p.id, new Set(p.unavailable)]));
  const usable = new Map<string, Placement>();
  for (const [id, placement] of placed) {
    const meeting = meetings.get(id);
    const slot = placement.slot;
    if (!meeting || !sessionOf.has(slot)) continue;
    if (meeting.session && sessionOf.get(slot) !== meeting.session) continue;
    if (meeting.fixedSlot && meeting.fixedSlot !== slot) continue;
    if (meeting.participants.some((p) => unavailable.get(p)?.has(slot))) continue;
    usable.set(id, placement);
  }
  return usable;
}

function placedPriority(problem: SchedulingProblem, schedule: Schedule): number {
  const unplaced = new Set(schedule.unscheduled);
  return problem.meetings.reduce((sum, m) => sum + (unplaced.has(m.id) ? 0 : (m.priority ?? 1)), 0);
}

/**
 * Table numbers for a schedule: meetings staying in their slot keep their table; the rest
 * take the lowest free tables of their slot, in meeting order.
 */
export function assignTables(schedule: Schedule, placed: ReadonlyMap<string, Placement>): Schedule {
  const taken = new Map<string, Set<number>>();
  const take = (slot: string, table: number) => {
    const set = taken.get(slot) ?? new Set<number>();
    set.add(table);
    taken.set(slot, set);
  };
  const kept = new Set<string>();
  for (const assignment of schedule.assignments) {
    const before = placed.get(assignment.meeting);
    if (before && before.slot === assignment.slot && !taken.get(before.slot)?.has(before.table)) {
      take(before.slot, before.table);
      kept.add(assignment.meeting);
    }
  }
  const assignments = schedule.assignments.map((assignment) => {
    if (kept.has(assignment.meeting)) {
      return { ...assignment, table: (placed.get(assignment.meeting) as Placement).table };
    }
    const used = taken.get(assignment.slot) ?? new Set<number>();
    let table = 1;
    while (used.has(table)) table++;
    take(assignment.slot, table);
    return { ...assignment, table };
  });
  return { ...schedule, assignments };
}

/** Runs the engine on the problem with the given meetings fixed at their placements. */
function withFixed(
  problem: SchedulingProblem,
  fixed: ReadonlyMap<string, Placement>,
): SchedulingProblem {
  return {
    ...problem,
    meetings: problem.meetings.map((meeting) => {
      const placement = fixed.get(meeting.id);
      return placement ? { ...meeting, fixedSlot: placement.slot } : meeting;
    }),
  };
}

export async function reschedule(
  input: RescheduleInput,
  solve: Solver,
  options: SolveOptions & { timeLimitSeconds: number },
): Promise<RescheduleResult> {
  const { problem, pinned } = input;
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const usable = stillAllowed(problem, input.placed);
  const pinnedPlaced = new Map([...usable].filter(([id]) => pinned.has(id)));
  const movable = new Map([...usable].filter(([id]) => !pinned.has(id)));
  const finish = (schedule: Schedule): RescheduleResult => {
    const withTables = assignTables(schedule, usable);
    const slotOf = new Map(withTables.assignments.map((a) => [a.meeting, a.slot]));
    const moved = [...input.placed]
      .filter(([id, placement]) => !pinned.has(id) && slotOf.get(id) !== placement.slot)
      .map(([id]) => id);
    return { schedule: withTables, moved };
  };
  if (!input.keepPlaced || movable.size === 0) {
    return finish(await solve(withFixed(problem, pinnedPlaced), options));
  }
  const byParticipant = new Map<string, string[]>();
  for (const meeting of problem.meetings)
    for (const p of meeting.participants)
      byParticipant.set(p, [...(byParticipant.get(p) ?? []), meeting.id]);
  const participantsOf = new Map(problem.meetings.map((m) => [m.id, m.participants]));

  let freed = new Set<string>();
  let best: Schedule | null = null;
  let bestPriority = -1;
  for (let ring = 0; ; ring++) {
    const fixed = new Map([...pinnedPlaced, ...[...movable].filter(([id]) => !freed.has(id))]);
    const allFree = fixed.size === pinnedPlaced.size;
    const left = options.timeLimitSeconds - (clock() - started) / 1000;
    // The first rings are small problems; keep most of the time for the wider ones.
    const budget = allFree ? left : Math.max(0.2, left / 3);
    const schedule = await solve(withFixed(problem, fixed), {
      ...options,
      timeLimitSeconds: Math.max(0.1, budget),
    });
    const priority = placedPriority(problem, schedule);
    if (priority > bestPriority) {
      best = schedule;
      bestPriority = priority;
    }
    if (schedule.unscheduled.length === 0 || allFree || left <= 0.3) break;
    // Free the next ring: placed meetings of everyone within one more meeting of what is
    // still unplaced.
    const reach = new Set<string>();
    for (const id of schedule.unscheduled)
      for (const p of participantsOf.get(id) ?? []) reach.add(p);
    for (let hop = 0; hop < ring; hop++) {
      for (const p of [...reach])
        for (const m of byParticipant.get(p) ?? [])
          for (const q of participantsOf.get(m) ?? []) reach.add(q);
    }
    const next = new Set(freed);
    for (const p of reach)
      for (const m of byParticipant.get(p) ?? []) if (movable.has(m)) next.add(m);
    // Nothing new to free: free everything movable.
    freed = next.size === freed.size ? new Set(movable.keys()) : next;
  }
  return finish(best as Schedule);
}
