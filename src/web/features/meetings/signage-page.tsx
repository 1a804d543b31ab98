import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { EventDetail, Me, Meeting, MeetingProgramme } from "../../app/api-types.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { LogoMark } from "../../components/logo.tsx";
import { ForbiddenContent } from "../../components/not-found.tsx";
import { usePageTitle } from "../../components/page-header.tsx";
import { PageSkeleton } from "../../components/query-state.tsx";
import { SignedIn } from "../../components/signed-in.tsx";
import { PrintBar } from "./agenda-print-page.tsx";
import { organizesEdition, useEditionMeetings } from "./data.ts";
import { useSlotFormat } from "./meeting-parts.tsx";
import { WithProgramme } from "./meetings-page.tsx";

/** Per table, every slot of the programme with who meets there: one sheet per table. */
function Signage({ event, programme }: { event: EventDetail; programme: MeetingProgramme }) {
  const { t } = useTranslation();
  const slotFormat = useSlotFormat();
  const meetings = useEditionMeetings(event.id);
  usePageTitle(t("meetings.signage.title", { name: event.name }));
  if (meetings.isPending) return <PageSkeleton />;
  if (meetings.isError)
    return <ErrorAlert error={meetings.error} onRetry={() => void meetings.refetch()} />;
  const at = new Map<string, Meeting>();
  for (const meeting of meetings.data.items)
    if (meeting.slot && meeting.tableNumber)
      at.set(`${meeting.tableNumber}|${meeting.slot.id}`, meeting);
  const tables = [
    ...new Set([...at.values()].map((meeting) => meeting.tableNumber as number)),
  ].sort((a, b) => a - b);
  const kind = t(`meetings.locationKinds.${programme.locationKind}`);
  if (tables.length === 0)
    return (
      <article className="cm-print-page">
        <p>{t("meetings.signage.empty")}</p>
      </article>
    );
  return (
    <>
      {tables.map((table) => (
        <article
          key={table}
          className="cm-print-page cm-signage-sheet"
          data-testid="signage-table"
          aria-labelledby={`table-${table}`}
        >
          <header className="cm-print-header">
            <div className="cm-print-brand">
              <LogoMark size={22} />
              <span>citymatch</span>
            </div>
            <p className="cm-print-eyebrow">{event.name}</p>
            <h1 id={`table-${table}`} className="cm-signage-number">
              {t("meetings.signage.location", { kind, number: table })}
            </h1>
            <p className="cm-print-meta">
              {t("meetings.agenda.zone", { zone: programme.timeZone })}
            </p>
          </header>
          <table className="cm-print-table">
            <thead>
              <tr>
                <th scope="col">{t("meetings.agenda.day")}</th>
                <th scope="col">{t("meetings.agenda.time")}</th>
                <th scope="col">{t("meetings.signage.who")}</th>
              </tr>
            </thead>
            <tbody>
              {programme.slots.map((slot) => {
                const meeting = at.get(`${table}|${slot.id}`);
                return (
                  <tr key={slot.id} className={meeting ? undefined : "cm-print-free"}>
                    <td className="cm-print-nowrap">{slotFormat.day(slot.day)}</td>
                    <td className="cm-print-nowrap">{slotFormat.time(slot)}</td>
                    <td>
                      {meeting
                        ? meeting.attendees
                            .map((person) =>
                              person.organization
                                ? `${person.name} (${person.organization.name})`
                                : person.name,
                            )
                            .join(" · ")
                        : t("meetings.signage.free")}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </article>
      ))}
    </>
  );
}

function SignageGate({
  me,
  event,
  programme,
}: {
  me: Me;
  event: EventDetail;
  programme: MeetingProgramme;
}) {
  const { t } = useTranslation();
  if (!organizesEdition(me, event.id))
    return <ForbiddenContent signedIn description={t("meetings.console.forbidden")} />;
  return <Signage event={event} programme={programme} />;
}

/** /events/:slug/meetings/signage — table signage for the organizers, one table per page. */
export function SignagePage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  return (
    <div className="cm-print-root">
      <PrintBar
        back={`/events/${slug ?? ""}/meetings/console`}
        backLabel={t("meetings.signage.back")}
      />
      <main>
        <SignedIn>
          {(me) => (
            <WithProgramme me={me}>
              {(event, programme) => <SignageGate me={me} event={event} programme={programme} />}
            </WithProgramme>
          )}
        </SignedIn>
      </main>
    </div>
  );
}
