/**
 * The B2B meeting scheduler: places meetings in slots and at tables so no participant is
 * double-booked, then minimizes idle gaps ("breaks") in each participant's day.
 *
 * Objective, in order: (1) the total priority of unplaced meetings, (2) with a fairness
 * bound d, how far the spread of breaks between participants exceeds d, (3) total
 * breaks. A greedy construction (tightest meetings first, each where it adds fewest
 * breaks) is improved by simulated annealing over relocations, swaps and insertions with
 * ejection; a per-participant lower bound proves optimality when it is met, and the search
 * stops there. Deterministic for a seed with a move budget (`maxMoves`) or when it stops at
 * a proven optimum; a run cut by the time limit depends on the machine's speed.
 *
 * Pure: no I/O. Progress is reported through a callback; `shouldStop` cancels.
 */
import { createRandom } from "../random.ts";
import { parseProblem, type Schedule, type SchedulingProblem } from "./problem.ts";
import { searchWithinWindows } from "./windows.ts";

export interface SolveProgress {
  seconds: number;
  placed: number;
  unscheduled: number;
  breaks: number;
  lowerBound: number;
}

export interface SolveOptions {
  timeLimitSeconds?: number;
  fairness?: number | null;
  seed?: number;
  /**
   * Stop after this many annealing moves, and as many window-search iterations after them
   * (tests and the demo use it for runs independent of speed).
   */
  maxMoves?: number;
  onProgress?: (progress: SolveProgress) => void;
  shouldStop?: () => boolean;
  /** A clock in milliseconds (default performance.now). */
  clock?: () => number;
  /**
   * A lower bound proven elsewhere while the search runs (an exact method on the other
   * core), read every few thousand moves: the search stops when it meets it.
   */
  externalBound?: () => number;
  /**
   * Called with each new best schedule that places every meeting: its breaks and the slot
   * of each meeting (a live array: copy it to keep it).
   */
  onIncumbent?: (breaks: number, slotOf: Int32Array) => void;
}

/** The problem as arrays indexed by slot, participant and meeting number. */
export interface Model {
  slots: number;
  tables: number;
  participants: number;
  meetings: number;
  /** Participants of each meeting. */
  parts: Int32Array[];
  /** Slots each meeting may take (session, fixed slot, everyone available). */
  allowed: Int32Array[];
  priority: Float64Array;
  before: Int32Array[];
  after: Int32Array[];
  /** Meetings of each participant. */
  meetingsOf: Int32Array[];
}

function compile(problem: SchedulingProblem): Model {
  const slotIndex = new Map(problem.slots.map((slot, i) => [slot.id, i]));
  const participantIndex = new Map(problem.participants.map((p, i) => [p.id, i]));
  const meetingIndex = new Map(problem.meetings.map((m, i) => [m.id, i]));
  const S = problem.slots.length;
  const unavailable = problem.participants.map((p) => {
    const mask = new Uint8Array(S);
    for (const slot of p.unavailable ?? []) mask[slotIndex.get(slot) as number] = 1;
    return mask;
  });
  const parts = problem.meetings.map((m) =>
    Int32Array.from(m.participants, (p) => participantIndex.get(p) as number),
  );
  const allowed = problem.meetings.map((m, i) => {
    const slots: number[] = [];
    for (let s = 0; s < S; s++) {
      if (m.session && problem.slots[s]?.session !== m.session) continue;
      if (m.fixedSlot && problem.slots[s]?.id !== m.fixedSlot) continue;
      if ((parts[i] as Int32Array).some((p) => unavailable[p]?.[s] === 1)) continue;
      slots.push(s);
    }
    return Int32Array.from(slots);
  });
  const after = problem.meetings.map((m) =>
    Int32Array.from(m.after ?? [], (other) => meetingIndex.get(other) as number),
  );
  const beforeLists: number[][] = problem.meetings.map(() => []);
  after.forEach((earlier, m) => {
    for (const e of earlier) beforeLists[e]?.push(m);
  });
  const meetingsOfLists: number[][] = problem.participants.map(() => []);
  parts.forEach((ps, m) => {
    for (const p of ps) meetingsOfLists[p]?.push(m);
  });
  return {
    slots: S,
    tables: problem.tables,
    participants: problem.participants.length,
    meetings: problem.meetings.length,
    parts,
    allowed,
    priority: Float64Array.from(problem.meetings, (m) => m.priority ?? 1),
    after,
    before: beforeLists.map((list) => Int32Array.from(list)),
    meetingsOf: meetingsOfLists.map((list) => Int32Array.from(list)),
  };
}

/**
 * A lower bound of total breaks when every meeting is placed: a participant whose k
 * meetings cannot fit in one run of consecutive slots open to them needs at least as many
 * runs as it takes to hold k, and each run after the first costs a break.
 */
export function breaksLowerBound(model: Model): { bound: number; proofs: string[] } {
  let bound = 0;
  const proofs: string[] = [];
  for (let p = 0; p < model.participants; p++) {
    const meetings = model.meetingsOf[p] as Int32Array;
    if (meetings.length <= 1) continue;
    const open = new Uint8Array(model.slots);
    for (const m of meetings) for (const s of model.allowed[m] as Int32Array) open[s] = 1;
    const runs: number[] = [];
    let length = 0;
    let total = 0;
    for (let s = 0; s <= model.slots; s++) {
      if (s < model.slots && open[s]) length++;
      else if (length > 0) {
        runs.push(length);
        total += length;
        length = 0;
      }
    }
    if (total < meetings.length) {
      proofs.push(`participant #${p} has ${meetings.length} meetings and ${total} possible slots`);
      continue;
    }
    runs.sort((a, b) => b - a);
    let held = 0;
    let needed = 0;
    while (held < meetings.length) held += runs[needed++] as number;
    bound += needed - 1;
  }
  return { bound, proofs };
}

/** The combinatorial lower bound of total breaks for a (parsed) problem. */
export function scheduleLowerBound(problem: SchedulingProblem): number {
  return breaksLowerBound(compile(problem)).bound;
}

/** Reasons why not every meeting can be placed, found before searching (empty if none). */
function infeasibility(model: Model, proofs: string[]): string[] {
  const reasons = [...proofs];
  for (let m = 0; m < model.meetings; m++)
    if ((model.allowed[m] as Int32Array).length === 0)
      reasons.push(`meeting #${m} has no possible slot`);
  if (model.meetings > model.slots * model.tables)
    reasons.push(`${model.meetings} meetings exceed ${model.slots} slots × ${model.tables} tables`);
  return reasons;
}

/**
 * What an idle slot between a participant's first and last meeting weighs in the
 * annealing's cost, beside 1 per break. Breaks alone make a landscape of plateaus: a gap
 * of three slots and a gap of one cost the same, so nothing leads the search to close
 * it. Measured with `npm run bench:schedule`-style runs of 10 s (sum of breaks over
 * seeds): forum E 13 → 6 over 3 seeds, forum C 41 → 38 over 6, forum B unchanged; 0.2,
 * 0.5, 2 and 4 did worse on E. The best schedule is still chosen by breaks alone.
 */
const IDLE_WEIGHT = 1;

/**
 * The annealing's share of the time limit before the window search: it places
 * the meetings and gives the windows a start; the window search then closes the gaps the
 * annealing cannot (forums C and E: their optima in seconds, where the annealing stays
 * 1–3 above after 60 s).
 */
const ANNEALING_SHARE = 0.2;
/** Past this many meetings (the large event) the annealing keeps the whole time. */
const WINDOW_MAX_MEETINGS = 5_000;

class State {
  readonly slotOf: Int32Array;
  /** busy[p * S + s] = the meeting participant p has in slot s, or -1. */
  readonly busy: Int32Array;
  readonly load: Int32Array;
  readonly runs: Int32Array;
  /** How many participants have b breaks. */
  readonly histogram: Int32Array;
  breaks = 0;
  /** Σ over participants of idle slots between their first and last meeting. */
  idle = 0;
  readonly idleOf: Int32Array;
  private readonly firstOf: Int32Array;
  private readonly lastOf: Int32Array;
  private readonly countOf: Int32Array;
  unplacedPriority = 0;
  unplaced = 0;
  readonly model: Model;

  constructor(model: Model) {
    this.model = model;
    this.slotOf = new Int32Array(model.meetings).fill(-1);
    this.busy = new Int32Array(model.participants * model.slots).fill(-1);
    this.load = new Int32Array(model.slots);
    this.runs = new Int32Array(model.participants);
    this.histogram = new Int32Array(model.slots + 1);
    this.histogram[0] = model.participants;
    this.idleOf = new Int32Array(model.participants);
    this.firstOf = new Int32Array(model.participants).fill(-1);
    this.lastOf = new Int32Array(model.participants).fill(-1);
    this.countOf = new Int32Array(model.participants);
    for (let m = 0; m < model.meetings; m++) this.unplacedPriority += model.priority[m] as number;
    this.unplaced = model.meetings;
  }

  private occupied(p: number, s: number): boolean {
    return s >= 0 && s < this.model.slots && (this.busy[p * this.model.slots + s] as number) >= 0;
  }

  /** Keeps p's idle slots after p's slot s was filled or freed (busy already updated). */
  private updateIdle(p: number, s: number, filled: boolean) {
    const S = this.model.slots;
    const row = p * S;
    let first = this.firstOf[p] as number;
    let last = this.lastOf[p] as number;
    const count = (this.countOf[p] as number) + (filled ? 1 : -1);
    if (filled) {
      if (first < 0 || s < first) first = s;
      if (s > last) last = s;
    } else if (count === 0) {
      first = -1;
      last = -1;
    } else {
      // Only freeing an end moves it: scan to the next busy slot inward.
      if (s === first) while ((this.busy[row + first] as number) < 0) first++;
      if (s === last) while ((this.busy[row + last] as number) < 0) last--;
    }
    this.firstOf[p] = first;
    this.lastOf[p] = last;
    this.countOf[p] = count;
    const idle = count === 0 ? 0 : last - first + 1 - count;
    this.idle += idle - (this.idleOf[p] as number);
    this.idleOf[p] = idle;
  }

  private setRuns(p: number, runs: number) {
    const before = Math.max(0, (this.runs[p] as number) - 1);
    const after = Math.max(0, runs - 1);
    this.runs[p] = runs;
    if (before !== after) {
      this.breaks += after - before;
      this.histogram[before] = (this.histogram[before] as number) - 1;
      this.histogram[after] = (this.histogram[after] as number) + 1;
    }
  }

  /** Whether m could be placed in s now (m itself not counted). */
  fits(m: number, s: number): boolean {
    const { model } = this;
    if (this.slotOf[m] !== s && (this.load[s] as number) >= model.tables) return false;
    for (const p of model.parts[m] as Int32Array) {
      const other = this.busy[p * model.slots + s] as number;
      if (other >= 0 && other !== m) return false;
    }
    for (const e of model.after[m] as Int32Array) {
      const at = this.slotOf[e] as number;
      if (at >= 0 && at >= s) return false;
    }
    for (const l of model.before[m] as Int32Array) {
      const at = this.slotOf[l] as number;
      if (at >= 0 && at <= s) return false;
    }
    return true;
  }

  place(m: number, s: number) {
    const { model } = this;
    for (const p of model.parts[m] as Int32Array) {
      const left = this.occupied(p, s - 1);
      const right = this.occupied(p, s + 1);
      this.busy[p * model.slots + s] = m;
      this.setRuns(p, (this.runs[p] as number) + (left && right ? -1 : !left && !right ? 1 : 0));
      this.updateIdle(p, s, true);
    }
    this.slotOf[m] = s;
    this.load[s] = (this.load[s] as number) + 1;
    this.unplaced--;
    this.unplacedPriority -= model.priority[m] as number;
  }

  unplace(m: number) {
    const { model } = this;
    const s = this.slotOf[m] as number;
    if (s < 0) return;
    for (const p of model.parts[m] as Int32Array) {
      this.busy[p * model.slots + s] = -1;
      const left = this.occupied(p, s - 1);
      const right = this.occupied(p, s + 1);
      this.setRuns(p, (this.runs[p] as number) + (left && right ? 1 : !left && !right ? -1 : 0));
      this.updateIdle(p, s, false);
    }
    this.slotOf[m] = -1;
    this.load[s] = (this.load[s] as number) - 1;
    this.unplaced++;
    this.unplacedPriority += model.priority[m] as number;
  }

  spread(): number {
    let max = 0;
    let min = -1;
    for (let b = 0; b < this.histogram.length; b++) {
      if ((this.histogram[b] as number) === 0) continue;
      if (min < 0) min = b;
      max = b;
    }
    return min < 0 ? 0 : max - min;
  }
}

export function solveSchedule(input: unknown, options: SolveOptions = {}): Schedule {
  const problem = parseProblem(input);
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const seconds = () => (clock() - started) / 1000;
  const timeLimit = (options.timeLimitSeconds ?? problem.options?.timeLimitSeconds ?? 10) * 1000;
  const fairness =
    options.fairness !== undefined ? options.fairness : (problem.options?.fairness ?? null);
  const random = createRandom(options.seed ?? problem.options?.seed ?? 1);
  const model = compile(problem);
  const { bound: ownBound, proofs } = breaksLowerBound(model);
  let bound = ownBound;
  const readBound = () => {
    if (options.externalBound) bound = Math.max(bound, options.externalBound());
  };
  readBound();
  const impossible = infeasibility(model, proofs);
  const state = new State(model);

  const fairWeight = model.participants * model.slots + 1;
  const placeWeight = fairWeight * (model.slots + 1);
  const trueCost = () =>
    state.unplacedPriority * placeWeight +
    (fairness === null ? 0 : Math.max(0, state.spread() - fairness) * fairWeight) +
    state.breaks;
  const cost = () => trueCost() + IDLE_WEIGHT * state.idle;

  // Construction: the most important, most constrained meetings first, each in the slot
  // that adds fewest breaks (ties broken at random).
  const order = Array.from({ length: model.meetings }, (_, m) => m);
  const tie = Float64Array.from(order, () => random.next());
  order.sort(
    (a, b) =>
      (model.priority[b] as number) - (model.priority[a] as number) ||
      (model.allowed[a] as Int32Array).length - (model.allowed[b] as Int32Array).length ||
      (tie[a] as number) - (tie[b] as number),
  );
  const bestSlot = (m: number): number => {
    let best = -1;
    let bestBreaks = Number.POSITIVE_INFINITY;
    for (const s of model.allowed[m] as Int32Array) {
      if (!state.fits(m, s)) continue;
      state.place(m, s);
      const breaks = state.breaks + random.next() * 0.5;
      state.unplace(m);
      if (breaks < bestBreaks) {
        bestBreaks = breaks;
        best = s;
      }
    }
    return best;
  };
  for (const m of order) {
    const s = bestSlot(m);
    if (s >= 0) state.place(m, s);
  }

  // Improvement: simulated annealing, keeping the best schedule seen.
  let current = cost();
  let best = trueCost();
  let bestSlots = Int32Array.from(state.slotOf);
  let bestUnplaced = state.unplaced;
  let bestBreaks = state.breaks;
  if (state.unplaced === 0) options.onIncumbent?.(state.breaks, state.slotOf);
  // Progress tells the best schedule so far, not the search's current (annealed) one.
  const report = () =>
    options.onProgress?.({
      seconds: seconds(),
      placed: model.meetings - bestUnplaced,
      unscheduled: bestUnplaced,
      breaks: bestBreaks,
      lowerBound: bound,
    });
  report();
  // The window search (windows.ts) takes over after the annealing's share of the limit
  // when every meeting is placed and no fairness is asked (it does not model it).
  const windowPhase = fairness === null && model.meetings <= WINDOW_MAX_MEETINGS;
  const maxMoves = options.maxMoves ?? Number.POSITIVE_INFINITY;
  const annealingMoves = maxMoves;
  const annealingLimit = windowPhase ? timeLimit * ANNEALING_SHARE : timeLimit;
  let temperature = 2;
  let lastReport = clock();
  const unplacedList = () => {
    const list: number[] = [];
    for (let m = 0; m < model.meetings; m++) if (state.slotOf[m] === -1) list.push(m);
    return list;
  };
  const undo: [number, number][] = [];
  const moveTo = (m: number, s: number) => {
    undo.push([m, state.slotOf[m] as number]);
    state.unplace(m);
    if (s >= 0) state.place(m, s);
  };
  const rollback = () => {
    for (let i = undo.length - 1; i >= 0; i--) {
      const [m, s] = undo[i] as [number, number];
      state.unplace(m);
      if (s >= 0) state.place(m, s);
    }
    undo.length = 0;
  };
  /**
   * Moves m from slot a to slot b with its Kempe chain: the meetings in a and b linked to
   * it through shared participants swap slots together, so no one is double-booked. False
   * (nothing changed) when a chain member may not take its new slot or tables run out.
   */
  const chain: number[] = [];
  const inChain = new Uint8Array(model.meetings);
  const kempeSwap = (m: number, a: number, b: number): boolean => {
    chain.length = 0;
    chain.push(m);
    inChain[m] = 1;
    for (let i = 0; i < chain.length && chain.length <= 64; i++) {
      const x = chain[i] as number;
      const other = state.slotOf[x] === a ? b : a;
      for (const p of model.parts[x] as Int32Array) {
        const y = state.busy[p * model.slots + other] as number;
        if (y >= 0 && !inChain[y]) {
          inChain[y] = 1;
          chain.push(y);
        }
      }
    }
    let ok = chain.length <= 64;
    let intoB = 0;
    let intoA = 0;
    for (const x of chain) {
      const target = state.slotOf[x] === a ? b : a;
      if (target === b) intoB++;
      else intoA++;
      if (!(model.allowed[x] as Int32Array).includes(target)) ok = false;
    }
    if (
      (state.load[b] as number) + intoB - intoA > model.tables ||
      (state.load[a] as number) + intoA - intoB > model.tables
    )
      ok = false;
    if (ok) {
      const targets = chain.map((x) => (state.slotOf[x] === a ? b : a));
      for (const x of chain) moveTo(x, -1);
      for (let i = 0; i < chain.length; i++) {
        const x = chain[i] as number;
        if (!state.fits(x, targets[i] as number)) {
          ok = false;
          break;
        }
        moveTo(x, targets[i] as number);
      }
      if (!ok) rollback();
    }
    for (const x of chain) inChain[x] = 0;
    return ok;
  };
  // The best schedule's cost meets the bound only when it places everything, keeps fairness
  // and has the proven fewest breaks: nothing better exists.
  for (let move = 0; move < annealingMoves && best > bound && model.meetings > 0; move++) {
    if ((move & 1023) === 0) {
      const now = clock();
      if (now - started >= annealingLimit || options.shouldStop?.()) break;
      // Cooling follows the move budget when there is one (then the run does not depend on
      // the machine's speed), else the clock.
      const progress = Number.isFinite(maxMoves)
        ? move / annealingMoves
        : (now - started) / annealingLimit;
      temperature = Math.max(0.02, 2 * (1 - Math.min(1, progress)) ** 2);
      readBound();
      if (now - lastReport > 250) {
        lastReport = now;
        report();
      }
    }
    undo.length = 0;
    const kind = random.next();
    if (state.unplaced > 0 && kind < 0.1) {
      // Insert an unplaced meeting, ejecting what stands in its way to their best slots.
      const list = unplacedList();
      const m = random.pick(list);
      const allowed = model.allowed[m] as Int32Array;
      if (allowed.length === 0) continue;
      const s = allowed[random.int(0, allowed.length - 1)] as number;
      const blockers = new Set<number>();
      for (const p of model.parts[m] as Int32Array) {
        const other = state.busy[p * model.slots + s] as number;
        if (other >= 0) blockers.add(other);
      }
      for (const b of blockers) moveTo(b, -1);
      if ((state.load[s] as number) >= model.tables) {
        // A full slot: eject a random meeting of it too.
        const inSlot: number[] = [];
        for (let other = 0; other < model.meetings; other++)
          if (state.slotOf[other] === s) inSlot.push(other);
        if (inSlot.length > 0) {
          const ejected = random.pick(inSlot);
          blockers.add(ejected);
          moveTo(ejected, -1);
        }
      }
      if (!state.fits(m, s)) {
        rollback();
        continue;
      }
      moveTo(m, s);
      for (const b of blockers) {
        const to = bestSlot(b);
        if (to >= 0) moveTo(b, to);
      }
    } else {
      // Aim at a gap: a participant with breaks, one of their meetings, and a slot next to
      // another of their meetings (else any meeting and any of its slots).
      let m = -1;
      let to = -1;
      if (state.breaks > 0 && kind < 0.8) {
        const p = random.int(0, model.participants - 1);
        const own = model.meetingsOf[p] as Int32Array;
        if ((state.runs[p] as number) < 2 || own.length < 2) continue;
        m = own[random.int(0, own.length - 1)] as number;
        const anchor = state.slotOf[own[random.int(0, own.length - 1)] as number] as number;
        if (anchor < 0) continue;
        to = anchor + (random.chance(0.5) ? 1 : -1);
      } else {
        m = random.int(0, model.meetings - 1);
        const allowed = model.allowed[m] as Int32Array;
        if (allowed.length < 2) continue;
        to = allowed[random.int(0, allowed.length - 1)] as number;
      }
      const from = state.slotOf[m] as number;
      if (from < 0 || to < 0 || to >= model.slots || to === from) continue;
      if (!kempeSwap(m, from, to)) continue;
    }
    const next = cost();
    const delta = next - current;
    if (delta <= 0 || random.next() < Math.exp(-delta / temperature)) {
      current = next;
      const value = trueCost();
      if (value < best) {
        best = value;
        bestSlots = Int32Array.from(state.slotOf);
        bestUnplaced = state.unplaced;
        bestBreaks = state.breaks;
        if (state.unplaced === 0) options.onIncumbent?.(state.breaks, state.slotOf);
      }
    } else rollback();
  }
  if (windowPhase && bestUnplaced === 0 && best > bound && !options.shouldStop?.()) {
    searchWithinWindows(model, bestSlots, {
      random,
      // One break fewer than the best, down to the bound.
      target: () => {
        readBound();
        return Math.max(bound, bestBreaks - 1);
      },
      onSchedule: (breaks, slotOf) => {
        if (breaks >= bestBreaks) return;
        best = breaks;
        bestBreaks = breaks;
        bestSlots = Int32Array.from(slotOf);
        options.onIncumbent?.(breaks, slotOf);
      },
      shouldStop: () => {
        const now = clock();
        if (now - lastReport > 250) {
          lastReport = now;
          report();
        }
        return (
          now - started >= timeLimit || bestBreaks <= bound || (options.shouldStop?.() ?? false)
        );
      },
      ...(Number.isFinite(maxMoves) ? { maxIterations: maxMoves } : {}),
    });
  }
  report();
  return describeSchedule(problem, bestSlots, {
    lowerBound: bound,
    provenInfeasible: impossible.length > 0,
    fairness,
    seconds: seconds(),
  });
}

/**
 * A schedule from the slot (position) of each meeting (-1: not placed), tables numbered per
 * slot in meeting order, breaks counted, and its status: optimal when everything is placed
 * and the breaks meet the lower bound (and fairness holds).
 */
export function describeSchedule(
  problem: SchedulingProblem,
  slotOf: ArrayLike<number>,
  facts: {
    lowerBound: number;
    provenInfeasible: boolean;
    fairness: number | null;
    seconds: number;
  },
): Schedule {
  const tableCount = new Int32Array(problem.slots.length);
  const assignments: Schedule["assignments"] = [];
  const unscheduled: string[] = [];
  const positions = new Map<string, number[]>(problem.participants.map((p) => [p.id, []]));
  problem.meetings.forEach((meeting, m) => {
    const s = slotOf[m] as number;
    if (s < 0) {
      unscheduled.push(meeting.id);
      return;
    }
    tableCount[s] = (tableCount[s] as number) + 1;
    assignments.push({
      meeting: meeting.id,
      slot: problem.slots[s]?.id as string,
      table: tableCount[s] as number,
    });
    for (const participant of meeting.participants) positions.get(participant)?.push(s);
  });
  const byParticipant: Record<string, number> = {};
  let total = 0;
  let max = 0;
  let min = Number.POSITIVE_INFINITY;
  for (const [participant, list] of positions) {
    list.sort((a, b) => a - b);
    let breaks = 0;
    for (let i = 1; i < list.length; i++)
      if ((list[i] as number) - (list[i - 1] as number) > 1) breaks++;
    byParticipant[participant] = breaks;
    total += breaks;
    max = Math.max(max, breaks);
    min = Math.min(min, breaks);
  }
  if (!Number.isFinite(min)) min = 0;
  const status =
    unscheduled.length > 0
      ? facts.provenInfeasible
        ? "infeasible"
        : "feasible"
      : total === facts.lowerBound && (facts.fairness === null || max - min <= facts.fairness)
        ? "optimal"
        : "feasible";
  return {
    status,
    assignments,
    unscheduled,
    breaks: { total, max, min, byParticipant },
    lowerBound: facts.lowerBound,
    seconds: Math.round(facts.seconds * 1000) / 1000,
  };
}
