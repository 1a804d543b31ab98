/**
 * A CDCL SAT solver with native at-most-k constraints, for the exact questions of the
 * meeting scheduler ("a schedule with at most K breaks?", see scheduling/decide.ts).
 *
 * Why our own: the questions are mostly clauses plus a few dozen cardinality constraints
 * (tables per slot, people per slot, meetings per person, breaks), and counting those
 * natively keeps the formula small where a clause encoding (sequential counters) needs
 * tens of thousands of auxiliary variables. On npm the choice is z3-solver (35 MB of
 * WebAssembly; 4.2 s on forum B's question, which MiniSat settles in 0.35 s) or old
 * asm.js builds of MiniSat without cardinality.
 *
 * The design is MiniSat's with Glucose's clause management: two watched literals with
 * blockers, binary clauses as implication lists, first-UIP learning with recursive
 * minimisation, VSIDS with a binary heap, phase saving with target phases, Luby restarts,
 * and learnt clauses kept by literal block distance (LBD). A cardinality constraint Σ lits ≤ k counts its
 * true literals as the trail is propagated; at k it sets the rest false, and its reason
 * for each such literal is built only when conflict analysis asks: k of its literals that
 * were true before.
 *
 * Literals: variable v is `2v` when true, `2v + 1` when false (`positive`, `negative`,
 * `not`). Deterministic: the same formula and phases give the same run.
 */

import { createRandom, type Random } from "../random.ts";

export type SatStatus = "sat" | "unsat" | "unknown";

export type CardinalityEncoding = "native" | "counter";

export const positive = (v: number): number => 2 * v;
export const negative = (v: number): number => 2 * v + 1;
export const not = (literal: number): number => literal ^ 1;

export interface SatSolveOptions {
  /** Polled every 32 conflicts; true stops the search with "unknown". */
  shouldStop?: () => boolean;
  /** Stop with "unknown" after this many conflicts in this call. */
  maxConflicts?: number;
}

export interface SatStatistics {
  variables: number;
  /** Clauses and cardinality constraints added (before simplification). */
  constraints: number;
  /** Cardinality constraints counted natively. */
  cardinalities: number;
  conflicts: number;
  decisions: number;
  propagations: number;
  restarts: number;
  learnts: number;
}

// Why a variable has its value.
const DECISION = 0;
const BY_CLAUSE = 1;
/** By a binary clause: the reason's other literal is the datum. */
const BY_BINARY = 2;
const BY_CARDINALITY = 3;

// A variable's target phase (`keepTarget`).
const NO_TARGET = 0;
const TARGET_TRUE = 1;
const TARGET_FALSE = 2;

/** A growable list of int32 values (watch and occurrence lists). */
class IntList {
  items = new Int32Array(4);
  length = 0;
  push(value: number) {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }
}

/** The Luby sequence (1, 1, 2, 1, 1, 2, 4, …) scaled by powers of `base`, as in MiniSat. */
function luby(base: number, index: number): number {
  let size = 1;
  let sequence = 0;
  while (size < index + 1) {
    sequence++;
    size = 2 * size + 1;
  }
  let x = index;
  while (size - 1 !== x) {
    size = (size - 1) >> 1;
    sequence--;
    x = x % size;
  }
  return base ** sequence;
}

export class SatSolver {
  private variables = 0;
  /** Per literal: 1 true, -1 false, 0 unassigned. */
  private value = new Int8Array(0);
  private level = new Int32Array(0);
  private trailIndex = new Int32Array(0);
  private reasonKind = new Uint8Array(0);
  private reasonDatum = new Int32Array(0);
  private activity = new Float64Array(0);
  private savedPhase = new Uint8Array(0);
  private seen = new Uint8Array(0);
  private heap = new Int32Array(0);
  private heapSize = 0;
  private heapIndex = new Int32Array(0);

  private trail = new Int32Array(0);
  private trailSize = 0;
  /** Where each decision level starts on the trail. */
  private levelStarts: number[] = [];
  /** The trail up to here is propagated (its cardinality counts included). */
  private propagated = 0;

  /** Clauses of three or more literals; null once deleted. The first two are watched. */
  private clauses: (Int32Array | null)[] = [];
  private learnt: boolean[] = [];
  private lbd: number[] = [];
  private learntIds: number[] = [];
  /** Per literal l: pairs (clause, blocker) of the clauses watching not(l). */
  private watches: IntList[] = [];
  /** Per literal l: the literals implied when l is true (binary clauses). */
  private implications: IntList[] = [];

  private cardinalityLiterals: Int32Array[] = [];
  private cardinalityBound: number[] = [];
  /** Processed true literals of each constraint (the trail up to `propagated`). */
  private cardinalityCount: number[] = [];
  /** Per literal: the constraints it occurs in. */
  private occurrences: IntList[] = [];

  private inconsistent = false;
  private model = new Int8Array(0);
  private variableIncrement = 1;
  private conflicts = 0;
  private decisions = 0;
  private propagations = 0;
  private restarts = 0;
  /**
   * When the next restart and the next halving of learnt clauses come, in conflicts: kept
   * across `solve` calls, so a search resumed in short turns keeps its schedules.
   */
  private restartAt = 100;
  private reduceAt = 2000;
  private reductions = 0;
  private constraintsAdded = 0;

  /** The conflict found by propagation (its literals, all false). */
  private buffer: number[] = [];
  /** The reason being read by analysis (cardinality reasons are built here). */
  private reasonBuffer: number[] = [];
  /** The largest trail that reached a conflict, and its values (`keepTarget`). */
  private targetSize = 0;
  private targetPhase = new Uint8Array(0);
  private levelStamp = new Int32Array(64);
  private lbdStamp = 0;

  private readonly random: Random | null;

  /**
   * `seed`: a random first order of decisions (tiny initial activities), for runs that
   * differ from one another; without it variables are decided in the order they were made.
   */
  constructor(options: { seed?: number } = {}) {
    this.random = options.seed === undefined ? null : createRandom(options.seed);
  }

  newVariable(): number {
    const v = this.variables++;
    if (v >= this.level.length) this.grow(Math.max(64, this.level.length * 2));
    this.heapIndex[v] = -1;
    this.activity[v] = this.random ? this.random.next() * 1e-6 : 0;
    this.watches.push(new IntList(), new IntList());
    this.implications.push(new IntList(), new IntList());
    this.occurrences.push(new IntList(), new IntList());
    this.heapInsert(v);
    return v;
  }

  private grow(capacity: number) {
    const copy = <T extends Int8Array | Int32Array | Uint8Array | Float64Array>(
      from: T,
      size: number,
    ): T => {
      const to = new (from.constructor as new (n: number) => T)(size);
      to.set(from);
      return to;
    };
    this.value = copy(this.value, 2 * capacity);
    this.level = copy(this.level, capacity);
    this.trailIndex = copy(this.trailIndex, capacity);
    this.reasonKind = copy(this.reasonKind, capacity);
    this.reasonDatum = copy(this.reasonDatum, capacity);
    this.activity = copy(this.activity, capacity);
    this.savedPhase = copy(this.savedPhase, capacity);
    this.targetPhase = copy(this.targetPhase, capacity);
    this.seen = copy(this.seen, capacity);
    this.heap = copy(this.heap, capacity);
    this.heapIndex = copy(this.heapIndex, capacity);
    this.trail = copy(this.trail, capacity);
  }

  /**
   * The value the next decision on v gives it (default false): saved and target phase
   * alike, so it holds between `solve` calls too, until the search finds better.
   */
  setPhase(v: number, phase: boolean) {
    this.savedPhase[v] = phase ? 1 : 0;
    this.targetPhase[v] = phase ? TARGET_TRUE : TARGET_FALSE;
  }

  /** Adds a clause (before `solve`). Duplicates, tautologies and level-0 facts are simplified. */
  addClause(literals: readonly number[]) {
    if (this.inconsistent) return;
    const kept: number[] = [];
    for (const l of literals) {
      this.checkLiteral(l);
      const value = this.value[l] as number;
      if (value === 1 || kept.includes(not(l))) return;
      if (value === 0 && !kept.includes(l)) kept.push(l);
    }
    this.constraintsAdded++;
    if (kept.length === 0) this.inconsistent = true;
    else if (kept.length === 1) {
      this.assign(kept[0] as number, DECISION, 0);
      if (this.propagate() !== null) this.inconsistent = true;
    } else if (kept.length === 2) this.addBinary(kept[0] as number, kept[1] as number);
    else this.attach(Int32Array.from(kept), false);
  }

  /**
   * Adds Σ literals ≤ bound (literals over distinct variables). `native` counts them in
   * the solver; `counter` writes Sinz's sequential counter as clauses, whose auxiliary
   * variables ("at least j of the first i are true") let learnt clauses speak of partial
   * sums: on a sum that conflicts keep meeting — the breaks of a whole forum — that learns
   * far better (forum A at 9 breaks: 0.15 s against 40 s native), while over the tables
   * and people per slot native counting is the faster (forum B at 4: 0.8 s against 4 s).
   */
  addAtMost(literals: readonly number[], bound: number, encoding: CardinalityEncoding = "native") {
    if (this.inconsistent) return;
    const variables = new Set<number>();
    const open: number[] = [];
    let fixedTrue = 0;
    for (const l of literals) {
      this.checkLiteral(l);
      if (variables.has(l >> 1))
        throw new RangeError(`variable ${l >> 1} is twice in a cardinality constraint`);
      variables.add(l >> 1);
      const value = this.value[l] as number;
      if (value === 1) fixedTrue++;
      else if (value === 0) open.push(l);
    }
    const k = bound - fixedTrue;
    this.constraintsAdded++;
    if (k < 0) this.inconsistent = true;
    else if (k >= open.length) return;
    else if (k === 0) for (const l of open) this.addClause([not(l)]);
    else if (encoding === "counter") this.addSequentialCounter(open, k);
    else if (k === 1 && open.length <= 6)
      for (let i = 0; i < open.length; i++)
        for (let j = i + 1; j < open.length; j++)
          this.addBinary(not(open[i] as number), not(open[j] as number));
    else {
      const id = this.cardinalityLiterals.length;
      this.cardinalityLiterals.push(Int32Array.from(open));
      this.cardinalityBound.push(k);
      this.cardinalityCount.push(0);
      for (const l of open) (this.occurrences[l] as IntList).push(id);
    }
  }

  /** Adds Σ literals ≥ bound, as Σ not(literals) ≤ n − bound. */
  addAtLeast(literals: readonly number[], bound: number, encoding: CardinalityEncoding = "native") {
    this.addAtMost(
      literals.map((l) => not(l)),
      literals.length - bound,
      encoding,
    );
  }

  /**
   * Σ literals ≤ k for 0 < k < n as clauses: counter[i][j] ⇐ at least j + 1 of literals
   * 0..i are true (j ≤ i: no more can be), and no literal may be true where the first ones
   * already count k.
   */
  private addSequentialCounter(literals: number[], k: number) {
    let previous: number[] = [];
    for (let i = 0; i < literals.length; i++) {
      const x = literals[i] as number;
      if (previous.length === k) this.addClause([not(x), not(previous[k - 1] as number)]);
      if (i === literals.length - 1) break;
      const current = Array.from({ length: Math.min(i + 1, k) }, () =>
        positive(this.newVariable()),
      );
      current.forEach((count, j) => {
        if (j < previous.length) this.addClause([not(previous[j] as number), count]);
        if (j === 0) this.addClause([not(x), count]);
        else this.addClause([not(x), not(previous[j - 1] as number), count]);
      });
      previous = current;
    }
  }

  private checkLiteral(l: number) {
    if (!Number.isInteger(l) || l < 0 || l >> 1 >= this.variables)
      throw new RangeError(`unknown literal ${l}`);
  }

  private addBinary(a: number, b: number) {
    (this.implications[not(a)] as IntList).push(b);
    (this.implications[not(b)] as IntList).push(a);
  }

  private attach(literals: Int32Array, learnt: boolean): number {
    const id = this.clauses.length;
    this.clauses.push(literals);
    this.learnt.push(learnt);
    this.lbd.push(0);
    if (learnt) this.learntIds.push(id);
    this.watch(id, literals);
    return id;
  }

  private watch(id: number, literals: Int32Array) {
    const first = literals[0] as number;
    const second = literals[1] as number;
    const onFirst = this.watches[not(first)] as IntList;
    onFirst.push(id);
    onFirst.push(second);
    const onSecond = this.watches[not(second)] as IntList;
    onSecond.push(id);
    onSecond.push(first);
  }

  /** The model's value of v after "sat". */
  valueOf(v: number): boolean {
    return this.model[2 * v] === 1;
  }

  get statistics(): SatStatistics {
    return {
      variables: this.variables,
      constraints: this.constraintsAdded,
      cardinalities: this.cardinalityLiterals.length,
      conflicts: this.conflicts,
      decisions: this.decisions,
      propagations: this.propagations,
      restarts: this.restarts,
      learnts: this.learntIds.length,
    };
  }

  private get decisionLevel(): number {
    return this.levelStarts.length;
  }

  private assign(l: number, kind: number, datum: number) {
    const v = l >> 1;
    this.value[l] = 1;
    this.value[l ^ 1] = -1;
    this.level[v] = this.decisionLevel;
    this.trailIndex[v] = this.trailSize;
    this.reasonKind[v] = kind;
    this.reasonDatum[v] = datum;
    this.trail[this.trailSize++] = l;
  }

  /**
   * Propagates the trail. Returns null, or the conflict's literals (all false) in
   * `this.buffer` — returned as that array.
   */
  private propagate(): number[] | null {
    const { value, watches, implications, occurrences } = this;
    while (this.propagated < this.trailSize) {
      const p = this.trail[this.propagated++] as number;
      this.propagations++;

      // Cardinality: count first (all of p's constraints, so a conflict leaves the counts
      // exactly those of the propagated trail), then propagate at the bound.
      const occurrence = occurrences[p] as IntList;
      if (occurrence.length > 0) {
        const ids = occurrence.items;
        for (let t = 0; t < occurrence.length; t++) {
          const id = ids[t] as number;
          this.cardinalityCount[id] = (this.cardinalityCount[id] as number) + 1;
        }
        for (let t = 0; t < occurrence.length; t++) {
          const id = ids[t] as number;
          const count = this.cardinalityCount[id] as number;
          const bound = this.cardinalityBound[id] as number;
          if (count < bound) continue;
          const literals = this.cardinalityLiterals[id] as Int32Array;
          // Over the bound only if a literal became true after the rest were set false,
          // which the loop below refuses; kept as a guard.
          if (count > bound) return this.cardinalityConflict(literals, -1);
          for (let i = 0; i < literals.length; i++) {
            const l = literals[i] as number;
            const lv = value[l] as number;
            if (lv === 0) this.assign(l ^ 1, BY_CARDINALITY, id);
            else if (lv === 1 && (this.trailIndex[l >> 1] as number) >= this.propagated)
              return this.cardinalityConflict(literals, l);
          }
        }
      }

      const implied = implications[p] as IntList;
      for (let t = 0; t < implied.length; t++) {
        const q = implied.items[t] as number;
        const qv = value[q] as number;
        if (qv === 1) continue;
        if (qv === -1) {
          this.buffer.length = 0;
          this.buffer.push(q, p ^ 1);
          return this.buffer;
        }
        this.assign(q, BY_BINARY, p ^ 1);
      }

      const falseLiteral = p ^ 1;
      const list = watches[p] as IntList;
      const ws = list.items;
      const end = list.length;
      let i = 0;
      let j = 0;
      while (i < end) {
        const id = ws[i] as number;
        const blocker = ws[i + 1] as number;
        i += 2;
        if (value[blocker] === 1) {
          ws[j++] = id;
          ws[j++] = blocker;
          continue;
        }
        const clause = this.clauses[id];
        if (!clause) continue;
        if (clause[0] === falseLiteral) {
          clause[0] = clause[1] as number;
          clause[1] = falseLiteral;
        }
        const first = clause[0] as number;
        if (first !== blocker && value[first] === 1) {
          ws[j++] = id;
          ws[j++] = first;
          continue;
        }
        let moved = false;
        for (let k = 2; k < clause.length; k++) {
          const candidate = clause[k] as number;
          if (value[candidate] !== -1) {
            clause[1] = candidate;
            clause[k] = falseLiteral;
            const other = watches[candidate ^ 1] as IntList;
            other.push(id);
            other.push(first);
            moved = true;
            break;
          }
        }
        if (moved) continue;
        ws[j++] = id;
        ws[j++] = first;
        if (value[first] === -1) {
          while (i < end) ws[j++] = ws[i++] as number;
          list.length = j;
          this.buffer.length = 0;
          for (let k = 0; k < clause.length; k++) this.buffer.push(clause[k] as number);
          return this.buffer;
        }
        this.assign(first, BY_CLAUSE, id);
      }
      list.length = j;
    }
    return null;
  }

  /** A cardinality constraint over its bound: its propagated true literals (and `extra`). */
  private cardinalityConflict(literals: Int32Array, extra: number): number[] {
    this.buffer.length = 0;
    for (let i = 0; i < literals.length; i++) {
      const l = literals[i] as number;
      if (this.value[l] === 1 && (this.trailIndex[l >> 1] as number) < this.propagated)
        this.buffer.push(l ^ 1);
    }
    if (extra >= 0) this.buffer.push(extra ^ 1);
    return this.buffer;
  }

  /**
   * The reason of v's value as a clause into `out`: its true literal first, then false
   * literals assigned before it. A cardinality reason: k literals of the constraint that
   * were true before v.
   */
  private reasonInto(v: number, out: number[]) {
    out.length = 0;
    const kind = this.reasonKind[v] as number;
    const datum = this.reasonDatum[v] as number;
    const implied = (this.value[2 * v] === 1 ? 2 * v : 2 * v + 1) as number;
    if (kind === BY_CLAUSE) {
      const clause = this.clauses[datum] as Int32Array;
      for (let k = 0; k < clause.length; k++) out.push(clause[k] as number);
    } else if (kind === BY_BINARY) out.push(implied, datum);
    else if (kind === BY_CARDINALITY) {
      out.push(implied);
      const literals = this.cardinalityLiterals[datum] as Int32Array;
      let needed = this.cardinalityBound[datum] as number;
      const before = this.trailIndex[v] as number;
      for (let i = 0; i < literals.length && needed > 0; i++) {
        const l = literals[i] as number;
        if (this.value[l] === 1 && (this.trailIndex[l >> 1] as number) < before) {
          out.push(l ^ 1);
          needed--;
        }
      }
    }
  }

  /** First-UIP learning: the learnt clause (asserting literal first) and its backjump level. */
  private analyze(conflict: number[]): { learnt: number[]; backjump: number } {
    const learnt: number[] = [-1];
    const { seen, level } = this;
    let pending = 0;
    let p = -1;
    let index = this.trailSize - 1;
    let literals = conflict;
    const reason = this.reasonBuffer;
    for (;;) {
      for (let k = p === -1 ? 0 : 1; k < literals.length; k++) {
        const q = literals[k] as number;
        const v = q >> 1;
        if (seen[v] || (level[v] as number) === 0) continue;
        this.bumpVariable(v);
        seen[v] = 1;
        if ((level[v] as number) >= this.decisionLevel) pending++;
        else learnt.push(q);
      }
      while (!seen[(this.trail[index] as number) >> 1]) index--;
      p = this.trail[index] as number;
      index--;
      seen[p >> 1] = 0;
      pending--;
      if (pending === 0) break;
      this.reasonInto(p >> 1, reason);
      if (this.reasonKind[p >> 1] === BY_CLAUSE)
        this.bumpClause(this.reasonDatum[p >> 1] as number);
      literals = reason;
    }
    learnt[0] = p ^ 1;

    // Recursive minimisation: drop literals implied by the others.
    let levels = 0;
    for (let k = 1; k < learnt.length; k++)
      levels |= 1 << ((level[(learnt[k] as number) >> 1] as number) & 31);
    const cleared: number[] = learnt.slice(1).map((q) => q >> 1);
    let kept = 1;
    for (let k = 1; k < learnt.length; k++) {
      const q = learnt[k] as number;
      if (this.reasonKind[q >> 1] === DECISION || !this.redundant(q, levels, cleared))
        learnt[kept++] = q;
    }
    learnt.length = kept;
    for (const v of cleared) seen[v] = 0;

    let backjump = 0;
    if (learnt.length > 1) {
      let at = 1;
      for (let k = 2; k < learnt.length; k++)
        if (
          (level[(learnt[k] as number) >> 1] as number) >
          (level[(learnt[at] as number) >> 1] as number)
        )
          at = k;
      const swap = learnt[at] as number;
      learnt[at] = learnt[1] as number;
      learnt[1] = swap;
      backjump = level[swap >> 1] as number;
    }
    return { learnt, backjump };
  }

  /** Whether q's falsity follows from literals already in the learnt clause (MiniSat's litRedundant). */
  private redundant(q: number, levels: number, cleared: number[]): boolean {
    const { seen, level } = this;
    const stack = [q];
    const top = cleared.length;
    const reason = this.reasonBuffer;
    while (stack.length > 0) {
      const r = stack.pop() as number;
      this.reasonInto(r >> 1, reason);
      for (let k = 1; k < reason.length; k++) {
        const l = reason[k] as number;
        const v = l >> 1;
        if (seen[v] || (level[v] as number) === 0) continue;
        if (
          this.reasonKind[v] !== DECISION &&
          (levels & (1 << ((level[v] as number) & 31))) !== 0
        ) {
          seen[v] = 1;
          stack.push(l);
          cleared.push(v);
        } else {
          for (let i = top; i < cleared.length; i++) seen[cleared[i] as number] = 0;
          cleared.length = top;
          return false;
        }
      }
    }
    return true;
  }

  /** Distinct decision levels among the literals (stamped per call, no allocation). */
  private computeLbd(literals: ArrayLike<number>): number {
    if (this.levelStamp.length <= this.decisionLevel)
      this.levelStamp = new Int32Array(2 * this.decisionLevel + 2);
    const stamp = ++this.lbdStamp;
    let distinct = 0;
    for (let k = 0; k < literals.length; k++) {
      const at = this.level[(literals[k] as number) >> 1] as number;
      if (this.levelStamp[at] !== stamp) {
        this.levelStamp[at] = stamp;
        distinct++;
      }
    }
    return distinct;
  }

  private cancelUntil(target: number) {
    if (this.decisionLevel <= target) return;
    const start = this.levelStarts[target] as number;
    for (let i = this.trailSize - 1; i >= start; i--) {
      const l = this.trail[i] as number;
      const v = l >> 1;
      if (i < this.propagated) {
        const occurrence = this.occurrences[l] as IntList;
        for (let t = 0; t < occurrence.length; t++) {
          const id = occurrence.items[t] as number;
          this.cardinalityCount[id] = (this.cardinalityCount[id] as number) - 1;
        }
      }
      this.value[l] = 0;
      this.value[l ^ 1] = 0;
      this.savedPhase[v] = (l & 1) === 0 ? 1 : 0;
      if ((this.heapIndex[v] as number) < 0) this.heapInsert(v);
    }
    this.trailSize = start;
    this.propagated = start;
    this.levelStarts.length = target;
  }

  // VSIDS: a max-heap of variables by activity.
  private bumpVariable(v: number) {
    const activity = (this.activity[v] as number) + this.variableIncrement;
    this.activity[v] = activity;
    if (activity > 1e100) {
      for (let u = 0; u < this.variables; u++)
        this.activity[u] = (this.activity[u] as number) * 1e-100;
      this.variableIncrement *= 1e-100;
    }
    const at = this.heapIndex[v] as number;
    if (at >= 0) this.siftUp(at);
  }

  private bumpClause(id: number) {
    if (this.learnt[id]) {
      const literals = this.clauses[id] as Int32Array;
      // Glucose: a learnt clause used again keeps the better of its LBDs.
      if ((this.lbd[id] as number) > 2) {
        const lbd = this.computeLbd(literals);
        if (lbd < (this.lbd[id] as number)) this.lbd[id] = lbd;
      }
    }
  }

  private heapInsert(v: number) {
    const at = this.heapSize++;
    this.heap[at] = v;
    this.heapIndex[v] = at;
    this.siftUp(at);
  }

  private siftUp(start: number) {
    const { heap, heapIndex, activity } = this;
    const v = heap[start] as number;
    const a = activity[v] as number;
    let at = start;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const u = heap[parent] as number;
      if ((activity[u] as number) >= a) break;
      heap[at] = u;
      heapIndex[u] = at;
      at = parent;
    }
    heap[at] = v;
    heapIndex[v] = at;
  }

  private heapPop(): number {
    const { heap, heapIndex, activity } = this;
    const top = heap[0] as number;
    heapIndex[top] = -1;
    const last = heap[--this.heapSize] as number;
    if (this.heapSize > 0) {
      const a = activity[last] as number;
      let at = 0;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= this.heapSize) break;
        const right = child + 1;
        if (
          right < this.heapSize &&
          (activity[heap[right] as number] as number) > (activity[heap[child] as number] as number)
        )
          child = right;
        const u = heap[child] as number;
        if ((activity[u] as number) <= a) break;
        heap[at] = u;
        heapIndex[u] = at;
        at = child;
      }
      heap[at] = last;
      heapIndex[last] = at;
    }
    return top;
  }

  /**
   * Target phases (as in CaDiCaL and Kissat): the values of the largest assignment the
   * search has reached so far (the trail when a conflict stopped it); decisions follow
   * them rather than each variable's last value, so after a conflict or a restart the search goes back towards
   * the most complete schedule it has built. Measured on the meeting questions at their
   * optimum, 8 seeds each: forum E's from a median of 2.6–5.0 s (worst over 16 s) to 0.9–1.1 s
   * (worst 2.5 s); refutations a little slower (forum A at 5 breaks: 7.8 s against 5.6 s).
   */
  private keepTarget() {
    this.targetSize = this.trailSize;
    for (let i = 0; i < this.trailSize; i++) {
      const l = this.trail[i] as number;
      this.targetPhase[l >> 1] = (l & 1) === 0 ? TARGET_TRUE : TARGET_FALSE;
    }
  }

  /** Halves the learnt clauses, keeping those with LBD ≤ 2 and those that are reasons. */
  private reduceLearnts() {
    const candidates = this.learntIds.filter((id) => {
      const clause = this.clauses[id];
      if (!clause || (this.lbd[id] as number) <= 2) return false;
      const v = (clause[0] as number) >> 1;
      const locked =
        this.reasonKind[v] === BY_CLAUSE &&
        this.reasonDatum[v] === id &&
        this.value[clause[0] as number] === 1;
      return !locked;
    });
    candidates.sort((a, b) => (this.lbd[b] as number) - (this.lbd[a] as number) || a - b);
    for (const id of candidates.slice(0, candidates.length >> 1)) this.clauses[id] = null;
    this.learntIds = this.learntIds.filter((id) => this.clauses[id] !== null);
    for (const list of this.watches) list.length = 0;
    this.clauses.forEach((clause, id) => {
      if (clause) this.watch(id, clause);
    });
  }

  solve(options: SatSolveOptions = {}): SatStatus {
    if (this.inconsistent) return "unsat";
    if (this.propagate() !== null) {
      this.inconsistent = true;
      return "unsat";
    }
    const maxConflicts = this.conflicts + (options.maxConflicts ?? Number.POSITIVE_INFINITY);
    for (;;) {
      const conflict = this.propagate();
      if (conflict !== null) {
        this.conflicts++;
        if (this.decisionLevel === 0) {
          this.inconsistent = true;
          return "unsat";
        }
        if (this.trailSize > this.targetSize) this.keepTarget();
        const { learnt, backjump } = this.analyze(conflict);
        const lbd = this.computeLbd(learnt);
        this.cancelUntil(backjump);
        const asserting = learnt[0] as number;
        if (learnt.length === 1) this.assign(asserting, DECISION, 0);
        else if (learnt.length === 2) {
          this.addBinary(asserting, learnt[1] as number);
          this.assign(asserting, BY_BINARY, learnt[1] as number);
        } else {
          const id = this.attach(Int32Array.from(learnt), true);
          this.lbd[id] = lbd;
          this.assign(asserting, BY_CLAUSE, id);
        }
        this.variableIncrement /= 0.95;
        if ((this.conflicts & 31) === 0 && options.shouldStop?.()) {
          this.cancelUntil(0);
          return "unknown";
        }
        if (this.conflicts >= maxConflicts) {
          this.cancelUntil(0);
          return "unknown";
        }
        continue;
      }
      if (this.conflicts >= this.restartAt) {
        this.restarts++;
        this.restartAt = this.conflicts + 100 * luby(2, this.restarts);
        this.cancelUntil(0);
      }
      if (this.conflicts >= this.reduceAt) {
        this.reductions++;
        this.reduceAt = this.conflicts + 2000 + 300 * this.reductions;
        this.reduceLearnts();
      }
      let next = -1;
      while (this.heapSize > 0) {
        const v = this.heapPop();
        if (this.value[2 * v] === 0) {
          next = v;
          break;
        }
      }
      if (next < 0) {
        this.model = this.value.slice(0, 2 * this.variables);
        this.cancelUntil(0);
        return "sat";
      }
      this.decisions++;
      this.levelStarts.push(this.trailSize);
      const target = this.targetPhase[next] as number;
      const phase = target === NO_TARGET ? this.savedPhase[next] : target === TARGET_TRUE;
      this.assign(phase ? 2 * next : 2 * next + 1, DECISION, 0);
    }
  }
}
