/**
 * The scheduler in a worker thread, so a run of many seconds never blocks the server's
 * event loop. Receives the edition's problem and what is already placed; posts progress
 * (at most every 250 ms) and the result. Cancelling a run terminates the thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { SchedulingProblem } from "../../../core/scheduling/problem.ts";
import { type Placement, reschedule } from "../../../core/scheduling/reschedule.ts";
import { scheduleWithProof } from "../scheduling/exact.ts";

export interface ScheduleJob {
  problem: SchedulingProblem;
  placed: [string, Placement][];
  pinned: string[];
  keepPlaced: boolean;
  timeLimitSeconds: number;
  fairness: number | null;
  seed: number;
}

export type WorkerMessage =
  | {
      type: "progress";
      progress: {
        seconds: number;
        placed: number;
        unscheduled: number;
        breaks: number;
        lowerBound: number;
      };
    }
  | { type: "done"; schedule: Awaited<ReturnType<typeof reschedule>>["schedule"]; moved: string[] }
  | { type: "error"; message: string };

const job = workerData as ScheduleJob;
let lastPost = 0;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

try {
  const result = await reschedule(
    {
      problem: job.problem,
      placed: new Map(job.placed),
      pinned: new Set(job.pinned),
      keepPlaced: job.keepPlaced,
    },
    (problem, options) =>
      scheduleWithProof(problem, { ...options, timeLimitSeconds: options.timeLimitSeconds ?? 1 }),
    {
      timeLimitSeconds: job.timeLimitSeconds,
      fairness: job.fairness,
      seed: job.seed,
      onProgress: (progress) => {
        const now = performance.now();
        if (now - lastPost < 250) return;
        lastPost = now;
        post({ type: "progress", progress });
      },
    },
  );
  post({ type: "done", schedule: result.schedule, moved: result.moved });
} catch (error) {
  post({ type: "error", message: error instanceof Error ? error.message : String(error) });
}
