/**
 * A participant's agenda as an iCalendar document (RFC 5545, through ical-generator): one
 * VEVENT per placed meeting, with a stable UID per meeting so a subscribed calendar updates
 * a moved meeting instead of adding a second one. Times are UTC (valid everywhere); the
 * description names the edition's time zone.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { getAgenda } from "./service.ts";

type Agenda = Awaited<ReturnType<typeof getAgenda>>;

export function agendaCalendar(agenda: Agenda, origin: string): string {
  const calendar = ical({
    name: `${agenda.event.name} — B2B meetings of ${agenda.person.name}`,
    prodId: { company: "citymatch", product: "b2b-agenda", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const meeting of agenda.meetings) {
    if (!meeting.slot) continue;
    const others = meeting.attendees.filter((person) => person.id !== agenda.person.id);
    const names = others
      .map((person) =>
        person.organization ? `${person.name} (${person.organization.name})` : person.name,
      )
      .join(", ");
    calendar.createEvent({
      id: `meeting-${meeting.id}@citymatch`,
      start: new Date(meeting.slot.startsAt),
      end: new Date(meeting.slot.endsAt),
      summary: `B2B meeting with ${names}`,
      location: [meeting.location, agenda.venue].filter(Boolean).join(", "),
      description: [
        `${agenda.event.name}: ${meeting.slot.day} ${meeting.slot.starts}–${meeting.slot.ends} (${agenda.event.timeZone})`,
        meeting.location ? `At ${meeting.location}` : "",
        meeting.message ? `Request: ${meeting.message}` : "",
      ]
        .filter(Boolean)
        .join("\n"),
      url: `${origin}/events/${agenda.event.slug}/meetings`,
      status:
        meeting.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
