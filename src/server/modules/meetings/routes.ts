import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorContext } from "../../http/access.ts";
import { agendaCalendar } from "./calendar.ts";
import {
  cancelScheduleRun,
  discardScheduleRun,
  getScheduleRun,
  listScheduleRuns,
  publishScheduleRun,
  startScheduleRun,
} from "./scheduler.ts";
import {
  agendaSchema,
  availabilitySchema,
  calendarFeedSchema,
  createMatchSchema,
  createRequestSchema,
  freeSlotsSchema,
  meetingSchema,
  outcomeSchema,
  placeMeetingSchema,
  programmeInputSchema,
  programmeSchema,
  publishResultSchema,
  requestActionSchema,
  requestListQuery,
  requestSchema,
  runSchema,
  startRunSchema,
  suggestionListSchema,
} from "./schema.ts";
import {
  actOnRequest,
  createCalendarFeed,
  freeSlotsFor,
  getAgenda,
  getAvailability,
  getProgramme,
  listMeetings,
  listRequests,
  matchParticipants,
  placeMeeting,
  recordOutcome,
  requestMeeting,
  resolveCalendarFeed,
  saveProgramme,
  setAvailability,
  suggestMatches,
} from "./service.ts";

const tags = ["meetings"];
const idParams = z.object({ id: z.uuid() });
const calendarType = "text/calendar; charset=utf-8";

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  const originOf = (request: { protocol: string; host: string }) =>
    `${request.protocol}://${request.host}`;

  app.get(
    "/api/v1/events/:id/meeting-programme",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "An edition's B2B programme: tables, sessions and the slot grid",
        params: idParams,
        response: { 200: programmeSchema },
      },
    },
    (request) => getProgramme(request.ctx, request.params.id),
  );

  app.put(
    "/api/v1/events/:id/meeting-programme",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary:
          "Define the B2B programme (organizers): days, sessions, pauses, slot length, tables, mode",
        params: idParams,
        body: programmeInputSchema,
        response: { 200: programmeSchema },
      },
    },
    (request) => saveProgramme(actorContext(request), request.params.id, request.body),
  );

  app.get(
    "/api/v1/events/:id/meeting-requests",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Meeting requests you sent and received, or all of the edition's (organizers)",
        params: idParams,
        querystring: requestListQuery,
        response: { 200: z.object({ items: z.array(requestSchema) }) },
      },
    },
    (request) => listRequests(actorContext(request), request.params.id, request.query),
  );

  app.post(
    "/api/v1/events/:id/meeting-requests",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Ask another participant for a B2B meeting, with a message and a priority",
        params: idParams,
        body: createRequestSchema,
        response: { 201: requestSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await requestMeeting(actorContext(request), request.params.id, request.body)),
  );

  app.post(
    "/api/v1/events/:id/meeting-matches",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Match two participants for a meeting (organizers): accepted on creation",
        params: idParams,
        body: createMatchSchema,
        response: { 201: requestSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await matchParticipants(actorContext(request), request.params.id, request.body)),
  );

  app.get(
    "/api/v1/events/:id/meeting-suggestions",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Participants worth matching, from the match engine (organizers)",
        params: idParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(30) }),
        response: { 200: suggestionListSchema },
      },
    },
    (request) => suggestMatches(actorContext(request), request.params.id, request.query.limit),
  );

  app.post(
    "/api/v1/meeting-requests/:id/actions",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary:
          "Accept (picking a free slot when the receiver picks), decline, withdraw or cancel",
        params: idParams,
        body: requestActionSchema,
        response: { 200: requestSchema },
      },
    },
    (request) => actOnRequest(actorContext(request), request.params.id, request.body),
  );

  app.get(
    "/api/v1/meeting-requests/:id/free-slots",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Slots in which both people of a request are free and a table is left",
        params: idParams,
        response: { 200: freeSlotsSchema },
      },
    },
    (request) => freeSlotsFor(actorContext(request), request.params.id),
  );

  app.get(
    "/api/v1/events/:id/me/availability",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "The slots you marked unavailable",
        params: idParams,
        response: { 200: availabilitySchema },
      },
    },
    (request) => getAvailability(actorContext(request), request.params.id),
  );

  app.put(
    "/api/v1/events/:id/me/availability",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Replace the slots you cannot meet in",
        params: idParams,
        body: availabilitySchema,
        response: { 200: availabilitySchema },
      },
    },
    (request) =>
      setAvailability(actorContext(request), request.params.id, request.body.unavailable),
  );

  app.get(
    "/api/v1/events/:id/me/agenda",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Your B2B agenda: meetings with table, counterpart and time",
        params: idParams,
        response: { 200: agendaSchema },
      },
    },
    (request) => getAgenda(request.ctx, request.params.id, actorContext(request).actor.personId),
  );

  app.get(
    "/api/v1/events/:id/me/agenda.ics",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Your B2B agenda as an iCalendar file (RFC 5545)",
        params: idParams,
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const agenda = await getAgenda(
        request.ctx,
        request.params.id,
        actorContext(request).actor.personId,
      );
      return reply
        .type(calendarType)
        .header("content-disposition", `attachment; filename="${agenda.event.slug}-agenda.ics"`)
        .send(agendaCalendar(agenda, originOf(request)));
    },
  );

  app.post(
    "/api/v1/events/:id/me/calendar-feed",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary:
          "A secret address to subscribe to your agenda from a calendar app (revokes the previous one)",
        params: idParams,
        response: { 201: calendarFeedSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCalendarFeed(actorContext(request), request.params.id)),
  );

  app.get(
    "/api/v1/calendar-feeds/:token",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "A participant's agenda feed; the secret token in the address is the only key",
        params: z.object({ token: z.string().regex(/^cmf_[A-Za-z0-9_-]{32}\.ics$/) }),
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const feed = await resolveCalendarFeed(request.ctx, request.params.token.slice(0, -4));
      const agenda = await getAgenda(request.ctx, feed.eventId, feed.personId);
      return reply
        .type(calendarType)
        .header("cache-control", "private, max-age=300")
        .send(agendaCalendar(agenda, originOf(request)));
    },
  );

  app.get(
    "/api/v1/events/:id/meetings",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Every meeting of the edition with its slot and table (organizers)",
        params: idParams,
        response: { 200: z.object({ items: z.array(meetingSchema) }) },
      },
    },
    (request) => listMeetings(actorContext(request), request.params.id),
  );

  app.patch(
    "/api/v1/meetings/:id",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary:
          "Place a meeting by hand, pinned for the scheduler, or take it off the grid (organizers)",
        params: idParams,
        body: placeMeetingSchema,
        response: { 200: meetingSchema },
      },
    },
    (request) => placeMeeting(actorContext(request), request.params.id, request.body),
  );

  app.post(
    "/api/v1/meetings/:id/outcome",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Record that a meeting happened (the deal funnel's met step) or was a no-show",
        params: idParams,
        body: outcomeSchema,
        response: { 200: meetingSchema },
      },
    },
    (request) => recordOutcome(actorContext(request), request.params.id, request.body.outcome),
  );

  app.post(
    "/api/v1/events/:id/schedule-runs",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Run the scheduler over the accepted meetings in the background (organizers)",
        params: idParams,
        body: startRunSchema,
        response: { 202: runSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(await startScheduleRun(actorContext(request), request.params.id, request.body)),
  );

  app.get(
    "/api/v1/events/:id/schedule-runs",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "The edition's latest scheduler runs (organizers)",
        params: idParams,
        response: { 200: z.object({ items: z.array(runSchema) }) },
      },
    },
    (request) => listScheduleRuns(actorContext(request), request.params.id),
  );

  app.get(
    "/api/v1/schedule-runs/:id",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "A run's progress, then its draft's statistics (organizers)",
        params: idParams,
        response: { 200: runSchema },
      },
    },
    (request) => getScheduleRun(actorContext(request), request.params.id),
  );

  for (const [action, summary, handler] of [
    ["cancel", "Stop a running run", cancelScheduleRun],
    ["discard", "Discard a finished draft", discardScheduleRun],
  ] as const) {
    app.post(
      `/api/v1/schedule-runs/:id/${action}`,
      {
        config: { access: "signed-in" },
        schema: {
          tags,
          summary: `${summary} (organizers)`,
          params: idParams,
          response: { 200: runSchema },
        },
      },
      (request) => handler(actorContext(request), request.params.id),
    );
  }

  app.post(
    "/api/v1/schedule-runs/:id/publish",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary:
          "Publish a draft: every placement lands in one transaction; agendas update (organizers)",
        params: idParams,
        response: { 200: publishResultSchema },
      },
    },
    (request) => publishScheduleRun(actorContext(request), request.params.id),
  );
};
