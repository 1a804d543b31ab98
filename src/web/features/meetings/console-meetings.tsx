import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconMapPin, IconPin, IconSearch } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  MEETING_REQUEST_STATUSES,
  type Meeting,
  type MeetingProgramme,
  type MeetingRequestStatus,
} from "../../app/api-types.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { useFormat } from "../../components/use-format.ts";
import { useEditionMeetings, useRequests } from "./data.ts";
import {
  MeetingStatusBadge,
  PersonLabel,
  PriorityBadge,
  RequestStatusBadge,
  useLocationName,
  useSlotFormat,
} from "./meeting-parts.tsx";
import { usePlaceMeeting } from "./mutations.ts";

const matchesText = (names: string[], query: string) =>
  query.trim() === "" ||
  names.some((name) => name.toLowerCase().includes(query.trim().toLowerCase()));

function PlaceModal({
  meeting,
  programme,
  onClose,
}: {
  meeting: Meeting | null;
  programme: MeetingProgramme;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const slotFormat = useSlotFormat();
  const locationName = useLocationName(programme.locationKind);
  const place = usePlaceMeeting();
  const [slotId, setSlotId] = useState<string | null>(null);
  const [table, setTable] = useState<number | string>("");
  const [pinned, setPinned] = useState(true);
  const close = () => {
    place.reset();
    setSlotId(null);
    setTable("");
    setPinned(true);
    onClose();
  };
  const slots = programme.slots.filter(
    (slot) => !meeting?.sessionId || slot.sessionId === meeting.sessionId,
  );
  return (
    <Modal
      opened={meeting !== null}
      onClose={close}
      title={t("meetings.console.placeTitle", {
        names: meeting?.attendees.map((person) => person.name).join(" · ") ?? "",
      })}
      centered
    >
      <Stack>
        <Select
          label={t("meetings.console.slot")}
          data={slots.map((slot) => ({ value: slot.id, label: slotFormat.slot(slot) }))}
          value={slotId ?? meeting?.slot?.id ?? null}
          onChange={setSlotId}
          searchable
          required
          comboboxProps={{ withinPortal: true }}
        />
        <NumberInput
          label={t("meetings.console.table", {
            kind: t(`meetings.locationKinds.${programme.locationKind}`),
          })}
          description={t("meetings.console.tableHint")}
          min={1}
          max={programme.tableCount}
          allowDecimal={false}
          value={table}
          onChange={setTable}
        />
        <Switch
          label={t("meetings.console.pinned")}
          description={t("meetings.console.pinnedHint")}
          checked={pinned}
          onChange={(event) => setPinned(event.currentTarget.checked)}
        />
        {place.isError ? <ErrorAlert error={place.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("common.cancel")}
          </Button>
          <Button
            loading={place.isPending}
            disabled={!(slotId ?? meeting?.slot?.id)}
            leftSection={<IconMapPin size={16} aria-hidden />}
            onClick={() =>
              meeting &&
              place.mutate(
                {
                  id: meeting.id,
                  slotId: slotId ?? meeting.slot?.id ?? null,
                  tableNumber: table === "" ? null : Number(table),
                  pinned,
                },
                {
                  onSuccess: (placed) => {
                    notifications.show({
                      color: "civic",
                      message: t("meetings.console.placed", {
                        location: locationName(placed),
                        slot: placed.slot ? slotFormat.slot(placed.slot) : "",
                      }),
                    });
                    close();
                  },
                },
              )
            }
          >
            {t("meetings.console.place")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RequestsTable({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<MeetingRequestStatus | null>(null);
  const [query, setQuery] = useState("");
  const requests = useRequests(eventId, "all", status);
  const items = (requests.data?.items ?? []).filter((request) =>
    matchesText(
      [
        request.requester.name,
        request.recipient.name,
        request.requester.organization?.name ?? "",
        request.recipient.organization?.name ?? "",
      ],
      query,
    ),
  );
  return (
    <Card component="section" aria-labelledby="console-requests">
      <Group justify="space-between" mb="md" align="flex-end">
        <Group gap="xs">
          <Title order={2} size="h4" id="console-requests">
            {t("meetings.console.requests")}
          </Title>
          <Badge variant="light" color="gray">
            {format.integer(items.length)}
          </Badge>
        </Group>
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t("meetings.console.search")}
            leftSection={<IconSearch size={14} aria-hidden />}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            w={220}
          />
          <Select
            label={t("meetings.console.status")}
            data={[
              { value: "", label: t("common.all") },
              ...MEETING_REQUEST_STATUSES.map((value) => ({
                value,
                label: t(`meetings.requestStatuses.${value}`),
              })),
            ]}
            value={status ?? ""}
            onChange={(value) => setStatus((value || null) as MeetingRequestStatus | null)}
            allowDeselect={false}
            w={170}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
      </Group>
      {requests.isPending ? <Skeleton height={120} /> : null}
      {requests.isError ? <ErrorAlert error={requests.error} /> : null}
      {requests.data && items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("meetings.console.noRequests")}
        </Text>
      ) : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={760} mah={420}>
          <Table striped verticalSpacing="xs" stickyHeader data-testid="console-requests">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("meetings.console.requester")}</Table.Th>
                <Table.Th>{t("meetings.console.recipient")}</Table.Th>
                <Table.Th>{t("meetings.requests.priority")}</Table.Th>
                <Table.Th>{t("meetings.console.status")}</Table.Th>
                <Table.Th>{t("meetings.console.created")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((request) => (
                <Table.Tr key={request.id}>
                  <Table.Td>
                    <PersonLabel person={request.requester} />
                  </Table.Td>
                  <Table.Td>
                    <PersonLabel person={request.recipient} />
                  </Table.Td>
                  <Table.Td>
                    <PriorityBadge priority={request.priority} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <RequestStatusBadge status={request.status} />
                      {request.source === "organizer" ? (
                        <Badge size="xs" variant="outline" color="dusk">
                          {t("meetings.console.matched")}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {format.dateTime(request.createdAt)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Card>
  );
}

type Placement = "all" | "placed" | "unplaced";

function MeetingsTable({ eventId, programme }: { eventId: string; programme: MeetingProgramme }) {
  const { t } = useTranslation();
  const format = useFormat();
  const slotFormat = useSlotFormat();
  const locationName = useLocationName(programme.locationKind);
  const meetings = useEditionMeetings(eventId);
  const unplace = usePlaceMeeting();
  const [placing, setPlacing] = useState<Meeting | null>(null);
  const [placement, setPlacement] = useState<Placement>("all");
  const [query, setQuery] = useState("");
  const items = useMemo(
    () =>
      (meetings.data?.items ?? []).filter(
        (meeting) =>
          (placement === "all" || (placement === "placed") === (meeting.slot !== null)) &&
          matchesText(
            meeting.attendees.flatMap((person) => [person.name, person.organization?.name ?? ""]),
            query,
          ),
      ),
    [meetings.data, placement, query],
  );
  return (
    <Card component="section" aria-labelledby="console-meetings">
      <Group justify="space-between" mb="md" align="flex-end">
        <Group gap="xs">
          <Title order={2} size="h4" id="console-meetings">
            {t("meetings.console.meetings")}
          </Title>
          <Badge variant="light" color="gray">
            {format.integer(items.length)}
          </Badge>
        </Group>
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t("meetings.console.search")}
            leftSection={<IconSearch size={14} aria-hidden />}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            w={220}
          />
          <SegmentedControl
            aria-label={t("meetings.console.placement")}
            value={placement}
            onChange={(value) => setPlacement(value as Placement)}
            data={[
              { value: "all", label: t("common.all") },
              { value: "placed", label: t("meetings.console.placedFilter") },
              { value: "unplaced", label: t("meetings.console.unplacedFilter") },
            ]}
          />
        </Group>
      </Group>
      {unplace.isError ? <ErrorAlert error={unplace.error} /> : null}
      {meetings.isPending ? <Skeleton height={160} /> : null}
      {meetings.isError ? <ErrorAlert error={meetings.error} /> : null}
      {meetings.data && items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("meetings.console.noMeetings")}
        </Text>
      ) : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={860} mah={560}>
          <Table striped verticalSpacing="xs" stickyHeader data-testid="console-meetings">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("meetings.console.attendees")}</Table.Th>
                <Table.Th>{t("meetings.agenda.time")}</Table.Th>
                <Table.Th>{t("meetings.agenda.where")}</Table.Th>
                <Table.Th>{t("meetings.console.placedBy")}</Table.Th>
                <Table.Th>{t("meetings.agenda.status")}</Table.Th>
                <Table.Th>{t("common.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((meeting) => (
                <Table.Tr key={meeting.id} data-testid="console-meeting">
                  <Table.Td>
                    <Stack gap={2}>
                      {meeting.attendees.map((person) => (
                        <PersonLabel key={person.id} person={person} />
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {meeting.slot ? slotFormat.slot(meeting.slot) : "—"}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Group gap={4} wrap="nowrap">
                      {meeting.tableNumber ? locationName(meeting) : "—"}
                      {meeting.pinned ? (
                        <IconPin
                          size={14}
                          aria-label={t("meetings.console.pinnedBadge")}
                          color="var(--mantine-color-dusk-6)"
                        />
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {meeting.placedBy ? t(`meetings.placedBy.${meeting.placedBy}`) : "—"}
                  </Table.Td>
                  <Table.Td>
                    <MeetingStatusBadge status={meeting.status} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="light"
                        disabled={meeting.status !== "planned"}
                        onClick={() => setPlacing(meeting)}
                        aria-label={t("meetings.console.placeNamed", {
                          names: meeting.attendees.map((person) => person.name).join(" · "),
                        })}
                      >
                        {meeting.slot ? t("meetings.console.move") : t("meetings.console.place")}
                      </Button>
                      {meeting.slot ? (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          disabled={meeting.status !== "planned"}
                          loading={unplace.isPending && unplace.variables?.id === meeting.id}
                          onClick={() =>
                            unplace.mutate({ id: meeting.id, slotId: null, pinned: false })
                          }
                        >
                          {t("meetings.console.unplace")}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <PlaceModal meeting={placing} programme={programme} onClose={() => setPlacing(null)} />
    </Card>
  );
}

export function ConsoleMeetings({
  eventId,
  programme,
}: {
  eventId: string;
  programme: MeetingProgramme;
}) {
  return (
    <Stack gap="lg">
      <MeetingsTable eventId={eventId} programme={programme} />
      <RequestsTable eventId={eventId} />
    </Stack>
  );
}
