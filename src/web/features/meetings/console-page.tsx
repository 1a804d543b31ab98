import { Badge, Button, Group, Tabs } from "@mantine/core";
import {
  IconArrowLeft,
  IconBulb,
  IconCalendarStats,
  IconClipboardList,
  IconListCheck,
  IconPrinter,
  IconSettings,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import type { EventDetail, Me, MeetingProgramme } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { ForbiddenContent } from "../../components/not-found.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { PageSkeleton, QueryState } from "../../components/query-state.tsx";
import { SignedIn } from "../../components/signed-in.tsx";
import { useFormat } from "../../components/use-format.ts";
import { useEvent } from "../events/data.ts";
import { ConsoleMeetings } from "./console-meetings.tsx";
import { organizesEdition, useProgramme } from "./data.ts";
import { ProgrammeForm } from "./programme-form.tsx";
import { SchedulerPanel } from "./scheduler-panel.tsx";
import { SuggestionsPanel } from "./suggestions-panel.tsx";

const TABS = ["programme", "meetings", "suggestions", "scheduler"] as const;
type Tab = (typeof TABS)[number];

function ProgrammeSummary({ programme }: { programme: MeetingProgramme }) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = new Set(programme.slots.map((slot) => slot.day)).size;
  return (
    <Group gap="xs" component="span" wrap="wrap">
      <span>
        {t("meetings.summary", {
          days: format.integer(days),
          slots: format.integer(programme.slots.length),
          tables: format.integer(programme.tableCount),
          kind: t(`meetings.locationKindsPlural.${programme.locationKind}`).toLowerCase(),
        })}
      </span>
      <Badge variant="light" color="dusk">
        {t(`meetings.modes.${programme.mode}`)}
      </Badge>
      <Badge variant="light" color={programme.publishedAt ? "green" : "gray"}>
        {programme.publishedAt
          ? t("meetings.console.publishedOn", { date: format.dateTime(programme.publishedAt) })
          : t("meetings.console.notPublished")}
      </Badge>
    </Group>
  );
}

function ConsoleView({
  event,
  programme,
}: {
  event: EventDetail;
  programme: MeetingProgramme | null;
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get("tab");
  const tab: Tab = programme && TABS.includes(asked as Tab) ? (asked as Tab) : "programme";
  return (
    <>
      <PageHeader
        eyebrow={t("meetings.console.eyebrow")}
        title={t("meetings.console.title", { name: event.name })}
        description={
          programme ? <ProgrammeSummary programme={programme} /> : t("meetings.console.setUpHint")
        }
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
            {programme ? (
              <>
                <Button
                  component={Link}
                  to={`/events/${event.slug}/meetings/signage`}
                  variant="default"
                  leftSection={<IconPrinter size={16} aria-hidden />}
                >
                  {t("meetings.signage.link")}
                </Button>
                <Button
                  component={Link}
                  to={`/events/${event.slug}/meetings`}
                  variant="default"
                  leftSection={<IconClipboardList size={16} aria-hidden />}
                >
                  {t("meetings.console.participantView")}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          next.set("tab", value ?? "programme");
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="programme" leftSection={<IconSettings size={16} aria-hidden />}>
            {t("meetings.console.tabs.programme")}
          </Tabs.Tab>
          <Tabs.Tab
            value="meetings"
            disabled={!programme}
            leftSection={<IconListCheck size={16} aria-hidden />}
          >
            {t("meetings.console.tabs.meetings")}
          </Tabs.Tab>
          <Tabs.Tab
            value="suggestions"
            disabled={!programme}
            leftSection={<IconBulb size={16} aria-hidden />}
          >
            {t("meetings.console.tabs.suggestions")}
          </Tabs.Tab>
          <Tabs.Tab
            value="scheduler"
            disabled={!programme}
            leftSection={<IconCalendarStats size={16} aria-hidden />}
          >
            {t("meetings.console.tabs.scheduler")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="programme">
          <ProgrammeForm event={event} programme={programme} />
        </Tabs.Panel>
        {programme ? (
          <>
            <Tabs.Panel value="meetings">
              <ConsoleMeetings eventId={event.id} programme={programme} />
            </Tabs.Panel>
            <Tabs.Panel value="suggestions">
              <SuggestionsPanel eventId={event.id} />
            </Tabs.Panel>
            <Tabs.Panel value="scheduler">
              <SchedulerPanel eventId={event.id} programme={programme} />
            </Tabs.Panel>
          </>
        ) : null}
      </Tabs>
    </>
  );
}

function ConsoleGate({ me, event }: { me: Me; event: EventDetail }) {
  const { t } = useTranslation();
  const programme = useProgramme(event.id);
  if (!organizesEdition(me, event.id))
    return <ForbiddenContent signedIn description={t("meetings.console.forbidden")} />;
  if (programme.isPending) return <PageSkeleton />;
  return (
    <QueryState query={programme}>
      {(data) => <ConsoleView event={event} programme={data} />}
    </QueryState>
  );
}

/** /events/:slug/meetings/console — the organizers' B2B console. */
export function MeetingsConsolePage() {
  const { slug } = useParams();
  const event = useEvent(slug);
  return (
    <PageContainer>
      <SignedIn>
        {(me) => (
          <QueryState query={event}>{(data) => <ConsoleGate me={me} event={data} />}</QueryState>
        )}
      </SignedIn>
    </PageContainer>
  );
}
