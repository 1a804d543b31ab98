import { Button, Container, Group } from "@mantine/core";
import { IconArrowLeft, IconPrinter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { EventDetail, MeetingAgenda, MeetingProgramme } from "../../app/api-types.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { LogoMark } from "../../components/logo.tsx";
import { usePageTitle } from "../../components/page-header.tsx";
import { PageSkeleton } from "../../components/query-state.tsx";
import { SignedIn } from "../../components/signed-in.tsx";
import { useAgenda } from "./data.ts";
import { counterpartsOf, useLocationName, useSlotFormat } from "./meeting-parts.tsx";
import { WithProgramme } from "./meetings-page.tsx";
import { byTime } from "./slots.ts";

function PrintableAgenda({
  event,
  programme,
  agenda,
}: {
  event: EventDetail;
  programme: MeetingProgramme;
  agenda: MeetingAgenda;
}) {
  const { t } = useTranslation();
  const slotFormat = useSlotFormat();
  const locationName = useLocationName(programme.locationKind);
  usePageTitle(t("meetings.print.title", { name: agenda.person.name }));
  const meetings = byTime(agenda.meetings);
  const placed = meetings.filter((meeting) => meeting.slot);
  const waiting = meetings.filter((meeting) => !meeting.slot);
  const days = [...new Set(placed.map((meeting) => meeting.slot?.day ?? ""))];
  const who = (meeting: (typeof meetings)[number]) =>
    counterpartsOf(meeting.attendees, agenda.person.id)
      .map((person) =>
        person.organization ? `${person.name} (${person.organization.name})` : person.name,
      )
      .join(", ");
  return (
    <article className="cm-print-page" data-testid="printable-agenda">
      <header className="cm-print-header">
        <div className="cm-print-brand">
          <LogoMark size={22} />
          <span>citymatch</span>
        </div>
        <p className="cm-print-eyebrow">{event.name}</p>
        <h1>{t("meetings.print.title", { name: agenda.person.name })}</h1>
        <p className="cm-print-meta">
          {[
            agenda.person.organization?.name,
            event.venue,
            t("meetings.agenda.zone", { zone: programme.timeZone }),
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {!agenda.published ? (
          <p className="cm-print-meta">{t("meetings.agenda.notPublished")}</p>
        ) : null}
      </header>
      {placed.length === 0 ? <p>{t("meetings.agenda.empty")}</p> : null}
      {days.map((day) => (
        <section key={day}>
          <h2>{slotFormat.day(day)}</h2>
          <table className="cm-print-table">
            <thead>
              <tr>
                <th scope="col">{t("meetings.agenda.time")}</th>
                <th scope="col">{t("meetings.agenda.where")}</th>
                <th scope="col">{t("meetings.agenda.with")}</th>
              </tr>
            </thead>
            <tbody>
              {placed
                .filter((meeting) => meeting.slot?.day === day)
                .map((meeting) => (
                  <tr key={meeting.id}>
                    <td className="cm-print-nowrap">
                      {meeting.slot ? slotFormat.time(meeting.slot) : ""}
                    </td>
                    <td className="cm-print-nowrap">
                      <strong>{locationName(meeting)}</strong>
                    </td>
                    <td>
                      {who(meeting)}
                      {meeting.status !== "planned"
                        ? ` — ${t(`meetings.meetingStatuses.${meeting.status}`)}`
                        : ""}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
      {waiting.length > 0 ? (
        <section>
          <h2>{t("meetings.agenda.waiting")}</h2>
          <ul>
            {waiting.map((meeting) => (
              <li key={meeting.id}>{who(meeting)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <footer className="cm-print-footer">
        {t("meetings.print.footer", {
          url: `${window.location.origin}/events/${event.slug}/meetings`,
        })}
      </footer>
    </article>
  );
}

function AgendaOf({ event, programme }: { event: EventDetail; programme: MeetingProgramme }) {
  const agenda = useAgenda(event.id);
  if (agenda.isPending) return <PageSkeleton />;
  if (agenda.isError)
    return <ErrorAlert error={agenda.error} onRetry={() => void agenda.refetch()} />;
  return <PrintableAgenda event={event} programme={programme} agenda={agenda.data} />;
}

/** A bar above the sheet, left off paper: back to the app, print. */
export function PrintBar({ back, backLabel }: { back: string; backLabel: string }) {
  const { t } = useTranslation();
  return (
    <Container size="md" py="md" className="cm-no-print">
      <Group justify="space-between">
        <Button
          component={Link}
          to={back}
          variant="subtle"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
        >
          {backLabel}
        </Button>
        <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
          {t("meetings.print.printNow")}
        </Button>
      </Group>
    </Container>
  );
}

/** /events/:slug/meetings/print — the signed-in participant's agenda on an A4 sheet. */
export function AgendaPrintPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  return (
    <div className="cm-print-root">
      <PrintBar
        back={`/events/${slug ?? ""}/meetings?tab=agenda`}
        backLabel={t("meetings.print.back")}
      />
      <main>
        <SignedIn>
          {(me) => (
            <WithProgramme me={me}>
              {(event, programme) => <AgendaOf event={event} programme={programme} />}
            </WithProgramme>
          )}
        </SignedIn>
      </main>
    </div>
  );
}
