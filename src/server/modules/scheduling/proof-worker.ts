/**
 * The second core's work beside the engine (see SHARED in exact.ts): the exact method
 * (`solveExact`) for the whole time limit — bounds, then "at most K breaks?" at the bound
 * put to the SAT solver and HiGHS, each question starting from the engine's best
 * schedule; or, for a problem it does not take, only the participants' minima as a bound. Reads the engine's best breaks and schedule from shared memory and writes
 * there what it proves and finds. Posts one message when it ends by itself.
 */
import { parentPort, workerData } from "node:worker_threads";
import { participantMinima } from "../../../core/scheduling/decide.ts";
import { type ProofJob, SHARED, sharedSchedules, solveExact } from "./exact.ts";

const { problem, timeLimitSeconds, shared, boundOnly } = workerData as ProofJob;
const schedules = sharedSchedules(shared, problem.meetings.length);

/** Keeps a schedule when it beats the best written so far. */
function offer(breaks: number, slotOf: Int32Array) {
  const best = Atomics.load(shared, SHARED.found);
  if (best >= 0 && best <= breaks) return;
  // The slots first: `found` says they are complete.
  Atomics.store(shared, SHARED.found, -1);
  schedules.worker.set(slotOf);
  Atomics.store(shared, SHARED.found, breaks);
}

try {
  if (boundOnly) proveMinima();
  else await proveExact();
} finally {
  parentPort?.postMessage("done");
}

/** The participants' minima as a bound, or not every meeting can be placed. */
function proveMinima() {
  const started = performance.now();
  const minima = participantMinima(problem, {
    shouldStop: () => performance.now() - started >= timeLimitSeconds * 1000,
  });
  if (minima.includes(null)) Atomics.store(shared, SHARED.infeasible, 1);
  else
    Atomics.store(
      shared,
      SHARED.bound,
      minima.reduce<number>((sum, n) => sum + (n ?? 0), 0),
    );
}

async function proveExact() {
  const result = await solveExact(problem, timeLimitSeconds, {
    incumbent: () => Atomics.load(shared, SHARED.incumbent),
    hint: () => (Atomics.load(shared, SHARED.incumbent) >= 0 ? schedules.engine.slice() : null),
    onBound: (bound) => Atomics.store(shared, SHARED.bound, bound),
    onSchedule: offer,
  });
  if (result.status === "infeasible") Atomics.store(shared, SHARED.infeasible, 1);
}
