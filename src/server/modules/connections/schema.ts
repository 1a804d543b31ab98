import { z } from "zod";
import { CONNECTION_ACTIONS, CONNECTION_STATUSES } from "../../../core/funnel/transitions.ts";
import { pageQuerySchema, pageSchema } from "../../http/pagination.ts";

/** ISO 4217 codes the runtime knows; anything else is refused by name. */
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, "a three-letter ISO 4217 code such as USD")
  .refine((code) => KNOWN_CURRENCIES.has(code), "not a known ISO 4217 currency");

/** A non-negative amount with at most two decimals, as a string so no cent is lost. */
export const amountSchema = z
  .string()
  .regex(
    /^\d{1,14}(\.\d{1,2})?$/,
    "a non-negative amount with at most two decimals, e.g. 1250000.00",
  );

const isoDate = z.iso.date();

export const createConnectionSchema = z.object({
  recipientOrganizationId: z.uuid(),
  challengeId: z.uuid().optional(),
  solutionId: z.uuid().optional(),
  eventId: z.uuid().optional(),
  message: z.string().trim().max(4000).default(""),
});
export type CreateConnection = z.infer<typeof createConnectionSchema>;

export const connectionActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("accept"), note: z.string().max(2000).default("") }),
  z.object({ action: z.literal("decline"), note: z.string().max(2000).default("") }),
  z.object({ action: z.literal("withdraw"), note: z.string().max(2000).default("") }),
  z.object({
    action: z.literal("record-meeting"),
    meetingOn: isoDate,
    note: z.string().max(2000).default(""),
  }),
  z.object({
    action: z.literal("propose-intention"),
    intentionOn: isoDate,
    documentUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    note: z.string().max(2000).default(""),
  }),
  z.object({ action: z.literal("confirm-intention"), note: z.string().max(2000).default("") }),
  z.object({
    action: z.literal("propose-contract"),
    value: amountSchema,
    currency: currencySchema,
    signedOn: isoDate,
    scope: z.string().trim().min(1).max(4000),
    note: z.string().max(2000).default(""),
  }),
  z.object({ action: z.literal("confirm-contract"), note: z.string().max(2000).default("") }),
  z.object({
    action: z.literal("close"),
    reason: z.string().trim().min(1, "say why the connection closes").max(2000),
  }),
]);
export type ConnectionActionInput = z.infer<typeof connectionActionSchema>;

export const listConnectionsQuery = pageQuerySchema.extend({
  scope: z
    .enum(["mine", "event"])
    .default("mine")
    .describe("mine: your organization's; event: an edition's (its organizers and admins)"),
  event: z.uuid().optional(),
  status: z.enum(CONNECTION_STATUSES).optional(),
});

const organizationRef = z.object({ id: z.uuid(), name: z.string() });
const itemRef = z.object({ id: z.uuid(), slug: z.string(), title: z.string() }).nullable();

export const connectionSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(CONNECTION_STATUSES),
    requester: organizationRef,
    recipient: organizationRef,
    yourSide: z.enum(["requester", "recipient"]).nullable(),
    awaiting: z.enum(["requester", "recipient", "either"]).nullable(),
    challenge: itemRef,
    solution: itemRef,
    eventId: z.uuid().nullable(),
    message: z.string(),
    pendingIntentionBy: z.enum(["requester", "recipient"]).nullable(),
    pendingContractBy: z.enum(["requester", "recipient"]).nullable(),
    intention: z.object({ on: z.string(), documentUrl: z.string().nullable() }).nullable(),
    contract: z
      .object({ value: z.string(), currency: z.string(), signedOn: z.string(), scope: z.string() })
      .nullable()
      .describe("Confidential: only the two parties, the edition's organizers and admins see it"),
    closedReason: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Connection" });
export type ConnectionView = z.infer<typeof connectionSchema>;

export const connectionStepSchema = z.object({
  action: z.enum(["request", ...CONNECTION_ACTIONS]),
  fromStatus: z.enum(CONNECTION_STATUSES).nullable(),
  toStatus: z.enum(CONNECTION_STATUSES),
  by: z.object({ personId: z.uuid().nullable(), organizationId: z.uuid().nullable() }),
  note: z.string(),
  details: z.record(z.string(), z.unknown()),
  at: z.iso.datetime(),
});

export const connectionDetailSchema = connectionSchema.extend({
  steps: z.array(connectionStepSchema),
});

export const connectionPageSchema = pageSchema(connectionSchema);

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  connectionId: z.uuid().nullable(),
  title: z.string(),
  body: z.string(),
  link: z
    .string()
    .nullable()
    .describe("Where in the web app it leads when not to its connection, e.g. /events/x/meetings"),
  createdAt: z.iso.datetime(),
  read: z.boolean(),
});
export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});
export const markReadSchema = z.object({
  ids: z.array(z.uuid()).max(500).optional().describe("omit to mark everything read"),
});
