/**
 * The window search: "a schedule with at most K breaks?" answered by local search over
 * participants' days rather than over meetings.
 *
 * Every participant who can meet without a break (some run of d consecutive slots takes
 * all their d meetings: a perfect matching of meetings to the run's slots) gets a
 * **window**, d consecutive slots, and must fill exactly those slots, one meeting each;
 * the others are free: never double-booked, and their breaks together at most K. Windows
 * turn the objective into constraints: a day is either right or wrong cell by cell, and
 * the table load of a slot is the windows over it. What is searched is the violation, all
 * integers: per windowed participant and slot |meetings there − in window|, per free
 * participant double bookings, their breaks beyond K, per slot the people over twice the
 * tables (coverage: see there), and precedence pairs out of order. Zero is a schedule with
 * at most K breaks and within the tables.
 *
 * Moves, from a participant in violation: move a meeting of theirs to its least violating
 * slot (min-conflicts, with a short tabu on the slot it left); move their window to its
 * least violating start; slide it by a slot carrying the meeting at the end it leaves to
 * the end it enters (one move where the two others would each cost +2 first). Accepted at
 * a fixed temperature: measured on the benchmark forums, 0.3 solves forum E at K = 0 in
 * 3–18 s where 0.2 and 0.5 do not in 20 s.
 *
 * Why: the meeting-level annealing in solve.ts stays 1–3 breaks above the optimum on the
 * larger forums (60 s did not help on B); this search reaches C's and E's optima within
 * seconds from its schedule. Pure and deterministic for a seed and an iteration budget.
 */
import type { Random } from "../random.ts";
import type { Model } from "./solve.ts";

export interface WindowSearchOptions {
  random: Random;
  /** The K asked for, read every 1,024 iterations (it may fall as better schedules come). */
  target: () => number;
  /** Called with each schedule of zero violation: its breaks and slots (a live array). */
  onSchedule: (breaks: number, slotOf: Int32Array) => void;
  /** Polled every 1,024 iterations. */
  shouldStop: () => boolean;
  maxIterations?: number;
}

const TEMPERATURE = 0.3;
const WINDOW_MOVE = 0.1;
const SLIDE_MOVE = 0.2;
/**
 * How often the move starts from any participant instead of one in violation: a state
 * with one or two participants wrong otherwise keeps working on them alone. Measured on
 * forum E in 10 s: 0 → 2 of 4 seeds at the optimum, 0.05 → 3, 0.2 → 4 (7 of 8), 0.35 → 2.
 */
const NOISE = 0.2;

/**
 * Starts of the runs of d consecutive slots (of `slots`) that can take d meetings, one per
 * slot, each in one of its allowed slots: a perfect matching of meetings to the run's
 * slots (Kuhn's algorithm). The windows a participant's day may be without a break.
 */
export function matchableWindowStarts(
  allowedOfMeetings: readonly ArrayLike<number>[],
  slots: number,
): Int32Array {
  const d = allowedOfMeetings.length;
  const starts: number[] = [];
  const allowedIn = allowedOfMeetings.map((allowed) => {
    const mask = new Uint8Array(slots);
    for (let i = 0; i < allowed.length; i++) mask[allowed[i] as number] = 1;
    return mask;
  });
  const slotMate = new Int32Array(slots);
  const seen = new Uint8Array(slots);
  for (let start = 0; start + d <= slots; start++) {
    slotMate.fill(-1);
    const augment = (i: number): boolean => {
      const mask = allowedIn[i] as Uint8Array;
      for (let s = start; s < start + d; s++) {
        if (!mask[s] || seen[s]) continue;
        seen[s] = 1;
        if ((slotMate[s] as number) < 0 || augment(slotMate[s] as number)) {
          slotMate[s] = i;
          return true;
        }
      }
      return false;
    };
    let matched = 0;
    for (let i = 0; i < d; i++) {
      seen.fill(0);
      if (augment(i)) matched++;
      else break;
    }
    if (matched === d) starts.push(start);
  }
  return Int32Array.from(starts);
}

/**
 * Searches from `start` (every meeting placed) until a schedule with at most `target()`
 * breaks is found and the target is not lowered below it, the budget ends or `shouldStop`.
 */
export function searchWithinWindows(
  model: Model,
  start: Int32Array,
  options: WindowSearchOptions,
): void {
  const { random } = options;
  const S = model.slots;
  const P = model.participants;
  const T = model.tables;
  const slotOf = Int32Array.from(start);
  const count = new Int32Array(P * S);
  const degree = Int32Array.from(model.meetingsOf, (own) => own.length);
  const starts = model.meetingsOf.map((own) =>
    own.length >= 2
      ? matchableWindowStarts(
          Array.from(own, (m) => model.allowed[m] as Int32Array),
          S,
        )
      : new Int32Array(0),
  );
  const windowed = Uint8Array.from(starts, (list) => (list.length > 0 ? 1 : 0));
  const validStart = starts.map((list) => {
    const mask = new Uint8Array(S + 1);
    for (const s of list) mask[s] = 1;
    return mask;
  });
  const windowAt = new Int32Array(P).fill(-1);
  const inWindow = (p: number, s: number) => {
    const w = windowAt[p] as number;
    return s >= w && s < w + (degree[p] as number) ? 1 : 0;
  };
  const cell = (p: number, s: number, c: number) =>
    windowed[p] ? Math.abs(c - inWindow(p, s)) : c > 1 ? c - 1 : 0;
  const breaksOf = (p: number) => {
    let runs = 0;
    let previous = false;
    for (let s = 0; s < S; s++) {
      const busy = (count[p * S + s] as number) > 0;
      if (busy && !previous) runs++;
      previous = busy;
    }
    return Math.max(0, runs - 1);
  };
  const outOfOrder = (m: number, s: number) => {
    let n = 0;
    for (const e of model.after[m] as Int32Array) if ((slotOf[e] as number) >= s) n++;
    for (const l of model.before[m] as Int32Array) if ((slotOf[l] as number) <= s) n++;
    return n;
  };

  // Coverage: per slot, the windows over it and the free participants busy in it. With no
  // cell in violation that is the people meeting there, at least twice the meetings, so
  // coverage within twice the tables keeps the tables. Counting its excess instead of the
  // meetings over the tables leads windows away from full slots while meetings may still
  // pass through them: measured on forum B over seeds 1–4, 5–6 breaks against 7–10 with
  // the tables counted (weighted 1, 2, 4 or 10) and 5–9 with both counted.
  const cover = new Int32Array(S);
  let coverTotal = 0;
  const coverOver = (c: number) => (c > 2 * T ? c - 2 * T : 0);
  const addCover = (s: number, change: number) => {
    const c = cover[s] as number;
    coverTotal += coverOver(c + change) - coverOver(c);
    cover[s] = c + change;
  };
  // A window's violation at every start at once: Σ_s c + Σ_{s in window} (c = 0 ? 1 : −1)
  // for the cells, plus the coverage it adds, from prefix sums (only p's cells change).
  const prefix = new Int32Array(S + 1);
  const bestStart = (p: number, exceptCurrent: boolean): { start: number; violation: number } => {
    const d = degree[p] as number;
    const current = windowAt[p] as number;
    let total = 0;
    for (let s = 0; s < S; s++) {
      const c = count[p * S + s] as number;
      total += c;
      const base = (cover[s] as number) - (current >= 0 && s >= current && s < current + d ? 1 : 0);
      prefix[s + 1] =
        (prefix[s] as number) + (c === 0 ? 1 : -1) + coverOver(base + 1) - coverOver(base);
    }
    let best = -1;
    let violation = Number.POSITIVE_INFINITY;
    let ties = 0;
    for (const w of starts[p] as Int32Array) {
      if (exceptCurrent && w === windowAt[p]) continue;
      const v = total + (prefix[w + d] as number) - (prefix[w] as number);
      if (v < violation) {
        violation = v;
        best = w;
        ties = 1;
      } else if (v === violation && random.int(0, ties++) === 0) best = w;
    }
    return { start: best, violation };
  };

  // Violation per participant (cells), free participants' breaks, and the whole.
  const cells = new Int32Array(P);
  const breaks = new Int32Array(P);
  let freeBreaks = 0;
  let target = options.target();
  const rowCells = (p: number) => {
    let v = 0;
    for (let s = 0; s < S; s++) v += cell(p, s, count[p * S + s] as number);
    return v;
  };
  // Participants in violation, as a set with O(1) add, remove and draw.
  const member = new Int32Array(P).fill(-1);
  const violating: number[] = [];
  const mark = (p: number) => {
    const bad = (cells[p] as number) > 0;
    if (bad && (member[p] as number) < 0) {
      member[p] = violating.length;
      violating.push(p);
    } else if (!bad && (member[p] as number) >= 0) {
      const i = member[p] as number;
      const last = violating.pop() as number;
      if (last !== p) {
        violating[i] = last;
        member[last] = i;
      }
      member[p] = -1;
    }
  };
  let cellTotal = 0;
  let orderTotal = 0;
  /** Counts and violations of a schedule, each window where it fits it best. */
  const reset = (from: Int32Array) => {
    slotOf.set(from);
    count.fill(0);
    for (let m = 0; m < model.meetings; m++) {
      const s = slotOf[m] as number;
      for (const p of model.parts[m] as Int32Array)
        count[p * S + s] = (count[p * S + s] as number) + 1;
    }
    cover.fill(0);
    coverTotal = 0;
    windowAt.fill(-1);
    for (let p = 0; p < P; p++)
      if (!windowed[p])
        for (let s = 0; s < S; s++) if ((count[p * S + s] as number) > 0) addCover(s, 1);
    for (let p = 0; p < P; p++) {
      if (!windowed[p]) continue;
      const w = bestStart(p, false).start;
      windowAt[p] = w;
      for (let s = w; s < w + (degree[p] as number); s++) addCover(s, 1);
    }
    cellTotal = 0;
    orderTotal = 0;
    freeBreaks = 0;
    for (let p = 0; p < P; p++) {
      cells[p] = rowCells(p);
      cellTotal += cells[p] as number;
      if (!windowed[p]) {
        breaks[p] = breaksOf(p);
        freeBreaks += breaks[p] as number;
      }
    }
    for (let m = 0; m < model.meetings; m++)
      for (const e of model.after[m] as Int32Array)
        if ((slotOf[e] as number) >= (slotOf[m] as number)) orderTotal++;
    for (let p = 0; p < P; p++) mark(p);
  };
  const excess = (free: number) => Math.max(0, free - target);
  const violation = () => cellTotal + coverTotal + orderTotal + excess(freeBreaks);
  reset(start);
  const free: number[] = [];
  for (let p = 0; p < P; p++) if (!windowed[p] && (degree[p] as number) >= 2) free.push(p);

  /** Moves meeting m to slot t, keeping counts; returns the change of violation. */
  const relocate = (m: number, t: number): number => {
    const a = slotOf[m] as number;
    const before = violation();
    orderTotal -= outOfOrder(m, a);
    slotOf[m] = t;
    orderTotal += outOfOrder(m, t);
    for (const p of model.parts[m] as Int32Array) {
      const ca = count[p * S + a] as number;
      const ct = count[p * S + t] as number;
      const change = cell(p, a, ca - 1) - cell(p, a, ca) + cell(p, t, ct + 1) - cell(p, t, ct);
      count[p * S + a] = ca - 1;
      count[p * S + t] = ct + 1;
      cells[p] = (cells[p] as number) + change;
      cellTotal += change;
      if (!windowed[p]) {
        if (ca === 1) addCover(a, -1);
        if (ct === 0) addCover(t, 1);
        const b = breaksOf(p);
        freeBreaks += b - (breaks[p] as number);
        breaks[p] = b;
      }
    }
    return violation() - before;
  };
  /** The change of violation if meeting m moved to slot t (nothing is changed). */
  const relocationDelta = (m: number, t: number): number => {
    const a = slotOf[m] as number;
    let delta = outOfOrder(m, t) - outOfOrder(m, a);
    let freeChange = 0;
    for (const p of model.parts[m] as Int32Array) {
      const ca = count[p * S + a] as number;
      const ct = count[p * S + t] as number;
      delta += cell(p, a, ca - 1) - cell(p, a, ca) + cell(p, t, ct + 1) - cell(p, t, ct);
      if (!windowed[p]) {
        if (ca === 1) delta += coverOver((cover[a] as number) - 1) - coverOver(cover[a] as number);
        if (ct === 0) delta += coverOver((cover[t] as number) + 1) - coverOver(cover[t] as number);
        count[p * S + a] = ca - 1;
        count[p * S + t] = ct + 1;
        freeChange += breaksOf(p) - (breaks[p] as number);
        count[p * S + a] = ca;
        count[p * S + t] = ct;
      }
    }
    if (freeChange !== 0) delta += excess(freeBreaks + freeChange) - excess(freeBreaks);
    return delta;
  };
  /** Moves p's window to w; returns the change of violation. */
  const moveWindow = (p: number, w: number): number => {
    const before = coverTotal;
    const old = windowAt[p] as number;
    const d = degree[p] as number;
    for (let s = old; s < old + d; s++) addCover(s, -1);
    for (let s = w; s < w + d; s++) addCover(s, 1);
    windowAt[p] = w;
    const v = rowCells(p);
    const change = v - (cells[p] as number);
    cellTotal += change;
    cells[p] = v;
    return change + coverTotal - before;
  };
  const accept = (delta: number) => delta <= 0 || random.next() < Math.exp(-delta / TEMPERATURE);
  const touched = (m: number) => {
    for (const p of model.parts[m] as Int32Array) mark(p);
  };
  const tabuUntil = new Float64Array(model.meetings * S);
  const maxIterations = options.maxIterations ?? Number.POSITIVE_INFINITY;

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if ((iteration & 1023) === 0) {
      if (options.shouldStop()) return;
      target = options.target();
    }
    if (violation() === 0) {
      // Windowed days are single runs: the breaks are the free participants'.
      options.onSchedule(freeBreaks, slotOf);
      target = options.target();
      if (target >= freeBreaks) return;
      continue;
    }
    let p: number;
    if (excess(freeBreaks) > 0 && (violating.length === 0 || random.chance(0.2))) {
      // Too many breaks among the free: one of them who has some.
      let pick = -1;
      let seen = 0;
      for (const q of free) if ((breaks[q] as number) > 0 && random.int(0, seen++) === 0) pick = q;
      p = pick;
    } else if (violating.length > 0 && !random.chance(NOISE))
      p = violating[random.int(0, violating.length - 1)] as number;
    else if (violating.length > 0) p = random.int(0, P - 1);
    else {
      // Only coverage or precedence: someone busy in an over-covered slot, or anyone.
      p = random.int(0, P - 1);
      let s = random.int(0, S - 1);
      for (let tries = 0; tries < S && coverOver(cover[s] as number) === 0; tries++)
        s = (s + 1) % S;
      if (coverOver(cover[s] as number) > 0) {
        let seen = 0;
        for (let q = 0; q < P; q++) {
          const busy = windowed[q] ? inWindow(q, s) : (count[q * S + s] as number) > 0 ? 1 : 0;
          if (busy && random.int(0, seen++) === 0) p = q;
        }
      }
    }
    const own = model.meetingsOf[p] as Int32Array;
    if (own.length === 0) continue;
    const kind = random.next();
    if (windowed[p] && kind < WINDOW_MOVE) {
      const { start: w } = bestStart(p, true);
      if (w < 0) continue;
      const old = windowAt[p] as number;
      if (!accept(moveWindow(p, w))) moveWindow(p, old);
      mark(p);
      continue;
    }
    if (windowed[p] && kind < WINDOW_MOVE + SLIDE_MOVE) {
      const w = windowAt[p] as number;
      const d = degree[p] as number;
      const right = random.chance(0.5);
      const from = right ? w : w + d - 1;
      const to = right ? w + d : w - 1;
      const next = right ? w + 1 : w - 1;
      if (to < 0 || to >= S || !validStart[p]?.[next]) continue;
      let m = -1;
      for (const candidate of own) if (slotOf[candidate] === from) m = candidate;
      if (m < 0 || !(model.allowed[m] as Int32Array).includes(to)) continue;
      const delta = moveWindow(p, next) + relocate(m, to);
      if (!accept(delta)) {
        relocate(m, from);
        moveWindow(p, w);
      }
      touched(m);
      continue;
    }
    // A meeting of p in a violating cell (a few draws), to its least violating slot.
    let m = own[random.int(0, own.length - 1)] as number;
    for (let tries = 0; tries < 4; tries++) {
      const candidate = own[random.int(0, own.length - 1)] as number;
      const s = slotOf[candidate] as number;
      if (cell(p, s, count[p * S + s] as number) > 0) {
        m = candidate;
        break;
      }
    }
    const from = slotOf[m] as number;
    let best = -1;
    let bestDelta = Number.POSITIVE_INFINITY;
    let ties = 0;
    for (const t of model.allowed[m] as Int32Array) {
      if (t === from || (tabuUntil[m * S + t] as number) > iteration) continue;
      const delta = relocationDelta(m, t);
      if (delta < bestDelta) {
        bestDelta = delta;
        best = t;
        ties = 1;
      } else if (delta === bestDelta && random.int(0, ties++) === 0) best = t;
    }
    if (best < 0 || !accept(bestDelta)) continue;
    tabuUntil[m * S + from] = iteration + 7 + random.int(0, 10);
    relocate(m, best);
    touched(m);
  }
}
