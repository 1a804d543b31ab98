/**
 * The B2B meeting scheduling problem and its solution as a public interchange format
 * (`citymatch schedule`): zod schemas that validate input, from which the JSON Schemas in
 * `schemas/` are generated (a test keeps them equal), and the checks zod cannot express
 * (unknown ids, cycles), each naming the offending item.
 */
import { z } from "zod";

const id = z.string().min(1).max(200);

export const slotSchema = z
  .object({
    id: id.describe("Unique slot id"),
    session: id.optional().describe("The session the slot belongs to, e.g. am or pm"),
  })
  .strict();

export const participantSchema = z
  .object({
    id: id.describe("Unique participant id"),
    unavailable: z.array(id).optional().describe("Ids of slots the participant cannot meet in"),
  })
  .strict();

export const meetingSchema = z
  .object({
    id: id.describe("Unique meeting id"),
    participants: z
      .array(id)
      .min(2)
      .describe("Ids of the 2 or more participants who meet (each once)"),
    session: id.nullable().optional().describe("The session the meeting must be in"),
    fixedSlot: id.nullable().optional().describe("The slot the meeting must be in"),
    after: z
      .array(id)
      .optional()
      .describe("Ids of meetings that, when scheduled, must be in an earlier slot"),
    priority: z
      .number()
      .positive()
      .max(1_000_000)
      .optional()
      .describe("Weight when not every meeting can be placed (default 1)"),
  })
  .strict();

export const optionsSchema = z
  .object({
    timeLimitSeconds: z.number().positive().max(86_400).optional().describe("Default 10"),
    fairness: z
      .number()
      .int()
      .min(0)
      .nullable()
      .optional()
      .describe("Largest allowed difference between two participants' numbers of breaks"),
    seed: z
      .number()
      .int()
      .safe()
      .optional()
      .describe("Random seed (default 1): same seed, same schedule"),
  })
  .strict();

export const problemSchema = z
  .object({
    slots: z.array(slotSchema).min(1).describe("Time slots in time order"),
    tables: z.number().int().min(1).describe("Tables (locations): meetings per slot at most"),
    participants: z.array(participantSchema).describe("Participants"),
    meetings: z.array(meetingSchema).describe("Meetings to place"),
    options: optionsSchema.optional(),
  })
  .strict()
  .describe("A B2B meeting scheduling problem (citymatch schedule --input)");

export type SchedulingProblem = z.infer<typeof problemSchema>;

export const STATUSES = ["optimal", "feasible", "infeasible"] as const;

export const scheduleSchema = z
  .object({
    status: z
      .enum(STATUSES)
      .describe(
        "optimal: every meeting placed and breaks equal the lower bound (fairness held); feasible: a valid schedule, not proven best; infeasible: proven that not every meeting can be placed (the schedule places as many, by priority, as it could)",
      ),
    assignments: z.array(
      z
        .object({
          meeting: id,
          slot: id,
          table: z.number().int().min(1),
        })
        .strict(),
    ),
    unscheduled: z.array(id).describe("Ids of meetings not placed"),
    breaks: z
      .object({
        total: z.number().int().min(0),
        max: z.number().int().min(0),
        min: z.number().int().min(0),
        byParticipant: z.record(z.string(), z.number().int().min(0)),
      })
      .strict()
      .describe(
        "A participant's break: two consecutive meetings of theirs whose slots are not adjacent in the slot list",
      ),
    lowerBound: z
      .number()
      .int()
      .min(0)
      .describe("Proven lower bound of total breaks when every meeting is placed"),
    seconds: z.number().min(0),
  })
  .strict()
  .describe("A B2B meeting schedule (citymatch schedule --output)");

export type Schedule = z.infer<typeof scheduleSchema>;

export interface InputIssue {
  /** Where: a JSON path such as meetings[3].participants[1]. */
  path: string;
  message: string;
}

export class SchedulingInputError extends Error {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[]) {
    super(
      `Invalid scheduling problem:\n${issues.map((issue) => `  ${issue.path || "(root)"}: ${issue.message}`).join("\n")}`,
    );
    this.issues = issues;
  }
}

const pathOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (text, key) =>
      typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    "",
  );

/** " (meeting "m7")" for an issue inside meetings[i] whose item has an id, else "". */
function namedItem(input: unknown, path: readonly PropertyKey[]): string {
  const [list, index] = path;
  if (typeof list !== "string" || typeof index !== "number") return "";
  const item = (input as Record<string, unknown[]> | null)?.[list]?.[index] as
    | { id?: unknown }
    | undefined;
  const kind = { slots: "slot", participants: "participant", meetings: "meeting" }[list];
  return kind && typeof item?.id === "string" ? ` (${kind} "${item.id}")` : "";
}

/**
 * Validates a problem (parsed JSON) and its references: unique ids, known slots,
 * participants and meetings, no participant twice in a meeting, a fixed slot inside the
 * meeting's session and free for all its participants, no cycle in `after`.
 */
export function parseProblem(input: unknown): SchedulingProblem {
  const parsed = problemSchema.safeParse(input);
  if (!parsed.success)
    throw new SchedulingInputError(
      parsed.error.issues.map((issue) => ({
        path: pathOf(issue.path),
        message: `${issue.message}${namedItem(input, issue.path)}`,
      })),
    );
  const problem = parsed.data;
  const issues: InputIssue[] = [];
  const unique = (items: { id: string }[], name: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        issues.push({ path: `${name}[${i}].id`, message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
    return seen;
  };
  const slots = new Map(problem.slots.map((slot) => [slot.id, slot]));
  unique(problem.slots, "slots");
  const participants = new Map(problem.participants.map((p) => [p.id, p]));
  unique(problem.participants, "participants");
  const meetings = unique(problem.meetings, "meetings");
  problem.participants.forEach((participant, i) => {
    participant.unavailable?.forEach((slot, j) => {
      if (!slots.has(slot))
        issues.push({
          path: `participants[${i}].unavailable[${j}]`,
          message: `unknown slot "${slot}"`,
        });
    });
  });
  const sessions = new Set(problem.slots.flatMap((slot) => (slot.session ? [slot.session] : [])));
  problem.meetings.forEach((meeting, i) => {
    const at = `meetings[${i}]`;
    const seen = new Set<string>();
    meeting.participants.forEach((participant, j) => {
      if (!participants.has(participant))
        issues.push({
          path: `${at}.participants[${j}]`,
          message: `unknown participant "${participant}" in meeting "${meeting.id}"`,
        });
      if (seen.has(participant))
        issues.push({
          path: `${at}.participants[${j}]`,
          message: `participant "${participant}" is twice in meeting "${meeting.id}"`,
        });
      seen.add(participant);
    });
    if (meeting.session && !sessions.has(meeting.session))
      issues.push({
        path: `${at}.session`,
        message: `no slot is in session "${meeting.session}" (meeting "${meeting.id}")`,
      });
    if (meeting.fixedSlot) {
      const slot = slots.get(meeting.fixedSlot);
      if (!slot)
        issues.push({
          path: `${at}.fixedSlot`,
          message: `unknown slot "${meeting.fixedSlot}" in meeting "${meeting.id}"`,
        });
      else {
        if (meeting.session && slot.session !== meeting.session)
          issues.push({
            path: `${at}.fixedSlot`,
            message: `slot "${slot.id}" is not in session "${meeting.session}" (meeting "${meeting.id}")`,
          });
        for (const participant of meeting.participants)
          if (participants.get(participant)?.unavailable?.includes(slot.id))
            issues.push({
              path: `${at}.fixedSlot`,
              message: `participant "${participant}" is unavailable in fixed slot "${slot.id}" (meeting "${meeting.id}")`,
            });
      }
    }
    meeting.after?.forEach((other, j) => {
      if (!meetings.has(other))
        issues.push({
          path: `${at}.after[${j}]`,
          message: `unknown meeting "${other}" (meeting "${meeting.id}")`,
        });
      else if (other === meeting.id)
        issues.push({
          path: `${at}.after[${j}]`,
          message: `meeting "${meeting.id}" comes after itself`,
        });
    });
  });
  if (issues.length === 0) {
    const cycle = findCycle(problem.meetings);
    if (cycle)
      issues.push({
        path: `meetings[${problem.meetings.findIndex((m) => m.id === cycle[0])}].after`,
        message: `cycle in "after": ${cycle.join(" → ")}`,
      });
  }
  if (issues.length > 0) throw new SchedulingInputError(issues);
  return problem;
}

/** A cycle of `after` relations (meeting ids, first repeated at the end), if any. */
function findCycle(meetings: SchedulingProblem["meetings"]): string[] | null {
  const after = new Map(meetings.map((meeting) => [meeting.id, meeting.after ?? []]));
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (meeting: string): string[] | null => {
    state.set(meeting, 1);
    stack.push(meeting);
    for (const earlier of after.get(meeting) ?? []) {
      if (state.get(earlier) === 1) return [...stack.slice(stack.indexOf(earlier)), earlier];
      if (!state.has(earlier)) {
        const found = visit(earlier);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(meeting, 2);
    return null;
  };
  for (const meeting of meetings) {
    if (state.has(meeting.id)) continue;
    const found = visit(meeting.id);
    if (found) return found;
  }
  return null;
}
