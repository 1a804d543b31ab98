import { z } from "zod";
import { EVENT_STATUSES, PARTICIPATION_ROLES } from "../../db/schema/index.ts";
import { pageQuerySchema, pageSchema } from "../../http/pagination.ts";
import { slugSchema, timeZoneSchema, urlSchema } from "../../http/reference.ts";

export const eventStatusSchema = z.enum(EVENT_STATUSES);
export const participationRoleSchema = z.enum(PARTICIPATION_ROLES);
const isoDate = z.iso.date().describe("YYYY-MM-DD");

export const eventSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    hostCity: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), country: z.string() }),
    venue: z.string(),
    startsOn: isoDate,
    endsOn: isoDate,
    timeZone: z.string(),
    status: eventStatusSchema,
    description: z.string(),
    website: z.string().nullable(),
  })
  .meta({ id: "Event" });
export type EventResponse = z.infer<typeof eventSchema>;

export const eventDetailSchema = eventSchema
  .extend({
    participantCounts: z.record(z.string(), z.number().int()),
    canEdit: z.boolean(),
    myRoles: z.array(participationRoleSchema),
  })
  .meta({ id: "EventDetail" });
export type EventDetailResponse = z.infer<typeof eventDetailSchema>;

export const listEventsQuery = pageQuerySchema.extend({
  status: eventStatusSchema.optional(),
  city: z.uuid().optional(),
  sort: z.enum(["startsOn", "-startsOn", "name", "-name"]).default("-startsOn"),
});
export type ListEventsQuery = z.infer<typeof listEventsQuery>;
export const eventPageSchema = pageSchema(eventSchema);

const eventFields = {
  name: z.string().trim().min(2).max(200),
  slug: slugSchema.optional(),
  hostCityId: z.uuid(),
  venue: z.string().trim().max(300).optional(),
  startsOn: isoDate,
  endsOn: isoDate,
  timeZone: timeZoneSchema.optional().describe("Defaults to the host city's time zone"),
  status: eventStatusSchema.optional(),
  description: z.string().max(20_000).optional(),
  website: urlSchema.nullish(),
};
const datesOrdered = (value: { startsOn?: string | undefined; endsOn?: string | undefined }) =>
  !value.startsOn || !value.endsOn || value.endsOn >= value.startsOn;
const datesOrderedIssue = { message: "must not be before startsOn", path: ["endsOn"] };

export const createEventBody = z.object(eventFields).refine(datesOrdered, datesOrderedIssue);
export type CreateEventInput = z.infer<typeof createEventBody>;
export const updateEventBody = z
  .object(eventFields)
  .partial()
  .refine(datesOrdered, datesOrderedIssue);
export type UpdateEventInput = z.infer<typeof updateEventBody>;

export const eventIdParams = z.object({ id: z.uuid() });

export const participationSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    role: participationRoleSchema,
    person: z.object({
      id: z.uuid(),
      name: z.string(),
      title: z.string().nullable(),
      organizationName: z.string().nullable(),
    }),
    organizationId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Participation" });
export type ParticipationResponse = z.infer<typeof participationSchema>;

export const listParticipationsQuery = pageQuerySchema.extend({
  role: participationRoleSchema.optional(),
  sort: z.enum(["name", "-name"]).default("name"),
});
export type ListParticipationsQuery = z.infer<typeof listParticipationsQuery>;
export const participationPageSchema = pageSchema(participationSchema);

export const createParticipationBody = z.object({
  personId: z.uuid(),
  role: participationRoleSchema,
  organizationId: z.uuid().nullish(),
});
export type CreateParticipationInput = z.infer<typeof createParticipationBody>;

export const registerBody = z.object({
  role: z.enum(["visitor", "delegate"]).default("visitor"),
});

export const participationParams = z.object({ id: z.uuid(), participationId: z.uuid() });
