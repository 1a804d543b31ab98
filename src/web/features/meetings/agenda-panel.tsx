import {
  Alert,
  Button,
  Card,
  CopyButton,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import {
  IconCalendarDown,
  IconCheck,
  IconCopy,
  IconInfoCircle,
  IconPrinter,
  IconRss,
  IconUserX,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { buildUrl } from "../../app/api.ts";
import type { EventDetail, LocationKind, Meeting } from "../../app/api-types.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { useAgenda } from "./data.ts";
import {
  counterpartsOf,
  MeetingStatusBadge,
  PersonLabel,
  PriorityBadge,
  useLocationName,
  useSlotFormat,
} from "./meeting-parts.tsx";
import { useCalendarFeed, useRecordOutcome } from "./mutations.ts";
import { byTime, slotHasBegun } from "./slots.ts";

function OutcomeButtons({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const record = useRecordOutcome();
  if (meeting.status !== "planned" || !meeting.slot || !slotHasBegun(meeting.slot, new Date()))
    return null;
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap">
        <Button
          size="compact-xs"
          variant="light"
          color="green"
          leftSection={<IconCheck size={12} aria-hidden />}
          loading={record.isPending && record.variables?.outcome === "happened"}
          onClick={() => record.mutate({ id: meeting.id, outcome: "happened" })}
        >
          {t("meetings.agenda.happened")}
        </Button>
        <Button
          size="compact-xs"
          variant="light"
          color="orange"
          leftSection={<IconUserX size={12} aria-hidden />}
          loading={record.isPending && record.variables?.outcome === "no-show"}
          onClick={() => record.mutate({ id: meeting.id, outcome: "no-show" })}
        >
          {t("meetings.agenda.noShow")}
        </Button>
      </Group>
      {record.isError ? <ErrorAlert error={record.error} /> : null}
    </Stack>
  );
}

/** The secret subscription address, once asked for: absolute, with a copy button. */
function CalendarFeedAddress({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="civic" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} mt="md">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label={t("meetings.agenda.feedUrl")}
            value={url}
            readOnly
            style={{ flex: 1 }}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? "filled" : "default"}
                leftSection={
                  copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                }
                onClick={copy}
              >
                {copied ? t("common.copied") : t("common.copy")}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">{t("meetings.agenda.feedSecret")}</Text>
      </Stack>
    </Alert>
  );
}

export function AgendaPanel({
  event,
  timeZone,
  locationKind,
}: {
  event: EventDetail;
  timeZone: string;
  locationKind: LocationKind;
}) {
  const { t } = useTranslation();
  const locationName = useLocationName(locationKind);
  const slotFormat = useSlotFormat();
  const agenda = useAgenda(event.id);
  const feed = useCalendarFeed(event.id);
  const feedUrl = feed.data ? new URL(feed.data.url, window.location.origin).toString() : null;
  if (agenda.isPending) return <Skeleton height={280} />;
  if (agenda.isError)
    return <ErrorAlert error={agenda.error} onRetry={() => void agenda.refetch()} />;
  const me = agenda.data.person.id;
  const meetings = byTime(agenda.data.meetings);
  const placed = meetings.filter((meeting) => meeting.slot);
  const waiting = meetings.filter((meeting) => !meeting.slot);

  return (
    <Stack gap="lg">
      <Card>
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={4} style={{ flex: "1 1 280px" }}>
            <Title order={2} size="h4">
              {t("meetings.agenda.title")}
            </Title>
            <Text size="sm" c="dimmed" data-testid="agenda-zone">
              {t("meetings.agenda.zone", { zone: timeZone })}
            </Text>
          </Stack>
          <Group gap="sm">
            <Button
              component="a"
              href={buildUrl(`/events/${encodeURIComponent(event.id)}/me/agenda.ics`)}
              download
              variant="default"
              leftSection={<IconCalendarDown size={16} aria-hidden />}
            >
              {t("meetings.agenda.download")}
            </Button>
            <Button
              variant="default"
              leftSection={<IconRss size={16} aria-hidden />}
              loading={feed.isPending}
              onClick={() => feed.mutate()}
            >
              {feedUrl ? t("meetings.agenda.newFeed") : t("meetings.agenda.subscribe")}
            </Button>
            <Button
              component={Link}
              to={`/events/${event.slug}/meetings/print`}
              variant="default"
              leftSection={<IconPrinter size={16} aria-hidden />}
            >
              {t("meetings.agenda.print")}
            </Button>
          </Group>
        </Group>
        {feed.isError ? <ErrorAlert error={feed.error} /> : null}
        {feedUrl ? <CalendarFeedAddress url={feedUrl} /> : null}
      </Card>
      {!agenda.data.published ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t("meetings.agenda.notPublished")}
        </Alert>
      ) : null}
      <Card p={0}>
        {placed.length === 0 ? (
          <Text p="lg" c="dimmed" data-testid="agenda-empty">
            {t("meetings.agenda.empty")}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" horizontalSpacing="md" striped data-testid="agenda-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("meetings.agenda.day")}</Table.Th>
                  <Table.Th>{t("meetings.agenda.time")}</Table.Th>
                  <Table.Th>{t("meetings.agenda.where")}</Table.Th>
                  <Table.Th>{t("meetings.agenda.with")}</Table.Th>
                  <Table.Th>{t("meetings.agenda.status")}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {placed.map((meeting) => {
                  const slot = meeting.slot;
                  if (!slot) return null;
                  return (
                    <Table.Tr key={meeting.id} data-testid="agenda-meeting">
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        {slotFormat.day(slot.day)}
                      </Table.Td>
                      <Table.Td
                        style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}
                        data-testid="agenda-time"
                      >
                        {slotFormat.time(slot)}
                      </Table.Td>
                      <Table.Td
                        fw={600}
                        data-testid="agenda-location"
                        style={{ whiteSpace: "nowrap" }}
                      >
                        {locationName(meeting)}
                      </Table.Td>
                      <Table.Td data-testid="agenda-with">
                        <Stack gap={2}>
                          {counterpartsOf(meeting.attendees, me).map((person) => (
                            <PersonLabel key={person.id} person={person} />
                          ))}
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <MeetingStatusBadge status={meeting.status} />
                      </Table.Td>
                      <Table.Td>
                        <OutcomeButtons meeting={meeting} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {waiting.length > 0 ? (
        <Card component="section" aria-labelledby="agenda-waiting">
          <Title order={2} size="h5" id="agenda-waiting" mb={4}>
            {t("meetings.agenda.waiting")}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t("meetings.agenda.waitingHint")}
          </Text>
          <Stack component="ul" gap={6} style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {waiting.map((meeting) => (
              <li key={meeting.id} data-testid="agenda-waiting">
                <Group gap="sm">
                  {counterpartsOf(meeting.attendees, me).map((person) => (
                    <PersonLabel key={person.id} person={person} />
                  ))}
                  <PriorityBadge priority={meeting.priority} />
                </Group>
              </li>
            ))}
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
