/**
 * The second core's work beside the engine (see SHARED in exact.ts): first the exact
 * method (`solveExact`), which proves bounds and asks the model for a schedule at the
 * bound; when that is not settled in its share of the time, the engine (annealing, then
 * window search) with another seed over the rest. Two independent window searches reach
 * forum E's optimum where one often does not: measured with 10 s over seeds 1–3, E at 0
 * breaks 3 of 3 times against 1 of 3 with the annealing alone here, and forum B at 5–8
 * either way. Reads the engine's best breaks from shared memory and writes there what it
 * proves and finds. Posts one message when it ends by itself.
 */
import { parentPort, workerData } from "node:worker_threads";
import { solveSchedule } from "../../../core/scheduling/solve.ts";
import { type ProofJob, SHARED, solveExact } from "./exact.ts";

const { problem, timeLimitSeconds, seed, shared } = workerData as ProofJob;
/**
 * The exact method's share of the time, at most EXACT_MAX_SECONDS: on forums a question
 * it can settle is settled within it (forum A: 0.7 s), and one it cannot was measured
 * unsettled after 300 s — longer runs give the time to the engine runs instead.
 */
const EXACT_SHARE = 0.3;
const EXACT_MAX_SECONDS = 6;
const started = performance.now();

/** Keeps a schedule when it beats the best written so far. */
function offer(breaks: number, slotOf: Int32Array) {
  const best = Atomics.load(shared, SHARED.found);
  if (best >= 0 && best <= breaks) return;
  // The slots first: `found` says they are complete.
  Atomics.store(shared, SHARED.found, -1);
  shared.set(slotOf, SHARED.slots);
  Atomics.store(shared, SHARED.found, breaks);
}

const bestKnown = () => {
  const known = [Atomics.load(shared, SHARED.incumbent), Atomics.load(shared, SHARED.found)];
  return Math.min(...known.map((breaks) => (breaks < 0 ? Number.POSITIVE_INFINITY : breaks)));
};

try {
  const result = await solveExact(
    problem,
    Math.min(timeLimitSeconds * EXACT_SHARE, EXACT_MAX_SECONDS),
    {
      incumbent: () => {
        const best = bestKnown();
        return Number.isFinite(best) ? best : -1;
      },
      onBound: (bound) => Atomics.store(shared, SHARED.bound, bound),
      onSchedule: offer,
    },
  );
  if (result.status === "infeasible") Atomics.store(shared, SHARED.infeasible, 1);
  const left = () => timeLimitSeconds - (performance.now() - started) / 1000;
  const proven = () => bestKnown() <= Atomics.load(shared, SHARED.bound);
  if (result.status === "unknown" && left() > 0.3 && !proven())
    solveSchedule(problem, {
      timeLimitSeconds: left(),
      seed: seed + 1,
      externalBound: () => Atomics.load(shared, SHARED.bound),
      onIncumbent: offer,
      // Either search at the bound ends both.
      shouldStop: proven,
    });
} finally {
  parentPort?.postMessage("done");
}
