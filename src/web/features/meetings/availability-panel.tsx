import {
  Alert,
  Button,
  Card,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDeviceFloppy, IconInfoCircle } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MeetingProgramme } from "../../app/api-types.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { useAgenda, useAvailability } from "./data.ts";
import { useLocationName, useSlotFormat } from "./meeting-parts.tsx";
import { useSetAvailability } from "./mutations.ts";
import { slotGrid } from "./slots.ts";

type CellState = "free" | "unavailable" | "meeting";

const CELL_STYLE: Record<CellState, { bg: string; color: string; border: string }> = {
  free: {
    bg: "var(--mantine-color-civic-0)",
    color: "var(--mantine-color-civic-9)",
    border: "var(--mantine-color-civic-3)",
  },
  unavailable: {
    bg: "var(--mantine-color-gray-2)",
    color: "var(--mantine-color-gray-7)",
    border: "var(--mantine-color-gray-5)",
  },
  meeting: {
    bg: "var(--mantine-color-dusk-0)",
    color: "var(--mantine-color-dusk-9)",
    border: "var(--mantine-color-dusk-3)",
  },
};

/**
 * The slot grid (days × times of the programme): a click marks a slot unavailable or free
 * again; slots holding one of the reader's meetings stay as they are (the API refuses them).
 */
export function AvailabilityPanel({
  eventId,
  programme,
  participant,
}: {
  eventId: string;
  programme: MeetingProgramme;
  participant: boolean;
}) {
  const { t } = useTranslation();
  const slotFormat = useSlotFormat();
  const locationName = useLocationName(programme.locationKind);
  const availability = useAvailability(eventId);
  const agenda = useAgenda(eventId);
  const save = useSetAvailability(eventId);
  const [edits, setEdits] = useState<Set<string> | null>(null);
  const grid = useMemo(() => slotGrid(programme.slots), [programme.slots]);
  const meetingIn = useMemo(
    () =>
      new Map(
        (agenda.data?.meetings ?? []).flatMap((meeting) =>
          meeting.slot ? [[meeting.slot.id, meeting] as const] : [],
        ),
      ),
    [agenda.data],
  );

  if (availability.isPending) return <Skeleton height={320} />;
  if (availability.isError)
    return <ErrorAlert error={availability.error} onRetry={() => void availability.refetch()} />;

  const saved = new Set(availability.data.unavailable);
  const unavailable = edits ?? saved;
  const dirty =
    edits !== null &&
    (edits.size !== saved.size || [...edits].some((slotId) => !saved.has(slotId)));
  const toggle = (slotId: string) => {
    const next = new Set(unavailable);
    if (next.has(slotId)) next.delete(slotId);
    else next.add(slotId);
    setEdits(next);
    save.reset();
  };

  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm" maw={720}>
        {t("meetings.availability.hint", { zone: programme.timeZone })}
      </Text>
      {!participant ? (
        <Alert color="orange" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t("meetings.availability.notParticipant")}
        </Alert>
      ) : null}
      <Card p={0} style={{ overflowX: "auto" }}>
        <Table
          withColumnBorders
          verticalSpacing={6}
          horizontalSpacing="sm"
          data-testid="availability-grid"
          style={{ minWidth: 120 + grid.days.length * 150 }}
        >
          <caption style={{ captionSide: "top", textAlign: "left", padding: "12px 16px" }}>
            {t("meetings.availability.caption", { zone: programme.timeZone })}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={130}>
                {t("meetings.availability.time")}
              </Table.Th>
              {grid.days.map((day) => (
                <Table.Th key={day} scope="col">
                  {slotFormat.day(day)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.times.map((time, row) => (
              <Table.Tr key={time.starts}>
                <Table.Th
                  scope="row"
                  style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}
                >
                  {slotFormat.time(time)}
                </Table.Th>
                {grid.cells[row]?.map((slot, column) => {
                  if (!slot) return <Table.Td key={grid.days[column]} bg="gray.0" />;
                  const meeting = meetingIn.get(slot.id);
                  const state: CellState = meeting
                    ? "meeting"
                    : unavailable.has(slot.id)
                      ? "unavailable"
                      : "free";
                  const style = CELL_STYLE[state];
                  const text =
                    state === "meeting"
                      ? t("meetings.availability.meeting", {
                          location: meeting ? locationName(meeting) : "",
                        })
                      : t(`meetings.availability.${state}`);
                  return (
                    <Table.Td key={slot.id} p={4}>
                      <UnstyledButton
                        onClick={() => toggle(slot.id)}
                        disabled={state === "meeting" || !participant}
                        aria-pressed={state === "unavailable"}
                        aria-label={t("meetings.availability.cellLabel", {
                          slot: slotFormat.slot(slot),
                          state: text,
                        })}
                        data-state={state}
                        data-testid="availability-slot"
                        style={{
                          display: "block",
                          width: "100%",
                          padding: "6px 8px",
                          borderRadius: 6,
                          textAlign: "center",
                          fontSize: 13,
                          fontWeight: 600,
                          background: style.bg,
                          color: style.color,
                          border: `1px ${state === "unavailable" ? "dashed" : "solid"} ${style.border}`,
                          cursor: state === "meeting" || !participant ? "default" : "pointer",
                          textDecoration: state === "unavailable" ? "line-through" : undefined,
                        }}
                      >
                        {text}
                      </UnstyledButton>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {save.isError ? <ErrorAlert error={save.error} /> : null}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t("meetings.availability.count", { count: unavailable.size })}
        </Text>
        <Group gap="sm">
          <Button variant="default" disabled={!dirty} onClick={() => setEdits(null)}>
            {t("meetings.availability.reset")}
          </Button>
          <Button
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            disabled={!dirty || !participant}
            loading={save.isPending}
            onClick={() =>
              save.mutate([...unavailable], {
                onSuccess: () => {
                  setEdits(null);
                  notifications.show({ color: "civic", message: t("meetings.availability.saved") });
                },
              })
            }
          >
            {t("meetings.availability.save")}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
