/**
 * The organizer's scheduler runs: a background job per run (a worker thread) whose progress
 * lands on the run's row, ending in a draft that the organizer publishes or discards.
 *
 * What a run schedules: every planned meeting of the edition. Meetings pinned by hand or
 * picked by the receiver, and those already held, stay where they are; with
 * `keepPublished`, published meetings move only when moving them places more.
 */
import { Worker } from "node:worker_threads";
import type { SchedulingProblem } from "../../../core/scheduling/problem.ts";
import type { Placement } from "../../../core/scheduling/reschedule.ts";
import type { Database } from "../../db/client.ts";
import type { ScheduleRunResult } from "../../db/schema/meetings.ts";
import type { ActorContext, Clock } from "../../http/context.ts";
import { conflict, forbidden, notFound } from "../../http/errors.ts";
import { sendMails } from "../connections/service.ts";
import { can } from "./policy.ts";
import { presentRun, presentSlot } from "./presenter.ts";
import {
  failAbandonedRuns,
  insertNotificationRows,
  insertRun,
  placeMeetings,
  type RunRow,
  selectEmails,
  selectEventRow,
  selectMeetings,
  selectPeopleRefs,
  selectProgramme,
  selectRun,
  selectRuns,
  selectSlots,
  selectUnavailability,
  setProgrammePublished,
  unplaceMeetings,
  updateRun,
} from "./queries.ts";
import type { ScheduleJob, WorkerMessage } from "./schedule-worker.ts";
import type { StartRun } from "./schema.ts";
import { findEdition } from "./service.ts";

const ORGANIZERS_ONLY = "Only the edition's organizers run the scheduler";

interface RunningJob {
  worker: Worker;
  cancelled: boolean;
  done: Promise<void>;
}

/** Jobs of each app's database: an app's close stops its own jobs only. */
const jobsByDatabase = new WeakMap<Database, Map<string, RunningJob>>();
const jobsOf = (db: Database) => {
  let jobs = jobsByDatabase.get(db);
  if (!jobs) {
    jobs = new Map();
    jobsByDatabase.set(db, jobs);
  }
  return jobs;
};

/** The edition's meetings as a scheduling problem, with where they are now. */
async function editionProblem(db: Database, eventId: string, tableCount: number) {
  const slots = await selectSlots(db, eventId);
  const meetings = await selectMeetings(db, eventId, { activeOnly: true });
  const unavailable = await selectUnavailability(db, eventId);
  const people = new Set(meetings.flatMap((row) => row.attendees));
  const unavailableOf = new Map<string, string[]>();
  for (const row of unavailable)
    if (people.has(row.personId))
      unavailableOf.set(row.personId, [...(unavailableOf.get(row.personId) ?? []), row.slotId]);
  const problem: SchedulingProblem = {
    slots: slots.map((slot) => ({ id: slot.id, session: slot.sessionId })),
    tables: tableCount,
    participants: [...people].map((id) => ({ id, unavailable: unavailableOf.get(id) ?? [] })),
    meetings: meetings.map((row) => ({
      id: row.meeting.id,
      participants: row.attendees,
      ...(row.meeting.sessionId ? { session: row.meeting.sessionId } : {}),
      priority: row.meeting.priority,
    })),
  };
  const placed = new Map<string, Placement>();
  const pinned = new Set<string>();
  for (const { meeting } of meetings) {
    if (meeting.slotId && meeting.tableNumber)
      placed.set(meeting.id, { slot: meeting.slotId, table: meeting.tableNumber });
    if (meeting.pinned || meeting.status !== "planned") pinned.add(meeting.id);
  }
  return { problem, placed, pinned, meetings };
}

async function runView(db: Database, run: RunRow) {
  const event = await selectEventRow(db, run.eventId);
  const timeZone = event?.timeZone ?? "UTC";
  const slots = (await selectSlots(db, run.eventId)).map((slot) => presentSlot(slot, timeZone));
  const personIds = new Set<string>(Object.keys(run.result?.breaks.byParticipant ?? {}));
  const attendeesOf = new Map<string, string[]>();
  if (run.result && run.result.unscheduled.length > 0) {
    const unscheduled = new Set(run.result.unscheduled);
    for (const row of await selectMeetings(db, run.eventId))
      if (unscheduled.has(row.meeting.id)) {
        attendeesOf.set(row.meeting.id, row.attendees);
        for (const id of row.attendees) personIds.add(id);
      }
  }
  const people = new Map((await selectPeopleRefs(db, [...personIds])).map((p) => [p.id, p]));
  return presentRun(run, { people, slots, attendeesOf });
}

async function findRun(ctx: ActorContext, runId: string, forUpdate = false) {
  const run = await selectRun(ctx.db, runId, forUpdate);
  const event = run ? await selectEventRow(ctx.db, run.eventId) : null;
  if (!run || !event || !can(ctx.actor, "manage", { event })) throw notFound("Schedule run");
  return { run, event };
}

function resultOf(message: Extract<WorkerMessage, { type: "done" }>): ScheduleRunResult {
  const { schedule } = message;
  return {
    status: schedule.status,
    placements: schedule.assignments.map((a) => ({
      meetingId: a.meeting,
      slotId: a.slot,
      tableNumber: a.table,
    })),
    unscheduled: schedule.unscheduled,
    breaks: schedule.breaks,
    lowerBound: schedule.lowerBound,
    seconds: schedule.seconds,
    moved: message.moved,
  };
}

/** Starts a run in the background; its row follows the job (progress, then the draft). */
export async function startScheduleRun(ctx: ActorContext, eventId: string, input: StartRun) {
  const event = await findEdition(ctx, eventId);
  if (!can(ctx.actor, "manage", { event })) throw forbidden(ORGANIZERS_ONLY);
  const programme = await selectProgramme(ctx.db, event.id);
  if (!programme) throw notFound("B2B programme of this edition");
  const fairness = input.fairness === undefined ? programme.fairness : input.fairness;
  const { problem, placed, pinned } = await editionProblem(ctx.db, event.id, programme.tableCount);
  if (problem.meetings.length === 0) throw conflict("No accepted meeting requests to schedule yet");
  const run = await insertRun(ctx.db, {
    eventId: event.id,
    keepPublished: input.keepPublished,
    timeLimitSeconds: input.timeLimitSeconds,
    fairness,
    seed: input.seed,
    startedById: ctx.actor.personId,
    startedAt: ctx.clock.now(),
    progress: {
      seconds: 0,
      placed: 0,
      unscheduled: problem.meetings.length,
      breaks: 0,
      lowerBound: 0,
    },
  });
  const job: ScheduleJob = {
    problem,
    placed: [...placed],
    pinned: [...pinned],
    keepPlaced: input.keepPublished && programme.publishedAt !== null,
    timeLimitSeconds: input.timeLimitSeconds,
    fairness,
    seed: input.seed,
  };
  launch(ctx.db, ctx.clock, run.id, job);
  return runView(ctx.db, run);
}

function launch(db: Database, clock: Clock, runId: string, job: ScheduleJob) {
  const jobs = jobsOf(db);
  const worker = new Worker(new URL("./schedule-worker.ts", import.meta.url), { workerData: job });
  let lastWrite = 0;
  let writes = Promise.resolve();
  // A write that fails (the database went away) leaves the run "running"; the next start
  // marks it failed (failInterruptedRuns).
  const write = (task: () => Promise<unknown>) => {
    writes = writes.then(task).then(
      () => undefined,
      () => undefined,
    );
    return writes;
  };
  let finished = false;
  const done = new Promise<void>((resolve) => {
    const finish = (values: Parameters<typeof updateRun>[2]) => {
      if (finished) return;
      finished = true;
      write(() => updateRun(db, runId, { ...values, finishedAt: clock.now() }, "running")).then(
        () => {
          jobs.delete(runId);
          resolve();
        },
      );
    };
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "progress") {
        if (performance.now() - lastWrite < 500) return;
        lastWrite = performance.now();
        write(() => updateRun(db, runId, { progress: message.progress }, "running"));
      } else if (message.type === "done") {
        const result = resultOf(message);
        finish({
          status: "done",
          result,
          progress: {
            seconds: result.seconds,
            placed: result.placements.length,
            unscheduled: result.unscheduled.length,
            breaks: result.breaks.total,
            lowerBound: result.lowerBound,
          },
        });
      } else {
        finish({ status: "failed", error: message.message });
      }
    });
    worker.on("error", (error) => finish({ status: "failed", error: error.message }));
    worker.on("exit", (code) => {
      if (jobs.get(runId)?.cancelled) finish({ status: "cancelled" });
      else finish({ status: "failed", error: `the scheduler stopped unexpectedly (exit ${code})` });
    });
  });
  jobs.set(runId, { worker, cancelled: false, done });
}

export async function getScheduleRun(ctx: ActorContext, runId: string) {
  const { run } = await findRun(ctx, runId);
  return runView(ctx.db, run);
}

export async function listScheduleRuns(ctx: ActorContext, eventId: string) {
  const event = await findEdition(ctx, eventId);
  if (!can(ctx.actor, "manage", { event })) throw forbidden(ORGANIZERS_ONLY);
  const runs = await selectRuns(ctx.db, event.id, 20);
  return { items: await Promise.all(runs.map((run) => runView(ctx.db, run))) };
}

/** Stops a running run; it leaves no draft. */
export async function cancelScheduleRun(ctx: ActorContext, runId: string) {
  const { run } = await findRun(ctx, runId);
  if (run.status !== "running") throw conflict(`The run is ${run.status}, not running`);
  const job = jobsOf(ctx.db).get(runId);
  if (job) {
    job.cancelled = true;
    await job.worker.terminate();
    await job.done;
  } else {
    await updateRun(ctx.db, runId, { status: "cancelled", finishedAt: ctx.clock.now() }, "running");
  }
  return getScheduleRun(ctx, runId);
}

export async function discardScheduleRun(ctx: ActorContext, runId: string) {
  const { run } = await findRun(ctx, runId);
  if (run.status !== "done")
    throw conflict(`Only a finished draft can be discarded; the run is ${run.status}`);
  await updateRun(ctx.db, runId, { status: "discarded" }, "done");
  return getScheduleRun(ctx, runId);
}

/**
 * Publishes a draft: in one transaction, the meetings it moves leave their slots, then every
 * placement is written. Meetings cancelled since the run are skipped; a meeting placed by
 * hand since then that collides with the draft makes the database refuse the whole publish
 * (re-run to include it). Attendees whose agenda changed are told.
 */
export async function publishScheduleRun(ctx: ActorContext, runId: string) {
  const now = ctx.clock.now();
  const outcome = await ctx.db.transaction(async (tx) => {
    const run = await selectRun(tx, runId, true);
    const event = run ? await selectEventRow(tx, run.eventId) : null;
    if (!run || !event || !can(ctx.actor, "manage", { event })) throw notFound("Schedule run");
    if (run.status !== "done" || !run.result)
      throw conflict(`Only a finished draft can be published; the run is ${run.status}`);
    // Serializes publishes and programme edits of one edition.
    await selectProgramme(tx, event.id, true);
    const current = new Map(
      (await selectMeetings(tx, event.id, { activeOnly: true })).map((row) => [
        row.meeting.id,
        row,
      ]),
    );
    const writes = run.result.placements.filter((placement) => {
      const row = current.get(placement.meetingId);
      return row && row.meeting.status === "planned" && !row.meeting.pinned;
    });
    const changed = writes.filter((placement) => {
      const meeting = current.get(placement.meetingId)?.meeting;
      return meeting?.slotId !== placement.slotId || meeting?.tableNumber !== placement.tableNumber;
    });
    const draftIds = new Set(run.result.placements.map((p) => p.meetingId));
    const droppedFromGrid = [...current.values()].filter(
      (row) =>
        row.meeting.slotId &&
        !row.meeting.pinned &&
        row.meeting.status === "planned" &&
        run.result?.unscheduled.includes(row.meeting.id),
    );
    await unplaceMeetings(
      tx,
      [...changed.map((p) => p.meetingId), ...droppedFromGrid.map((row) => row.meeting.id)],
      now,
    );
    await placeMeetings(tx, changed, now);
    await setProgrammePublished(tx, event.id, now);
    await updateRun(tx, runId, { status: "published", publishedAt: now });
    const told = [
      ...new Set(
        [
          ...changed.map((p) => p.meetingId),
          ...droppedFromGrid.map((row) => row.meeting.id),
        ].flatMap((id) => current.get(id)?.attendees ?? []),
      ),
    ];
    await insertNotificationRows(
      tx,
      told.map((personId) => ({
        personId,
        kind: "meeting.agenda-published",
        title: `Your B2B agenda for ${event.name} is published`,
        body: "",
        link: `/events/${event.slug}/meetings`,
      })),
    );
    const emails = await selectEmails(tx, told);
    return {
      placed: writes.length,
      moved: run.result.moved.filter((id) => draftIds.has(id) && current.has(id)).length,
      skipped: run.result.placements.length - writes.length,
      mails: emails.flatMap((person) =>
        person.email
          ? [
              {
                to: person.email,
                subject: `citymatch: your B2B agenda for ${event.name}`,
                text: `Your meetings at ${event.name} have a table and a time.\n\nSee: /events/${event.slug}/meetings`,
              },
            ]
          : [],
      ),
    };
  });
  sendMails(ctx, outcome.mails);
  return {
    run: await getScheduleRun(ctx, runId),
    placed: outcome.placed,
    moved: outcome.moved,
    skipped: outcome.skipped,
  };
}

/** At start: runs a previous process left running will never finish. */
export async function failInterruptedRuns(db: Database, clock: Clock) {
  await failAbandonedRuns(db, clock.now());
}

/** At close: stops this app's jobs and waits for their last writes. */
export async function stopScheduleJobs(db: Database) {
  const jobs = [...jobsOf(db).values()];
  for (const job of jobs) {
    job.cancelled = true;
    await job.worker.terminate();
    await job.done;
  }
  jobsByDatabase.delete(db);
}
