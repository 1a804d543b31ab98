import { z } from "zod";
import {
  LOCATION_KINDS,
  MEETING_PRIORITIES,
  MEETING_REQUEST_STATUSES,
  MEETING_STATUSES,
  PLACED_BY,
  SCHEDULE_RUN_STATUSES,
  SCHEDULING_MODES,
} from "../../db/schema/meetings.ts";

const localTime = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, "a local time HH:MM, e.g. 09:30");

const pauseSchema = z.object({ starts: localTime, ends: localTime });

export const sessionInputSchema = z.object({
  day: z.iso.date(),
  label: z.string().trim().min(1).max(60).describe("e.g. Morning, Afternoon"),
  starts: localTime,
  ends: localTime,
  pauses: z.array(pauseSchema).max(10).default([]).describe("Coffee or lunch breaks"),
});
export type SessionInput = z.infer<typeof sessionInputSchema>;

export const programmeInputSchema = z.object({
  tableCount: z.number().int().min(1).max(5000),
  locationKind: z.enum(LOCATION_KINDS).default("table"),
  slotMinutes: z.number().int().min(5).max(240),
  mode: z
    .enum(SCHEDULING_MODES)
    .default("organizer")
    .describe(
      "receiver-picks: the receiver picks a free slot when accepting; organizer: the organizer runs the scheduler (meetings placed by hand stay)",
    ),
  requestsOpen: z.boolean().default(true),
  fairness: z.number().int().min(0).max(100).nullable().default(null),
  sessions: z.array(sessionInputSchema).min(1).max(60),
  unplaceAffected: z
    .boolean()
    .default(false)
    .describe("Unplace meetings in slots that the new programme removes (else refused)"),
});
export type ProgrammeInput = z.infer<typeof programmeInputSchema>;

export const slotSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  sessionId: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** Local wall clock in the edition's time zone. */
  day: z.string(),
  starts: z.string(),
  ends: z.string(),
});
export type SlotView = z.infer<typeof slotSchema>;

export const programmeSchema = z.object({
  eventId: z.uuid(),
  timeZone: z.string(),
  tableCount: z.number().int(),
  locationKind: z.enum(LOCATION_KINDS),
  slotMinutes: z.number().int(),
  mode: z.enum(SCHEDULING_MODES),
  requestsOpen: z.boolean(),
  fairness: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
  sessions: z.array(sessionInputSchema.extend({ id: z.uuid(), slotCount: z.number().int() })),
  slots: z.array(slotSchema),
  /** Only in answers to PUT: meetings unplaced because their slot went away. */
  unplaced: z.number().int().optional(),
});
export type ProgrammeView = z.infer<typeof programmeSchema>;

export const personRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  organization: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type PersonRef = z.infer<typeof personRefSchema>;

export const createRequestSchema = z.object({
  recipientId: z.uuid(),
  message: z.string().trim().max(2000).default(""),
  priority: z.enum(MEETING_PRIORITIES).default("would-like"),
  sessionId: z.uuid().nullable().default(null),
});

export const createMatchSchema = z.object({
  personIds: z.array(z.uuid()).length(2).describe("The two participants to match"),
  message: z.string().trim().max(2000).default(""),
  priority: z.enum(MEETING_PRIORITIES).default("would-like"),
  sessionId: z.uuid().nullable().default(null),
});

export const requestActionSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("accept"),
    slotId: z
      .uuid()
      .nullable()
      .default(null)
      .describe("The free slot the receiver picks (required when the receiver picks)"),
  }),
  z.object({ action: z.literal("decline") }),
  z.object({ action: z.literal("withdraw") }),
  z.object({ action: z.literal("cancel") }),
]);
export type RequestAction = z.infer<typeof requestActionSchema>;

export const requestSchema = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  requester: personRefSchema,
  recipient: personRefSchema,
  message: z.string(),
  priority: z.enum(MEETING_PRIORITIES),
  sessionId: z.uuid().nullable(),
  status: z.enum(MEETING_REQUEST_STATUSES),
  source: z.enum(["participant", "organizer"]),
  yourPart: z.enum(["requester", "recipient"]).nullable(),
  meetingId: z.uuid().nullable(),
  connectionId: z.uuid().nullable(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
});
export type RequestView = z.infer<typeof requestSchema>;

export const requestListQuery = z.object({
  scope: z
    .enum(["mine", "all"])
    .default("mine")
    .describe("mine: sent and received; all: the edition's (organizers)"),
  status: z.enum(MEETING_REQUEST_STATUSES).optional(),
});

export const meetingSchema = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  requestId: z.uuid().nullable(),
  attendees: z.array(personRefSchema),
  slot: slotSchema.nullable(),
  tableNumber: z.number().int().nullable(),
  location: z.string().nullable().describe('e.g. "Table 7"'),
  pinned: z.boolean(),
  placedBy: z.enum(PLACED_BY).nullable(),
  priority: z.enum(MEETING_PRIORITIES),
  sessionId: z.uuid().nullable(),
  status: z.enum(MEETING_STATUSES),
  message: z.string(),
});
export type MeetingView = z.infer<typeof meetingSchema>;

export const placeMeetingSchema = z.object({
  slotId: z.uuid().nullable().describe("null unplaces the meeting"),
  tableNumber: z
    .number()
    .int()
    .min(1)
    .nullable()
    .default(null)
    .describe("Default: the lowest free table of the slot"),
  pinned: z.boolean().default(true).describe("Keep it there when the scheduler runs"),
});

export const outcomeSchema = z.object({ outcome: z.enum(["happened", "no-show"]) });

export const availabilitySchema = z.object({
  unavailable: z.array(z.uuid()).max(2000).describe("Ids of the slots you cannot meet in"),
});

export const agendaSchema = z.object({
  event: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), timeZone: z.string() }),
  person: personRefSchema,
  published: z.boolean(),
  meetings: z.array(meetingSchema),
  unavailable: z.array(z.uuid()),
});

export const freeSlotsSchema = z.object({ slots: z.array(slotSchema) });

export const calendarFeedSchema = z.object({
  url: z.string().describe("Secret subscription address; a new one revokes the old"),
});

export const startRunSchema = z.object({
  timeLimitSeconds: z.number().int().min(1).max(600).default(10),
  fairness: z.number().int().min(0).max(100).nullable().optional(),
  keepPublished: z
    .boolean()
    .default(true)
    .describe("Move published meetings only where that places more (re-runs after publishing)"),
  seed: z.number().int().min(0).max(2_147_483_647).default(1),
});
export type StartRun = z.infer<typeof startRunSchema>;

const progressSchema = z.object({
  seconds: z.number(),
  placed: z.number().int(),
  unscheduled: z.number().int(),
  breaks: z.number().int(),
  lowerBound: z.number().int(),
});

export const runSchema = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  status: z.enum(SCHEDULE_RUN_STATUSES),
  keepPublished: z.boolean(),
  timeLimitSeconds: z.number().int(),
  fairness: z.number().int().nullable(),
  seed: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  error: z.string().nullable(),
  progress: progressSchema.nullable(),
  result: z
    .object({
      status: z.enum(["optimal", "feasible", "infeasible"]),
      meetings: z.number().int().describe("Meetings the run had to place"),
      placed: z.number().int(),
      unscheduled: z.array(z.object({ meetingId: z.uuid(), attendees: z.array(z.string()) })),
      breaks: z.object({
        total: z.number().int(),
        max: z.number().int(),
        min: z.number().int(),
        byParticipant: z.array(
          z.object({ personId: z.uuid(), name: z.string(), breaks: z.number().int() }),
        ),
      }),
      lowerBound: z.number().int(),
      seconds: z.number(),
      moved: z.number().int().describe("Published meetings the draft moves"),
      tableUse: z.array(
        z.object({ slotId: z.uuid(), starts: z.string(), day: z.string(), used: z.number().int() }),
      ),
    })
    .nullable(),
});
export type RunView = z.infer<typeof runSchema>;

export const publishResultSchema = z.object({
  run: runSchema,
  placed: z.number().int(),
  moved: z.number().int(),
  skipped: z.number().int().describe("Draft placements of meetings cancelled meanwhile"),
});

export const suggestionSchema = z.object({
  people: z.array(personRefSchema).length(2),
  score: z.number(),
  challenge: z.object({ id: z.uuid(), title: z.string() }),
  solution: z.object({ id: z.uuid(), title: z.string() }),
});
export const suggestionListSchema = z.object({ items: z.array(suggestionSchema) });
