import { Alert, Button, EmptyState, Tabs } from "@mantine/core";
import {
  IconArrowLeft,
  IconCalendarTime,
  IconClipboardList,
  IconInfoCircle,
  IconLayoutGrid,
  IconMessages,
  IconSettings,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import type { EventDetail, Me, MeetingProgramme } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { PageSkeleton, QueryState } from "../../components/query-state.tsx";
import { SignedIn } from "../../components/signed-in.tsx";
import { useEvent } from "../events/data.ts";
import { AgendaPanel } from "./agenda-panel.tsx";
import { AvailabilityPanel } from "./availability-panel.tsx";
import { organizesEdition, useProgramme } from "./data.ts";
import { RequestsPanel } from "./requests-panel.tsx";

/** The edition (by slug) and its B2B programme, or a page saying it has none. */
export function WithProgramme({
  me,
  children,
}: {
  me: Me;
  children: (event: EventDetail, programme: MeetingProgramme) => ReactNode;
}) {
  const { slug } = useParams();
  const event = useEvent(slug);
  return (
    <QueryState query={event}>
      {(data) => <ProgrammeOf event={data} me={me} render={children} />}
    </QueryState>
  );
}

function ProgrammeOf({
  event,
  me,
  render,
}: {
  event: EventDetail;
  me: Me;
  render: (event: EventDetail, programme: MeetingProgramme) => ReactNode;
}) {
  const { t } = useTranslation();
  const programme = useProgramme(event.id);
  if (programme.isPending) return <PageSkeleton />;
  return (
    <QueryState query={programme}>
      {(data) =>
        data ? (
          render(event, data)
        ) : (
          <EmptyState
            size="lg"
            variant="light"
            icon={<IconCalendarTime size={36} aria-hidden />}
            title={<h1 style={{ margin: 0, fontSize: "inherit" }}>{t("meetings.none.title")}</h1>}
            description={t("meetings.none.description", { name: event.name })}
          >
            <EmptyState.Actions>
              <Button component={Link} to={`/events/${event.slug}`} variant="default">
                {t("meetings.backToEdition")}
              </Button>
              {organizesEdition(me, event.id) ? (
                <Button component={Link} to={`/events/${event.slug}/meetings/console`}>
                  {t("meetings.setUp")}
                </Button>
              ) : null}
            </EmptyState.Actions>
          </EmptyState>
        )
      }
    </QueryState>
  );
}

const TABS = ["requests", "availability", "agenda"] as const;
type Tab = (typeof TABS)[number];

function MeetingsView({
  event,
  programme,
  me,
}: {
  event: EventDetail;
  programme: MeetingProgramme;
  me: Me;
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get("tab");
  const tab: Tab = TABS.includes(asked as Tab) ? (asked as Tab) : "requests";
  // The API takes requests and availability from anyone registered in a role but organizer.
  const participant = event.myRoles.some((role) => role !== "organizer");
  return (
    <>
      <PageHeader
        eyebrow={t("meetings.eyebrow")}
        title={t("meetings.title", { name: event.name })}
        documentTitle={t("meetings.title", { name: event.name })}
        description={t("meetings.description", { zone: programme.timeZone })}
        actions={
          <>
            <Button
              component={Link}
              to={`/events/${event.slug}`}
              variant="subtle"
              leftSection={<IconArrowLeft size={16} aria-hidden />}
            >
              {t("meetings.backToEdition")}
            </Button>
            {organizesEdition(me, event.id) ? (
              <Button
                component={Link}
                to={`/events/${event.slug}/meetings/console`}
                leftSection={<IconSettings size={16} aria-hidden />}
              >
                {t("meetings.console.link")}
              </Button>
            ) : null}
          </>
        }
      />
      {!participant ? (
        <Alert
          color="orange"
          variant="light"
          mb="lg"
          icon={<IconInfoCircle size={18} aria-hidden />}
        >
          {t("meetings.notParticipant")}
        </Alert>
      ) : null}
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          next.set("tab", value ?? "requests");
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="requests" leftSection={<IconMessages size={16} aria-hidden />}>
            {t("meetings.tabs.requests")}
          </Tabs.Tab>
          <Tabs.Tab value="availability" leftSection={<IconLayoutGrid size={16} aria-hidden />}>
            {t("meetings.tabs.availability")}
          </Tabs.Tab>
          <Tabs.Tab value="agenda" leftSection={<IconClipboardList size={16} aria-hidden />}>
            {t("meetings.tabs.agenda")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="requests">
          <RequestsPanel event={event} programme={programme} me={me} participant={participant} />
        </Tabs.Panel>
        <Tabs.Panel value="availability">
          <AvailabilityPanel eventId={event.id} programme={programme} participant={participant} />
        </Tabs.Panel>
        <Tabs.Panel value="agenda">
          <AgendaPanel
            event={event}
            timeZone={programme.timeZone}
            locationKind={programme.locationKind}
          />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

/** /events/:slug/meetings — a participant's B2B requests, availability and agenda. */
export function MeetingsPage() {
  return (
    <PageContainer>
      <SignedIn>
        {(me) => (
          <WithProgramme me={me}>
            {(event, programme) => <MeetingsView event={event} programme={programme} me={me} />}
          </WithProgramme>
        )}
      </SignedIn>
    </PageContainer>
  );
}
